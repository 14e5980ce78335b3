/*
 * Announcements for the hall board: a two-tone chime (WebAudio), then the call spoken in
 * Mandarin and then English (speechSynthesis). Calls queue up and are spoken one at a time.
 * Each part is optional: with no audio or no voices the board still shows every call.
 */
(function (global) {
  'use strict';
  var ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  var queue = [];
  var speaking = false;
  var audio = null;

  function audioContext() {
    if (audio) { return audio; }
    var Ctx = global.AudioContext || global.webkitAudioContext;
    if (!Ctx) { return null; }
    try { audio = new Ctx(); } catch (e) { audio = null; }
    return audio;
  }

  /** True when the browser holds sound back until someone touches the screen. */
  function blocked() {
    var ctx = audioContext();
    return !!ctx && ctx.state === 'suspended';
  }

  function unlock() {
    var ctx = audioContext();
    if (ctx && ctx.resume) { ctx.resume(); }
    // Speaking once inside a user gesture lets later announcements through.
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

  function next() {
    if (speaking || !queue.length) { return; }
    speaking = true;
    var call = queue.shift();
    var counterZh = (call.counterName && call.counterName.zh) || (call.counter + '号窗口');
    var counterEn = (call.counterName && call.counterName.en) || ('window ' + call.counter);
    var zh = (call.recall ? '再次呼叫，' : '') + '请 ' + zhNumber(call.number) + ' 号，到 ' + counterZh + ' 办理';
    var en = (call.recall ? 'Calling again. ' : '') + 'Number ' + enNumber(call.number) + ', please go to ' + counterEn + '.';
    chime()
      .then(function () { return say(zh, 'zh-CN'); })
      .then(function () { return say(en, 'en-US'); })
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
    unlock: unlock
  };
})(window);
