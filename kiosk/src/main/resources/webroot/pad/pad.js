/*
 * The rating pad beside a window. It is paired to one window (the hall file's pads), and asks only the
 * visitor the hub says is in front of it (GET /devices/me/prompt; the rule is RatingPrompt on the hub):
 * from the moment their visit is completed until they rate, the next visitor sits down, or 3 minutes.
 */
(function () {
  'use strict';
  var h = UI.h;
  var CHECK_MS = 10000;     // besides every hall change: the prompt also ends with time
  var TAGS_MS = 30000;      // tag screen: submit the score alone when left untouched
  var THANKS_MS = 6000;

  I18N.add({
    'pad.welcome': { zh: '欢迎评价我们的服务', en: 'Please rate our service' },
    'pad.waitHint': { zh: '办理结束后，请在这里为本次服务打分', en: 'When your visit is finished, rate it here' },
    'pad.rateTitle': { zh: '您对本次服务满意吗？', en: 'How satisfied are you with this service?' },
    'pad.ticket': { zh: '号码', en: 'Ticket' },
    'pad.s1': { zh: '非常不满意', en: 'Very dissatisfied' },
    'pad.s2': { zh: '不满意', en: 'Dissatisfied' },
    'pad.s3': { zh: '一般', en: 'Neutral' },
    'pad.s4': { zh: '满意', en: 'Satisfied' },
    'pad.s5': { zh: '非常满意', en: 'Very satisfied' },
    'pad.tagsTitle': { zh: '哪些方面让您不满意？', en: 'What was not good?' },
    'pad.tagsHint': { zh: '可多选，我们会跟进改进', en: 'Choose any; we will follow up' },
    'pad.tag.attitude': { zh: '服务态度', en: 'Staff attitude' },
    'pad.tag.efficiency': { zh: '办事效率', en: 'Speed of service' },
    'pad.tag.process': { zh: '办事流程', en: 'Procedure' },
    'pad.tag.waiting': { zh: '排队等候时间', en: 'Waiting time' },
    'pad.tag.guidance': { zh: '咨询引导', en: 'Guidance' },
    'pad.tag.environment': { zh: '大厅环境', en: 'Hall environment' },
    'pad.skip': { zh: '跳过', en: 'Skip' },
    'pad.submit': { zh: '提交', en: 'Submit' },
    'pad.sending': { zh: '正在提交…', en: 'Sending…' },
    'pad.thanks': { zh: '感谢您的评价！', en: 'Thank you for your rating!' },
    'pad.thanksLow': { zh: '我们会认真改进，工作人员将跟进您的意见', en: 'We will follow up and improve' },
    'pad.unknown': { zh: '本评价器未绑定窗口，请联系管理员', en: 'This pad belongs to no window; ask a manager' }
  });
  var TAGS = ['attitude', 'efficiency', 'waiting', 'process', 'guidance', 'environment'];

  var counterId = null;    // from the pad's pairing: the window it stands at
  var ticket = null;       // the ticket being rated
  var score = null;
  var sending = false;
  var thanksTimer = null;
  var endTimer = null;
  var hall = null;

  function face(s) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 100 100');
    svg.setAttribute('aria-hidden', 'true');
    var curve = 64 + (s - 3) * 10;
    svg.innerHTML = '<circle cx="50" cy="50" r="44" fill="none" stroke="#fff" stroke-width="7"/>' +
      '<circle cx="35" cy="40" r="6" fill="#fff"/><circle cx="65" cy="40" r="6" fill="#fff"/>' +
      '<path d="M30 ' + (s === 3 ? 66 : 66 - (s - 3) * 3) + ' Q50 ' + curve + ' 70 ' + (s === 3 ? 66 : 66 - (s - 3) * 3) +
      '" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round"/>';
    return svg;
  }

  function renderScores() {
    var box = document.getElementById('scores');
    box.textContent = '';
    [1, 2, 3, 4, 5].forEach(function (s) {
      box.appendChild(h('button', { type: 'button', class: 'btn score', 'data-score': String(s), onclick: function () { choose(s); } },
        face(s), h('span', null, I18N.t('pad.s' + s)), h('small', null, I18N.tOther('pad.s' + s))));
    });
    var tags = document.getElementById('tags');
    var pressed = selectedTags();
    tags.textContent = '';
    TAGS.forEach(function (tag) {
      tags.appendChild(h('button', {
        type: 'button', class: 'btn tag', 'data-tag': tag, 'aria-pressed': pressed.indexOf(tag) >= 0 ? 'true' : 'false',
        onclick: function (ev) {
          var b = ev.currentTarget;
          b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
        }
      }, h('span', null, I18N.t('pad.tag.' + tag)), h('small', null, I18N.tOther('pad.tag.' + tag))));
    });
  }
  function selectedTags() {
    return Array.prototype.slice.call(document.querySelectorAll('.tag[aria-pressed="true"]'))
      .map(function (b) { return b.getAttribute('data-tag'); });
  }

  function renderTicket() {
    if (!ticket) { return; }
    document.getElementById('rate-number').textContent = ticket.number;
    document.getElementById('rate-service').textContent = I18N.text(ticket.serviceName) || ticket.service;
  }

  function renderCounter() {
    var c = hall && counterId && (hall.counters || []).filter(function (x) { return String(x.id) === String(counterId); })[0];
    document.getElementById('counter-name').textContent = c ? (I18N.text(c.name) || c.id) : '—';
    document.getElementById('counter-name-other').textContent = c ? I18N.other(c.name) : '';
  }

  function choose(s) {
    if (!ticket || sending) { return; }
    score = s;
    if (s <= 2) {
      renderScores();
      document.querySelectorAll('.tag').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
      UI.show('screen-tags');
      idle = restartIdle(TAGS_MS, function () { submit([]); });
    } else {
      submit([]);
    }
  }

  function submit(tags) {
    if (!ticket || sending) { return; }
    sending = true;
    var body = { score: score };
    if (tags.length) { body.tags = tags; }
    UI.show('screen-busy');
    Api.post('/tickets/' + encodeURIComponent(ticket.id) + '/rating', body, { timeout: 10000 }).then(function () {
      thanks(score <= 2 ? I18N.t('pad.thanksLow') : '');
    }, function (e) {
      if (e.code === 'ALREADY_RATED' || e.code === 'NOT_SERVED' || e.code === 'UNKNOWN_TICKET' || e.code === 'RATING_CLOSED') {
        thanks(e.words());
      } else {
        // Network trouble: keep the visitor's choice on screen so they can try again.
        sending = false;
        UI.show('screen-rate');
        showProblem(e.words());
      }
    });
  }

  function thanks(note) {
    sending = false;
    ticket = null;
    clearTimeout(endTimer);
    document.getElementById('thanks-note').textContent = note || '';
    UI.show('screen-thanks');
    clearTimeout(thanksTimer);
    thanksTimer = setTimeout(toWait, THANKS_MS);
    if (idle) { idle.stop(); }
  }

  function showProblem(text) {
    ['pad-problem', 'rate-problem'].forEach(function (id) {
      var p = document.getElementById(id);
      p.textContent = text || '';
      p.hidden = !text;
    });
  }

  function toWait() {
    ticket = null;
    score = null;
    clearTimeout(endTimer);
    UI.show('screen-wait');
    if (idle) { idle.stop(); }
    check();
  }

  var idle = null;
  function restartIdle(ms, fn) {
    if (idle) { idle.stop(); }
    var i = UI.idle(ms, fn);
    i.reset();
    return i;
  }

  /** Asks the hub whom this pad may ask now, and shows that, or the welcome screen. */
  var checking = false;
  function check() {
    if (!counterId || sending || checking) { return; }
    checking = true;
    Api.get('/devices/me/prompt', { timeout: 8000 }).then(function (prompt) {
      checking = false;
      showProblem('');
      var next = prompt && prompt.ticket;
      if (sending || !document.getElementById('screen-thanks').hidden) { return; }
      if (!next) {
        if (ticket) { toWait(); }
        return;
      }
      clearTimeout(endTimer);
      endTimer = setTimeout(toWait, Math.max(1, prompt.endsInSeconds) * 1000);
      if (ticket && ticket.id === next.id) { return; }
      ticket = next;
      score = null;
      clearTimeout(thanksTimer);
      renderTicket();
      UI.show('screen-rate');
      if (idle) { idle.stop(); }
    }, function (e) {
      checking = false;
      if (e.status !== 401) { showProblem(e.words()); }
    });
  }

  I18N.onchange(function () { renderScores(); renderTicket(); renderCounter(); });
  I18N.apply();
  renderScores();
  document.getElementById('tags-skip').addEventListener('click', function () { submit([]); });
  document.getElementById('tags-submit').addEventListener('click', function () { submit(selectedTags()); });

  var following = false;
  Device.start({
    kind: 'pad',
    name: UI.param('counter') ? 'counter ' + UI.param('counter') : null,
    onReady: function (device) {
      counterId = device.counter;
      if (!counterId) { showProblem(I18N.t('pad.unknown')); return; }
      renderCounter();
      check();
      if (following) { return; }
      following = true;
      setInterval(check, CHECK_MS);
      EventBus.followHall({
        onState: function (state) {
          hall = state;
          renderCounter();
          check();
        }
      });
    }
  });
})();
