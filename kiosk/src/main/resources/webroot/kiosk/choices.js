/*
 * The kiosk's choices, without the DOM: matters grouped by the hall file's departments, pages of at most
 * a few choices, the pinyin-initials search, the words for a line's state and for the hall's hours.
 */
(function (global) {
  'use strict';
  var DAYS = {
    zh: ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    en: ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
  };

  /** [{key, name, services}] in hall-file order; empty when no service names a department. */
  function departments(services) {
    var groups = [];
    var byKey = {};
    var any = services.some(function (s) { return !!s.department; });
    if (!any) { return []; }
    services.forEach(function (s) {
      var name = s.department || { zh: '其他业务', en: 'Other matters' };
      var key = name.zh;
      if (!byKey[key]) {
        byKey[key] = { key: key, name: name, services: [] };
        groups.push(byKey[key]);
      }
      byKey[key].services.push(s);
    });
    return groups;
  }

  /** The page of a list: {items, page, pages}. */
  function page(list, index, size) {
    var pages = Math.max(1, Math.ceil(list.length / size));
    var p = Math.min(Math.max(0, index), pages - 1);
    return { items: list.slice(p * size, p * size + size), page: p, pages: pages };
  }

  /** Initials of the English name when the hall file gives no pinyin: "Tax services" → "ts". */
  function initials(s) {
    if (s.pinyin) { return s.pinyin.toLowerCase(); }
    var en = (s.name && s.name.en) || '';
    return en.toLowerCase().split(/[^a-z]+/).filter(Boolean).map(function (w) { return w.charAt(0); }).join('');
  }

  /** Matters whose initials start with what was typed first, then those that contain it. */
  function search(services, typed) {
    var q = String(typed || '').toLowerCase();
    if (!q) { return []; }
    var starts = [];
    var contains = [];
    services.forEach(function (s) {
      var i = initials(s);
      if (i.indexOf(q) === 0) { starts.push(s); } else if (i.indexOf(q) > 0) { contains.push(s); }
    });
    return starts.concat(contains);
  }

  /** "周一至周五 08:30–17:30；周六 09:00–12:00" */
  function hours(lines, lang) {
    var names = DAYS[lang] || DAYS.zh;
    return (lines || []).map(function (line) {
      var days = (line.days || []).slice().sort();
      var run = days.length > 1 && days[days.length - 1] - days[0] === days.length - 1;
      var dayText = run ? names[days[0]] + (lang === 'zh' ? '至' : '–') + names[days[days.length - 1]]
        : days.map(function (d) { return names[d]; }).join(lang === 'zh' ? '、' : ', ');
      return dayText + ' ' + line.open + '–' + line.close;
    }).join(lang === 'zh' ? '；' : '; ');
  }

  /** Why a line takes no ticket now, as an i18n key; null when it does. */
  function closedReason(hall, s) {
    if (hall.open === false) { return 'kiosk.closedHours'; }
    if (s.stopped) { return 'kiosk.stopped'; }
    if (s.dailyQuota != null && s.issuedToday != null && s.issuedToday >= s.dailyQuota) { return 'kiosk.quotaFull'; }
    if (s.open === false) { return 'kiosk.closed'; }
    return null;
  }

  global.KioskChoices = { departments: departments, page: page, search: search, initials: initials, hours: hours,
    closedReason: closedReason };
})(window);
