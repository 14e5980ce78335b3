/*
 * The counter console's keys: a letter per action on the keyboard, and a USB numeric keypad as a caller
 * keypad. Keypad keys are read by event.code (NumpadAdd, Numpad0, …), which names the key whether NumLock
 * is on (key "0") or off (key "Insert"); a keypad that reports no code is read by its key and location.
 *
 *   keyboard  N call next · R recall · S no-show · C complete · T transfer · O open · P pause · X close
 *   keypad    + or Enter call next · . recall · 0 no-show · − complete · * transfer (then the window's
 *             digits and + or Enter; * again or Esc cancels) · / open, or pause an open window
 *
 * Closing the window has no keypad key: a stray press must never close a window in the middle of the day.
 */
(function (global) {
  'use strict';
  var LETTERS = { n: 'call', r: 'recall', s: 'noShow', c: 'complete', t: 'transfer', o: 'open', p: 'pause', x: 'close' };
  var PAD = {
    NumpadEnter: 'call', NumpadAdd: 'call', NumpadDecimal: 'recall', NumpadComma: 'recall', Numpad0: 'noShow',
    NumpadSubtract: 'complete', NumpadMultiply: 'transfer', NumpadDivide: 'openOrPause'
  };
  /** A keypad's keys by what they type, with NumLock on and off, for keypads that report no code. */
  var PAD_KEYS = {
    Enter: 'NumpadEnter', '+': 'NumpadAdd', '.': 'NumpadDecimal', ',': 'NumpadDecimal', Delete: 'NumpadDecimal',
    '-': 'NumpadSubtract', '*': 'NumpadMultiply', '/': 'NumpadDivide', '0': 'Numpad0', Insert: 'Numpad0',
    '1': 'Numpad1', End: 'Numpad1', '2': 'Numpad2', ArrowDown: 'Numpad2', '3': 'Numpad3', PageDown: 'Numpad3',
    '4': 'Numpad4', ArrowLeft: 'Numpad4', '5': 'Numpad5', Clear: 'Numpad5', '6': 'Numpad6', ArrowRight: 'Numpad6',
    '7': 'Numpad7', Home: 'Numpad7', '8': 'Numpad8', ArrowUp: 'Numpad8', '9': 'Numpad9', PageUp: 'Numpad9'
  };
  var NUMPAD_LOCATION = 3; // KeyboardEvent.DOM_KEY_LOCATION_NUMPAD

  function padCode(ev) {
    if (ev.code && /^Numpad/.test(ev.code)) { return ev.code; }
    if (ev.location === NUMPAD_LOCATION) { return PAD_KEYS[ev.key] || null; }
    return null;
  }

  function letter(ev) {
    if (ev.key && ev.key.length === 1 && /[a-z]/i.test(ev.key)) { return ev.key.toLowerCase(); }
    var m = /^Key([A-Z])$/.exec(ev.code || ''); // an input method may report key "Process"
    return m ? m[1].toLowerCase() : null;
  }

  /**
   * What a keydown asks of the console: {action, pad} for an action, {digit, pad: true} for a keypad digit
   * (Numpad0 is also "noShow": the console decides which it means), {action: 'cancel'} for Esc; null for any
   * other key, for a key held down (auto-repeat) and for any key with Ctrl, Alt, Meta or Shift.
   */
  function resolve(ev) {
    if (ev.repeat || ev.ctrlKey || ev.altKey || ev.metaKey) { return null; }
    if (ev.key === 'Escape') { return { action: 'cancel', pad: false }; }
    var pad = padCode(ev);
    if (pad) {
      var digit = /^Numpad([0-9])$/.exec(pad);
      return { action: PAD[pad] || null, digit: digit ? digit[1] : null, pad: true };
    }
    if (ev.shiftKey) { return null; }
    var l = letter(ev);
    return l && LETTERS[l] ? { action: LETTERS[l], pad: false } : null;
  }

  /** The clerk is typing or choosing in a field: letters and keypad keys belong to it, not to the console. */
  function typing(el) {
    if (!el || el === global.document.body) { return false; }
    var tag = el.tagName;
    if (tag === 'INPUT') { return ['checkbox', 'radio', 'button', 'submit', 'reset'].indexOf(el.type) < 0; }
    return tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
  }

  global.CounterKeys = { resolve: resolve, typing: typing };
})(window);
