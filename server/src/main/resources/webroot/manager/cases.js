/*
 * The manager console's 差评处理 panel (the 好差评 loop): every case a rating of 1 or 2 opened, with its
 * due dates (overdue ones highlighted), its steps, and buttons for the next step — callback and
 * rectification with a note typed in the row, close, accept or reject a clerk's appeal. Below it, every
 * rating with its tags and comment, filtered by window and level. Refreshed every 10 s while signed in.
 */
(function (global) {
  'use strict';
  var h = UI.h;
  var REFRESH_MS = 10000;

  I18N.add({
    'case.title': { zh: '差评处理', en: 'Follow-ups' },
    'case.none': { zh: '没有需要跟进的差评。', en: 'No bad rating to follow up.' },
    'case.show': { zh: '显示', en: 'Show' },
    'case.all': { zh: '全部', en: 'All' },
    'case.status.open': { zh: '处理中', en: 'Open' },
    'case.status.overdue': { zh: '已逾期', en: 'Overdue' },
    'case.status.closed': { zh: '已办结', en: 'Closed' },
    'case.ticket': { zh: '号码', en: 'Ticket' },
    'case.window': { zh: '窗口', en: 'Window' },
    'case.clerk': { zh: '经办人', en: 'Clerk' },
    'case.rating': { zh: '评价', en: 'Rating' },
    'case.said': { zh: '标签与意见', en: 'Tags and comment' },
    'case.due': { zh: '回访 / 整改期限', en: 'Callback / rectify due' },
    'case.statusCol': { zh: '状态', en: 'Status' },
    'case.steps': { zh: '处理记录', en: 'Steps' },
    'case.next': { zh: '下一步', en: 'Next step' },
    'case.note': { zh: '处理说明', en: 'Note' },
    'case.callback': { zh: '记录回访', en: 'Record callback' },
    'case.rectify': { zh: '记录整改', en: 'Record rectification' },
    'case.close': { zh: '办结', en: 'Close' },
    'case.accept': { zh: '申诉成立', en: 'Accept appeal' },
    'case.reject': { zh: '驳回申诉', en: 'Reject appeal' },
    'case.noteNeeded': { zh: '请先填写处理说明', en: 'Type a note first' },
    'case.done': { zh: '已记录', en: 'Recorded' },
    'case.score.1': { zh: '非常不满意', en: 'Very dissatisfied' },
    'case.score.2': { zh: '不满意', en: 'Dissatisfied' },
    'case.score.3': { zh: '基本满意', en: 'Fair' },
    'case.score.4': { zh: '满意', en: 'Satisfied' },
    'case.score.5': { zh: '非常满意', en: 'Very satisfied' },
    'case.step.callback': { zh: '回访', en: 'Callback' },
    'case.step.rectify': { zh: '整改', en: 'Rectification' },
    'case.step.close': { zh: '办结', en: 'Closed' },
    'case.step.appeal': { zh: '申诉', en: 'Appeal' },
    'case.step.appeal-accepted': { zh: '申诉成立', en: 'Appeal accepted' },
    'case.step.appeal-rejected': { zh: '申诉驳回', en: 'Appeal rejected' },
    'case.ratings': { zh: '全部评价', en: 'All ratings' },
    'case.from': { zh: '从', en: 'From' },
    'case.to': { zh: '到', en: 'To' },
    'case.anyWindow': { zh: '全部窗口', en: 'All windows' },
    'case.anyLevel': { zh: '全部等级', en: 'All levels' },
    'case.search': { zh: '查询', en: 'Search' },
    'case.noRatings': { zh: '这段时间没有评价。', en: 'No rating in this period.' },
    'case.time': { zh: '时间', en: 'Time' },
    'err.CALLBACK_FIRST': { zh: '请先记录回访，再记录整改', en: 'Record the callback before the rectification' },
    'err.STEPS_MISSING': { zh: '回访和整改都记录后才能办结', en: 'A case closes after the callback and the rectification' },
    'err.APPEAL_PENDING': { zh: '请先处理经办人的申诉', en: 'Decide the clerk\'s appeal first' },
    'err.NO_APPEAL_PENDING': { zh: '没有待处理的申诉', en: 'No appeal is waiting' },
    'err.STEP_DONE': { zh: '这一步已经记录过了', en: 'This step is already recorded' },
    'err.CASE_CLOSED': { zh: '该案件已办结', en: 'The case is closed' },
    'err.NOT_YOUR_CASE': { zh: '只有经办人本人可以申诉', en: 'Only the clerk on the case may appeal' },
    'err.UNKNOWN_CASE': { zh: '没有这个案件', en: 'No such case' }
  });

  var el = function (id) { return global.document.getElementById(id); };
  var cases = [];
  var ratings = null;
  var timer = null;
  var notes = {};  // case id -> note being typed, kept across refreshes

  function notice(text, kind) {
    var n = el('cases-notice');
    n.textContent = text || '';
    n.className = 'notice notice-' + (kind || 'ok');
    n.hidden = !text;
  }
  function day(iso) { return (iso || '').slice(0, 10); }
  function hhmm(iso) { var m = /T(\d\d):(\d\d)/.exec(iso || ''); return m ? m[1] + ':' + m[2] : ''; }
  function said(x) {
    return (x.tags || []).join('、') + (x.comment ? ((x.tags || []).length ? ' · ' : '') + x.comment : '');
  }

  function refresh() {
    var status = el('cases-status').value;
    return Api.get('/cases' + (status ? '?status=' + status : ''), { timeout: 8000 }).then(function (answer) {
      cases = answer.cases || [];
      renderCases();
    }, function (e) { if (e.status !== 401) { notice(Api.words(e), 'error'); } });
  }

  function renderCases() {
    var body = el('cases-body');
    body.textContent = '';
    el('cases-empty').hidden = cases.length > 0;
    el('cases-table').hidden = cases.length === 0;
    cases.forEach(function (c) {
      var steps = (c.steps || []).map(function (s) {
        return h('div', { class: 'case-step' }, I18N.t('case.step.' + s.kind) + ' ' + day(s.at) + ' ' + hhmm(s.at)
          + ' · ' + (s.actorName || s.actor) + (s.note ? ' · ' + s.note : ''));
      });
      body.appendChild(h('tr', { 'data-case': c.id, class: c.status === 'overdue' ? 'row-overdue' : '' },
        h('td', {}, c.number),
        h('td', {}, c.counter || '—'),
        h('td', {}, c.staffName || '—'),
        h('td', {}, c.score + ' ' + I18N.t('case.score.' + c.score)),
        h('td', {}, said(c)),
        h('td', {}, c.callbackDue + ' / ' + c.rectifyDue),
        h('td', { class: 'case-status status-' + c.status }, I18N.t('case.status.' + c.status)),
        h('td', {}, steps),
        h('td', {}, actions(c))));
    });
  }

  function has(c, kind) { return (c.steps || []).some(function (s) { return s.kind === kind; }); }

  function actions(c) {
    if (c.status === 'closed') { return null; }
    var out = [];
    if (!has(c, 'callback') || !has(c, 'rectify')) {
      out.push(h('input', { type: 'text', class: 'case-note', 'aria-label': I18N.t('case.note'),
        placeholder: I18N.t('case.note'), value: notes[c.id] || '',
        oninput: function (ev) { notes[c.id] = ev.target.value; } }));
    }
    if (!has(c, 'callback')) {
      out.push(button(c, 'callback', 'case.callback', true));
    } else if (!has(c, 'rectify')) {
      out.push(button(c, 'rectify', 'case.rectify', true));
    }
    if (c.appealPending) {
      out.push(button(c, 'appeal/accept', 'case.accept'), button(c, 'appeal/reject', 'case.reject'));
    } else if (has(c, 'callback') && has(c, 'rectify')) {
      out.push(button(c, 'close', 'case.close'));
    }
    return out;
  }

  function button(c, step, label, needsNote) {
    return h('button', { type: 'button', class: 'btn', 'data-step': step, onclick: function () {
      var note = (notes[c.id] || '').trim();
      if (needsNote && !note) { notice(I18N.t('case.noteNeeded'), 'error'); return; }
      Api.post('/cases/' + encodeURIComponent(c.id) + '/' + step, needsNote ? { note: note } : {}, { timeout: 10000 })
        .then(function () {
          delete notes[c.id];
          notice(I18N.t('case.done'), 'ok');
          refresh();
        }, function (e) { notice(Api.words(e), 'error'); });
    } }, I18N.t(label));
  }

  function searchRatings() {
    var q = '?from=' + el('ratings-from').value + '&to=' + el('ratings-to').value;
    if (el('ratings-counter').value) { q += '&counter=' + encodeURIComponent(el('ratings-counter').value); }
    if (el('ratings-score').value) { q += '&score=' + el('ratings-score').value; }
    Api.get('/ratings' + q, { timeout: 15000 }).then(function (answer) {
      ratings = answer.ratings || [];
      renderRatings();
    }, function (e) { notice(Api.words(e), 'error'); });
  }

  function renderRatings() {
    var body = el('ratings-body');
    body.textContent = '';
    var list = ratings || [];
    el('ratings-empty').hidden = ratings === null || list.length > 0;
    list.forEach(function (r) {
      body.appendChild(h('tr', { 'data-rating': r.ticket, class: r.score <= 2 ? 'row-bad' : '' },
        h('td', {}, r.day + ' ' + hhmm(r.at)), h('td', {}, r.number), h('td', {}, r.counter || '—'),
        h('td', {}, r.score + ' ' + I18N.t('case.score.' + r.score)), h('td', {}, said(r))));
    });
  }

  function setUp() {
    var today = new Date();
    var iso = new Date(today.getTime() - today.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    if (!el('ratings-to').value) { el('ratings-to').value = iso; }
    if (!el('ratings-from').value) { el('ratings-from').value = iso.slice(0, 8) + '01'; }
    el('cases-status').onchange = refresh;
    el('ratings-search').onclick = searchRatings;
  }

  I18N.onchange(function () { if (timer) { renderCases(); renderRatings(); } });

  global.CasesPanel = {
    start: function () {
      if (timer) { return; }
      setUp();
      refresh();
      timer = setInterval(function () {
        var active = global.document.activeElement;
        if (!(active && active.classList && active.classList.contains('case-note'))) { refresh(); }
      }, REFRESH_MS);
    },
    stop: function () { clearInterval(timer); timer = null; },
    refresh: refresh
  };
})(window);
