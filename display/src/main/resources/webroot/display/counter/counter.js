/* One window's display: its name and the number it is serving, or that it is paused. */
(function () {
  'use strict';
  var id = UI.param('id') || '1';

  I18N.add({
    'win.serving': { zh: '正在办理', en: 'Now serving' },
    'win.welcome': { zh: '欢迎光临', en: 'Welcome' },
    'win.paused': { zh: '暂停服务', en: 'Paused' },
    'win.closed': { zh: '本窗口暂未开放', en: 'This window is closed' },
    'win.handles': { zh: '办理业务：', en: 'Services:' },
    'win.all': { zh: '综合受理（全部业务）', en: 'All services' },
    'win.unknown': { zh: '找不到这个窗口，请检查地址中的 id', en: 'This window does not exist; check the id in the address' }
  });

  var hall = null;

  function render() {
    if (!hall) { return; }
    var c = (hall.counters || []).filter(function (x) { return String(x.id) === String(id); })[0];
    document.getElementById('not-found').hidden = !!c;
    if (!c) { return; }
    document.getElementById('counter-name').textContent = I18N.text(c.name) || c.id;
    document.getElementById('counter-name-other').textContent = I18N.other(c.name);
    var number = c.currentNumber;
    var stateText = document.getElementById('state-text');
    function bilingual(key) {
      stateText.textContent = I18N.t(key);
      stateText.appendChild(UI.h('small', null, I18N.tOther(key)));
    }
    var showNumber = !!number;
    if (!showNumber) {
      bilingual(c.status === 'paused' ? 'win.paused' : c.status === 'closed' ? 'win.closed' : 'win.welcome');
    } else if (c.status === 'paused') {
      // A paused window finishes its current visitor: keep the number, say it is pausing.
      bilingual('win.paused');
    }
    stateText.hidden = showNumber && c.status !== 'paused';
    document.getElementById('current-number').hidden = !showNumber;
    document.getElementById('current-number').textContent = number || '—';
    document.getElementById('now-label').hidden = !showNumber;
    var profile = c.profile || [];
    var names = profile.indexOf('*') >= 0 ? [I18N.t('win.all')] : profile.map(function (sid) {
      var s = (hall.services || []).filter(function (x) { return x.id === sid; })[0];
      return s ? I18N.text(s.name) : sid;
    });
    document.getElementById('profile').textContent = names.join(' · ');
  }

  I18N.onchange(render);
  I18N.apply();

  EventBus.followHall({
    onState: function (state) { hall = state; render(); },
    onCalled: function (call) {
      if (String(call.counter) !== String(id)) { return; }
      if (hall) {
        (hall.counters || []).forEach(function (c) {
          if (String(c.id) === String(id)) { c.currentNumber = call.number; c.currentTicket = call.ticket; }
        });
        render();
      }
      var body = document.getElementById('w-body');
      body.classList.remove('flash');
      void body.offsetWidth;
      body.classList.add('flash');
    }
  });
})();
