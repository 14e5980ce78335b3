/*
 * The manager console's live windows panel: per window today — served, idle minutes, the visitor at it
 * and for how long, who holds it — and the lines that wait longest, highlighted, with the idle windows
 * that could take them. Asked of the hub (GET /reports/live) on every hall.state, at most once a second;
 * between answers a local tick moves the minute figures on from the hub's timestamps (never by counting).
 */
(function (global) {
  'use strict';
  var h = UI.h;
  var TICK_MS = 15000;
  var MIN_GAP_MS = 1000;

  I18N.add({
    'live.title': { zh: '窗口实况', en: 'Live windows' },
    'live.asOf': { zh: '{time} 更新', en: 'Updated {time}' },
    'live.quiet': { zh: '今天还没有办理业务：没有人取号，也没有窗口办结。', en: 'Nothing has happened today yet: no ticket taken, nothing served.' },
    'live.lines': { zh: '等候最久的队列', en: 'Lines waiting longest' },
    'live.noLines': { zh: '现在没有人在等候。', en: 'Nobody is waiting now.' },
    'live.noLong': { zh: '没有队列等候超过 {n} 分钟。', en: 'No line has waited {n} min or more.' },
    'live.long': { zh: '等候最久', en: 'Waiting longest' },
    'live.line': { zh: '{waiting} 人等候 · {number} 已等 {minutes} 分钟', en: '{waiting} waiting · {number} for {minutes} min' },
    'live.window': { zh: '窗口', en: 'Window' },
    'live.state': { zh: '状态', en: 'State' },
    'live.clerk': { zh: '工作人员', en: 'Clerk' },
    'live.served': { zh: '今日办结', en: 'Served today' },
    'live.visitor': { zh: '当前办理', en: 'Visitor at the window' },
    'live.idle': { zh: '空闲(分)', en: 'Idle (min)' },
    'live.move': { zh: '可调去办理', en: 'Could take' },
    'live.nobody': { zh: '无人值守', en: 'Nobody' },
    'live.visitorFor': { zh: '{number} · {minutes} 分钟', en: '{number} · {minutes} min' },
    'live.idleFor': { zh: '空闲 {minutes} 分钟', en: 'Idle {minutes} min' },
    'live.lastCall': { zh: '上次叫号 {time}', en: 'Last call {time}' },
    'live.noCall': { zh: '今日未叫号', en: 'No call today' },
    'live.idleAlert': { zh: '空闲中，有队列久等', en: 'Idle while a line waits long' }
  });

  var live = null;
  var offset = 0;        // the hub's clock minus this browser's, from the last answer
  var running = false;
  var inFlight = false;
  var again = false;
  var lastAsked = 0;
  var tick = null;
  var later = null;

  /** Whole minutes from an ISO time to the hub's now, counted on from the last answer. */
  function minutes(iso) {
    if (!iso) { return null; }
    var since = Date.parse(iso);
    return isNaN(since) ? null : Math.max(0, Math.floor((Date.now() + offset - since) / 60000));
  }

  /** HH:MM in the hall's time, as the hub wrote it (the browser's own zone may differ). */
  function hallTime(iso) {
    return iso && iso.length >= 16 ? iso.substring(11, 16) : '';
  }

  function lineLabel(line) {
    return line ? (line.prefix ? line.prefix + ' ' : '') + I18N.text(line.name || line.service) : '';
  }
  function lineOf(service) {
    return (live.lines || []).filter(function (l) { return l.service === service; })[0] || { service: service };
  }

  function renderLines() {
    var box = document.getElementById('live-lines');
    box.textContent = '';
    var lines = live.lines || [];
    var long = lines.filter(function (l) { return l.longest; });
    box.appendChild(h('h3', null, I18N.t('live.lines')));
    if (!lines.length) {
      box.appendChild(h('p', { class: 'muted live-none' }, I18N.t('live.noLines')));
      return;
    }
    if (!long.length) {
      box.appendChild(h('p', { class: 'muted live-none' }, I18N.t('live.noLong', { n: live.longWaitMinutes })));
    }
    var list = h('ul', { class: 'live-line-list' });
    lines.forEach(function (l) {
      list.appendChild(h('li', { class: 'live-line' + (l.longest ? ' long' : ''), 'data-line': l.service, 'data-longest': l.longest ? 'true' : 'false' },
        l.longest ? h('span', { class: 'live-flag' }, I18N.t('live.long')) : null,
        h('b', null, lineLabel(l)),
        h('span', { class: 'live-line-figures' }, I18N.t('live.line', { waiting: l.waiting, number: l.oldestNumber, minutes: minutes(l.oldestSince) }))));
    });
    box.appendChild(list);
  }

  function clerk(w) {
    if (!w.staff) { return h('span', { class: 'muted' }, I18N.t('live.nobody')); }
    return h('span', { class: 'holder' }, w.staffName || w.staff);
  }

  function visitor(w) {
    if (!w.currentNumber) { return '—'; }
    return h('span', { class: 'live-visitor' }, I18N.t('live.visitorFor', { number: w.currentNumber, minutes: minutes(w.visitorSince) }));
  }

  function idle(w) {
    if (w.status !== 'open' || w.currentNumber) { return h('span', { class: 'muted' }, '—'); }
    var n = minutes(w.idleSince);
    return h('span', null,
      h('span', { class: 'live-idle' + (n != null && n >= live.idleMinutes ? ' long' : '') }, n == null ? '—' : String(n)),
      h('small', { class: 'live-last' }, w.lastCallAt ? I18N.t('live.lastCall', { time: hallTime(w.lastCallAt) }) : I18N.t('live.noCall')));
  }

  function renderWindows() {
    var body = document.getElementById('live-body');
    body.textContent = '';
    (live.windows || []).forEach(function (w) {
      var alert = (w.couldTake || []).length > 0;
      body.appendChild(h('tr', { 'data-live-counter': w.counter, class: alert ? 'live-alert' : null },
        h('th', { scope: 'row' }, I18N.text(w.name) || w.counter),
        h('td', null, h('span', { class: 'status status-' + w.status }, I18N.t('st.' + w.status))),
        h('td', { class: 'staff-cell' }, clerk(w)),
        h('td', { class: 'n live-served' }, String(w.served)),
        h('td', { class: 'live-current' }, visitor(w)),
        h('td', { class: 'n live-idle-cell' }, idle(w)),
        h('td', { class: 'live-move' }, alert ? [h('span', { class: 'live-flag' }, I18N.t('live.idleAlert')), ' ',
          (w.couldTake || []).map(function (s) { return h('span', { class: 'chip chip-long' }, lineLabel(lineOf(s))); })] : '')));
    });
  }

  function render() {
    if (!live) { return; }
    document.getElementById('live-at').textContent = I18N.t('live.asOf', { time: hallTime(live.at) });
    var quiet = !live.activity;
    document.getElementById('live-quiet').hidden = !quiet;
    document.getElementById('live-lines').hidden = quiet;
    document.getElementById('live-table').hidden = quiet;
    document.getElementById('live-panel').setAttribute('data-activity', quiet ? 'none' : 'some');
    if (quiet) { return; }
    renderLines();
    renderWindows();
  }

  function load() {
    if (!running) { return; }
    if (inFlight) { again = true; return; }
    var wait = lastAsked + MIN_GAP_MS - Date.now();
    if (wait > 0) {
      if (!later) { later = setTimeout(function () { later = null; load(); }, wait); }
      return;
    }
    inFlight = true;
    lastAsked = Date.now();
    Api.get('/reports/live', { timeout: 8000 }).then(function (body) {
      live = body;
      var at = Date.parse(body.at);
      offset = isNaN(at) ? 0 : at - Date.now();
      render();
    }, function () { /* the next hall.state asks again; the connection banner says the hub is away */ }).then(function () {
      inFlight = false;
      if (again) { again = false; load(); }
    });
  }

  I18N.onchange(render);

  global.LivePanel = {
    start: function () {
      running = true;
      load();
      if (!tick) { tick = setInterval(render, TICK_MS); }
    },
    stop: function () {
      running = false;
      clearInterval(tick);
      tick = null;
    },
    /** A hall.state arrived: something changed at a window or in a line. */
    hallChanged: load
  };
})(window);
