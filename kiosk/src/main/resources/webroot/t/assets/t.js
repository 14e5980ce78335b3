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
    var range = t.estimatedWaitRange;
    // The range (20th to 80th percentile of the forecast): "约 15–25 分钟" / "about 15–25 min".
    document.getElementById('ticket-wait').textContent = range && range[1] > range[0]
      ? (I18N.lang === 'zh' ? '约 ' + range[0] + '–' + range[1] + ' 分钟' : 'about ' + range[0] + '–' + range[1] + ' min')
      : t.estimatedWaitMinutes > 0 ? I18N.t('common.minutes', { n: t.estimatedWaitMinutes }) : I18N.t('t.noWait');
    document.getElementById('ticket-issued').textContent = UI.hhmm(t.issuedAt);
    document.getElementById('ticket-issued').parentNode.hidden = !t.issuedAt;
    var materials = t.materials || [];
    var list = document.getElementById('ticket-materials');
    list.textContent = '';
    materials.forEach(function (m) { list.appendChild(h('li', null, I18N.text(m), h('small', null, I18N.other(m)))); });
    document.getElementById('materials-box').hidden = materials.length === 0 || t.status === 'completed' || t.status === 'cancelled';
    document.getElementById('cancel-box').hidden = !waiting || !key;
    document.getElementById('no-key').hidden = !!key;
    if (!waiting) { document.getElementById('cancel-confirm').hidden = true; }
    document.title = t.number + ' · ' + I18N.t('t.s.' + t.status);
  }

  function alertCalled() {
    if (navigator.vibrate) { try { navigator.vibrate([400, 200, 400, 200, 800]); } catch (e) { /* ignore */ } }
  }

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
      if (call.ticket === id) { fetchTicket(); }
    }
  });
})();
