/*
 * The manager's workload reports: windows over a day, a week, a month or any range, drawn with ECharts
 * (served from the hub's jar: a hall network has no internet), the monthly window assessment, and the
 * XLSX / CSV downloads. Every figure comes from GET /api/v1/reports/windows and /reports/assessment.
 */
var ReportsPanel = (function () {
  'use strict';
  var h = UI.h;

  I18N.add({
    'wr.title': { zh: '窗口工作量与月度考评', en: 'Window workload and monthly assessment' },
    'wr.kind': { zh: '统计周期', en: 'Period' },
    'wr.day': { zh: '日', en: 'Day' },
    'wr.week': { zh: '周', en: 'Week' },
    'wr.month': { zh: '月', en: 'Month' },
    'wr.custom': { zh: '自定义', en: 'Custom' },
    'wr.date': { zh: '日期', en: 'Date' },
    'wr.monthPick': { zh: '月份', en: 'Month' },
    'wr.from': { zh: '起', en: 'From' },
    'wr.to': { zh: '止', en: 'To' },
    'wr.show': { zh: '查询', en: 'Show' },
    'wr.xlsx': { zh: '下载 Excel', en: 'Download XLSX' },
    'wr.csv': { zh: '下载 CSV', en: 'Download CSV' },
    'wr.assessXlsx': { zh: '下载考评表', en: 'Download assessment' },
    'wr.loading': { zh: '正在统计…', en: 'Counting…' },
    'wr.range': { zh: '{from} 至 {to}', en: '{from} to {to}' },
    'wr.empty': { zh: '本期无数据', en: 'No data for this period' },
    'wr.volume': { zh: '各窗口办件量', en: 'Items served per window' },
    'wr.heat': { zh: '各时段取号人数', en: 'Arrivals by hour' },
    'wr.served': { zh: '办件量', en: 'Served' },
    'wr.share': { zh: '占比', en: 'Share' },
    'wr.meanWait': { zh: '平均等候(分)', en: 'Mean wait (min)' },
    'wr.p90Wait': { zh: '90%等候(分)', en: '90th pct wait (min)' },
    'wr.meanService': { zh: '平均办理(分)', en: 'Mean service (min)' },
    'wr.noShowRate': { zh: '过号率', en: 'No-show rate' },
    'wr.utilisation': { zh: '利用率', en: 'Utilisation' },
    'wr.ratings': { zh: '评价 1–5 分', en: 'Ratings 1–5' },
    'wr.participation': { zh: '参评率', en: 'Rating rate' },
    'wr.window': { zh: '窗口', en: 'Window' },
    'wr.rank': { zh: '名次', en: 'Rank' },
    'wr.flagged': { zh: '低于考评线', en: 'Below threshold' },
    'wr.assessment': { zh: '{month} 月度窗口考评（考评线 {n} 件/月）', en: 'Window assessment {month} (threshold {n} items a month)' },
    'wr.concentration': { zh: '前 {top} 个部门（{names}）办理了全厅 {share} 的事项', en: 'The top {top} departments ({names}) handled {share} of all items' },
    'wr.flaggedYes': { zh: '少于 {n} 件', en: 'under {n}' },
    'wr.downloaded': { zh: '已下载 {file}', en: 'Downloaded {file}' },
    'wr.archived': { zh: '本期部分事件日志已归档，开放时长与利用率不可用', en: 'Part of this period\'s event log is archived: utilisation is not available' },
    'wr.hour': { zh: '{h} 时', en: '{h}:00' }
  });

  var state = { kind: 'month', report: null, assessment: null, from: null, to: null, month: null };
  var charts = {};
  var el = function (id) { return document.getElementById(id); };
  var pad = function (n) { return n < 10 ? '0' + n : '' + n; };
  var iso = function (d) { return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); };

  function pct(v) { return v == null ? '—' : (v * 100).toFixed(1) + '%'; }
  function num(v) { return v == null ? '—' : typeof v === 'number' && v % 1 !== 0 ? v.toFixed(1) : String(v); }

  /** The period the pickers describe, as {from, to} hall dates, and the month when it is one. */
  function period() {
    var kind = el('wr-kind').value;
    if (kind === 'month') {
      var m = el('wr-month').value; // YYYY-MM
      var y = +m.slice(0, 4), mo = +m.slice(5, 7);
      return { from: m + '-01', to: iso(new Date(y, mo, 0)), month: m };
    }
    if (kind === 'custom') { return { from: el('wr-from').value, to: el('wr-to').value }; }
    var day = el('wr-date').value;
    if (kind === 'day') { return { from: day, to: day }; }
    var d = new Date(day + 'T00:00:00');
    var monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
    return { from: iso(monday), to: iso(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6)) };
  }

  function showPickers() {
    var kind = el('wr-kind').value;
    el('wr-pick-date').hidden = !(kind === 'day' || kind === 'week');
    el('wr-pick-month').hidden = kind !== 'month';
    el('wr-pick-custom').hidden = kind !== 'custom';
  }

  function load() {
    var p = period();
    if (!p.from || !p.to) { return; }
    state.from = p.from; state.to = p.to; state.month = p.month || null;
    el('wr-status').textContent = I18N.t('wr.loading');
    var q = '?from=' + encodeURIComponent(p.from) + '&to=' + encodeURIComponent(p.to);
    var asks = [Api.get('/reports/windows' + q, { timeout: 60000 })];
    if (p.month) { asks.push(Api.get('/reports/assessment?month=' + encodeURIComponent(p.month), { timeout: 60000 })); }
    Promise.all(asks).then(function (answers) {
      state.report = answers[0];
      state.assessment = answers[1] || null;
      render();
    }, function (e) {
      if (e.status !== 401) { el('wr-status').textContent = Api.words(e); }
    });
  }

  function render() {
    var r = state.report;
    if (!r) { return; }
    el('wr-status').textContent = I18N.t('wr.range', { from: r.from, to: r.to });
    el('wr-empty').hidden = !r.empty;
    el('wr-archived').hidden = r.openTimesKnown !== false;
    el('wr-results').hidden = r.empty;
    el('wr-assess-xlsx').hidden = !state.month;
    if (r.empty) { el('wr-assessment').hidden = true; return; }
    drawVolume(r);
    drawHeat(r);
    windowTable(r);
    assessment(state.assessment);
  }

  function chart(id) {
    if (!charts[id]) { charts[id] = echarts.init(el(id), null, { renderer: 'svg' }); }
    return charts[id];
  }

  function drawVolume(r) {
    var names = r.windows.map(function (w) { return I18N.text(w.name); });
    var min = state.assessment ? state.assessment.minItems : null;
    chart('wr-volume').setOption({
      animation: false,
      textStyle: { fontSize: 16 },
      grid: { left: 70, right: 30, top: 40, bottom: 80 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: names, axisLabel: { fontSize: 16, interval: 0, rotate: names.length > 6 ? 25 : 0, color: '#1a1a1a' } },
      yAxis: { type: 'value', name: I18N.t('wr.served'), nameTextStyle: { fontSize: 16, color: '#1a1a1a' }, axisLabel: { fontSize: 16, color: '#1a1a1a' } },
      series: [{
        type: 'bar', name: I18N.t('wr.served'), data: r.windows.map(function (w) { return w.served; }),
        itemStyle: { color: '#0b3d91' }, label: { show: true, position: 'top', fontSize: 16, color: '#1a1a1a' },
        markLine: min == null ? undefined : { symbol: 'none', lineStyle: { color: '#b00020', width: 2, type: 'dashed' },
          label: { position: 'insideEndTop', formatter: I18N.t('wr.flaggedYes', { n: min }), color: '#b00020', fontSize: 16 }, data: [{ yAxis: min }] }
      }]
    }, true);
  }

  function drawHeat(r) {
    var days = [];
    r.heat.forEach(function (c) { if (days.indexOf(c.day) < 0) { days.push(c.day); } });
    var hours = [];
    for (var hr = 7; hr <= 19; hr++) { hours.push(hr); }
    r.heat.forEach(function (c) { if (hours.indexOf(c.hour) < 0) { hours.push(c.hour); } });
    hours.sort(function (a, b) { return a - b; });
    var max = 1;
    var data = r.heat.map(function (c) { max = Math.max(max, c.arrivals); return [hours.indexOf(c.hour), days.indexOf(c.day), c.arrivals]; });
    el('wr-heat').style.height = Math.max(220, 70 + days.length * 22) + 'px';
    chart('wr-heat').resize();
    chart('wr-heat').setOption({
      animation: false,
      grid: { left: 110, right: 30, top: 20, bottom: 90 },
      tooltip: { formatter: function (p) { return days[p.value[1]] + ' ' + I18N.t('wr.hour', { h: hours[p.value[0]] }) + ': ' + p.value[2]; } },
      xAxis: { type: 'category', data: hours.map(function (x) { return I18N.t('wr.hour', { h: x }); }), axisLabel: { fontSize: 15, color: '#1a1a1a' } },
      yAxis: { type: 'category', data: days, axisLabel: { fontSize: 14, color: '#1a1a1a' } },
      visualMap: { min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        inRange: { color: ['#f2f6fc', '#6b8fd6', '#0b3d91'] }, textStyle: { fontSize: 14, color: '#1a1a1a' } },
      series: [{ type: 'heatmap', name: I18N.t('wr.heat'), data: data }]
    }, true);
  }

  function windowTable(r) {
    var table = el('wr-table');
    table.textContent = '';
    var cols = [['wr.served', 'served', num], ['wr.share', 'share', pct], ['wr.meanWait', 'meanWaitMinutes', num],
      ['wr.p90Wait', 'p90WaitMinutes', num], ['wr.meanService', 'meanServiceMinutes', num], ['wr.noShowRate', 'noShowRate', pct],
      ['wr.utilisation', 'utilisation', pct], ['wr.participation', 'participation', pct]];
    var head = h('tr', null, h('th', null, I18N.t('wr.window')));
    cols.forEach(function (c) { head.appendChild(h('th', { class: 'n' }, I18N.t(c[0]))); });
    head.appendChild(h('th', { class: 'n' }, I18N.t('wr.ratings')));
    table.appendChild(h('thead', null, head));
    var body = h('tbody');
    r.windows.concat([r.total]).forEach(function (w) {
      var tr = h('tr', w === r.total ? { class: 'total' } : null, h('td', null, I18N.text(w.name)));
      cols.forEach(function (c) { tr.appendChild(h('td', { class: 'n' }, c[2](w[c[1]]))); });
      tr.appendChild(h('td', { class: 'n' }, [1, 2, 3, 4, 5].map(function (s) { return w.ratings[s]; }).join(' / ')));
      body.appendChild(tr);
    });
    table.appendChild(body);
  }

  function assessment(a) {
    el('wr-assessment').hidden = !a;
    if (!a) { return; }
    el('wr-assess-title').textContent = I18N.t('wr.assessment', { month: a.month, n: a.minItems });
    var c = a.concentration;
    el('wr-concentration').textContent = c.share == null ? '' : I18N.t('wr.concentration', {
      top: c.departments.length, share: pct(c.share),
      names: c.departments.map(function (d) { return I18N.text(d.name); }).join(I18N.lang === 'zh' ? '、' : ', ') });
    var table = el('wr-rank');
    table.textContent = '';
    table.appendChild(h('thead', null, h('tr', null, h('th', { class: 'n' }, I18N.t('wr.rank')), h('th', null, I18N.t('wr.window')),
      h('th', { class: 'n' }, I18N.t('wr.served')), h('th', { class: 'n' }, I18N.t('wr.share')), h('th', null, I18N.t('wr.flagged')))));
    var body = h('tbody');
    a.windows.forEach(function (w) {
      body.appendChild(h('tr', w.flagged ? { class: 'flagged' } : null, h('td', { class: 'n' }, String(w.rank)),
        h('td', null, I18N.text(w.name)), h('td', { class: 'n' }, String(w.served)), h('td', { class: 'n' }, pct(w.share)),
        h('td', null, w.flagged ? '⚠ ' + I18N.t('wr.flaggedYes', { n: a.minItems }) : '')));
    });
    table.appendChild(body);
  }

  /** Downloads with the session's token (a plain link could not carry it), then hands the file to the browser. */
  function download(path, format) {
    var url = '/api/v1' + path + (path.indexOf('?') < 0 ? '?' : '&') + 'format=' + format + '&lang=' + I18N.lang;
    return fetch(url, { headers: { Authorization: 'Bearer ' + Api.token() } }).then(function (res) {
      if (!res.ok) { throw new Error('HTTP ' + res.status); }
      var name = (/filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') || '') || [])[1] || 'report.' + format;
      return res.blob().then(function (blob) {
        var a = h('a', { href: URL.createObjectURL(blob), download: name });
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        el('wr-status').textContent = I18N.t('wr.downloaded', { file: name });
        el('wr-status').setAttribute('data-downloaded', name);
        el('wr-status').setAttribute('data-bytes', String(blob.size));
        el('wr-status').setAttribute('data-type', blob.type);
        return name;
      });
    }).catch(function (e) { el('wr-status').textContent = I18N.t('common.error') + ' (' + e.message + ')'; });
  }

  function windowsPath() { return '/reports/windows?from=' + state.from + '&to=' + state.to; }

  function start() {
    var now = new Date();
    if (!el('wr-date').value) {
      el('wr-date').value = iso(now);
      el('wr-month').value = now.getFullYear() + '-' + pad(now.getMonth() + 1);
      el('wr-from').value = iso(new Date(now.getFullYear(), now.getMonth(), 1));
      el('wr-to').value = iso(now);
    }
    showPickers();
    load();
  }

  el('wr-kind').addEventListener('change', function () { showPickers(); load(); });
  el('wr-show').addEventListener('click', load);
  el('wr-xlsx').addEventListener('click', function () { if (state.from) { download(windowsPath(), 'xlsx'); } });
  el('wr-csv').addEventListener('click', function () { if (state.from) { download(windowsPath(), 'csv'); } });
  el('wr-assess-xlsx').addEventListener('click', function () { if (state.month) { download('/reports/assessment?month=' + state.month, 'xlsx'); } });
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
  I18N.onchange(function () { render(); });

  return { start: start, load: load, download: download };
})();
