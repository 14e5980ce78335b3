/*
 * Sign-in shared by the staff and manager consoles: POST /sessions, the token kept in
 * sessionStorage (gone when the tab closes), back to the sign-in screen on any 401.
 */
(function (global) {
  'use strict';
  var SESSION_KEY = 'onewindow.session';

  I18N.add({
    'staff.signIn': { zh: '工作人员登录', en: 'Staff sign-in' },
    'staff.id': { zh: '工号', en: 'Staff ID' },
    'staff.password': { zh: '密码', en: 'Password' },
    'staff.signInBtn': { zh: '登录', en: 'Sign in' },
    'staff.logout': { zh: '退出', en: 'Sign out' },
    'staff.needManager': { zh: '此页面需要管理员账号', en: 'This page needs a manager account' },
    'staff.expired': { zh: '登录已失效，请重新登录', en: 'Your session has ended. Please sign in again.' },
    'role.staff': { zh: '窗口人员', en: 'Staff' },
    'role.manager': { zh: '管理员', en: 'Manager' },
    'role.admin': { zh: '系统管理员', en: 'Administrator' }
  });

  function load() {
    try {
      var s = JSON.parse(global.sessionStorage.getItem(SESSION_KEY));
      return s && Api.token() ? s : null;
    } catch (e) { return null; }
  }

  function save(session) {
    try {
      if (session) { global.sessionStorage.setItem(SESSION_KEY, JSON.stringify({ staff: session.staff, name: session.name, role: session.role })); }
      else { global.sessionStorage.removeItem(SESSION_KEY); }
    } catch (e) { /* ignore */ }
    Api.setToken(session ? session.token : null);
  }

  var FORM = '<form id="login-form" class="card login" autocomplete="off">'
    + '<h1 data-i18n="TITLE"></h1>'
    + '<div class="field"><label for="staff" data-i18n="staff.id"></label>'
    + '<input id="staff" name="staff" autocomplete="username" autocapitalize="off" spellcheck="false" required></div>'
    + '<div class="field"><label for="password" data-i18n="staff.password"></label>'
    + '<input id="password" name="password" type="password" autocomplete="current-password" required></div>'
    + '<p id="login-error" class="notice notice-error" hidden></p>'
    + '<button type="submit" id="login" class="btn btn-primary btn-block" data-i18n="staff.signInBtn"></button>'
    + '</form>';

  /** One sign-in form for every staff page, titled by the page's data-title. */
  function renderForm() {
    var screen = document.getElementById('screen-login');
    screen.innerHTML = FORM.replace('TITLE', screen.getAttribute('data-title') || 'staff.signIn');
    I18N.apply(screen);
  }

  /**
   * opts.roles: roles allowed on this page (null = any staff)
   * opts.onSignedIn(session), opts.onSignedOut()
   */
  function init(opts) {
    Api.useToken(true);
    renderForm();
    var form = document.getElementById('login-form');
    var error = document.getElementById('login-error');
    var who = document.getElementById('who');
    var logout = document.getElementById('logout');
    var current = null;

    function showError(text) { error.textContent = text || ''; error.hidden = !text; }

    /** The badge: the staff member's name (their id on an old session) and their role, in the page's language. */
    function showWho() {
      if (!current) { return; }
      who.textContent = (current.name || current.staff) + ' · ' + I18N.t('role.' + current.role);
      who.title = current.staff;
    }
    I18N.onchange(showWho);

    function signedIn(session) {
      current = session;
      showWho();
      who.hidden = false;
      logout.hidden = false;
      showError('');
      opts.onSignedIn(session);
    }

    function signedOut(message) {
      var was = current;
      current = null;
      save(null);
      who.hidden = true;
      logout.hidden = true;
      UI.show('screen-login');
      showError(message || '');
      if (was && opts.onSignedOut) { opts.onSignedOut(); }
      var staff = document.getElementById('staff');
      if (staff) { staff.focus(); }
    }

    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var staff = document.getElementById('staff').value.trim();
      var password = document.getElementById('password').value;
      var button = document.getElementById('login');
      if (!staff || !password) { return; }
      button.disabled = true;
      showError('');
      Api.post('/sessions', { staff: staff, password: password }, { timeout: 10000 }).then(function (session) {
        button.disabled = false;
        document.getElementById('password').value = '';
        if (opts.roles && opts.roles.indexOf(session.role) < 0) {
          showError(I18N.t('staff.needManager'));
          return;
        }
        save(session);
        signedIn({ staff: session.staff, name: session.name, role: session.role });
      }, function (e) {
        button.disabled = false;
        showError(Api.words(e));
      });
    });
    logout.addEventListener('click', function () {
      // End the session on the hub too, so the token is worthless on this shared terminal.
      Api.request('DELETE', '/sessions', undefined, { timeout: 5000 }).then(null, function () { });
      signedOut('');
    });
    Api.onUnauthorized(function () { if (current) { signedOut(I18N.t('staff.expired')); } });

    var session = load();
    if (session && (!opts.roles || opts.roles.indexOf(session.role) >= 0)) { signedIn(session); }
    else { signedOut(''); }
    return { session: function () { return current; } };
  }

  global.Staff = { init: init };
})(window);
