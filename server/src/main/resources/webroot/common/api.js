/*
 * OneWindow API client: JSON in and out, a timeout on every call (a kiosk must never hang),
 * errors as ApiError with the hub's {"error": {code, message}} and plain words to show.
 * Staff pages set Api.useToken(true); the token lives in sessionStorage. Paired devices (kiosks, pads)
 * set Api.useDeviceToken(): their token lives in localStorage, so it survives restarts of the browser.
 */
(function (global) {
  'use strict';
  var TOKEN_KEY = 'onewindow.token';
  var deviceTokenKey = null;
  var PREFIX = '/api/v1';
  var useToken = false;
  var useDevice = false;
  var unauthorized = null;
  var unpaired = null;

  function ApiError(status, code, message) {
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.message = message || code;
  }
  ApiError.prototype = Object.create(Error.prototype);

  /** Words for a person: our own translation for known codes, else the hub's message. */
  ApiError.prototype.words = function () {
    var key = 'err.' + this.code;
    var known = global.I18N && I18N.t(key) !== key;
    if (this.code === 'TIMEOUT') { return I18N.t('common.timeout'); }
    if (this.code === 'NETWORK') { return I18N.t('common.offline'); }
    if (known) { return I18N.t(key); }
    if (this.status === 401) { return I18N.t('err.UNAUTHORIZED'); }
    if (this.status === 403) { return I18N.t('err.FORBIDDEN'); }
    return this.message || I18N.t('common.error');
  };

  function token() {
    try { return global.sessionStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
  }
  function deviceToken() {
    try { return global.localStorage.getItem(deviceTokenKey); } catch (e) { return null; }
  }

  function request(method, path, body, options) {
    var opts = options || {};
    var timeoutMs = opts.timeout || 10000;
    var controller = global.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () { if (controller) { controller.abort(); } }, timeoutMs);
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    var tk = useDevice ? deviceToken() : useToken ? token() : null;
    if (tk) { headers['Authorization'] = 'Bearer ' + tk; }
    return fetch(PREFIX + path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller ? controller.signal : undefined,
      cache: 'no-store'
    }).then(function (res) {
      clearTimeout(timer);
      if (res.status === 204) { return null; }
      return res.text().then(function (text) {
        var json = null;
        if (text) { try { json = JSON.parse(text); } catch (e) { json = null; } }
        if (res.ok) { return json; }
        var err = json && json.error ? json.error : {};
        var apiErr = new ApiError(res.status, err.code || ('HTTP_' + res.status), err.message);
        if (res.status === 401 && useToken && unauthorized) { unauthorized(apiErr); }
        if (res.status === 401 && useDevice && unpaired && apiErr.code === 'DEVICE_NOT_PAIRED') { unpaired(apiErr); }
        throw apiErr;
      });
    }, function (e) {
      clearTimeout(timer);
      var aborted = e && e.name === 'AbortError';
      throw new ApiError(0, aborted ? 'TIMEOUT' : 'NETWORK', aborted ? 'timeout' : String(e && e.message));
    });
  }

  global.ApiError = ApiError;
  global.Api = {
    get: function (path, o) { return request('GET', path, undefined, o); },
    post: function (path, body, o) { return request('POST', path, body === undefined ? {} : body, o); },
    put: function (path, body, o) { return request('PUT', path, body, o); },
    request: request,
    useToken: function (on) { useToken = on !== false; },
    /** One token per kind of device: a kiosk and a pad page tried in one browser do not share a pairing. */
    useDeviceToken: function (kind) { useDevice = true; deviceTokenKey = 'onewindow.device.' + kind + '.token'; },
    /** Called on a device page whenever the hub says its pairing is gone (revoked): pair again. */
    onDeviceUnpaired: function (fn) { unpaired = fn; },
    deviceToken: deviceToken,
    setDeviceToken: function (value) {
      try {
        if (value) { global.localStorage.setItem(deviceTokenKey, value); }
        else { global.localStorage.removeItem(deviceTokenKey); }
      } catch (e) { /* ignore */ }
    },
    /** Called once per 401 on a staff page: go back to the login screen. */
    onUnauthorized: function (fn) { unauthorized = fn; },
    token: token,
    setToken: function (value) {
      try {
        if (value) { global.sessionStorage.setItem(TOKEN_KEY, value); }
        else { global.sessionStorage.removeItem(TOKEN_KEY); }
      } catch (e) { /* ignore */ }
    },
    /** Plain words for any error thrown by a call. */
    words: function (e) {
      return e instanceof ApiError ? e.words() : I18N.t('common.error');
    }
  };
})(window);
