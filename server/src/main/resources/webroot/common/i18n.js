/*
 * OneWindow i18n: Simplified Chinese first, English on request; the choice is kept in localStorage.
 * Pages register their strings with I18N.add({key: {zh, en}}) and mark elements with
 * data-i18n="key" (text), data-i18n-placeholder / data-i18n-aria-label / data-i18n-title.
 * Any element with [data-lang-toggle] switches the language on click.
 */
(function (global) {
  'use strict';
  var STORE_KEY = 'onewindow.lang';
  var strings = {};
  var listeners = [];
  var lang = 'zh';
  try {
    var saved = global.localStorage.getItem(STORE_KEY);
    if (saved === 'en' || saved === 'zh') { lang = saved; }
  } catch (e) { /* private mode: stay in zh */ }

  function pick(text, which) {
    if (text == null) { return ''; }
    if (typeof text === 'string') { return text; }
    var l = which || lang;
    if (text[l] != null) { return text[l]; }
    return text.zh || text.en || '';
  }

  function t(key, vars) {
    var entry = strings[key];
    var s = entry ? pick(entry) : key;
    if (vars) {
      s = s.replace(/\{(\w+)\}/g, function (m, name) {
        return vars[name] == null ? '' : String(vars[name]);
      });
    }
    return s;
  }

  function apply(root) {
    var scope = root || global.document;
    scope.querySelectorAll('[data-i18n]').forEach(function (el) {
      el.textContent = t(el.getAttribute('data-i18n'));
    });
    ['placeholder', 'aria-label', 'title'].forEach(function (attr) {
      scope.querySelectorAll('[data-i18n-' + attr + ']').forEach(function (el) {
        el.setAttribute(attr, t(el.getAttribute('data-i18n-' + attr)));
      });
    });
    global.document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    scope.querySelectorAll('[data-lang-toggle]').forEach(function (el) {
      // The toggle names the *other* language, in that language.
      el.textContent = lang === 'zh' ? 'English' : '中文';
      el.setAttribute('aria-label', lang === 'zh' ? 'Switch to English' : '切换到中文');
    });
  }

  function set(next) {
    if (next !== 'zh' && next !== 'en') { return; }
    lang = next;
    try { global.localStorage.setItem(STORE_KEY, lang); } catch (e) { /* ignore */ }
    apply();
    listeners.forEach(function (fn) { fn(lang); });
  }

  global.I18N = {
    get lang() { return lang; },
    add: function (table) { Object.keys(table).forEach(function (k) { strings[k] = table[k]; }); },
    t: t,
    /** A registered string in the language not shown, for bilingual boards. */
    tOther: function (key) {
      var entry = strings[key];
      return entry ? pick(entry, lang === 'zh' ? 'en' : 'zh') : key;
    },
    /** The current language's text of a {zh, en} object from the hub. */
    text: function (obj) { return pick(obj); },
    /** The other language's text, for bilingual labels. */
    other: function (obj) { return pick(obj, lang === 'zh' ? 'en' : 'zh'); },
    apply: apply,
    set: set,
    toggle: function () { set(lang === 'zh' ? 'en' : 'zh'); },
    onchange: function (fn) { listeners.push(fn); }
  };

  I18N.add({
    'common.reconnecting': { zh: '网络中断，正在重新连接…', en: 'Connection lost, reconnecting…' },
    'common.offline': { zh: '无法连接服务器，请稍候或联系工作人员', en: 'Cannot reach the server. Please wait or ask a member of staff.' },
    'common.timeout': { zh: '服务器响应超时，请稍后再试', en: 'The server did not answer in time. Please try again.' },
    'common.error': { zh: '出现问题，请稍后再试', en: 'Something went wrong. Please try again.' },
    'common.minutes': { zh: '{n} 分钟', en: '{n} min' },
    'common.people': { zh: '{n} 人', en: '{n}' },
    'err.UNKNOWN_SERVICE': { zh: '没有这项业务', en: 'This service does not exist.' },
    'err.SERVICE_CLOSED': { zh: '该业务当前暂停取号', en: 'This service is not taking tickets right now.' },
    'err.QUOTA_EXHAUSTED': { zh: '该业务今日号源已取完，请明天再来', en: 'All of today\'s tickets for this service are taken. Please come back tomorrow.' },
    'err.UNKNOWN_TICKET': { zh: '找不到这张号票', en: 'This ticket cannot be found.' },
    'err.NOT_WAITING': { zh: '该号已不在等候中', en: 'This ticket is no longer waiting.' },
    'err.NOT_SERVED': { zh: '该业务尚未办结，暂不能评价', en: 'This visit is not finished yet, so it cannot be rated.' },
    'err.ALREADY_RATED': { zh: '本次服务已评价过，谢谢', en: 'This visit has already been rated. Thank you.' },
    'err.UNKNOWN_COUNTER': { zh: '没有这个窗口', en: 'This window does not exist.' },
    'err.COUNTER_NOT_OPEN': { zh: '窗口未开启，请先开启窗口', en: 'The window is not open. Open it first.' },
    'err.NO_CURRENT_TICKET': { zh: '当前没有正在办理的号', en: 'There is no current ticket.' },
    'err.COUNTER_HELD': { zh: '该窗口正由其他工作人员使用，请选择其他窗口或请管理员接管', en: 'Another member of staff holds this window. Choose another window or ask a manager to take it over.' },
    'err.OUTSIDE_SKILLS': { zh: '超出该窗口可办理的业务范围', en: 'This is outside what the window is trained for.' },
    'err.BAD_CREDENTIALS': { zh: '工号或密码不正确', en: 'Wrong staff ID or password.' },
    'err.UNAUTHORIZED': { zh: '登录已失效，请重新登录', en: 'Your session has ended. Please sign in again.' },
    'err.FORBIDDEN': { zh: '当前账号没有此权限', en: 'This account is not allowed to do that.' },
    'err.BAD_TICKET_KEY': { zh: '请扫描号票上的二维码后再操作', en: 'Please scan the QR code on your ticket first.' },
    'err.RATING_CLOSED': { zh: '本次评价已结束，可扫描号票二维码在手机上评价', en: 'Rating here has ended; you can still rate by scanning your ticket\'s QR code.' },
    'err.BAD_PAIRING_CODE': { zh: '配对码不正确，请核对设备屏幕上的数字', en: 'That is not the code on the device screen. Check the digits.' },
    'err.PAIRING_SETTLED': { zh: '该配对请求已处理或已过期', en: 'This pairing request is already settled or has expired.' },
    'err.UNKNOWN_PAIRING': { zh: '配对请求已过期，设备会自动显示新的配对码', en: 'The pairing request has expired; the device will show a new code.' },
    'err.WRONG_DEVICE_KIND': { zh: '设备类型不符，请选择同类设备', en: 'This is a different kind of device; choose one of the same kind.' },
    'err.UNKNOWN_DEVICE': { zh: '大厅配置中没有这个设备', en: 'The hall file declares no such device.' },
    'err.TOO_MANY_REQUESTS': { zh: '操作过于频繁，请稍后再试', en: 'Too many requests. Please wait a moment and try again.' }
  });

  global.document.addEventListener('click', function (ev) {
    var el = ev.target.closest && ev.target.closest('[data-lang-toggle]');
    if (el) { ev.preventDefault(); I18N.toggle(); }
  });
})(window);
