/*
 * Announcements for the hall board: a two-tone chime (WebAudio), then the hub's own recording of the
 * call (hall.called's `audio`: a WAV the hub renders offline, CONTRACT §8) on one <audio> element.
 * Calls queue up and play one at a time, in order; a recall is announced again. Where the hub sends no
 * audio the board falls back on the browser's speech synthesis, and with no sound at all it still
 * shows every call. A hall TV needs Chromium's --autoplay-policy=no-user-gesture-required (README):
 * without it sound waits for a touch and the board says "声音未开启".
 */
(function (global) {
  'use strict';
  var ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  var MAX_CLIP_MS = 20000;
  var queue = [];
  var speaking = false;
  var audio = null;
  var soundBlocked = false;
  var listeners = [];
  var player = null;

  function audioContext() {
    if (audio) { return audio; }
    var Ctx = global.AudioContext || global.webkitAudioContext;
    if (!Ctx) { return null; }
    try { audio = new Ctx(); } catch (e) { audio = null; }
    return audio;
  }

  function element() {
    if (!player) {
      player = global.document.getElementById('announcer') || global.document.createElement('audio');
      player.preload = 'auto';
    }
    return player;
  }

  function setBlocked(on) {
    if (soundBlocked === on) { return; }
    soundBlocked = on;
    listeners.forEach(function (fn) { fn(on); });
  }

  /** True while the browser holds sound back until someone touches the screen. */
  function blocked() {
    var ctx = audioContext();
    return soundBlocked || (!!ctx && ctx.state === 'suspended');
  }

  function unlock() {
    var ctx = audioContext();
    if (ctx && ctx.resume) { ctx.resume().then(function () { setBlocked(false); }, function () {}); }
    // Playing (silently) inside a user gesture lets later announcements through.
    var el = element();
    try {
      el.muted = true;
      var p = el.play();
      if (p && p.then) { p.then(function () { el.pause(); el.muted = false; setBlocked(false); }, function () { el.muted = false; }); }
    } catch (e) { el.muted = false; }
    if (global.speechSynthesis) {
      try {
        var u = new SpeechSynthesisUtterance(' ');
        u.volume = 0;
        global.speechSynthesis.speak(u);
      } catch (e) { /* ignore */ }
    }
  }

  function chime() {
    return new Promise(function (resolve) {
      var ctx = audioContext();
      if (!ctx || ctx.state === 'suspended') { resolve(); return; }
      try {
        var t0 = ctx.currentTime + 0.05;
        [[659.25, 0], [523.25, 0.45]].forEach(function (tone) {
          var osc = ctx.createOscillator();
          var gain = ctx.createGain();
          osc.type = 'sine';
          osc.frequency.value = tone[0];
          gain.gain.setValueAtTime(0.0001, t0 + tone[1]);
          gain.gain.exponentialRampToValueAtTime(0.5, t0 + tone[1] + 0.03);
          gain.gain.exponentialRampToValueAtTime(0.0001, t0 + tone[1] + 0.8);
          osc.connect(gain);
          gain.connect(ctx.destination);
          osc.start(t0 + tone[1]);
          osc.stop(t0 + tone[1] + 0.85);
        });
        setTimeout(resolve, 1350);
      } catch (e) {
        resolve();
      }
    });
  }

  /** Plays the hub's WAV of the call; resolves when it has ended (or failed, or was blocked). */
  function play(src, call) {
    return new Promise(function (resolve) {
      var el = element();
      var done = false;
      var guard = null;
      function finish(ended) {
        if (done) { return; }
        done = true;
        clearTimeout(guard);
        el.removeEventListener('ended', onEnded);
        el.removeEventListener('error', onError);
        if (ended) {
          // A marker for tests and device checks: which calls the board has finished announcing.
          var root = global.document.documentElement;
          root.setAttribute('data-announced', ((root.getAttribute('data-announced') || '') + ' ' + call.ticket).trim());
        }
        resolve(ended);
      }
      function onEnded() { setBlocked(false); finish(true); }
      function onError() { finish(false); }
      el.addEventListener('ended', onEnded);
      el.addEventListener('error', onError);
      el.src = src;
      guard = setTimeout(function () { finish(false); }, MAX_CLIP_MS);
      var p;
      try { p = el.play(); } catch (e) { finish(false); return; }
      if (p && p.then) {
        p.then(function () { setBlocked(false); }, function (e) {
          if (e && e.name === 'NotAllowedError') { setBlocked(true); }
          finish(false);
        });
      }
    });
  }

  function voiceFor(lang) {
    var voices = global.speechSynthesis.getVoices() || [];
    var prefix = lang.toLowerCase().slice(0, 2);
    return voices.filter(function (v) { return v.lang && v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase(); })[0]
      || voices.filter(function (v) { return v.lang && v.lang.toLowerCase().indexOf(prefix) === 0; })[0]
      || null;
  }

  function say(text, lang) {
    return new Promise(function (resolve) {
      if (!global.speechSynthesis || !global.SpeechSynthesisUtterance) { resolve(); return; }
      var done = false;
      function finish() { if (!done) { done = true; resolve(); } }
      try {
        var u = new SpeechSynthesisUtterance(text);
        u.lang = lang;
        u.rate = lang === 'zh-CN' ? 0.85 : 0.9;
        var v = voiceFor(lang);
        if (v) { u.voice = v; }
        u.onend = finish;
        u.onerror = finish;
        global.speechSynthesis.speak(u);
        // onend does not always fire (no voice, engine hiccup): never let the queue stall.
        setTimeout(finish, 2500 + text.length * 250);
      } catch (e) {
        finish();
      }
    });
  }

  /** "A012" → "A 零 一 二" so the number is read digit by digit, as halls do. */
  function zhNumber(number) {
    return String(number).split('').map(function (c) {
      return /[0-9]/.test(c) ? ZH_DIGITS[+c] : c;
    }).join(' ');
  }
  function enNumber(number) { return String(number).split('').join(' '); }

  function speakInBrowser(call) {
    var counterZh = (call.counterName && call.counterName.zh) || (call.counter + '号窗口');
    var counterEn = (call.counterName && call.counterName.en) || ('window ' + call.counter);
    var zh = (call.recall ? '再次呼叫，' : '') + '请 ' + zhNumber(call.number) + ' 号，到 ' + counterZh + ' 办理';
    var en = (call.recall ? 'Calling again. ' : '') + 'Number ' + enNumber(call.number) + ', please go to ' + counterEn + '.';
    return say(zh, 'zh-CN').then(function () { return say(en, 'en-US'); });
  }

  function next() {
    if (speaking || !queue.length) { return; }
    speaking = true;
    var call = queue.shift();
    chime()
      .then(function () { return call.audio ? play(call.audio, call) : speakInBrowser(call); })
      .then(function () { speaking = false; next(); }, function () { speaking = false; next(); });
  }

  global.Voice = {
    announce: function (call) {
      // A long backlog after a reconnect is worse than silence: keep the latest few.
      queue.push(call);
      if (queue.length > 4) { queue.splice(0, queue.length - 4); }
      next();
    },
    blocked: blocked,
    unlock: unlock,
    /** fn(blocked) whenever the browser starts or stops holding sound back. */
    onBlockedChange: function (fn) { listeners.push(fn); }
  };
})(window);
