/* The hall board: the latest call big, recent calls, each window's number, waiting per service. */
(function () {
  'use strict';
  var h = UI.h;
  var RECENT_MAX = 6;

  I18N.add({
    'board.nowCalling': { zh: '正在叫号', en: 'Now calling' },
    'board.please': { zh: '请', en: '' },
    'board.to': { zh: '到', en: '→' },
    'board.recall': { zh: '再次呼叫', en: 'Calling again' },
    'board.recent': { zh: '最近叫号', en: 'Recent calls' },
    'board.noCalls': { zh: '暂无叫号', en: 'No calls yet' },
    'board.windows': { zh: '各窗口当前号码', en: 'Now serving at each window' },
    'board.queues': { zh: '各业务等候人数', en: 'Waiting per service' },
    'board.free': { zh: '空闲', en: 'Free' },
    'board.paused': { zh: '暂停服务', en: 'Paused' },
    'board.closed': { zh: '未开放', en: 'Closed' },
    'board.waitingN': { zh: '{n} 人', en: '{n} waiting' },
    'board.about': { zh: '约 {n} 分钟', en: 'about {n} min' },
    'board.noWait': { zh: '无需等候', en: 'No wait' },
    'board.idle': { zh: '请留意叫号', en: 'Please watch for your number' },
    'board.idleOther': { zh: 'Please watch for your number', en: '请留意叫号' },
    'board.soundOn': { zh: '点此开启语音播报', en: 'Touch to turn on announcements' },
    'board.soundOff': { zh: '声音未开启 · Sound is off', en: 'Sound is off · 声音未开启' },
    'board.otherLine': { zh: '{number} → {counter}', en: '请 {number} 到 {counter}' }
  });

  var hall = null;
  var latest = null;
  var recent = [];

  function counterLabel(call, which) {
    var name = call.counterName;
    if (name) { return which === 'other' ? I18N.other(name) : I18N.text(name); }
    return call.counter;
  }

  function renderLatest() {
    var box = document.getElementById('latest');
    document.getElementById('latest-number').textContent = latest ? latest.number : '—';
    document.getElementById('latest-counter').textContent = latest ? counterLabel(latest) : '';
    document.getElementById('latest-please').hidden = !latest || !I18N.t('board.please');
    document.getElementById('latest-to').hidden = !latest;
    document.getElementById('latest-recall').hidden = !(latest && latest.recall);
    document.getElementById('latest-other').textContent = latest
      ? I18N.t('board.otherLine', { number: latest.number, counter: counterLabel(latest, 'other') }) : '';
    document.getElementById('latest-line').hidden = !latest;
    document.getElementById('latest-empty').hidden = !!latest;
    box.classList.toggle('is-empty', !latest);
  }

  function renderRecent() {
    var list = document.getElementById('recent');
    list.textContent = '';
    recent.forEach(function (call) {
      list.appendChild(h('li', null,
        h('span', { class: 'num' }, call.number),
        h('span', { class: 'where' }, counterLabel(call), h('small', null, counterLabel(call, 'other'))),
        h('span', { class: 'time' }, UI.hhmm(call.at))));
    });
    document.getElementById('recent-empty').hidden = recent.length > 0;
    // Only whole lines: drop the oldest calls that would not fit on the screen.
    var box = list.parentNode;
    while (list.children.length > 1 && box.scrollHeight > box.clientHeight + 1) { list.removeChild(list.lastChild); }
  }

  /** Tiles in at most two rows: 20 windows → 10 columns, 12 lines → 6; few → one row of up to 8. */
  function columns(el, n) {
    var cols = n <= 8 ? Math.max(n, 4) : Math.ceil(n / 2);
    el.style.setProperty('--cols', String(cols));
    el.classList.toggle('dense', cols > 8);
  }

  function renderHall() {
    if (!hall) { return; }
    document.getElementById('hall-name').textContent = I18N.text(hall.name);
    document.getElementById('hall-name-other').textContent = I18N.other(hall.name);
    var counters = document.getElementById('counters');
    counters.textContent = '';
    (hall.counters || []).forEach(function (c) {
      var value;
      var state = c.status || 'closed';
      if (c.currentNumber) { value = c.currentNumber; }
      else if (state === 'paused') { value = I18N.t('board.paused'); }
      else if (state === 'closed') { value = I18N.t('board.closed'); }
      else { value = I18N.t('board.free'); }
      var hot = latest && latest.counter === c.id && latest.number === c.currentNumber;
      counters.appendChild(h('div', { class: 'tile ' + (c.currentNumber ? 'serving' : state) + (hot ? ' hot' : ''), 'data-counter': c.id },
        h('div', { class: 't-name' }, I18N.text(c.name) || c.id),
        h('div', { class: 't-value num' }, value)));
    });
    columns(counters, (hall.counters || []).length);
    var queues = document.getElementById('queues');
    columns(queues, (hall.services || []).length);
    queues.textContent = '';
    (hall.services || []).forEach(function (s) {
      queues.appendChild(h('div', { class: 'tile', 'data-service': s.id },
        h('div', { class: 't-name' }, s.prefix + '  ' + I18N.text(s.name)),
        h('div', { class: 't-value' }, I18N.t('board.waitingN', { n: s.waiting || 0 })),
        h('div', { class: 't-sub' }, s.estimatedWaitMinutes > 0 ? I18N.t('board.about', { n: s.estimatedWaitMinutes }) : I18N.t('board.noWait'))));
    });
  }

  function onCalled(call) {
    latest = call;
    recent = recent.filter(function (c) { return c.ticket !== call.ticket; });
    recent.unshift(call);
    if (recent.length > RECENT_MAX) { recent.length = RECENT_MAX; }
    renderLatest();
    renderRecent();
    renderHall();
    var box = document.getElementById('latest');
    box.classList.remove('flash');
    void box.offsetWidth; // restart the animation for back-to-back calls
    box.classList.add('flash');
    Voice.announce(call);
    checkSound();
  }

  var soundBtn = document.getElementById('sound-on');
  // The board tells the hub whether it can be heard, so the manager console lists silent TVs.
  var boardName = UI.param('name');
  if (!boardName) {
    try {
      boardName = localStorage.getItem('onewindow.board.name');
      if (!boardName) { boardName = 'board-' + Math.random().toString(36).slice(2, 8); localStorage.setItem('onewindow.board.name', boardName); }
    } catch (e) { boardName = 'board'; }
  }
  var reported = null;
  function reportSound(force) {
    var state = Voice.blocked() ? 'blocked' : 'on';
    if (!force && state === reported) { return; }
    Api.post('/boards/' + encodeURIComponent(boardName) + '/status', { sound: state }, { timeout: 8000 })
      .then(function () { reported = state; }, function () { reported = null; });
  }
  setInterval(function () { reportSound(true); }, 30000);

  function checkSound() {
    var off = Voice.blocked();
    soundBtn.hidden = !off;
    document.getElementById('sound-off').hidden = !off;
    document.documentElement.setAttribute('data-sound', off ? 'blocked' : 'on');
    reportSound(false);
  }
  Voice.onBlockedChange(checkSound);
  soundBtn.addEventListener('click', function () { Voice.unlock(); setTimeout(checkSound, 300); });
  document.addEventListener('pointerdown', function () { Voice.unlock(); setTimeout(checkSound, 300); }, { once: true });

  I18N.onchange(function () { renderLatest(); renderRecent(); renderHall(); });
  I18N.apply();
  UI.clock(document.getElementById('clock'), true);
  renderLatest();
  renderRecent();
  checkSound();

  /*
   * A call the board did not hear (the socket was down) still shows in the next hall state as a
   * window with a new current ticket: put it on the board so nobody's number goes unseen.
   */
  function missedCalls(prev, next) {
    if (!prev) { return; }
    var before = {};
    (prev.counters || []).forEach(function (c) { before[c.id] = c.currentTicket; });
    (next.counters || []).forEach(function (c) {
      var seen = recent.some(function (r) { return r.ticket === c.currentTicket; });
      if (c.currentTicket && c.currentNumber && c.currentTicket !== before[c.id] && !seen) {
        onCalled({ ticket: c.currentTicket, number: c.currentNumber, counter: c.id, counterName: c.name,
          recall: false, at: new Date().toISOString() });
      }
    });
  }

  /*
   * After a restart (power cut, hub restart) the board starts from what the windows are serving
   * now, newest call first, silently: these numbers were announced already.
   */
  function restore(state) {
    var serving = (state.counters || []).filter(function (c) { return c.currentTicket && c.currentNumber; });
    Promise.all(serving.map(function (c) {
      return Api.get('/tickets/' + encodeURIComponent(c.currentTicket), { timeout: 8000 }).then(function (t) {
        return { ticket: t.id, number: t.number, service: t.service, counter: c.id, counterName: c.name,
          recall: false, at: t.calledAt };
      }, function () { return null; });
    })).then(function (calls) {
      if (recent.length) { return; }
      recent = calls.filter(Boolean).sort(function (a, b) { return String(b.at).localeCompare(String(a.at)); })
        .slice(0, RECENT_MAX);
      latest = recent[0] || null;
      renderLatest();
      renderRecent();
      renderHall();
    });
  }

  EventBus.followHall({
    onState: function (state) {
      var prev = hall;
      hall = state;
      if (!prev) { restore(state); } else { missedCalls(prev, state); }
      renderHall();
    },
    onCalled: onCalled
  });
})();
