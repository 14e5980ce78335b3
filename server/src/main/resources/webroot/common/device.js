/*
 * Pairing for the pages that act in the hall's name (kiosk, rating pad): the first time a page opens
 * it asks the hub to pair, shows the six-digit code big, and waits for a manager to type that code in
 * the manager console (设备). The token it gets is kept in localStorage; the page checks in every 30 s,
 * which keeps it "online" in the manager's list and notices at once when its pairing was revoked.
 *
 * Device.start({kind, name, onReady(device)}): onReady runs once paired (and again after a re-pairing).
 */
(function (global) {
  'use strict';
  var CHECK_IN_MS = 30000;
  var POLL_MS = 2000;
  var h = global.UI.h;

  I18N.add({
    'dev.pairTitle': { zh: '本机尚未配对', en: 'This device is not paired yet' },
    'dev.revoked': { zh: '本机的配对已被管理员撤销，暂停使用。请联系大厅管理员重新配对。', en: 'A manager revoked this device\'s pairing; it is out of service until it is paired again.' },
    'dev.codeLabel': { zh: '配对码', en: 'Pairing code' },
    'dev.howTo': { zh: '请大厅管理员打开管理台「设备」，在待配对设备中输入此配对码并选择本机。', en: 'Ask a hall manager to open Devices in the manager console, enter this code for the waiting device and choose this device.' },
    'dev.kind.kiosk': { zh: '取号机', en: 'Kiosk' },
    'dev.kind.pad': { zh: '评价器', en: 'Rating pad' },
    'dev.expires': { zh: '配对码 {n} 分钟内有效，过期后自动更换', en: 'The code is valid for {n} min and then renews itself' },
    'dev.asking': { zh: '正在向服务器申请配对…', en: 'Asking the hub to pair…' },
    'dev.paired': { zh: '配对成功', en: 'Paired' }
  });

  function Device(options) {
    this.kind = options.kind;
    this.name = options.name || null;
    this.onReady = options.onReady;
    this.device = null;
    this.pairing = null;
    this.revoked = false;
    this.screen = null;
    this.pollTimer = null;
  }

  Device.prototype.start = function () {
    var self = this;
    Api.useDeviceToken(self.kind);
    Api.onDeviceUnpaired(function () { if (self.device) { self.lost(); } });
    if (Api.deviceToken()) { self.checkIn(); } else { self.askToPair(); }
    setInterval(function () { if (self.device) { self.checkIn(); } }, CHECK_IN_MS);
    I18N.onchange(function () { self.render(); });
    return self;
  };

  /** Confirms the token: 401 means revoked (or never valid); a network failure keeps the token and retries. */
  Device.prototype.checkIn = function () {
    var self = this;
    Api.get('/devices/me', { timeout: 8000 }).then(function (device) {
      var first = !self.device;
      self.device = device;
      self.hide();
      if (first) { self.onReady(device); }
    }, function (e) {
      if (e.status === 401) {
        self.lost();
      } else if (!self.device) {
        setTimeout(function () { self.checkIn(); }, POLL_MS);
      }
    });
  };

  /** The hub no longer accepts this device's token: say so, and ask to pair again. */
  Device.prototype.lost = function () {
    Api.setDeviceToken(null);
    this.revoked = true;
    this.device = null;
    this.askToPair();
  };

  Device.prototype.askToPair = function () {
    var self = this;
    clearTimeout(self.pollTimer);
    self.pairing = null;
    self.render();
    Api.post('/pairings', self.name ? { kind: self.kind, name: self.name } : { kind: self.kind }, { timeout: 8000 })
      .then(function (pairing) {
        self.pairing = pairing;
        self.render();
        self.poll();
      }, function () {
        self.pollTimer = setTimeout(function () { self.askToPair(); }, POLL_MS * 2);
      });
  };

  Device.prototype.poll = function () {
    var self = this;
    self.pollTimer = setTimeout(function () {
      if (!self.pairing) { return; }
      Api.get('/pairings/' + encodeURIComponent(self.pairing.id), { timeout: 8000 }).then(function (answer) {
        if (answer.status === 'approved' && answer.token) {
          Api.setDeviceToken(answer.token);
          self.pairing = null;
          self.revoked = false;
          self.checkIn();
        } else if (answer.status === 'pending') {
          self.poll();
        } else {
          self.askToPair(); // refused, expired, or approved but the token went elsewhere: start again
        }
      }, function (e) {
        if (e.status === 404) { self.askToPair(); } else { self.poll(); }
      });
    }, POLL_MS);
  };

  /** The pairing screen covers the whole page: a kiosk or pad that is not paired offers nothing to tap. */
  Device.prototype.render = function () {
    if (this.device) { return; }
    if (!this.screen) {
      this.screen = h('section', { class: 'pairing-screen', id: 'pairing', role: 'dialog', 'aria-modal': 'true',
        'aria-labelledby': 'pairing-title' });
      document.body.appendChild(this.screen);
    }
    var s = this.screen;
    s.hidden = false;
    s.textContent = '';
    s.appendChild(h('h1', { id: 'pairing-title' }, I18N.t('dev.pairTitle')));
    if (this.revoked) { s.appendChild(h('p', { class: 'notice notice-error pairing-revoked' }, I18N.t('dev.revoked'))); }
    s.appendChild(h('p', { class: 'pairing-kind' }, I18N.t('dev.kind.' + this.kind) + (this.name ? ' · ' + this.name : '')));
    if (!this.pairing) {
      s.appendChild(h('p', { class: 'lead' }, I18N.t('dev.asking')));
      return;
    }
    s.appendChild(h('p', { class: 'pairing-label' }, I18N.t('dev.codeLabel')));
    s.appendChild(h('p', { class: 'pairing-code num', id: 'pairing-code', 'aria-label': this.pairing.code.split('').join(' ') },
      this.pairing.code.slice(0, 3) + ' ' + this.pairing.code.slice(3)));
    s.appendChild(h('p', { class: 'lead' }, I18N.t('dev.howTo')));
    s.appendChild(h('p', { class: 'muted' }, I18N.t('dev.expires', { n: 10 })));
  };

  Device.prototype.hide = function () {
    if (this.screen) { this.screen.hidden = true; }
  };

  global.Device = {
    start: function (options) { return new Device(options).start(); }
  };
})(window);
