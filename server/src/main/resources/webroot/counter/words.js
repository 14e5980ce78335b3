/*
 * Every message the counter console shows for a refused request, in the console's language. The hub's own
 * words are English for operators; a clerk reads these instead: the code picks the words, the console adds
 * what it knows (the window a transfer aimed at, the ticket being served). A code without words here or in
 * common/i18n.js gets the generic message with the code, never the hub's English.
 */
(function (global) {
  'use strict';
  I18N.add({
    'con.err.targetClosed': { zh: '{window}未开启，无法转移', en: '{window} is not open, so the ticket cannot be transferred there.' },
    'con.err.targetSkills': { zh: '{window}不办理“{service}”，无法转移', en: '{window} does not handle {service}, so the ticket cannot be transferred there.' },
    'con.err.targetGone': { zh: '转移目标已不存在，请重新选择', en: 'That transfer target no longer exists. Choose another.' },
    'con.err.COUNTER_NOT_OPEN': { zh: '本窗口未开启，请先开启窗口（O 键或小键盘 /）', en: 'This window is not open. Open it first (O, or / on the keypad).' },
    'con.err.TICKET_IN_SERVICE': { zh: '{number} 仍在办理，请先办结、过号或转移，再关闭窗口', en: '{number} is still being served: complete it, mark it no-show or transfer it before closing the window.' },
    'con.err.TICKET_IN_SERVICE.none': { zh: '仍有号在办理，请先办结、过号或转移，再关闭窗口', en: 'A ticket is still being served: complete it, mark it no-show or transfer it before closing the window.' },
    'con.err.NO_CURRENT_TICKET': { zh: '当前没有正在办理的号，请先叫号', en: 'There is no current ticket. Call the next one first.' },
    'con.err.COUNTER_NOT_HELD': { zh: '窗口未开启，请先在窗口工作台开启', en: 'The window is not open. Open it on the window console first.' },
    'con.err.UNKNOWN_SERVICE': { zh: '没有这项业务，请刷新页面后重试', en: 'This service no longer exists. Reload the page and try again.' },
    'con.err.UNKNOWN_COUNTER': { zh: '没有这个窗口，请刷新页面后重新选择', en: 'This window no longer exists. Reload the page and choose again.' },
    'con.err.BAD_REQUEST': { zh: '请求有误，请刷新页面后重试', en: 'The request was not understood. Reload the page and try again.' },
    'con.err.UNAUTHENTICATED': { zh: '登录已失效，请重新登录', en: 'Your session has ended. Please sign in again.' },
    'con.err.SESSION_EXPIRED': { zh: '登录已失效，请重新登录', en: 'Your session has ended. Please sign in again.' },
    'con.err.UNAVAILABLE': { zh: '服务器暂时无法完成此操作，请稍后再试', en: 'The hub could not do this just now. Please try again.' },
    'con.err.reload': { zh: '页面与服务器不匹配，请刷新页面后重试（{code}）', en: 'This page does not match the hub. Reload the page and try again ({code}).' },
    'con.err.other': { zh: '出现问题，请稍后再试（{code}）', en: 'Something went wrong. Please try again ({code}).' }
  });

  /** Codes of a page that no longer matches the hub (or a request it should never have sent). */
  var RELOAD = ['NOT_FOUND', 'METHOD_NOT_ALLOWED', 'UNSUPPORTED_MEDIA_TYPE', 'BODY_TOO_LARGE', 'FOREIGN_ORIGIN', 'BAD_HOST'];

  function has(key) { return I18N.t(key) !== key; }

  /**
   * e: an ApiError (or anything with code/status); ctx: {action, target: {counter?, service?}, counterName,
   * serviceName, number} as far as the console knows them.
   */
  function of(e, ctx) {
    var c = ctx || {};
    var code = e && e.code;
    if (!code) { return I18N.t('common.error'); }
    if (code === 'TIMEOUT') { return I18N.t('common.timeout'); }
    if (code === 'NETWORK') { return I18N.t('common.offline'); }
    if (c.action === 'transfer' && c.target && c.target.counter) {
      if (code === 'COUNTER_NOT_OPEN') { return I18N.t('con.err.targetClosed', { window: c.counterName }); }
      if (code === 'OUTSIDE_SKILLS') { return I18N.t('con.err.targetSkills', { window: c.counterName, service: c.serviceName }); }
      if (code === 'UNKNOWN_COUNTER') { return I18N.t('con.err.targetGone'); }
    }
    if (c.action === 'transfer' && code === 'UNKNOWN_SERVICE') { return I18N.t('con.err.targetGone'); }
    if (code === 'TICKET_IN_SERVICE') {
      return c.number ? I18N.t('con.err.TICKET_IN_SERVICE', { number: c.number }) : I18N.t('con.err.TICKET_IN_SERVICE.none');
    }
    if (has('con.err.' + code)) { return I18N.t('con.err.' + code); }
    if (has('err.' + code)) { return I18N.t('err.' + code); }
    if (RELOAD.indexOf(code) >= 0) { return I18N.t('con.err.reload', { code: code }); }
    if (e.status === 401) { return I18N.t('err.UNAUTHORIZED'); }
    if (e.status === 403) { return I18N.t('err.FORBIDDEN'); }
    return I18N.t('con.err.other', { code: code });
  }

  global.CounterWords = { of: of };
})(window);
