/* The visitor's terminal: pick a matter, take a ticket, read the materials list, done. */
(function () {
  'use strict';
  var IDLE_MS = 30000;
  var h = UI.h;

  I18N.add({
    'kiosk.choose': { zh: '请选择您要办理的业务', en: 'Please choose what you have come for' },
    'kiosk.chooseHint': { zh: '点击下方业务即可取号', en: 'Touch a service below to take a ticket' },
    'kiosk.priority': { zh: '绿色通道', en: 'Priority lane' },
    'kiosk.priorityWho': { zh: '老年人、残疾人、孕妇请先点这里', en: 'Elderly, disabled or pregnant? Touch here first' },
    'kiosk.hallClosed': { zh: '现在不是取号时间，请在办公时间内取号', en: 'Tickets are not issued at this time. Please come back during opening hours.' },
    'kiosk.waiting': { zh: '等候', en: 'Waiting' },
    'kiosk.about': { zh: '约', en: 'about' },
    'kiosk.noWait': { zh: '无需等候', en: 'No wait' },
    'kiosk.closed': { zh: '暂停取号', en: 'Not taking tickets now' },
    'kiosk.quotaFull': { zh: '今日号已取完', en: 'All of today\'s tickets are taken' },
    'kiosk.issuing': { zh: '正在取号，请稍候…', en: 'Printing your ticket, please wait…' },
    'kiosk.yourNumber': { zh: '您的号码', en: 'Your number' },
    'kiosk.ahead': { zh: '前面还有', en: 'People ahead' },
    'kiosk.wait': { zh: '预计等候', en: 'Estimated wait' },
    'kiosk.qr': { zh: '二维码', en: 'QR code' },
    'kiosk.track': { zh: '用手机扫码或打开以下网址，随时查看排队进度：', en: 'Scan with your phone or open this address to follow your place in the queue:' },
    'kiosk.materials': { zh: '请准备以下材料', en: 'Please have these ready' },
    'kiosk.materialsHint': { zh: '一次性告知：办理本业务需要的全部材料', en: 'Everything this service needs, listed once' },
    'kiosk.noMaterials': { zh: '本业务无需准备材料', en: 'No documents are needed for this service' },
    'kiosk.done': { zh: '完成', en: 'Done' },
    'kiosk.back': { zh: '返回', en: 'Back' },
    'kiosk.countdown': { zh: '{n} 秒后自动返回首页', en: 'Back to the start in {n} s' },
    'kiosk.askStaff': { zh: '如需帮助，请找大厅工作人员', en: 'If you need help, please ask a member of staff' },
    'kiosk.issueTimeout': { zh: '取号超时。请先查看是否已出票，再重试或联系工作人员。', en: 'Taking a ticket took too long. Check whether a ticket was printed, then try again or ask staff.' },
    'kiosk.loadFailed': { zh: '暂时无法获取业务列表，正在重试…', en: 'Cannot load the services right now, retrying…' }
  });

  var hall = null;
  var issued = null;
  var busy = false;
  var countdownTimer = null;
  var priorityBtn = document.getElementById('priority');

  function setPriority(on) { priorityBtn.setAttribute('aria-pressed', on ? 'true' : 'false'); }
  function priorityOn() { return priorityBtn.getAttribute('aria-pressed') === 'true'; }
  priorityBtn.addEventListener('click', function () { setPriority(!priorityOn()); });

  function quotaFull(s) { return s.dailyQuota != null && s.issuedToday != null && s.issuedToday >= s.dailyQuota; }

  function renderHall() {
    if (!hall) { return; }
    document.getElementById('hall-name').textContent = I18N.text(hall.name);
    document.getElementById('hall-name-other').textContent = I18N.other(hall.name);
    document.getElementById('hall-closed').hidden = hall.open !== false;
    var box = document.getElementById('services');
    var services = hall.services || [];
    var ids = services.map(function (s) { return s.id; }).join(',');
    if (box.getAttribute('data-ids') !== ids) {
      // Buttons are made once and then updated in place, so a live update never swallows a tap.
      box.textContent = '';
      box.setAttribute('data-ids', ids);
      services.forEach(function (s) {
        box.appendChild(h('button', { type: 'button', class: 'btn service', 'data-service': s.id,
          onclick: function () { take(s.id); } }));
      });
    }
    services.forEach(function (s) {
      var closed = hall.open === false || s.open === false || quotaFull(s);
      var reason = quotaFull(s) ? I18N.t('kiosk.quotaFull') : I18N.t('kiosk.closed');
      var wait = s.estimatedWaitMinutes > 0
        ? [I18N.t('kiosk.about') + ' ', h('b', null, String(s.estimatedWaitMinutes)), ' ' + (I18N.lang === 'zh' ? '分钟' : 'min')]
        : [I18N.t('kiosk.noWait')];
      var button = box.querySelector('[data-service="' + s.id + '"]');
      button.disabled = closed;
      button.textContent = '';
      [h('span', { class: 'prefix', 'aria-hidden': 'true' }, s.prefix),
        h('span', { class: 'name' }, I18N.text(s.name), h('span', { class: 'name-other' }, I18N.other(s.name))),
        closed ? h('span', { class: 'reason' }, reason)
          : h('span', { class: 'stats' }, I18N.t('kiosk.waiting') + ' ', h('b', null, String(s.waiting || 0)), ' ' + (I18N.lang === 'zh' ? '人' : 'people') + '  ·  ', wait)
      ].forEach(function (child) { button.appendChild(child); });
    });
  }

  function take(serviceId) {
    if (busy) { return; }
    busy = true;
    UI.show('screen-busy');
    idle.reset();
    Api.post('/tickets', {
      service: serviceId,
      priority: priorityOn() ? 'priority' : 'normal',
      channel: 'kiosk',
      language: I18N.lang
    }, { timeout: 12000 }).then(function (ticket) {
      busy = false;
      issued = ticket;
      setPriority(false);
      renderTicket();
      UI.show('screen-ticket');
      startCountdown();
    }, function (e) {
      busy = false;
      document.getElementById('error-text').textContent = e.code === 'TIMEOUT' ? I18N.t('kiosk.issueTimeout') : Api.words(e);
      UI.show('screen-error');
      idle.reset();
      if (follow) { follow.refetch(); }
    });
  }

  function renderTicket() {
    var t = issued;
    if (!t) { return; }
    var service = hall && (hall.services || []).filter(function (s) { return s.id === t.service; })[0];
    var serviceName = t.serviceName || (service && service.name) || t.service;
    document.getElementById('ticket-number').textContent = t.number;
    document.getElementById('ticket-priority').hidden = t.priority !== 'priority';
    document.getElementById('ticket-service').textContent = I18N.text(serviceName);
    document.getElementById('ticket-ahead').textContent = I18N.t('common.people', { n: t.ahead == null ? 0 : t.ahead });
    var range = t.estimatedWaitRange;
    // The range (20th to 80th percentile of the forecast): "约 15–25 分钟" / "about 15–25 min".
    document.getElementById('ticket-wait').textContent = range && range[1] > range[0]
      ? (I18N.lang === 'zh' ? '约 ' + range[0] + '–' + range[1] + ' 分钟' : 'about ' + range[0] + '–' + range[1] + ' min')
      : t.estimatedWaitMinutes > 0 ? I18N.t('common.minutes', { n: t.estimatedWaitMinutes }) : I18N.t('kiosk.noWait');
    var url = t.trackUrl;
    if (url.charAt(0) === '/') { url = location.origin + url; }
    document.getElementById('ticket-track').textContent = url;
    var qr = document.getElementById('ticket-qr');
    qr.setAttribute('data-url', url);
    qr.textContent = '';
    qr.classList.add('has-code');
    qr.appendChild(h('img', { src: '/api/v1/tickets/' + encodeURIComponent(t.id) + '/qr.svg?key=' + encodeURIComponent(t.key),
      alt: I18N.t('kiosk.qr') }));
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

  function backToStart() {
    clearInterval(countdownTimer);
    issued = null;
    setPriority(false);
    UI.show('screen-start');
    window.scrollTo(0, 0);
    idle.reset();
  }

  var idle = UI.idle(IDLE_MS, function () {
    if (!busy) { backToStart(); }
  });
  document.getElementById('done').addEventListener('click', backToStart);
  document.getElementById('error-back').addEventListener('click', backToStart);

  I18N.onchange(function () { renderHall(); renderTicket(); });
  I18N.apply();
  UI.clock(document.getElementById('clock'));
  idle.reset();

  // A kiosk issues tickets in the hall's name (unlimited, printed on its printer): it pairs first.
  var follow = null;
  Device.start({ kind: 'kiosk', name: UI.param('name'), onReady: function () { if (!follow) { followHall(); } } });

  function followHall() {
    follow = EventBus.followHall({
      onState: function (state) {
        hall = state;
        document.getElementById('load-error').hidden = true;
        renderHall();
      },
      onError: function () {
        if (!hall) {
          var el = document.getElementById('load-error');
          el.textContent = I18N.t('kiosk.loadFailed');
          el.hidden = false;
        }
      }
    });
  }
})();
