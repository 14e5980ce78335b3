/*
 * A small client of the Vert.x SockJS event-bus bridge over a plain WebSocket
 * (/eventbus/websocket). Frames are JSON text: {"type":"register","address":…} out,
 * {"type":"rec","address":…,"body":…} in, {"type":"ping"} every 5 s.
 * Kiosks and boards run 24/7: it reconnects forever, every 0.5–2 s (a hall has a few dozen screens,
 * not thousands: a short cap costs the hub nothing and brings every page back within seconds of the
 * hub answering, however long the outage), and registers its addresses again.
 */
(function (global) {
  'use strict';
  var PING_MS = 5000;
  var MAX_BACKOFF_MS = 2000;
  var DOWN_POLL_MS = 2000;
  var decoder = global.TextDecoder ? new TextDecoder('utf-8') : { decode: function () { return ''; } };

  function HallBus(addresses, handlers) {
    this.addresses = addresses.slice();
    this.handlers = handlers || {};
    this.onopen = this.handlers.onopen || null;    // (reconnected: boolean)
    this.onclose = this.handlers.onclose || null;  // ()
    this.attempt = 0;
    this.everOpened = false;
    this.socket = null;
    this.pinger = null;
    this.retryTimer = null;
    this.stopped = false;
    this.open = false;
  }

  HallBus.prototype.url = function () {
    var scheme = global.location.protocol === 'https:' ? 'wss://' : 'ws://';
    return scheme + global.location.host + '/eventbus/websocket';
  };

  HallBus.prototype.connect = function () {
    var self = this;
    if (self.stopped) { return self; }
    var ws;
    try {
      ws = new WebSocket(self.url());
    } catch (e) {
      self.scheduleRetry();
      return self;
    }
    self.socket = ws;
    // The bridge may send its JSON frames as binary WebSocket messages: read them as bytes.
    ws.binaryType = 'arraybuffer';
    ws.onopen = function () {
      self.attempt = 0;
      self.open = true;
      self.addresses.forEach(function (address) {
        ws.send(JSON.stringify({ type: 'register', address: address }));
      });
      self.pinger = setInterval(function () {
        if (ws.readyState === 1) { ws.send(JSON.stringify({ type: 'ping' })); }
      }, PING_MS);
      var reconnected = self.everOpened;
      self.everOpened = true;
      if (self.onopen) { self.onopen(reconnected); }
    };
    ws.onmessage = function (ev) {
      var frame;
      try {
        var text = typeof ev.data === 'string' ? ev.data : decoder.decode(ev.data);
        frame = JSON.parse(text);
      } catch (e) { return; }
      if (frame.type === 'rec' && self.handlers.onmessage) {
        try {
          self.handlers.onmessage(frame.address, frame.body);
        } catch (e) {
          if (global.console) { console.error('event handler failed', e); }
        }
      } else if (frame.type === 'err' && global.console) {
        console.warn('event bus error', frame);
      }
    };
    ws.onerror = function () { /* onclose follows and schedules the retry */ };
    ws.onclose = function () {
      clearInterval(self.pinger);
      self.pinger = null;
      var wasOpen = self.open;
      self.open = false;
      if (self.socket === ws) { self.socket = null; }
      if (wasOpen && self.onclose) { self.onclose(); }
      if (!wasOpen && self.attempt === 0 && self.onclose) { self.onclose(); }
      self.scheduleRetry();
    };
    return self;
  };

  HallBus.prototype.scheduleRetry = function () {
    var self = this;
    if (self.stopped || self.retryTimer) { return; }
    var base = Math.min(MAX_BACKOFF_MS, 500 * Math.pow(2, self.attempt));
    var delay = base / 2 + Math.random() * base / 2;
    self.attempt += 1;
    self.retryTimer = setTimeout(function () {
      self.retryTimer = null;
      self.connect();
    }, delay);
  };

  /** Try again now (for example when the browser says the network is back). */
  HallBus.prototype.retryNow = function () {
    if (this.open || this.socket || this.stopped) { return; }
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.attempt = 0;
    this.connect();
  };

  HallBus.prototype.close = function () {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pinger);
    if (this.socket) { this.socket.close(); }
  };

  /**
   * Follow the hall: fetch GET /api/v1/hall, listen to hall.state and hall.called, refetch after
   * every reconnect, poll while the socket is down (and now and then while it is up, in case a
   * half-open connection drops events), and show #conn-banner while the hall cannot be reached.
   *   opts.onState(hall), opts.onCalled(call), opts.pollMs (default 15000),
   *   opts.onConnection(up): at once when the hub stops or starts answering (no grace period)
   */
  function followHall(opts) {
    var pollMs = opts.pollMs || 15000;
    var banner = global.document.getElementById('conn-banner');
    var socketDown = false;
    var httpDown = false;
    var bannerTimer = null;

    var lastUp = true;
    function showBanner() {
      var down = socketDown || httpDown;
      if (opts.onConnection && lastUp === down) {
        lastUp = !down;
        opts.onConnection(!down);
      }
      if (!banner) { return; }
      if (down && !bannerTimer && banner.hidden) {
        // A short grace period so a quick blip does not flash a banner at visitors.
        bannerTimer = setTimeout(function () {
          bannerTimer = null;
          if (socketDown || httpDown) { banner.hidden = false; }
        }, 2500);
      } else if (!down) {
        clearTimeout(bannerTimer);
        bannerTimer = null;
        banner.hidden = true;
      }
    }

    function refetch() {
      return Api.get('/hall', { timeout: 8000 }).then(function (hall) {
        httpDown = false;
        showBanner();
        opts.onState(hall);
        return hall;
      }, function (e) {
        httpDown = e.status === 0;
        showBanner();
        if (opts.onError) { opts.onError(e); }
      });
    }

    var bus = new HallBus(['hall.state', 'hall.called'], {
      onmessage: function (address, body) {
        if (address === 'hall.state') { opts.onState(body); }
        else if (address === 'hall.called' && opts.onCalled) { opts.onCalled(body); }
      },
      onopen: function () {
        socketDown = false;
        // A marker for device checks and browser tests: the page is live.
        global.document.documentElement.setAttribute('data-bus', 'open');
        showBanner();
        refetch();
      },
      onclose: function () {
        socketDown = true;
        global.document.documentElement.setAttribute('data-bus', 'closed');
        showBanner();
      }
    });

    var sinceFetch = 0;
    setInterval(function () {
      sinceFetch += DOWN_POLL_MS;
      // Poll every 2 s while the hub is away; while the socket is up, refresh every four periods anyway.
      if (socketDown || httpDown || !bus.open || sinceFetch >= pollMs * 4) {
        sinceFetch = 0;
        refetch();
      }
    }, DOWN_POLL_MS);
    global.addEventListener('online', function () { bus.retryNow(); refetch(); });

    refetch();
    bus.connect();
    return { bus: bus, refetch: refetch };
  }

  global.HallBus = HallBus;
  global.EventBus = { HallBus: HallBus, followHall: followHall };
})(window);
