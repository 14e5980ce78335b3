/* A ticket's live page on the visitor's phone (the target of the ticket's QR code). */
(function () {
  'use strict';
  var h = UI.h;
  var id = decodeURIComponent((location.pathname.split('/')[2] || '').trim()) || UI.param('id') || '';
  // The key (from the ticket's QR code) lets this phone act for the visitor; without it, only the place shows.
  var key = UI.param('key');
  function ticketPath() {
    return '/tickets/' + encodeURIComponent(id) + (key ? '?key=' + encodeURIComponent(key) : '');
  }

  I18N.add({
    't.title': { zh: '我的排队号', en: 'My ticket' },
    't.yourNumber': { zh: '您的号码', en: 'Your number' },
    't.ahead': { zh: '前面还有', en: 'People ahead' },
    't.wait': { zh: '预计等候', en: 'Estimated wait' },
    't.noWait': { zh: '马上轮到您', en: 'Almost your turn' },
    't.issued': { zh: '取号时间', en: 'Issued at' },
    't.materials': { zh: '请准备以下材料', en: 'Please have these ready' },
    't.cancel': { zh: '不办了，取消排队', en: 'Cancel my ticket' },
    't.cancelSure': { zh: '确定取消吗？取消后需要重新取号。', en: 'Cancel this ticket? You would need to take a new one.' },
    't.cancelYes': { zh: '确定取消', en: 'Yes, cancel' },
    't.cancelNo': { zh: '继续排队', en: 'Keep my place' },
    't.live': { zh: '本页会自动更新', en: 'This page updates by itself' },
    't.s.waiting': { zh: '排队等候中', en: 'Waiting' },
    't.s.called': { zh: '请您前往', en: 'Please go to' },
    't.s.completed': { zh: '已办结，感谢您的耐心', en: 'Completed. Thank you for your patience.' },
    't.s.no_show': { zh: '已过号，请联系大厅工作人员', en: 'Your number was missed. Please ask a member of staff.' },
    't.s.cancelled': { zh: '已取消', en: 'Cancelled' },
    't.noKey': { zh: '本页只显示排队位置。如需取消或评价，请扫描号票上的二维码。', en: 'This page shows only your place. To cancel or rate, scan the QR code on your ticket.' },
    't.noWindow': { zh: '暂无窗口办理，开窗后按顺序叫号', en: 'No window is serving this now; numbers are called in order once one opens' },
    't.goTo': { zh: '请到 {counter}', en: 'Please go to {counter}' },
    't.soundOn': { zh: '点此开启叫号提醒声音', en: 'Touch to hear a sound when you are called' },
    't.soundIsOn': { zh: '叫号提醒声音已开启', en: 'A sound will play when you are called' },
    't.rateTitle': { zh: '请为本次服务评价', en: 'Please rate this visit' },
    't.tagsTitle': { zh: '哪些方面让您不满意？（可多选）', en: 'What was not good? (choose any)' },
    't.rateSend': { zh: '提交评价', en: 'Send rating' },
    't.rateThanks': { zh: '感谢您的评价！', en: 'Thank you for your rating!' },
    't.s1': { zh: '非常不满意', en: 'Very dissatisfied' },
    't.s2': { zh: '不满意', en: 'Dissatisfied' },
    't.s3': { zh: '一般', en: 'Neutral' },
    't.s4': { zh: '满意', en: 'Satisfied' },
    't.s5': { zh: '非常满意', en: 'Very satisfied' },
    't.tag.attitude': { zh: '服务态度', en: 'Staff attitude' },
    't.tag.efficiency': { zh: '办事效率', en: 'Speed of service' },
    't.tag.waiting': { zh: '排队等候时间', en: 'Waiting time' },
    't.tag.process': { zh: '办事流程', en: 'Procedure' },
    't.tag.guidance': { zh: '咨询引导', en: 'Guidance' },
    't.tag.environment': { zh: '大厅环境', en: 'Hall environment' },
    't.noId': { zh: '地址中没有号票编号，请重新扫描号票上的二维码', en: 'This address has no ticket in it. Please scan the QR code on your ticket again.' }
  });

  var ticket = null;
  var hall = null;
  var lastStatus = null;
  var lastRecalls = null;
  var fetching = false;
  var pendingFetch = false;

  function render() {
    var t = ticket;
    if (!t) { return; }
    document.getElementById('ticket').hidden = false;
    document.getElementById('ticket-number').textContent = t.number;
    // The public view (no key) names the service by id only; the hall's state has its name.
    var service = hall && (hall.services || []).filter(function (x) { return x.id === t.service; })[0];
    document.getElementById('ticket-service').textContent = I18N.text(t.serviceName || (service && service.name)) || t.service;
    var box = document.getElementById('status-box');
    box.className = 'status-box' + (t.status === 'called' ? ' called' : t.status === 'completed' || t.status === 'cancelled' ? ' done' : t.status === 'no_show' ? ' bad' : '');
    document.getElementById('status-text').textContent = I18N.t('t.s.' + t.status);
    var counter = document.getElementById('called-counter');
    counter.hidden = t.status !== 'called';
    counter.textContent = t.counterName ? I18N.text(t.counterName) : (t.counter || '');
    var waiting = t.status === 'waiting';
    document.getElementById('waiting-stats').hidden = !waiting;
    document.getElementById('ticket-ahead').textContent = I18N.t('common.people', { n: t.ahead || 0 });
    document.getElementById('ticket-wait').textContent = t.served === false ? '—' : UI.waitText(t, I18N.t('t.noWait'));
    document.getElementById('no-window').hidden = !(waiting && t.served === false);
    document.getElementById('ticket-issued').textContent = UI.hhmm(t.issuedAt);
    document.getElementById('ticket-issued').parentNode.hidden = !t.issuedAt;
    var materials = t.materials || [];
    var list = document.getElementById('ticket-materials');
    list.textContent = '';
    materials.forEach(function (m) { list.appendChild(h('li', null, I18N.text(m), h('small', null, I18N.other(m)))); });
    // Before the visit: what to bring; after it, still there to check what the visit needed.
    document.getElementById('materials-box').hidden = materials.length === 0 || t.status === 'cancelled';
    var called = t.status === 'called';
    var banner = document.getElementById('call-banner');
    banner.hidden = !called;
    document.body.classList.toggle('is-called', called);
    if (called) {
      var counterName = t.counterName || { zh: (t.counter || '') + '号窗口', en: 'window ' + (t.counter || '') };
      document.getElementById('call-banner-text').textContent = I18N.t('t.goTo', { counter: I18N.text(counterName) });
      document.getElementById('call-banner-other').textContent = I18N.tOther('t.goTo').replace('{counter}', I18N.other(counterName));
    }
    document.getElementById('sound-enable').hidden = !(waiting || called);
    renderRating(t);
    document.getElementById('cancel-box').hidden = !waiting || !key;
    document.getElementById('no-key').hidden = !!key;
    if (!waiting) { document.getElementById('cancel-confirm').hidden = true; }
    document.title = t.number + ' · ' + I18N.t('t.s.' + t.status);
  }

  // --- the call: a banner that stays, a vibration, a chime and the hub's spoken announcement -------------
  var audioCtx = null;
  var lastCallAudio = null;
  function context() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!audioCtx && Ctx) { try { audioCtx = new Ctx(); } catch (e) { audioCtx = null; } }
    return audioCtx;
  }
  function chime() {
    var ctx = context();
    if (!ctx || ctx.state !== 'running') { return false; }
    var t0 = ctx.currentTime + 0.05;
    [[880, 0], [660, 0.35], [880, 0.7], [660, 1.05]].forEach(function (tone) {
      var osc = ctx.createOscillator();
      var gain = ctx.createGain();
      osc.frequency.value = tone[0];
      gain.gain.setValueAtTime(0.0001, t0 + tone[1]);
      gain.gain.exponentialRampToValueAtTime(0.6, t0 + tone[1] + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + tone[1] + 0.3);
      osc.connect(gain);
      gain.connect(ctx.destination);
      osc.start(t0 + tone[1]);
      osc.stop(t0 + tone[1] + 0.32);
    });
    return true;
  }
  var soundBtn = document.getElementById('sound-enable');
  soundBtn.addEventListener('click', function () {
    // A phone plays sound only after a touch: this touch lets the call be heard later.
    var ctx = context();
    if (ctx && ctx.resume) { ctx.resume(); }
    var el = document.getElementById('call-audio');
    el.muted = true;
    var p = el.play();
    if (p && p.then) { p.then(function () { el.pause(); el.muted = false; }, function () { el.muted = false; }); }
    soundBtn.setAttribute('aria-pressed', 'true');
    soundBtn.querySelector('span').textContent = I18N.t('t.soundIsOn');
  });

  function alertCalled() {
    if (navigator.vibrate) { try { navigator.vibrate([400, 200, 400, 200, 800]); } catch (e) { /* ignore */ } }
    var chimed = chime();
    document.documentElement.setAttribute('data-alerted', String(Number(document.documentElement.getAttribute('data-alerted') || 0) + 1));
    if (lastCallAudio) {
      var el = document.getElementById('call-audio');
      setTimeout(function () {
        el.src = lastCallAudio;
        var p = el.play();
        if (p && p.catch) { p.catch(function () { /* no touch yet: the banner and the chime still tell */ }); }
      }, chimed ? 1500 : 0);
    }
  }

  // --- rating from the phone, with the ticket's key: the five national levels, tags for a low score ------
  var TAGS = ['attitude', 'efficiency', 'waiting', 'process', 'guidance', 'environment'];
  var score = null;
  var rated = false;
  function renderRating(t) {
    var box = document.getElementById('rate-box');
    var show = t.status === 'completed' && !!key && !t.rated && !rated;
    box.hidden = !show;
    document.getElementById('rate-thanks').hidden = !(rated || (t.rated && t.status === 'completed' && key));
    if (!show) { return; }
    var scores = document.getElementById('rate-scores');
    scores.textContent = '';
    [5, 4, 3, 2, 1].forEach(function (s) {
      scores.appendChild(h('button', { type: 'button', class: 'btn rate-score', 'data-score': String(s),
        'aria-pressed': score === s ? 'true' : 'false',
        onclick: function () { score = s; render(); } }, h('span', null, I18N.t('t.s' + s)), h('small', null, I18N.tOther('t.s' + s))));
    });
    var tags = document.getElementById('rate-tags');
    var pressed = Array.prototype.map.call(tags.querySelectorAll('[aria-pressed="true"]'), function (b) { return b.getAttribute('data-tag'); });
    tags.textContent = '';
    TAGS.forEach(function (tag) {
      tags.appendChild(h('button', { type: 'button', class: 'btn rate-tag', 'data-tag': tag,
        'aria-pressed': pressed.indexOf(tag) >= 0 ? 'true' : 'false',
        onclick: function (ev) {
          var b = ev.currentTarget;
          b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
        } }, I18N.t('t.tag.' + tag)));
    });
    document.getElementById('rate-tags-box').hidden = !(score && score <= 3);
    document.getElementById('rate-send').disabled = !score;
  }
  document.getElementById('rate-send').addEventListener('click', function () {
    var btn = this;
    if (!score) { return; }
    btn.disabled = true;
    var tags = Array.prototype.map.call(document.querySelectorAll('#rate-tags [aria-pressed="true"]'), function (b) { return b.getAttribute('data-tag'); });
    var body = { key: key, score: score };
    if (tags.length && score <= 3) { body.tags = tags; }
    Api.post('/tickets/' + encodeURIComponent(id) + '/rating', body, { timeout: 10000 }).then(function () {
      rated = true;
      render();
    }, function (e) {
      btn.disabled = false;
      if (e.code === 'ALREADY_RATED') { rated = true; render(); return; }
      var el = document.getElementById('load-error');
      el.textContent = Api.words(e);
      el.hidden = false;
    });
  });

  function fetchTicket() {
    if (!id) { return; }
    if (fetching) { pendingFetch = true; return; }
    fetching = true;
    Api.get(ticketPath(), { timeout: 8000 }).then(function (t) {
      document.getElementById('load-error').hidden = true;
      var calledNow = t.status === 'called' && (lastStatus !== 'called' || (lastRecalls != null && t.recalls > lastRecalls));
      if (calledNow && lastStatus !== null) { alertCalled(); }
      lastStatus = t.status;
      lastRecalls = t.recalls;
      ticket = t;
      render();
    }, function (e) {
      var el = document.getElementById('load-error');
      el.textContent = Api.words(e);
      el.hidden = false;
    }).then(function () {
      fetching = false;
      if (pendingFetch) { pendingFetch = false; setTimeout(fetchTicket, 1000); }
    });
  }

  // Every phone refetches on hall changes; spread the load over a couple of seconds.
  var stateTimer = null;
  function soon() {
    if (stateTimer) { return; }
    stateTimer = setTimeout(function () { stateTimer = null; fetchTicket(); }, 300 + Math.random() * 1700);
  }

  document.getElementById('cancel').addEventListener('click', function () {
    document.getElementById('cancel-confirm').hidden = false;
  });
  document.getElementById('cancel-no').addEventListener('click', function () {
    document.getElementById('cancel-confirm').hidden = true;
  });
  document.getElementById('cancel-yes').addEventListener('click', function () {
    var btn = this;
    btn.disabled = true;
    Api.post('/tickets/' + encodeURIComponent(id) + '/cancel', { key: key }, { timeout: 10000 }).then(function (t) {
      btn.disabled = false;
      ticket = t;
      lastStatus = t.status;
      render();
    }, function (e) {
      btn.disabled = false;
      var el = document.getElementById('load-error');
      el.textContent = Api.words(e);
      el.hidden = false;
      fetchTicket();
    });
  });

  I18N.onchange(render);
  I18N.apply();

  if (!id) {
    var el = document.getElementById('load-error');
    el.textContent = I18N.t('t.noId');
    el.hidden = false;
    return;
  }
  fetchTicket();
  setInterval(fetchTicket, 15000);
  EventBus.followHall({
    onState: function (state) {
      hall = state;
      if (!ticket || !ticket.serviceName) { render(); }
      if (state && state.name) { document.getElementById('hall-name').textContent = I18N.text(state.name); }
      if (!ticket || ticket.status === 'waiting' || ticket.status === 'called') { soon(); }
    },
    onCalled: function (call) {
      if (call.ticket === id) {
        lastCallAudio = call.audio || null;
        fetchTicket();
      }
    }
  });
})();
