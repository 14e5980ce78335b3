/* Small DOM helpers shared by the OneWindow pages. */
(function (global) {
  'use strict';
  var doc = global.document;

  /** h('div', {class: 'x', 'data-id': 1, onclick: fn}, 'text', childNode, [more]) */
  function h(tag, attrs) {
    var el = doc.createElement(tag);
    var a = attrs || {};
    Object.keys(a).forEach(function (k) {
      var v = a[k];
      if (v == null || v === false) { return; }
      if (k.indexOf('on') === 0 && typeof v === 'function') { el.addEventListener(k.slice(2), v); }
      else if (k === 'class') { el.className = v; }
      else if (k === 'text') { el.textContent = v; }
      else { el.setAttribute(k, v === true ? '' : v); }
    });
    for (var i = 2; i < arguments.length; i++) { append(el, arguments[i]); }
    return el;
  }
  function append(el, child) {
    if (child == null || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(el, c); }); return; }
    el.appendChild(typeof child === 'object' ? child : doc.createTextNode(String(child)));
  }

  function pad(n) { return n < 10 ? '0' + n : String(n); }

  /** Keeps el showing the local time (and date, if withDate). */
  function clock(el, withDate) {
    function tick() {
      var d = new Date();
      var time = pad(d.getHours()) + ':' + pad(d.getMinutes());
      el.textContent = withDate ? d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + '  ' + time : time;
    }
    tick();
    setInterval(tick, 10000);
  }

  /** Calls fn after ms without a touch, click or key; returns {reset, stop}. */
  function idle(ms, fn) {
    var timer = null;
    var deadline = 0;
    function reset() { clearTimeout(timer); deadline = Date.now() + ms; timer = setTimeout(fn, ms); }
    ['pointerdown', 'keydown', 'touchstart'].forEach(function (type) {
      doc.addEventListener(type, function () { if (timer) { reset(); } }, { passive: true });
    });
    return {
      reset: reset,
      stop: function () { clearTimeout(timer); timer = null; },
      remaining: function () { return timer ? Math.max(0, deadline - Date.now()) : 0; }
    };
  }

  function hhmm(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return isNaN(d) ? '' : pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function minutesBetween(fromIso, toIso) {
    if (!fromIso) { return null; }
    var from = new Date(fromIso).getTime();
    var to = toIso ? new Date(toIso).getTime() : Date.now();
    if (isNaN(from) || isNaN(to)) { return null; }
    return Math.max(0, Math.round((to - from) / 60000));
  }

  /**
   * The wait a ticket or a line shows: its range when the forecast gives one (the 20th to 80th percentile,
   * "约 15–25 分钟" / "about 15–25 min"), else its minutes, else noWait.
   */
  function waitText(t, noWait) {
    var range = t.estimatedWaitRange;
    if (range && range[1] > range[0]) {
      return I18N.lang === 'zh' ? '约 ' + range[0] + '–' + range[1] + ' 分钟' : 'about ' + range[0] + '–' + range[1] + ' min';
    }
    return t.estimatedWaitMinutes > 0 ? I18N.t('common.minutes', { n: t.estimatedWaitMinutes }) : noWait;
  }

  function param(name) {
    return new URLSearchParams(global.location.search).get(name);
  }

  /** Show exactly one of the page's .screen sections. */
  function show(id) {
    doc.querySelectorAll('.screen').forEach(function (s) { s.hidden = s.id !== id; });
  }

  global.UI = { h: h, clock: clock, idle: idle, hhmm: hhmm, minutesBetween: minutesBetween, param: param, show: show, waitText: waitText };
})(window);
