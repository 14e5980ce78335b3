/*
 * The manager console's device panel (设备): pairing requests waiting for approval — the manager types the
 * code shown on the device and picks which declared device it is — and every declared device with its
 * window, whether it is paired and online, when it was last seen, its fault, and a revoke button.
 * Refreshed every 5 s while signed in: a device asking to pair shows up without a reload. Printer faults
 * arrive at once on the event bus (devices.fault) and are shown in the row and as a notice; each printer
 * has a "打印测试页" button.
 */
(function (global) {
  'use strict';
  var h = UI.h;
  var REFRESH_MS = 5000;
  var STATUS_CLASS = { ok: 'status-open', offline: 'status-closed', fault: 'status-fault' };

  I18N.add({
    'dev.title': { zh: '设备', en: 'Devices' },
    'dev.pending': { zh: '待配对设备', en: 'Waiting to be paired' },
    'dev.noPending': { zh: '没有等待配对的设备。新设备打开页面后会显示 6 位配对码。', en: 'No device is waiting. A new device shows a 6-digit code when its page opens.' },
    'dev.kindCol': { zh: '类型', en: 'Kind' },
    'dev.nameCol': { zh: '名称', en: 'Name' },
    'dev.address': { zh: '网络地址', en: 'Address' },
    'dev.asked': { zh: '申请时间', en: 'Asked at' },
    'dev.code': { zh: '设备上的配对码', en: 'Code on the device' },
    'dev.which': { zh: '配对为', en: 'Pair as' },
    'dev.approve': { zh: '配对', en: 'Pair' },
    'dev.refuse': { zh: '拒绝', en: 'Refuse' },
    'dev.approved': { zh: '{device} 已配对', en: '{device} is paired' },
    'dev.refused': { zh: '已拒绝该配对请求', en: 'Pairing request refused' },
    'dev.codeNeeded': { zh: '请输入设备屏幕上显示的 6 位配对码', en: 'Type the 6-digit code shown on the device' },
    'dev.all': { zh: '全部设备', en: 'All devices' },
    'dev.device': { zh: '设备', en: 'Device' },
    'dev.window': { zh: '窗口', en: 'Window' },
    'dev.pairedCol': { zh: '配对', en: 'Paired' },
    'dev.onlineCol': { zh: '在线', en: 'Online' },
    'dev.lastSeen': { zh: '最近联络', en: 'Last seen' },
    'dev.statusCol': { zh: '状态', en: 'Status' },
    'dev.yes': { zh: '是', en: 'Yes' },
    'dev.no': { zh: '否', en: 'No' },
    'dev.revoke': { zh: '撤销配对', en: 'Revoke' },
    'dev.revokeSure': { zh: '撤销后 {device} 立即停止工作，需重新配对。确定撤销吗？', en: '{device} stops working at once and must be paired again. Revoke?' },
    'dev.revoked': { zh: '{device} 的配对已撤销', en: '{device} pairing revoked' },
    'dev.st.ok': { zh: '正常', en: 'OK' },
    'dev.st.offline': { zh: '离线', en: 'Offline' },
    'dev.st.fault': { zh: '故障', en: 'Fault' },
    'dev.fault.not-monitored': { zh: '暂未监测', en: 'Not monitored yet' },
    'dev.fault.paper-out': { zh: '缺纸', en: 'Paper out' },
    'dev.fault.paper-low': { zh: '纸将用尽', en: 'Paper low' },
    'dev.fault.cover-open': { zh: '纸仓盖未关', en: 'Cover open' },
    'dev.fault.offline': { zh: '打印机离线', en: 'Printer offline' },
    'dev.k.kiosk': { zh: '取号机', en: 'Kiosk' },
    'dev.k.pad': { zh: '评价器', en: 'Rating pad' },
    'dev.k.agent': { zh: '按键盒', en: 'Device agent' },
    'dev.k.printer': { zh: '打印机', en: 'Printer' },
    'dev.fault.not-checked-yet': { zh: '正在检查', en: 'Checking' },
    'dev.testPrint': { zh: '打印测试页', en: 'Print test page' },
    'dev.testPrinted': { zh: '{device} 已打印测试页，请查看纸上的文字和二维码', en: '{device} printed a test page: check its text and QR code' },
    'dev.testFailed': { zh: '{device} 未能打印测试页：{fault}', en: '{device} could not print the test page: {fault}' },
    'dev.printerFault': { zh: '打印机 {device}：{fault}', en: 'Printer {device}: {fault}' },
    'dev.printerOk': { zh: '打印机 {device} 恢复正常', en: 'Printer {device} is working again' }
  });

  var el = function (id) { return global.document.getElementById(id); };
  var devices = [];
  var pending = [];
  var timer = null;
  var hallState = null;
  var faultBus = null;
  var inputs = {};  // pairing id -> {code, device}: kept across refreshes while the manager types

  function notice(text, kind) {
    var n = el('devices-notice');
    n.textContent = text || '';
    n.className = 'notice notice-' + (kind || 'ok');
    n.hidden = !text;
  }
  function deviceName(d) { return d.name ? I18N.text(d.name) + ' (' + d.id + ')' : d.id; }
  function counterName(id) {
    var c = id && hallState && (hallState.counters || []).filter(function (x) { return String(x.id) === String(id); })[0];
    return c ? I18N.text(c.name) : (id || '—');
  }
  /** HH:MM in the hall's own time (the hub writes the hall's offset). */
  function hallTime(iso) {
    var m = /T(\d\d):(\d\d)/.exec(iso || '');
    return m ? m[1] + ':' + m[2] : '—';
  }

  function refresh() {
    return Promise.all([Api.get('/pairings', { timeout: 8000 }), Api.get('/devices', { timeout: 8000 })])
      .then(function (answers) {
        pending = answers[0].pairings || [];
        devices = answers[1].devices || [];
        render();
      }, function (e) { if (e.status !== 401) { notice(Api.words(e), 'error'); } });
  }

  function render() {
    renderPending();
    renderDevices();
  }

  function renderPending() {
    var body = el('pairings-body');
    body.textContent = '';
    el('pairings-empty').hidden = pending.length > 0;
    el('pairings-table').hidden = pending.length === 0;
    pending.forEach(function (p) {
      var state = inputs[p.id] || (inputs[p.id] = { code: '', device: '' });
      var choices = devices.filter(function (d) { return d.kind === p.kind; });
      if (!state.device && choices.length) {
        var free = choices.filter(function (d) { return !d.paired; })[0];
        state.device = (free || choices[0]).id;
      }
      var codeId = 'code-' + p.id;
      var whichId = 'which-' + p.id;
      var code = h('input', { id: codeId, class: 'code-input num', inputmode: 'numeric', autocomplete: 'off',
        maxlength: '6', pattern: '[0-9]{6}', value: state.code,
        oninput: function (ev) { state.code = ev.target.value.replace(/\D/g, '').slice(0, 6); ev.target.value = state.code; } });
      var which = h('select', { id: whichId, class: 'big-select', onchange: function (ev) { state.device = ev.target.value; } },
        choices.map(function (d) {
          return h('option', { value: d.id, selected: d.id === state.device },
            deviceName(d) + (d.counter ? ' · ' + counterName(d.counter) : '') + (d.paired ? ' ✓' : ''));
        }));
      body.appendChild(h('tr', { 'data-pairing': p.id },
        h('td', null, I18N.t('dev.k.' + p.kind)),
        h('td', null, p.name || '—'),
        h('td', { class: 'num' }, p.address || '—'),
        h('td', { class: 'num' }, hallTime(p.requestedAt)),
        h('td', null, h('label', { class: 'sr-only', for: codeId }, I18N.t('dev.code')), code),
        h('td', null, h('label', { class: 'sr-only', for: whichId }, I18N.t('dev.which')), which),
        h('td', { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn-primary', 'data-approve': p.id, onclick: function () { approve(p, state); } }, I18N.t('dev.approve')),
          h('button', { type: 'button', class: 'btn', 'data-refuse': p.id, onclick: function () { refuse(p); } }, I18N.t('dev.refuse')))));
    });
  }

  function renderDevices() {
    var body = el('devices-body');
    body.textContent = '';
    devices.forEach(function (d) {
      var status = d.status || 'offline';
      var fault = d.fault ? I18N.t('dev.fault.' + d.fault) : '';
      var canRevoke = d.kind !== 'printer' && d.paired;
      var canTest = d.kind === 'printer';
      body.appendChild(h('tr', { 'data-device': d.id, class: status === 'fault' ? 'row-fault' : '' },
        h('td', null, deviceName(d)),
        h('td', null, I18N.t('dev.k.' + d.kind)),
        h('td', null, d.counter ? counterName(d.counter) : '—'),
        h('td', null, d.kind === 'printer' ? '—' : I18N.t(d.paired ? 'dev.yes' : 'dev.no')),
        h('td', null, d.kind === 'printer' ? '—' : I18N.t(d.online ? 'dev.yes' : 'dev.no')),
        h('td', { class: 'num' }, hallTime(d.lastSeen)),
        h('td', null, h('span', { class: 'status ' + STATUS_CLASS[status] }, I18N.t('dev.st.' + status)), fault ? ' ' + fault : ''),
        h('td', { class: 'actions' }, canRevoke ? h('button', { type: 'button', class: 'btn btn-red', 'data-revoke': d.id,
          onclick: function () { revoke(d); } }, I18N.t('dev.revoke')) : null,
          canTest ? h('button', { type: 'button', class: 'btn', 'data-test-print': d.id,
            onclick: function () { testPrint(d); } }, I18N.t('dev.testPrint')) : null)));
    });
  }

  function approve(p, state) {
    if (!/^\d{6}$/.test(state.code)) { notice(I18N.t('dev.codeNeeded'), 'error'); el('code-' + p.id).focus(); return; }
    Api.post('/pairings/' + encodeURIComponent(p.id) + '/approve', { code: state.code, device: state.device }, { timeout: 10000 })
      .then(function (answer) {
        delete inputs[p.id];
        notice(I18N.t('dev.approved', { device: answer.device }), 'ok');
        refresh();
      }, function (e) {
        state.code = '';
        notice(Api.words(e), 'error');
        refresh();
      });
  }

  function refuse(p) {
    Api.post('/pairings/' + encodeURIComponent(p.id) + '/refuse', {}, { timeout: 10000 }).then(function () {
      delete inputs[p.id];
      notice(I18N.t('dev.refused'), 'ok');
      refresh();
    }, function (e) { notice(Api.words(e), 'error'); refresh(); });
  }

  function faultWords(fault) { return fault ? I18N.t('dev.fault.' + fault) : ''; }

  function testPrint(d) {
    Api.post('/devices/' + encodeURIComponent(d.id) + '/test-print', {}, { timeout: 15000 }).then(function (answer) {
      var print = answer.print || {};
      if (print.status === 'failed') {
        notice(I18N.t('dev.testFailed', { device: d.id, fault: faultWords(print.fault) }), 'error');
      } else {
        notice(I18N.t('dev.testPrinted', { device: d.id }), 'ok');
      }
      refresh();
    }, function (e) { notice(Api.words(e), 'error'); });
  }

  /** A printer's state changed (devices.fault): show it now, without waiting for the next refresh. */
  function heard(body) {
    if (!body || !body.device) { return; }
    devices.forEach(function (d) {
      if (d.id === body.device) { d.status = body.status; d.fault = body.fault; }
    });
    renderDevices();
    if (body.status === 'ok') {
      notice(I18N.t('dev.printerOk', { device: body.device }), 'ok');
    } else {
      notice(I18N.t('dev.printerFault', { device: body.device, fault: faultWords(body.fault) }), 'error');
    }
  }

  function revoke(d) {
    if (!global.confirm(I18N.t('dev.revokeSure', { device: deviceName(d) }))) { return; }
    Api.request('DELETE', '/devices/' + encodeURIComponent(d.id) + '/pairing', undefined, { timeout: 10000 }).then(function () {
      notice(I18N.t('dev.revoked', { device: deviceName(d) }), 'ok');
      refresh();
    }, function (e) { notice(Api.words(e), 'error'); });
  }

  I18N.onchange(function () { if (timer) { render(); } });

  global.DevicePanel = {
    start: function () {
      if (timer) { return; }
      refresh();
      if (!faultBus && EventBus.HallBus) {
        faultBus = new EventBus.HallBus(['devices.fault'], { onmessage: function (address, body) { heard(body); } });
        faultBus.connect();
      }
      timer = setInterval(function () {
        // Not while the manager is typing a code: the row would be rebuilt under their fingers.
        var active = global.document.activeElement;
        if (!(active && active.classList && active.classList.contains('code-input'))) { refresh(); }
      }, REFRESH_MS);
    },
    stop: function () {
      clearInterval(timer); timer = null;
      if (faultBus) { faultBus.close(); faultBus = null; }
    },
    /** The hall's state, for window names; the first one re-renders the ids shown until then. */
    hall: function (state) {
      var first = !hallState;
      hallState = state;
      if (first && timer) { render(); }
    }
  };
})(window);
