/*
 * The manager console's rebalancing advisor: GET /advice on opening the panel and on the refresh
 * button only (the hub replays recent arrivals through the simulator for each call, so it never
 * follows hall.state), and POST /advice/{id}/apply behind a confirmation.
 */
(function (global) {
  'use strict';
  var h = UI.h;
  var OPEN_KEY = 'onewindow.manager.adviceOpen';

  I18N.add({
    'adv.title': { zh: '调度建议', en: 'Rebalancing advice' },
    'adv.show': { zh: '查看建议', en: 'Show advice' },
    'adv.hide': { zh: '收起', en: 'Hide' },
    'adv.refresh': { zh: '重新计算', en: 'Refresh' },
    'adv.working': { zh: '正在按最近 {n} 分钟的取号模拟计算，请稍候…', en: 'Working it out from the last {n} minutes of arrivals…' },
    'adv.workingFirst': { zh: '正在模拟计算，请稍候…', en: 'Working it out…' },
    'adv.basis': { zh: '依据最近 {recent} 分钟的取号模拟 · 采纳后保持 {hold} 分钟 · {at} 更新', en: 'Simulated from the last {recent} min of arrivals · a change lasts {hold} min · updated {at}' },
    'adv.autoOn': { zh: '自动调度已开启', en: 'Auto mode on' },
    'adv.autoOnHint': { zh: '系统会在限定范围内自动采纳建议', en: 'The hub applies advice itself, within limits' },
    'adv.autoOff': { zh: '自动调度未开启', en: 'Auto mode off' },
    'adv.autoOffHint': { zh: '建议需由管理员采纳', en: 'Advice waits for a manager to apply it' },
    'adv.none': { zh: '当前各业务等候均衡，无需调整', en: 'The hall is balanced: no change needed' },
    'adv.lineWait': { zh: '{service}平均等候', en: 'Mean wait for {service}' },
    'adv.hallWait': { zh: '全厅平均等候', en: 'Hall mean wait' },
    'adv.minutes': { zh: '分钟', en: 'min' },
    'adv.apply': { zh: '采纳', en: 'Apply' },
    'adv.confirm': { zh: '{counter}将增加办理{services}，持续 {hold} 分钟后自动恢复原业务。确认采纳吗？', en: '{counter} will also serve {services} for {hold} minutes, then go back to its usual services. Apply?' },
    'adv.confirmBtn': { zh: '确认采纳', en: 'Yes, apply' },
    'adv.cancel': { zh: '取消', en: 'Cancel' },
    'adv.applying': { zh: '正在采纳…', en: 'Applying…' },
    'adv.applied': { zh: '已采纳，至 {until}', en: 'Applied until {until}' },
    'adv.appliedMsg': { zh: '{counter}已增加办理{services}，至 {until} 恢复原业务', en: '{counter} now also serves {services}, until {until}' },
    'adv.outdated': { zh: '此建议是在刚才的调整之前算出的，请先点“重新计算”', en: 'Worked out before the change just made: refresh to check it again' },
    'adv.stale': { zh: '大厅情况已变化，这条建议已不适用，已重新计算', en: 'The hall has changed since this advice was worked out, so the list has been worked out again.' },
    'err.UNKNOWN_ADVICE': { zh: '这条建议已不适用', en: 'This advice no longer applies.' }
  });

  var el = function (id) { return global.document.getElementById(id); };
  var data = null;      // the last GET /advice answer
  var cards = {};       // id -> {confirming, busy, until}
  var seq = 0;          // answers to an older refresh are dropped
  var busy = false;
  var notice = null;    // [key or text, kind]
  var opts = {};
  var signed = false;

  function isOpen() { return !el('advice-body').hidden; }
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  /** HH:MM in the hall's own time: the hub writes times with the hall's offset. */
  function hallTime(iso) {
    var m = /T(\d\d):(\d\d)/.exec(iso || '');
    return m ? m[1] + ':' + m[2] : UI.hhmm(iso);
  }
  function minutes(v) {
    if (v == null || isNaN(v)) { return '—'; }
    return v < 10 ? (Math.round(v * 10) / 10).toFixed(1) : String(Math.round(v));
  }
  function servicesOf(a) {
    var names = (a.addServices || []).filter(function (s) { return s !== a.service; });
    var words = [I18N.text(a.serviceName) || a.service];
    return words.concat(names).join(I18N.lang === 'zh' ? '、' : ', ');
  }

  function say(text, kind) { notice = text ? [text, kind || 'ok'] : null; renderNotice(); }
  function renderNotice() {
    var n = el('advice-notice');
    n.textContent = notice ? notice[0] : '';
    n.className = 'notice notice-' + (notice ? notice[1] : 'ok');
    n.hidden = !notice;
  }

  function figure(label, before, after) {
    return h('div', { class: 'fig' },
      h('div', { class: 'k' }, label),
      h('div', { class: 'v num' }, minutes(before), h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '),
        h('b', { class: after < before ? 'better' : '' }, minutes(after)), ' ', h('small', null, I18N.t('adv.minutes'))));
  }

  function card(a) {
    var st = cards[a.id] || (cards[a.id] = {});
    var hold = data.holdMinutes;
    var foot;
    if (st.until) {
      foot = h('p', { class: 'advice-applied', 'data-applied': st.until }, '✓ ' + I18N.t('adv.applied', { until: hallTime(st.until) }));
    } else if (st.confirming) {
      foot = h('div', { class: 'advice-confirm', role: 'alertdialog', 'aria-label': I18N.t('adv.apply') },
        h('p', null, I18N.t('adv.confirm', { counter: I18N.text(a.counterName) || a.counter, services: servicesOf(a), hold: hold })),
        h('div', { class: 'editor-actions' },
          h('button', { type: 'button', class: 'btn', 'data-cancel': a.id, disabled: st.busy, onclick: function () { st.confirming = false; render(); } }, I18N.t('adv.cancel')),
          h('button', { type: 'button', class: 'btn btn-primary', 'data-confirm': a.id, disabled: st.busy, onclick: function () { apply(a); } },
            I18N.t(st.busy ? 'adv.applying' : 'adv.confirmBtn'))));
    } else {
      // Once any advice is applied, the others' what-ifs describe a hall that no longer exists.
      foot = h('div', { class: 'advice-actions' },
        data.changed ? h('p', { class: 'advice-outdated', 'data-outdated': '' }, I18N.t('adv.outdated')) : null,
        h('button', { type: 'button', class: 'btn btn-primary', 'data-apply': a.id, disabled: busy || data.changed,
          onclick: function () { st.confirming = true; render(); } }, I18N.t('adv.apply')));
    }
    return h('article', { class: 'advice-card' + (st.until ? ' done' : ''), 'data-advice': a.id },
      h('p', { class: 'advice-text' }, I18N.text(a.text)),
      h('div', { class: 'advice-figures' },
        figure(I18N.t('adv.lineWait', { service: I18N.text(a.serviceName) || a.service }), a.waitBefore, a.waitAfter),
        figure(I18N.t('adv.hallWait'), a.hallWaitBefore, a.hallWaitAfter)),
      foot);
  }

  function render() {
    var list = el('advice-list');
    var refresh = el('advice-refresh');
    refresh.disabled = busy;
    refresh.hidden = !isOpen();
    refresh.textContent = I18N.t(busy ? 'adv.workingFirst' : 'adv.refresh');
    el('advice-toggle').textContent = I18N.t(isOpen() ? 'adv.hide' : 'adv.show');
    el('advice-toggle').setAttribute('aria-expanded', String(isOpen()));
    list.setAttribute('aria-busy', String(busy));
    list.classList.toggle('busy', busy);
    var status = el('advice-status');
    status.textContent = busy ? I18N.t(data ? 'adv.working' : 'adv.workingFirst', { n: data && data.recentMinutes })
      : data ? I18N.t('adv.basis', { recent: data.recentMinutes, hold: data.holdMinutes, at: data.at }) : '';
    status.className = busy ? 'advice-status working' : 'advice-status muted';
    var auto = el('advice-auto');
    auto.hidden = !data;
    if (data) {
      auto.className = 'status ' + (data.auto ? 'status-open' : 'status-closed');
      auto.textContent = I18N.t(data.auto ? 'adv.autoOn' : 'adv.autoOff');
      auto.title = I18N.t(data.auto ? 'adv.autoOnHint' : 'adv.autoOffHint');
      el('advice-auto-hint').textContent = data.auto ? I18N.t('adv.autoOnHint') : '';
    }
    renderNotice();
    if (!data) { list.textContent = ''; return; }
    list.textContent = '';
    if (!data.advice.length) {
      list.appendChild(h('p', { id: 'advice-none', class: 'advice-none' }, I18N.t('adv.none')));
      return;
    }
    data.advice.forEach(function (a) { list.appendChild(card(a)); });
  }

  function load() {
    if (!signed) { return; }
    var mine = ++seq;
    busy = true;
    render();
    Api.get('/advice', { timeout: 30000 }).then(function (r) {
      if (mine !== seq) { return; }
      busy = false;
      var d = new Date();
      data = { advice: (r && r.advice) || [], auto: !!(r && r.auto), holdMinutes: r && r.holdMinutes,
        recentMinutes: r && r.recentMinutes, at: pad(d.getHours()) + ':' + pad(d.getMinutes()) };
      cards = {};
      render();
    }, function (e) {
      if (mine !== seq) { return; }
      busy = false;
      if (e.status !== 401) { say(Api.words(e), 'error'); }
      render();
    });
  }

  function apply(a) {
    var st = cards[a.id];
    st.busy = true;
    say('');
    render();
    Api.post('/advice/' + encodeURIComponent(a.id) + '/apply', {}, { timeout: 15000 }).then(function (r) {
      st.busy = false;
      st.confirming = false;
      st.until = (r && r.until) || '';
      data.changed = true;
      say(I18N.t('adv.appliedMsg', { counter: I18N.text(a.counterName) || a.counter, services: servicesOf(a), until: hallTime(st.until) }), 'ok');
      render();
      if (opts.onApplied) { opts.onApplied(r && r.counter); }
    }, function (e) {
      st.busy = false;
      st.confirming = false;
      if (e.code === 'UNKNOWN_ADVICE') {
        say(I18N.t('adv.stale'), 'warn');
        load();
      } else {
        if (e.status !== 401) { say(Api.words(e), 'error'); }
        render();
      }
    });
  }

  function setOpen(open) {
    el('advice-body').hidden = !open;
    try { global.localStorage.setItem(OPEN_KEY, open ? '1' : '0'); } catch (e) { /* ignore */ }
    if (open) { say(''); load(); } else { seq++; busy = false; render(); }
  }

  el('advice-toggle').addEventListener('click', function () { setOpen(!isOpen()); });
  el('advice-refresh').addEventListener('click', function () { say(''); load(); });
  I18N.onchange(render);
  render();

  global.AdvicePanel = {
    /** opts.onApplied(counter): a window's profile changed, refresh the windows table. */
    start: function (o) {
      opts = o || {};
      signed = true;
      var remembered = false;
      try { remembered = global.localStorage.getItem(OPEN_KEY) === '1'; } catch (e) { /* ignore */ }
      if (isOpen() || remembered) { setOpen(true); }
    },
    stop: function () {
      signed = false;
      seq++;
      busy = false;
      data = null;
      cards = {};
      notice = null;
      render();
    }
  };
})(window);
