/*
 * The visitor's terminal: pick a matter (by department, or by pinyin initials), take a ticket, read
 * what to do next and the materials list, done. Never more than three taps from idle to a ticket.
 * 长辈模式 (elderly mode): large type, at most six choices a screen, higher contrast, and the hub's
 * voice reads the matter touched and the number issued. Every idle reset returns to Chinese and the
 * normal mode. After a screen change taps are ignored for a moment, and the ticket screen's only
 * button sits in the heading band, where no choice lies: a second tap never closes a new ticket.
 */
(function () {
  'use strict';
  var IDLE_MS = (Number(UI.param('idle')) || 30) * 1000;
  var GUARD_MS = 700;
  // A ticket that did not print stays on screen long enough to be photographed or scanned.
  var UNPRINTED_MS = 120000;
  var keepUntil = 0;
  var PAGE = { normal: 8, elderly: 6 };
  var h = UI.h;
  var C = KioskChoices;

  I18N.add({
    'kiosk.choose': { zh: '请选择您要办理的业务', en: 'Please choose what you have come for' },
    'kiosk.chooseHint': { zh: '先点部门，再点业务，即可取号', en: 'Touch a department, then your matter, to take a ticket' },
    'kiosk.chooseFlatHint': { zh: '点击下方业务即可取号', en: 'Touch a service below to take a ticket' },
    'kiosk.chooseMatter': { zh: '请点您要办理的业务，点一下即取号', en: 'Touch your matter: one touch takes the ticket' },
    'kiosk.priority': { zh: '绿色通道', en: 'Priority lane' },
    'kiosk.priorityWho': { zh: '老年人、残疾人、孕妇请先点这里', en: 'Elderly, disabled or pregnant? Touch here first' },
    'kiosk.elderly': { zh: '长辈模式', en: 'Large text' },
    'kiosk.elderlyWho': { zh: '大字、语音读出', en: 'Big letters, read aloud' },
    'kiosk.elderlyOff': { zh: '退出长辈模式', en: 'Normal text' },
    'kiosk.hallClosed': { zh: '现在不是取号时间', en: 'Tickets are not issued at this time.' },
    'kiosk.hours': { zh: '取号时间：{hours}', en: 'Ticket hours: {hours}' },
    'kiosk.ahead.n': { zh: '前面 {n} 人', en: '{n} ahead' },
    'kiosk.waitingN': { zh: '等候 {n} 人', en: '{n} waiting' },
    'kiosk.about': { zh: '约 {n} 分钟', en: 'about {n} min' },
    'kiosk.noWait': { zh: '无需等候', en: 'No wait' },
    'kiosk.noWindow': { zh: '暂无窗口办理，开窗后按顺序叫号', en: 'No window is serving this now; numbers are called in order once one opens' },
    'kiosk.closed': { zh: '暂停取号', en: 'Not taking tickets now' },
    'kiosk.closedHours': { zh: '不在取号时间', en: 'Outside ticket hours' },
    'kiosk.stopped': { zh: '今日暂停取号，请咨询工作人员', en: 'Ticketing is stopped; please ask staff' },
    'kiosk.quotaFull': { zh: '今日号已取完', en: 'All of today\'s tickets are taken' },
    'kiosk.matters': { zh: '{n} 项业务', en: '{n} matters' },
    'kiosk.prevPage': { zh: '上一页', en: 'Previous' },
    'kiosk.nextPage': { zh: '下一页', en: 'Next' },
    'kiosk.pageOf': { zh: '第 {p} / {n} 页', en: 'Page {p} of {n}' },
    'kiosk.search': { zh: '按拼音首字母查找', en: 'Find by pinyin initials' },
    'kiosk.searchHint': { zh: '例如“企业开办”按 Q Y K B', en: 'e.g. 企业开办 is Q Y K B' },
    'kiosk.searchExample': { zh: '按业务名称每个字的拼音首字母，例如“社保卡”按 S B K', en: 'Type the first letter of each syllable, e.g. 社保卡 is S B K' },
    'kiosk.typed': { zh: '已输入：', en: 'Typed: ' },
    'kiosk.noResults': { zh: '没有找到，请少输入几个字母，或返回按部门选择', en: 'Nothing found: type fewer letters, or go back and choose by department' },
    'kiosk.delete': { zh: '删除', en: 'Delete' },
    'kiosk.clear': { zh: '清空', en: 'Clear' },
    'kiosk.issuing': { zh: '正在取号，请稍候…', en: 'Taking your ticket, please wait…' },
    'kiosk.printed': { zh: '请取走下方打印的号票', en: 'Please take your printed ticket below' },
    'kiosk.printQueued': { zh: '号票正在打印，请稍候取票', en: 'Your ticket is printing, please wait for it' },
    'kiosk.printFailed': { zh: '号票未能打印（{fault}）。您的号码有效：请用手机拍下本屏幕，或扫描二维码。', en: 'Your ticket could not be printed ({fault}). Your number is valid: photograph this screen or scan the QR code.' },
    'kiosk.fault.paper-out': { zh: '打印纸用完', en: 'out of paper' },
    'kiosk.fault.paper-low': { zh: '打印纸将尽', en: 'paper low' },
    'kiosk.fault.cover-open': { zh: '打印机盖未合上', en: 'printer cover open' },
    'kiosk.fault.offline': { zh: '打印机离线', en: 'printer offline' },
    'kiosk.fault.unknown': { zh: '打印机故障', en: 'printer fault' },
    'kiosk.yourNumber': { zh: '您的号码', en: 'Your number' },
    'kiosk.ahead': { zh: '前面还有', en: 'People ahead' },
    'kiosk.wait': { zh: '预计等候', en: 'Estimated wait' },
    'kiosk.next': { zh: '请到休息区等候，听到叫“{number}”号后，到大屏显示的窗口办理。', en: 'Please take a seat; when you hear {number} called, go to the window shown on the screen.' },
    'kiosk.nextNoWindow': { zh: '暂无窗口办理，开窗后按顺序叫号；请到休息区等候，听到叫“{number}”号后到窗口办理。', en: 'No window is serving this yet; numbers are called in order once one opens. Please take a seat and listen for {number}.' },
    'kiosk.qr': { zh: '二维码', en: 'QR code' },
    'kiosk.track': { zh: '用手机扫码或打开以下网址，随时查看排队进度：', en: 'Scan with your phone or open this address to follow your place in the queue:' },
    'kiosk.materials': { zh: '请准备以下材料', en: 'Please have these ready' },
    'kiosk.materialsHint': { zh: '一次性告知：办理本业务需要的全部材料', en: 'Everything this service needs, listed once' },
    'kiosk.noMaterials': { zh: '本业务无需准备材料', en: 'No documents are needed for this service' },
    'kiosk.done': { zh: '完成', en: 'Done' },
    'kiosk.back': { zh: '返回', en: 'Back' },
    'kiosk.countdown': { zh: '{n} 秒后自动返回首页', en: 'Back to the start in {n} s' },
    'kiosk.askStaff': { zh: '如需帮助，请找大厅工作人员', en: 'If you need help, please ask a member of staff' },
    'kiosk.issueTimeout': { zh: '取号超时，号码可能已经取出。请先联系大厅工作人员查询，再决定是否重试。', en: 'Taking a ticket took too long, and it may have been issued. Please ask a member of staff before trying again.' },
    'kiosk.loadFailed': { zh: '暂时无法获取业务列表，正在重试…', en: 'Cannot load the services right now, retrying…' },
    'kiosk.offline': { zh: '暂时不能取号：正在重新连接服务器。', en: 'Tickets cannot be taken right now: reconnecting to the server.' },
    'kiosk.offlineHint': { zh: '请稍候片刻，或请工作人员帮助。', en: 'Please wait a moment, or ask a member of staff.' }
  });

  var hall = null;
  var issued = null;
  var busy = false;
  var online = true;
  var elderly = false;
  var department = null;   // key of the chosen department
  var startPage = 0;
  var mattersPage = 0;
  var typed = '';
  var countdownTimer = null;
  var guardUntil = 0;
  var guardTimer = null;
  var priorityBtn = document.getElementById('priority');
  var elderlyBtn = document.getElementById('elderly');
  var root = document.documentElement;

  // --- screens and the tap guard ------------------------------------------------------------
  function show(id) {
    UI.show(id);
    root.setAttribute('data-screen', id);
    window.scrollTo(0, 0);
    guardUntil = Date.now() + GUARD_MS;
    root.setAttribute('data-guard', 'on');
    clearTimeout(guardTimer);
    guardTimer = setTimeout(function () { root.removeAttribute('data-guard'); }, GUARD_MS);
  }
  // A finger still on the glass from the last screen must not press a button of this one.
  ['click', 'pointerup'].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      if (Date.now() < guardUntil) { ev.stopPropagation(); ev.preventDefault(); }
    }, true);
  });

  // --- modes ---------------------------------------------------------------------------------
  function setPriority(on) { priorityBtn.setAttribute('aria-pressed', on ? 'true' : 'false'); }
  function priorityOn() { return priorityBtn.getAttribute('aria-pressed') === 'true'; }
  priorityBtn.addEventListener('click', function () { setPriority(!priorityOn()); });

  function setElderly(on) {
    elderly = on;
    document.body.classList.toggle('elderly', on);
    elderlyBtn.setAttribute('aria-pressed', on ? 'true' : 'false');
    elderlyBtn.querySelector('.mode-title').textContent = I18N.t(on ? 'kiosk.elderlyOff' : 'kiosk.elderly');
    startPage = 0;
    mattersPage = 0;
    render();
  }
  elderlyBtn.addEventListener('click', function () { setElderly(!elderly); });

  // --- voice (elderly mode): the hub's own recordings, one after another ---------------------
  var voice = document.getElementById('kiosk-voice');
  var speaking = Promise.resolve();
  function speak(path, mark) {
    speaking = speaking.then(function () {
      return new Promise(function (resolve) {
        var timer = null;
        function finish(ok) {
          clearTimeout(timer);
          voice.removeEventListener('ended', onEnded);
          voice.removeEventListener('error', onError);
          if (ok) { root.setAttribute('data-spoken', ((root.getAttribute('data-spoken') || '') + ' ' + mark).trim()); }
          resolve();
        }
        function onEnded() { finish(true); }
        function onError() { finish(false); }
        voice.addEventListener('ended', onEnded);
        voice.addEventListener('error', onError);
        voice.src = path;
        timer = setTimeout(function () { finish(false); }, 15000);
        var p = voice.play();
        if (p && p.catch) { p.catch(function () { finish(false); }); }
      });
    });
  }
  function stopSpeaking() {
    try { voice.pause(); } catch (e) { /* ignore */ }
  }

  // --- rendering -----------------------------------------------------------------------------
  function pageSize() { return elderly ? PAGE.elderly : PAGE.normal; }
  function services() { return (hall && hall.services) || []; }
  function groups() { return C.departments(services()); }
  function lang() { return I18N.lang; }

  /** Keeps one button per item, made once while the list stays the same, so a live update never swallows a tap. */
  function sync(box, items, key, make, fill) {
    var sig = items.map(key).join('|') + '#' + lang() + (elderly ? 'E' : '');
    if (box.getAttribute('data-sig') !== sig) {
      box.textContent = '';
      box.setAttribute('data-sig', sig);
      items.forEach(function (item) { box.appendChild(make(item)); });
    }
    Array.prototype.forEach.call(box.children, function (button, i) { fill(button, items[i]); });
  }

  function serviceLine(s) {
    var reason = C.closedReason(hall, s);
    if (reason) { return { closed: true, node: h('span', { class: 'reason' }, I18N.t(reason)) }; }
    if (s.served === false) { return { closed: false, node: h('span', { class: 'stats no-window' }, I18N.t('kiosk.noWindow')) }; }
    var ahead = s.ahead != null ? s.ahead : (s.waiting || 0);
    var wait = s.estimatedWaitMinutes > 0 ? I18N.t('kiosk.about', { n: s.estimatedWaitMinutes }) : I18N.t('kiosk.noWait');
    return { closed: false, node: h('span', { class: 'stats' }, h('b', null, I18N.t('kiosk.ahead.n', { n: ahead })), ' · ', wait) };
  }

  function makeService(s) {
    return h('button', { type: 'button', class: 'btn choice service', 'data-service': s.id,
      onclick: function () { take(s.id); } });
  }
  function fillService(button, s) {
    var line = serviceLine(s);
    button.disabled = line.closed || !online;
    button.textContent = '';
    [h('span', { class: 'prefix', 'aria-hidden': 'true' }, s.prefix),
      h('span', { class: 'name' }, I18N.text(s.name), h('span', { class: 'name-other' }, I18N.other(s.name))),
      line.node].forEach(function (child) { button.appendChild(child); });
  }

  function makeDepartment(g) {
    return h('button', { type: 'button', class: 'btn choice department', 'data-department': g.key,
      'data-services': g.services.map(function (s) { return s.id; }).join(' '),
      onclick: function () { openDepartment(g.key); } });
  }
  function fillDepartment(button, g) {
    var waiting = g.services.reduce(function (n, s) { return n + (s.waiting || 0); }, 0);
    button.disabled = !online;
    button.textContent = '';
    [h('span', { class: 'name' }, I18N.text(g.name), h('span', { class: 'name-other' }, I18N.other(g.name))),
      h('span', { class: 'stats' }, I18N.t('kiosk.matters', { n: g.services.length }),
        ' · ', I18N.t('kiosk.waitingN', { n: waiting }))
    ].forEach(function (child) { button.appendChild(child); });
  }

  function pager(id, paged) {
    var box = document.getElementById(id + '-pager');
    box.hidden = paged.pages <= 1;
    document.getElementById(id + '-page').textContent = I18N.t('kiosk.pageOf', { p: paged.page + 1, n: paged.pages });
    box.querySelector('[data-page="-1"]').disabled = paged.page === 0;
    box.querySelector('[data-page="1"]').disabled = paged.page >= paged.pages - 1;
  }

  function renderStart() {
    document.getElementById('hall-name').textContent = I18N.text(hall.name);
    document.getElementById('hall-name-other').textContent = I18N.other(hall.name);
    var closed = hall.open === false;
    document.getElementById('hall-closed').hidden = !closed;
    document.getElementById('hall-hours').textContent = hall.hours && hall.hours.length
      ? I18N.t('kiosk.hours', { hours: C.hours(hall.hours, lang()) }) : '';
    var gs = groups();
    var box = document.getElementById('choices');
    document.querySelector('#screen-start .hint').textContent = I18N.t(gs.length ? 'kiosk.chooseHint' : 'kiosk.chooseFlatHint');
    if (gs.length) {
      var pg = C.page(gs, startPage, elderly ? PAGE.elderly : 12);
      startPage = pg.page;
      sync(box, pg.items, function (g) { return 'd:' + g.key; }, makeDepartment, fillDepartment);
      pager('start', pg);
    } else {
      var ps = C.page(services(), startPage, pageSize());
      startPage = ps.page;
      sync(box, ps.items, function (s) { return 's:' + s.id; }, makeService, fillService);
      pager('start', ps);
    }
    box.classList.toggle('departments', gs.length > 0);
    document.getElementById('search-open').disabled = !online;
  }

  function renderMatters() {
    var g = groups().filter(function (x) { return x.key === department; })[0];
    var box = document.getElementById('matters');
    if (!g) { box.textContent = ''; box.removeAttribute('data-sig'); return; }
    document.getElementById('department-name').textContent = I18N.text(g.name);
    var pg = C.page(g.services, mattersPage, pageSize());
    mattersPage = pg.page;
    sync(box, pg.items, function (s) { return 's:' + s.id; }, makeService, fillService);
    pager('matters', pg);
  }

  function renderSearch() {
    document.getElementById('typed').textContent = typed.toUpperCase();
    var found = C.search(services(), typed).slice(0, elderly ? 6 : 6);
    var box = document.getElementById('results');
    sync(box, found, function (s) { return 'r:' + s.id; }, function (s) {
      var b = makeService(s);
      b.removeAttribute('data-service');
      b.setAttribute('data-result', s.id);
      return b;
    }, fillService);
    document.getElementById('no-results').hidden = !typed || found.length > 0;
  }

  function renderOnline() {
    document.getElementById('offline').hidden = online;
    document.body.classList.toggle('is-offline', !online);
  }

  function render() {
    renderOnline();
    if (!hall) { return; }
    renderStart();
    renderMatters();
    renderSearch();
    renderTicket();
  }

  // --- navigation ----------------------------------------------------------------------------
  function openDepartment(key) {
    department = key;
    mattersPage = 0;
    renderMatters();
    show('screen-matters');
  }

  document.querySelectorAll('[data-back]').forEach(function (b) {
    b.addEventListener('click', function () { department = null; typed = ''; renderSearch(); show('screen-start'); });
  });
  document.querySelectorAll('.pager').forEach(function (box) {
    box.addEventListener('click', function (ev) {
      var b = ev.target.closest('[data-page]');
      if (!b) { return; }
      var step = Number(b.getAttribute('data-page'));
      if (box.id === 'start-pager') { startPage += step; } else { mattersPage += step; }
      render();
    });
  });

  document.getElementById('search-open').addEventListener('click', function () {
    typed = '';
    renderSearch();
    show('screen-search');
  });
  (function keypad() {
    var keys = document.getElementById('keys');
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').forEach(function (letter) {
      keys.appendChild(h('button', { type: 'button', class: 'btn key', 'data-key': letter.toLowerCase(),
        onclick: function () { if (typed.length < 12) { typed += letter.toLowerCase(); renderSearch(); } } }, letter));
    });
    keys.appendChild(h('button', { type: 'button', class: 'btn key key-wide', 'data-key': 'delete', 'data-i18n': 'kiosk.delete',
      onclick: function () { typed = typed.slice(0, -1); renderSearch(); } }, I18N.t('kiosk.delete')));
    keys.appendChild(h('button', { type: 'button', class: 'btn key key-wide', 'data-key': 'clear', 'data-i18n': 'kiosk.clear',
      onclick: function () { typed = ''; renderSearch(); } }, I18N.t('kiosk.clear')));
  })();

  // --- taking a ticket -----------------------------------------------------------------------
  function take(serviceId) {
    if (busy || !online) { return; }
    busy = true;
    if (elderly) { speak('/api/v1/voice/services/' + encodeURIComponent(serviceId) + '.wav', 'service:' + serviceId); }
    show('screen-busy');
    idle.reset();
    Api.post('/tickets', {
      service: serviceId,
      priority: priorityOn() ? 'priority' : 'normal',
      channel: 'kiosk',
      language: I18N.lang
    }, { timeout: 12000 }).then(function (ticket) {
      busy = false;
      issued = ticket;
      keepUntil = printFailed(ticket) ? Date.now() + UNPRINTED_MS : 0;
      setPriority(false);
      renderTicket();
      show('screen-ticket');
      startCountdown();
      if (elderly) { speak('/api/v1/voice/numbers/' + encodeURIComponent(ticket.number) + '.wav', 'number:' + ticket.number); }
    }, function (e) {
      busy = false;
      document.getElementById('error-text').textContent = e.code === 'TIMEOUT' ? I18N.t('kiosk.issueTimeout') : Api.words(e);
      show('screen-error');
      idle.reset();
      if (follow) { follow.refetch(); }
    });
  }

  function printFailed(t) { return !!(t && t.print && t.print.status === 'failed'); }

  /** The print field of the answer (CONTRACT §7): nothing where this kiosk has no printer. */
  function renderPrint(t) {
    var line = document.getElementById('ticket-print');
    var screen = document.getElementById('screen-ticket');
    var status = t.print && t.print.status;
    screen.classList.toggle('print-failed', status === 'failed');
    line.className = 'print-status' + (status === 'failed' ? ' print-status-failed' : '');
    if (status === 'printed') {
      line.textContent = I18N.t('kiosk.printed');
    } else if (status === 'queued') {
      line.textContent = I18N.t('kiosk.printQueued');
    } else if (status === 'failed') {
      line.textContent = I18N.t('kiosk.printFailed', { fault: I18N.t('kiosk.fault.' + (t.print.fault || 'unknown')) });
    }
    line.hidden = !status || status === 'none';
  }

  function renderTicket() {
    var t = issued;
    if (!t) { return; }
    renderPrint(t);
    var service = hall && services().filter(function (s) { return s.id === t.service; })[0];
    var serviceName = t.serviceName || (service && service.name) || t.service;
    document.getElementById('ticket-number').textContent = t.number;
    document.getElementById('ticket-priority').hidden = t.priority !== 'priority';
    document.getElementById('ticket-service').textContent = I18N.text(serviceName);
    document.getElementById('ticket-ahead').textContent = I18N.t('common.people', { n: t.ahead == null ? 0 : t.ahead });
    var noWindow = t.served === false;
    document.getElementById('ticket-wait').textContent = noWindow ? '—' : UI.waitText(t, I18N.t('kiosk.noWait'));
    document.getElementById('next-step').textContent = I18N.t(noWindow ? 'kiosk.nextNoWindow' : 'kiosk.next', { number: t.number });
    var url = t.trackUrl;
    if (url.charAt(0) === '/') { url = location.origin + url; }
    document.getElementById('ticket-track').textContent = url;
    var qr = document.getElementById('ticket-qr');
    if (qr.getAttribute('data-url') !== url) {
      qr.setAttribute('data-url', url);
      qr.textContent = '';
      qr.classList.add('has-code');
      qr.appendChild(h('img', { src: '/api/v1/tickets/' + encodeURIComponent(t.id) + '/qr.svg?key=' + encodeURIComponent(t.key),
        alt: I18N.t('kiosk.qr') }));
    }
    var materials = t.materials || (service && service.materials) || [];
    var list = document.getElementById('ticket-materials');
    list.textContent = '';
    materials.forEach(function (m) {
      list.appendChild(h('li', null, I18N.text(m), h('small', null, I18N.other(m))));
    });
    document.getElementById('ticket-no-materials').hidden = materials.length > 0;
  }

  function startCountdown() {
    var label = document.getElementById('ticket-countdown');
    clearInterval(countdownTimer);
    function tick() { label.textContent = I18N.t('kiosk.countdown', { n: Math.ceil(idle.remaining() / 1000) }); }
    tick();
    countdownTimer = setInterval(tick, 500);
  }

  /** Back to the idle screen as the next visitor should find it: Chinese, normal mode, nothing chosen. */
  function backToStart(reset) {
    clearInterval(countdownTimer);
    issued = null;
    keepUntil = 0;
    department = null;
    typed = '';
    startPage = 0;
    setPriority(false);
    if (reset) {
      stopSpeaking();
      if (I18N.lang !== 'zh') { I18N.set('zh'); }
      if (elderly) { setElderly(false); }
    }
    render();
    show('screen-start');
    idle.reset();
  }

  var idle = UI.idle(IDLE_MS, function () {
    if (issued && Date.now() < keepUntil) { idle.reset(); return; }
    if (!busy) { backToStart(true); }
  });
  document.getElementById('done').addEventListener('click', function () { backToStart(false); });
  document.getElementById('error-back').addEventListener('click', function () { backToStart(false); });

  I18N.onchange(function () {
    elderlyBtn.querySelector('.mode-title').textContent = I18N.t(elderly ? 'kiosk.elderlyOff' : 'kiosk.elderly');
    render();
  });
  // A kiosk starts in Chinese whatever the last visitor chose before a restart.
  if (I18N.lang !== 'zh') { I18N.set('zh'); }
  I18N.apply();
  UI.clock(document.getElementById('clock'));
  root.setAttribute('data-screen', 'screen-start');
  idle.reset();

  // A kiosk issues tickets in the hall's name (unlimited, printed on its printer): it pairs first.
  var follow = null;
  Device.start({ kind: 'kiosk', name: UI.param('name'), onReady: function () { if (!follow) { followHall(); } } });

  function followHall() {
    follow = EventBus.followHall({
      onState: function (state) {
        hall = state;
        document.getElementById('load-error').hidden = true;
        render();
      },
      onError: function () {
        if (!hall) {
          var el = document.getElementById('load-error');
          el.textContent = I18N.t('kiosk.loadFailed');
          el.hidden = false;
        }
      },
      // While the hub is away the kiosk says so and offers nothing to tap; it comes back by itself.
      onConnection: function (up) {
        if (online === up) { return; }
        online = up;
        root.setAttribute('data-online', up ? 'yes' : 'no');
        render();
      }
    });
  }
})();
