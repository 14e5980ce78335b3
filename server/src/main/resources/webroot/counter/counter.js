/* The window clerk's console: open the window, call, recall, no-show, complete, transfer. */
(function () {
  'use strict';
  var h = UI.h;
  var WINDOW_KEY = 'onewindow.counter.window';

  I18N.add({
    'con.title': { zh: '窗口工作台', en: 'Window console' },
    'con.window': { zh: '窗口', en: 'Window' },
    'con.open': { zh: '开启窗口', en: 'Open' },
    'con.pause': { zh: '暂停', en: 'Pause' },
    'con.close': { zh: '关闭窗口', en: 'Close' },
    'con.current': { zh: '当前号码', en: 'Current ticket' },
    'con.priority': { zh: '绿色通道', en: 'Priority' },
    'con.materials': { zh: '应备材料', en: 'Materials' },
    'con.waited': { zh: '已等候 {n} 分钟', en: 'Waited {n} min' },
    'con.recalls': { zh: '已重呼 {n} 次', en: 'Recalls: {n}' },
    'con.call': { zh: '叫号', en: 'Call next' },
    'con.callHint': { zh: '自动完成当前号并呼叫下一位', en: 'Completes the current ticket and calls the next' },
    'con.recall': { zh: '重呼', en: 'Recall' },
    'con.noShow': { zh: '过号', en: 'No-show' },
    'con.complete': { zh: '办结', en: 'Complete' },
    'con.transferTo': { zh: '转移到', en: 'Transfer to' },
    'con.transfer': { zh: '转移', en: 'Transfer' },
    'con.toService': { zh: '业务', en: 'Service' },
    'con.toWindow': { zh: '窗口', en: 'Window' },
    'con.queue': { zh: '本窗口等候', en: 'Waiting for this window' },
    'con.queueEmpty': { zh: '暂无等候', en: 'Nobody is waiting' },
    'con.nobody': { zh: '暂无等候的号', en: 'Nobody is waiting' },
    'con.called': { zh: '已呼叫 {n}', en: 'Called {n}' },
    'con.done': { zh: '{n} 已办结', en: '{n} completed' },
    'con.noShowDone': { zh: '{n} 已过号', en: '{n} marked as no-show' },
    'con.recalled': { zh: '已重呼 {n}', en: 'Recalled {n}' },
    'con.transferred': { zh: '{n} 已转移', en: '{n} transferred' },
    'con.chooseTarget': { zh: '请先选择转移目标', en: 'Choose where to transfer first' },
    'con.heldBy': { zh: '{name} 使用中', en: 'held by {name}' },
    'con.yours': { zh: '本人使用中', en: 'yours' },
    'con.heldMsg': { zh: '{window}正由 {name} 使用，您不能在此窗口操作。请选择其他窗口，或请管理员接管。',
      en: '{window} is held by {name}; you cannot work at it. Choose another window, or ask a manager to take it over.' },
    'st.open': { zh: '服务中', en: 'Open' },
    'st.paused': { zh: '已暂停', en: 'Paused' },
    'st.closed': { zh: '已关闭', en: 'Closed' },
    'st.opened': { zh: '窗口已开启', en: 'Window opened' },
    'st.pausedMsg': { zh: '窗口已暂停', en: 'Window paused' },
    'st.closedMsg': { zh: '窗口已关闭', en: 'Window closed' },
    'keys.legend': { zh: '快捷键：N 叫号 · R 重呼 · S 过号 · C 办结 · T 转移 · O 开启 · P 暂停 · X 关闭 · Esc 回到叫号。深色键为小键盘：+/回车 叫号 · . 重呼 · 0 过号 · − 办结 · * 转移 · / 开启或暂停',
      en: 'Keys: N call · R recall · S no-show · C complete · T transfer · O open · P pause · X close · Esc back to Call. Dark keys are the keypad: +/Enter call · . recall · 0 no-show · − complete · * transfer · / open or pause' },
    'keys.transferHint': { zh: '选好目标后按回车转移', en: 'Choose a target, then press Enter' },
    'keys.transferArmed': { zh: '小键盘转移：输入窗口号，按 + 或回车确认，* 或 Esc 取消', en: 'Keypad transfer: type the window number, then + or Enter; * or Esc cancels' },
    'keys.transferTyped': { zh: '转移到：{window}（按 + 或回车确认）', en: 'Transfer to: {window} (+ or Enter to confirm)' },
    'keys.noSuchWindow': { zh: '没有 {digits} 号窗口，请重新输入', en: 'There is no window {digits}; type again' }
  });

  var hall = null;
  var counterId = null;
  var current = null;   // the current ticket (full)
  var queue = [];
  var busy = false;
  var signed = false;
  var follow = null;
  var queueTimer = null;
  var me = null;         // the signed-in staff id
  var heldShown = false;
  var shownWords = null;   // the message line's words as a function of the language, while it shows them // the message on screen says the window is someone else's
  try { counterId = localStorage.getItem(WINDOW_KEY); } catch (e) { counterId = null; }

  var ACTIONS = ['open', 'pause', 'close', 'call', 'recall', 'no-show', 'complete', 'transfer'];
  var padTransfer = null; // the keypad's transfer in progress: {digits}
  var select = document.getElementById('counter-select');
  var transferTarget = document.getElementById('transfer-target');

  function counter() {
    if (!hall) { return null; }
    return (hall.counters || []).filter(function (c) { return String(c.id) === String(counterId); })[0] || null;
  }
  function service(id) {
    return hall && (hall.services || []).filter(function (s) { return s.id === id; })[0];
  }
  function serviceName(id, fallback) {
    var s = service(id);
    return s ? I18N.text(s.name) : (fallback ? I18N.text(fallback) : id);
  }

  /** The window is held by another member of staff: its commands would all be refused. */
  function heldByOther(c) { return !!(c && c.staff && c.staff !== me); }
  function holderName(c) { return c.staffName || c.staff; }
  function heldMessage(c) { return I18N.t('con.heldMsg', { window: I18N.text(c.name) || c.id, name: holderName(c) }); }

  /** words: a text, or a function giving it in the current language (so a language switch redraws it). */
  function message(words, kind) {
    heldShown = false;
    shownWords = typeof words === 'function' ? words : null;
    var m = document.getElementById('message');
    var text = shownWords ? shownWords() : words;
    m.textContent = text || '';
    m.className = 'notice notice-' + (kind || 'ok');
    m.hidden = !text;
  }

  function renderSelects() {
    if (!hall) { return; }
    var keep = select.value || counterId;
    select.textContent = '';
    (hall.counters || []).forEach(function (c) {
      var who = !c.staff ? '' : ' · ' + (c.staff === me ? I18N.t('con.yours') : I18N.t('con.heldBy', { name: holderName(c) }));
      select.appendChild(h('option', { value: c.id }, (I18N.text(c.name) || c.id) + who));
    });
    if (!counterId || !counter()) { counterId = hall.counters && hall.counters.length ? hall.counters[0].id : null; }
    select.value = counterId || keep;
    var keepTarget = transferTarget.value;
    transferTarget.textContent = '';
    transferTarget.appendChild(h('option', { value: '' }, '—'));
    var sg = h('optgroup', { label: I18N.t('con.toService') });
    (hall.services || []).forEach(function (s) {
      sg.appendChild(h('option', { value: 'service:' + s.id }, s.prefix + ' · ' + I18N.text(s.name)));
    });
    var cg = h('optgroup', { label: I18N.t('con.toWindow') });
    (hall.counters || []).forEach(function (c) {
      if (String(c.id) !== String(counterId)) { cg.appendChild(h('option', { value: 'counter:' + c.id }, I18N.text(c.name) || c.id)); }
    });
    transferTarget.appendChild(sg);
    transferTarget.appendChild(cg);
    transferTarget.value = keepTarget;
    if (transferTarget.value !== keepTarget) { transferTarget.value = ''; }
  }

  function renderCounter() {
    var c = counter();
    var status = c ? c.status : 'closed';
    var badge = document.getElementById('counter-status');
    badge.className = 'status status-' + status;
    badge.textContent = I18N.t('st.' + status);
    var other = heldByOther(c);
    var holder = document.getElementById('counter-holder');
    holder.hidden = !(c && c.staff);
    holder.className = 'holder' + (other ? ' other' : '');
    holder.textContent = !(c && c.staff) ? '' : other ? I18N.t('con.heldBy', { name: holderName(c) }) : I18N.t('con.yours');
    var off = !c || other;
    document.getElementById('open').disabled = off || status === 'open';
    document.getElementById('pause').disabled = off || status !== 'open';
    document.getElementById('close').disabled = off || status === 'closed';
    document.getElementById('call').disabled = off || status !== 'open';
    var has = !!(c && c.currentTicket);
    ['recall', 'no-show', 'complete', 'transfer'].forEach(function (id) {
      document.getElementById(id).disabled = off || !has;
    });
    // While a request is in flight the buttons say so but keep their focus: a disabled button drops it to <body>.
    ACTIONS.forEach(function (id) {
      var b = document.getElementById(id);
      if (busy && !b.disabled) { b.setAttribute('aria-disabled', 'true'); } else { b.removeAttribute('aria-disabled'); }
    });
    document.getElementById('screen-console').setAttribute('aria-busy', busy ? 'true' : 'false');
    transferTarget.disabled = other || !has;
    if (!has && padTransfer) { disarm(); }
    // Say why everything is off at a window someone else holds; take the words back once it is free.
    if (other) {
      message(function () { return heldMessage(c); }, 'error');
      heldShown = true;
    } else if (heldShown) {
      message('');
    }
  }

  var shownTicket = null;
  function renderCurrent() {
    var t = current;
    // A target chosen for one visitor is never the next visitor's by accident.
    if ((t ? t.id : null) !== shownTicket) { shownTicket = t ? t.id : null; transferTarget.value = ''; }
    document.getElementById('current-number').textContent = t ? t.number : '—';
    document.getElementById('current-service').textContent = t ? serviceName(t.service, t.serviceName) : '';
    document.getElementById('current-priority').hidden = !(t && t.priority === 'priority');
    var waited = t ? UI.minutesBetween(t.issuedAt, t.calledAt) : null;
    document.getElementById('current-waited').textContent = waited == null ? '' : I18N.t('con.waited', { n: waited });
    document.getElementById('current-recalls').textContent = t && t.recalls ? I18N.t('con.recalls', { n: t.recalls }) : '';
    var materials = (t && (t.materials || (service(t.service) || {}).materials)) || [];
    var list = document.getElementById('current-materials');
    list.textContent = '';
    materials.forEach(function (m) { list.appendChild(h('li', null, I18N.text(m))); });
    document.getElementById('current-materials-box').hidden = materials.length === 0;
  }

  function renderQueue() {
    var c = counter();
    var box = document.getElementById('queue-services');
    box.textContent = '';
    var profile = (c && c.profile) || [];
    (hall ? hall.services : []).forEach(function (s) {
      if (profile.indexOf('*') >= 0 || profile.indexOf(s.id) >= 0) {
        box.appendChild(h('span', null, s.prefix + ' ' + I18N.text(s.name) + ' · ' + (s.waiting || 0)));
      }
    });
    var list = document.getElementById('queue');
    list.textContent = '';
    queue.forEach(function (t) {
      var waited = UI.minutesBetween(t.issuedAt);
      list.appendChild(h('li', { class: t.priority === 'priority' ? 'prio' : '' },
        h('span', { class: 'num' }, t.number),
        h('span', null, serviceName(t.service, t.serviceName), t.priority === 'priority' ? h('span', { class: 'badge-green q-prio' }, I18N.t('con.priority')) : null),
        h('span', { class: 'q-wait' }, waited == null ? '' : I18N.t('con.waited', { n: waited }))));
    });
    document.getElementById('queue-count').textContent = String(queue.length);
    document.getElementById('queue-empty').hidden = queue.length > 0;
  }

  function loadQueue() {
    if (!signed || !counterId) { return; }
    clearTimeout(queueTimer);
    queueTimer = setTimeout(function () {
      Api.get('/counters/' + encodeURIComponent(counterId) + '/queue', { timeout: 8000 }).then(function (body) {
        queue = (body && body.tickets) || [];
        renderQueue();
      }, function () { /* the counts from the hall state still show */ });
    }, 150);
  }

  function loadCurrent() {
    var c = counter();
    var id = c && c.currentTicket;
    if (!id) { current = null; renderCurrent(); return; }
    if (current && current.id === id && current.status === 'called') { return; }
    Api.get('/tickets/' + encodeURIComponent(id), { timeout: 8000 }).then(function (t) {
      var now = counter();
      if (now && now.currentTicket === t.id) { current = t; renderCurrent(); }
    }, function () { /* keep what we show */ });
  }

  function onState(state) {
    hall = state;
    document.getElementById('hall-name').textContent = I18N.text(hall.name);
    renderSelects();
    renderCounter();
    var c = counter();
    // The hub's state is the truth: a ticket finished elsewhere (or by the keypad) clears here too.
    if (c && !c.currentTicket) { current = null; renderCurrent(); }
    else { loadCurrent(); }
    renderQueue();
    loadQueue();
    keepFocus();
  }

  // ---- focus: always on a control the clerk can use, never lost to <body>

  function el(id) { return document.getElementById(id); }
  function consoleShown() { return signed && !el('screen-console').hidden; }
  function usable(b) { return b && !b.disabled && !b.hidden && b.offsetParent !== null; }

  /** Where the clerk's next key most likely goes: call at an open window, else open it, else pick a window. */
  function primary() {
    var c = counter();
    if (!c || heldByOther(c)) { return select; }
    if (c.status !== 'open') { return usable(el('open')) ? el('open') : select; }
    return usable(el('call')) ? el('call') : select;
  }
  function focusOn(target) {
    var t = usable(target) ? target : primary();
    if (t && document.activeElement !== t) { t.focus({ preventScroll: true }); }
  }
  /** After any change of state: a focus that fell to <body> (or onto a control now off) goes to the primary action. */
  function keepFocus() {
    if (!consoleShown()) { return; }
    var a = document.activeElement;
    if (!a || a === document.body || a === document.documentElement || a.disabled || a.offsetParent === null) { focusOn(primary()); }
  }
  el('screen-console').addEventListener('focusout', function () { setTimeout(keepFocus, 0); });

  // ---- actions

  /**
   * One request at a time: a second key or click while one is in flight does nothing.
   * opts.after: the control that gets the focus when it succeeds; opts.words: what the console knows for the error words.
   */
  function act(path, body, done, opts) {
    var o = opts || {};
    if (busy || !counterId) { return; }
    busy = true;
    var used = document.activeElement;
    renderCounter();
    Api.post('/counters/' + encodeURIComponent(counterId) + path, body, { timeout: 10000 }).then(function (result) {
      busy = false;
      done(result);
      renderCounter();
      focusOn(o.after ? o.after() : primary());
      CounterToday.refresh();
      if (follow) { follow.refetch(); }
    }, function (e) {
      busy = false;
      if (e.code === 'COUNTER_HELD' && follow) { follow.refetch(); }
      renderCounter();
      focusOn(used);
      if (e.status !== 401 && !heldShown) { message(function () { return CounterWords.of(e, o.words || {}); }, 'error'); }
    });
  }

  function patchCounter(fields) {
    var c = counter();
    if (c) { Object.keys(fields).forEach(function (k) { c[k] = fields[k]; }); }
  }
  function counterById(id) {
    return ((hall && hall.counters) || []).filter(function (c) { return String(c.id) === String(id); })[0] || null;
  }
  function statusDone(key, kind) {
    return function (c) { if (c) { patchCounter({ status: c.status }); } message(function () { return I18N.t(key); }, kind); };
  }

  function openWindow() { act('/open', {}, statusDone('st.opened'), { after: function () { return el('call'); } }); }
  function pauseWindow() { act('/pause', {}, statusDone('st.pausedMsg', 'warn'), { after: function () { return el('open'); } }); }
  function closeWindow() {
    act('/close', {}, statusDone('st.closedMsg', 'warn'),
      { after: function () { return el('open'); }, words: { number: current && current.number } });
  }
  function call() {
    act('/call', {}, function (t) {
      if (!t) {
        message(function () { return I18N.t('con.nobody'); }, 'warn');
        patchCounter({ currentTicket: null, currentNumber: null });
        current = null;
      } else {
        current = t;
        patchCounter({ currentTicket: t.id, currentNumber: t.number });
        message(function () { return I18N.t('con.called', { n: t.number }); });
      }
      renderCurrent();
    }, { after: function () { return el('call'); } });
  }
  function recall() {
    act('/recall', {}, function (t) { current = t; renderCurrent(); message(function () { return I18N.t('con.recalled', { n: t.number }); }); },
      { after: function () { return el('recall'); } });
  }
  function finished(key) {
    return function (t) {
      patchCounter({ currentTicket: null, currentNumber: null, lastTicket: t.id });
      current = null;
      renderCurrent();
      message(function () { return I18N.t(key, { n: t.number }); });
    };
  }
  function noShow() { act('/no-show', {}, finished('con.noShowDone')); }
  function complete() { act('/complete', {}, finished('con.done')); }
  function transfer() {
    var v = transferTarget.value;
    if (!v) { message(function () { return I18N.t('con.chooseTarget'); }, 'warn'); focusOn(transferTarget); return; }
    var i = v.indexOf(':');
    var target = {};
    target[v.slice(0, i)] = v.slice(i + 1);
    var to = target.counter ? counterById(target.counter) : null;
    disarm();
    act('/transfer', target, function (t) {
      patchCounter({ currentTicket: null, currentNumber: null });
      current = null;
      transferTarget.value = '';
      renderCurrent();
      message(function () { return I18N.t('con.transferred', { n: t.number }); });
    }, { words: { action: 'transfer', target: target, counterName: to ? (I18N.text(to.name) || to.id) : '',
      serviceName: current ? serviceName(current.service, current.serviceName) : '', number: current && current.number } });
  }

  el('open').addEventListener('click', openWindow);
  el('pause').addEventListener('click', pauseWindow);
  el('close').addEventListener('click', closeWindow);
  el('call').addEventListener('click', call);
  el('recall').addEventListener('click', recall);
  el('no-show').addEventListener('click', noShow);
  el('complete').addEventListener('click', complete);
  el('transfer').addEventListener('click', transfer);
  transferTarget.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && !ev.repeat) { ev.preventDefault(); transfer(); }
  });

  // ---- the keypad's transfer: * then the window's digits, then + or Enter

  function hint(text) { el('transfer-hint').textContent = text; }
  function arm() {
    padTransfer = { digits: '' };
    transferTarget.value = '';
    el('transfer-box').classList.add('armed');
    hint(I18N.t('keys.transferArmed'));
  }
  function disarm() {
    if (!padTransfer) { return; }
    padTransfer = null;
    el('transfer-box').classList.remove('armed');
    hint(I18N.t('keys.transferHint'));
  }
  function typeDigit(d) {
    padTransfer.digits = (padTransfer.digits + d).slice(-3);
    var c = counterById(padTransfer.digits);
    transferTarget.value = c && String(c.id) !== String(counterId) ? 'counter:' + c.id : '';
    hint(transferTarget.value ? I18N.t('keys.transferTyped', { window: I18N.text(c.name) || c.id })
      : I18N.t('keys.noSuchWindow', { digits: padTransfer.digits }));
  }

  // ---- keys (counter/keys.js says which key asks for what)

  var RUN = { open: openWindow, pause: pauseWindow, close: closeWindow, call: call, recall: recall, noShow: noShow, complete: complete };
  var BUTTON = { open: 'open', pause: 'pause', close: 'close', call: 'call', recall: 'recall', noShow: 'no-show', complete: 'complete', transfer: 'transfer' };

  /** A key for an action the window cannot take now says why, instead of doing nothing. */
  function explain(action) {
    var c = counter();
    if (c && heldByOther(c)) { message(function () { return heldMessage(c); }, 'error'); heldShown = true; return; }
    if (['call'].indexOf(action) >= 0) { message(function () { return CounterWords.of({ code: 'COUNTER_NOT_OPEN' }); }, 'warn'); return; }
    if (['recall', 'noShow', 'complete', 'transfer'].indexOf(action) >= 0) { message(function () { return CounterWords.of({ code: 'NO_CURRENT_TICKET' }); }, 'warn'); }
  }

  function run(action, pad) {
    if (action === 'openOrPause') { action = (counter() || {}).status === 'open' ? 'pause' : 'open'; }
    var button = el(BUTTON[action]);
    if (!button) { return; }
    if (button.disabled) { explain(action); return; }
    if (busy) { return; }
    if (action === 'transfer') {
      if (pad) { arm(); } else { focusOn(transferTarget); }
      return;
    }
    focusOn(button);
    RUN[action]();
  }

  document.addEventListener('keydown', function (ev) {
    if (!consoleShown()) { return; }
    var k = CounterKeys.resolve(ev);
    if (!k) { return; }
    if (CounterKeys.typing(document.activeElement)) {
      // A field keeps its keys; Esc leaves it for the primary action.
      if (k.action === 'cancel') { ev.preventDefault(); disarm(); focusOn(primary()); }
      return;
    }
    if (k.action === 'cancel') { ev.preventDefault(); disarm(); focusOn(primary()); return; }
    if (padTransfer && k.pad) {
      ev.preventDefault();
      if (k.digit != null) { typeDigit(k.digit); } else if (k.action === 'call') { transfer(); } else if (k.action === 'transfer') { disarm(); } else { disarm(); run(k.action, true); }
      return;
    }
    if (!k.action) { return; } // a keypad digit outside a transfer: its key does what it always does
    ev.preventDefault();
    run(k.action, k.pad);
  }, true);

  select.addEventListener('change', function () {
    counterId = select.value;
    try { localStorage.setItem(WINDOW_KEY, counterId); } catch (e) { /* ignore */ }
    current = null;
    queue = [];
    message('');
    renderSelects();
    renderCounter();
    renderCurrent();
    renderQueue();
    loadCurrent();
    loadQueue();
  });

  I18N.onchange(function () {
    disarm(); renderSelects(); renderCounter(); renderCurrent(); renderQueue();
    if (shownWords) { document.getElementById('message').textContent = shownWords(); }
  });
  I18N.apply();

  Staff.init({
    roles: null,
    onSignedIn: function (session) {
      signed = true;
      me = session.staff;
      UI.show('screen-console');
      CounterToday.refresh();
      if (!follow) {
        follow = EventBus.followHall({ onState: function (s) { if (signed) { onState(s); } else { hall = s; } } });
      } else {
        follow.refetch();
      }
    },
    onSignedOut: function () { signed = false; me = null; current = null; queue = []; disarm(); CounterToday.clear(); }
  });
  setInterval(function () { if (signed) { renderQueue(); } }, 30000);
  // Ratings arrive from the pad and from phones, not from this console: read the day again now and then.
  setInterval(function () { if (signed) { CounterToday.refresh(); } }, 60000);
})();
