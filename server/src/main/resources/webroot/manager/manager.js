/* The hall manager's console: live queues and windows, window profiles, the daily report (advice: advice.js; live windows: live.js). */
(function () {
  'use strict';
  var h = UI.h;

  I18N.add({
    'mgr.title': { zh: '大厅管理', en: 'Hall manager' },
    'mgr.signIn': { zh: '管理员登录', en: 'Manager sign-in' },
    'mgr.services': { zh: '业务队列', en: 'Queues by service' },
    'mgr.service': { zh: '业务', en: 'Service' },
    'mgr.prefix': { zh: '字头', en: 'Prefix' },
    'mgr.state': { zh: '状态', en: 'State' },
    'svc.stopped': { zh: '已停止取号', en: 'Ticketing stopped' },
    'svc.stop': { zh: '停止取号', en: 'Stop tickets' },
    'svc.resume': { zh: '恢复取号', en: 'Restart tickets' },
    'svc.stoppedMsg': { zh: '已停止「{name}」取号', en: 'Ticketing for {name} is stopped' },
    'svc.resumedMsg': { zh: '已恢复「{name}」取号', en: 'Ticketing for {name} is restarted' },
    'mgr.waiting': { zh: '等候人数', en: 'Waiting' },
    'mgr.estimate': { zh: '预计等候(分)', en: 'Est. wait (min)' },
    'mgr.issued': { zh: '今日取号', en: 'Issued today' },
    'mgr.servedBy': { zh: '开放窗口', en: 'Open windows' },
    'mgr.windows': { zh: '窗口', en: 'Windows' },
    'mgr.window': { zh: '窗口', en: 'Window' },
    'mgr.currentNumber': { zh: '当前号', en: 'Current' },
    'mgr.staff': { zh: '工作人员', en: 'Staff' },
    'mgr.profile': { zh: '办理业务', en: 'Profile' },
    'mgr.actions': { zh: '操作', en: 'Actions' },
    'mgr.edit': { zh: '调整业务', en: 'Edit profile' },
    'mgr.open': { zh: '开启', en: 'Open' },
    'mgr.pause': { zh: '暂停', en: 'Pause' },
    'mgr.close': { zh: '关闭', en: 'Close' },
    'mgr.takeOver': { zh: '接管', en: 'Take over' },
    'mgr.takeOverAsk': { zh: '接管{window}？{name} 将不能再在此窗口操作，当前号码保留。', en: 'Take over {window}? {name} will no longer work at it; the current ticket stays.' },
    'mgr.takeOverYes': { zh: '确认接管', en: 'Take over' },
    'mgr.takenOver': { zh: '已接管{window}', en: 'You now hold {window}' },
    'mgr.you': { zh: '本人', en: 'you' },
    'mgr.allServices': { zh: '综合窗口（办理全部业务）', en: 'Comprehensive window (all services)' },
    'mgr.all': { zh: '全部业务', en: 'All services' },
    'mgr.cancel': { zh: '取消', en: 'Cancel' },
    'mgr.save': { zh: '保存', en: 'Save' },
    'mgr.editTitle': { zh: '调整 {name} 的办理业务', en: 'Services of {name}' },
    'mgr.saved': { zh: '{name} 的办理业务已更新，下次叫号起生效', en: '{name} updated; routing uses it from the next call' },
    'mgr.pickOne': { zh: '请至少选择一项业务', en: 'Choose at least one service' },
    'mgr.report': { zh: '日报表', en: 'Daily report' },
    'mgr.load': { zh: '查询', en: 'Show' },
    'mgr.reportDate': { zh: '报表日期', en: 'Report date' },
    'mgr.noReport': { zh: '该日暂无数据', en: 'No data for this day' },
    'mgr.byService': { zh: '按业务', en: 'By service' },
    'mgr.byWindow': { zh: '按窗口', en: 'By window' },
    'mgr.totalWaiting': { zh: '全厅等候', en: 'Waiting in the hall' },
    'mgr.openWindows': { zh: '开放窗口', en: 'Open windows' },
    'mgr.longestWait': { zh: '最长预计等候(分)', en: 'Longest est. wait (min)' },
    'r.name': { zh: '名称', en: 'Name' },
    'r.issued': { zh: '取号', en: 'Issued' },
    'r.completed': { zh: '办结', en: 'Completed' },
    'r.noShows': { zh: '过号', en: 'No-shows' },
    'r.meanWait': { zh: '平均等候(分)', en: 'Mean wait' },
    'r.p90Wait': { zh: 'P90等候(分)', en: 'P90 wait' },
    'r.meanService': { zh: '平均办理(分)', en: 'Mean service' },
    'r.ratings': { zh: '评价 1–5 星', en: 'Ratings 1–5' },
    'st.open': { zh: '服务中', en: 'Open' },
    'st.paused': { zh: '已暂停', en: 'Paused' },
    'st.closed': { zh: '已关闭', en: 'Closed' },
    'svc.open': { zh: '可取号', en: 'Taking tickets' },
    'svc.closed': { zh: '停止取号', en: 'Not taking tickets' }
  });

  var hall = null;
  var editing = null;
  var report = null;
  var follow = null;
  var signed = false;
  var me = null;          // the signed-in manager's staff id
  var confirming = null;  // the window whose take-over waits for a yes

  function message(text, kind) {
    var m = document.getElementById('message');
    m.textContent = text || '';
    m.className = 'notice notice-' + (kind || 'ok');
    m.hidden = !text;
  }
  function serviceById(id) { return hall && (hall.services || []).filter(function (s) { return s.id === id; })[0]; }
  function counterById(id) { return hall && (hall.counters || []).filter(function (c) { return String(c.id) === String(id); })[0]; }
  function serves(c, sid) { var p = c.profile || []; return p.indexOf('*') >= 0 || p.indexOf(sid) >= 0; }

  function renderSummary() {
    var waiting = 0, longest = 0, open = 0;
    (hall.services || []).forEach(function (s) { waiting += s.waiting || 0; longest = Math.max(longest, s.estimatedWaitMinutes || 0); });
    (hall.counters || []).forEach(function (c) { if (c.status === 'open') { open++; } });
    var box = document.getElementById('summary');
    box.textContent = '';
    [['mgr.totalWaiting', waiting, false], ['mgr.openWindows', open + ' / ' + (hall.counters || []).length, open === 0],
      ['mgr.longestWait', longest, longest >= 30]].forEach(function (x) {
      box.appendChild(h('div', { class: 'card' }, h('div', { class: 'k' }, I18N.t(x[0])), h('div', { class: 'v' + (x[2] ? ' warn' : '') }, String(x[1]))));
    });
  }

  function renderServices() {
    var body = document.querySelector('#services-table tbody');
    body.textContent = '';
    (hall.services || []).forEach(function (s) {
      var openWindows = (hall.counters || []).filter(function (c) { return c.status === 'open' && serves(c, s.id); });
      var starved = (s.waiting || 0) > 0 && openWindows.length === 0;
      body.appendChild(h('tr', { 'data-service': s.id },
        h('td', null, I18N.text(s.name)),
        h('td', null, s.prefix),
        h('td', null, I18N.t(s.stopped ? 'svc.stopped' : s.open === false ? 'svc.closed' : 'svc.open'), ' ',
          h('button', { type: 'button', class: 'btn btn-small', 'data-ticketing': s.id,
            onclick: function () { ticketing(s.id, s.stopped ? 'resume' : 'stop'); } }, I18N.t(s.stopped ? 'svc.resume' : 'svc.stop'))),
        h('td', { class: 'n' + ((s.waiting || 0) >= 10 ? ' hot' : '') }, String(s.waiting || 0)),
        h('td', { class: 'n' + ((s.estimatedWaitMinutes || 0) >= 30 ? ' hot' : '') }, String(s.estimatedWaitMinutes || 0)),
        h('td', { class: 'n' }, s.issuedToday == null ? '' : String(s.issuedToday)),
        h('td', { class: starved ? 'hot' : '' }, openWindows.length ? openWindows.map(function (c) { return I18N.text(c.name); }).join('、') : '—')));
    });
  }

  function profileChips(c) {
    var p = c.profile || [];
    if (p.indexOf('*') >= 0) { return h('span', { class: 'chip' }, I18N.t('mgr.all')); }
    return p.map(function (sid) {
      var s = serviceById(sid);
      return h('span', { class: 'chip' }, s ? s.prefix + ' ' + I18N.text(s.name) : sid);
    });
  }

  function holder(c) {
    if (!c.staff) { return '—'; }
    return h('span', { class: 'holder' }, c.staff === me ? I18N.t('mgr.you') : (c.staffName || c.staff),
      h('small', null, ' ' + c.staff));
  }

  function windowActions(c) {
    var other = !!(c.staff && c.staff !== me);
    if (confirming === c.id && other) {
      return h('div', { class: 'take-over-confirm' },
        h('p', null, I18N.t('mgr.takeOverAsk', { window: I18N.text(c.name) || c.id, name: c.staffName || c.staff })),
        h('div', { class: 'row-actions' },
          h('button', { type: 'button', class: 'btn btn-amber', 'data-take-over-yes': c.id, onclick: function () { takeOver(c); } }, I18N.t('mgr.takeOverYes')),
          h('button', { type: 'button', class: 'btn', onclick: function () { confirming = null; renderCounters(); } }, I18N.t('mgr.cancel'))));
    }
    // A window someone else holds refuses the manager's open, pause and close too: take it over first.
    return h('div', { class: 'row-actions' },
      h('button', { type: 'button', class: 'btn', 'data-edit': c.id, onclick: function () { edit(c.id); } }, I18N.t('mgr.edit')),
      other ? h('button', { type: 'button', class: 'btn btn-amber', 'data-take-over': c.id, onclick: function () { confirming = c.id; renderCounters(); } }, I18N.t('mgr.takeOver')) : null,
      h('button', { type: 'button', class: 'btn', disabled: other || c.status === 'open', onclick: function () { setStatus(c.id, 'open'); } }, I18N.t('mgr.open')),
      h('button', { type: 'button', class: 'btn', disabled: other || c.status !== 'open', onclick: function () { setStatus(c.id, 'pause'); } }, I18N.t('mgr.pause')),
      h('button', { type: 'button', class: 'btn', disabled: other || c.status === 'closed', onclick: function () { setStatus(c.id, 'close'); } }, I18N.t('mgr.close')));
  }

  function renderCounters() {
    var body = document.querySelector('#counters-table tbody');
    body.textContent = '';
    (hall.counters || []).forEach(function (c) {
      body.appendChild(h('tr', { 'data-counter': c.id },
        h('td', null, I18N.text(c.name) || c.id),
        h('td', null, h('span', { class: 'status status-' + c.status }, I18N.t('st.' + c.status))),
        h('td', null, h('span', { class: 'cur num' }, c.currentNumber || '—')),
        h('td', { class: 'staff-cell' }, holder(c)),
        h('td', null, profileChips(c)),
        h('td', null, windowActions(c))));
    });
  }

  function takeOver(c) {
    confirming = null;
    var name = I18N.text(c.name) || c.id;
    Api.post('/counters/' + encodeURIComponent(c.id) + '/open', { takeOver: true }).then(function () {
      message(I18N.t('mgr.takenOver', { window: name }));
      if (follow) { follow.refetch(); }
    }, function (e) {
      renderCounters();
      if (e.status !== 401) { message(Api.words(e), 'error'); }
    });
  }

  function render() {
    if (!hall) { return; }
    document.getElementById('hall-name').textContent = I18N.text(hall.name);
    renderSummary();
    renderServices();
    renderCounters();
    renderReport();
  }

  /** Stops or restarts ticketing for one matter (an audited event on the hub). */
  function ticketing(id, action) {
    Api.post('/services/' + encodeURIComponent(id) + '/' + action, {}).then(function (s) {
      message(I18N.t(action === 'stop' ? 'svc.stoppedMsg' : 'svc.resumedMsg', { name: I18N.text(s.name) }), 'ok');
    }, function (e) { if (e.status !== 401) { message(Api.words(e), 'error'); } });
  }

  function setStatus(id, action) {
    Api.post('/counters/' + encodeURIComponent(id) + '/' + action, {}).then(function () {
      if (follow) { follow.refetch(); }
    }, function (e) { if (e.status !== 401) { message(Api.words(e), 'error'); } });
  }

  function edit(id) {
    var c = counterById(id);
    if (!c) { return; }
    editing = id;
    var p = c.profile || [];
    // Only what the window's staff are trained for (its skills in the hall file); the hub refuses the rest.
    var skills = c.skills || [];
    var trainedForAll = skills.indexOf('*') >= 0;
    document.getElementById('profile-title').textContent = I18N.t('mgr.editTitle', { name: I18N.text(c.name) || c.id });
    document.getElementById('profile-all').checked = p.indexOf('*') >= 0;
    document.getElementById('profile-all').closest('label').hidden = !trainedForAll;
    var box = document.getElementById('profile-services');
    box.textContent = '';
    (hall.services || []).filter(function (s) { return trainedForAll || skills.indexOf(s.id) >= 0; }).forEach(function (s) {
      box.appendChild(h('label', { class: 'check' },
        h('input', { type: 'checkbox', value: s.id, checked: p.indexOf(s.id) >= 0 || p.indexOf('*') >= 0 }),
        ' ' + s.prefix + ' · ' + I18N.text(s.name)));
    });
    syncAll();
    var editor = document.getElementById('profile-editor');
    editor.hidden = false;
    editor.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }
  function syncAll() {
    var all = document.getElementById('profile-all').checked;
    document.querySelectorAll('#profile-services input').forEach(function (i) { i.disabled = all; });
  }
  document.getElementById('profile-all').addEventListener('change', syncAll);
  document.getElementById('profile-cancel').addEventListener('click', function () {
    editing = null;
    document.getElementById('profile-editor').hidden = true;
  });
  document.getElementById('profile-save').addEventListener('click', function () {
    if (!editing) { return; }
    var services = document.getElementById('profile-all').checked ? ['*']
      : Array.prototype.slice.call(document.querySelectorAll('#profile-services input:checked')).map(function (i) { return i.value; });
    if (!services.length) { message(I18N.t('mgr.pickOne'), 'warn'); return; }
    var id = editing;
    Api.put('/counters/' + encodeURIComponent(id) + '/profile', { services: services }).then(function () {
      var c = counterById(id);
      message(I18N.t('mgr.saved', { name: c ? I18N.text(c.name) : id }));
      editing = null;
      document.getElementById('profile-editor').hidden = true;
      if (follow) { follow.refetch(); }
    }, function (e) { if (e.status !== 401) { message(Api.words(e), 'error'); } });
  });

  // The report's rows name their service or window; their figures keep the hub's field names.
  var COLUMNS = [
    ['r.issued', ['issued']],
    ['r.completed', ['completed']],
    ['r.noShows', ['noShows', 'no_shows', 'noShow']],
    ['r.meanWait', ['meanWaitMinutes', 'meanWaitMin', 'meanWait']],
    ['r.p90Wait', ['p90WaitMinutes', 'p90WaitMin', 'p90Wait']],
    ['r.meanService', ['meanServiceMinutes', 'meanServiceMin', 'meanService']]
  ];
  function field(row, names) {
    for (var i = 0; i < names.length; i++) { if (row[names[i]] != null) { return row[names[i]]; } }
    return null;
  }
  function fmt(v) {
    if (v == null) { return '—'; }
    return typeof v === 'number' && v % 1 !== 0 ? v.toFixed(1) : String(v);
  }
  function ratings(row) {
    var r = row.ratings || row.ratingCounts;
    if (!r) { return '—'; }
    var counts = Array.isArray(r) ? r : [1, 2, 3, 4, 5].map(function (s) { return r[s] || r[String(s)] || 0; });
    return counts.join(' / ');
  }
  function reportTable(table, rows, kind) {
    table.textContent = '';
    var head = h('tr', null, h('th', null, I18N.t('r.name')));
    COLUMNS.forEach(function (c) { head.appendChild(h('th', { class: 'n' }, I18N.t(c[0]))); });
    head.appendChild(h('th', { class: 'n' }, I18N.t('r.ratings')));
    table.appendChild(h('thead', null, head));
    var body = h('tbody');
    (rows || []).forEach(function (row) {
      var id = row[kind] || row.id;
      var known = kind === 'service' ? serviceById(id) : counterById(id);
      var name = row.name ? I18N.text(row.name) : known ? I18N.text(known.name) : id;
      var tr = h('tr', null, h('td', null, name));
      COLUMNS.forEach(function (c) { tr.appendChild(h('td', { class: 'n' }, fmt(field(row, c[1])))); });
      tr.appendChild(h('td', { class: 'n' }, ratings(row)));
      body.appendChild(tr);
    });
    table.appendChild(body);
  }
  function renderReport() {
    var services = report && (report.services || report.byService);
    var counters = report && (report.counters || report.byCounter);
    reportTable(document.getElementById('report-services'), services, 'service');
    reportTable(document.getElementById('report-counters'), counters, 'counter');
    document.getElementById('report-empty').hidden = !report || !!((services && services.length) || (counters && counters.length));
  }
  function loadReport() {
    var date = document.getElementById('report-date').value;
    Api.get('/reports/daily' + (date ? '?date=' + encodeURIComponent(date) : ''), { timeout: 15000 }).then(function (r) {
      report = r || {};
      renderReport();
    }, function (e) { if (e.status !== 401) { message(Api.words(e), 'error'); } });
  }
  document.getElementById('report-load').addEventListener('click', loadReport);
  (function () {
    var d = new Date();
    var p = function (n) { return n < 10 ? '0' + n : '' + n; };
    document.getElementById('report-date').value = d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate());
  })();

  I18N.onchange(render);
  I18N.apply();

  Staff.init({
    roles: ['manager', 'admin'],
    onSignedIn: function (session) {
      signed = true;
      me = session.staff;
      UI.show('screen-console');
      if (!follow) {
        follow = EventBus.followHall({ onState: function (s) { hall = s; DevicePanel.hall(s); if (signed) { render(); LivePanel.hallChanged(); } } });
      } else {
        follow.refetch();
      }
      loadReport();
      LivePanel.start();
      ReportsPanel.start();
      AdvicePanel.start({ onApplied: function () { if (follow) { follow.refetch(); } } });
      DevicePanel.start();
      CasesPanel.start();
    },
    onSignedOut: function () { signed = false; me = null; confirming = null; LivePanel.stop(); AdvicePanel.stop(); DevicePanel.stop(); CasesPanel.stop(); }
  });
})();
