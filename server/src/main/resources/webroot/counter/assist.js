/*
 * 帮办代办: staff take a ticket for a visitor who cannot use the kiosk (channel "staff"). The ticket
 * joins the line like any other; the clerk reads out or writes down the number for the visitor.
 */
(function () {
  'use strict';
  I18N.add({
    'assist.title': { zh: '帮办代办：为群众取号', en: 'Take a ticket for a visitor' },
    'assist.hint': { zh: '群众不会用取号机时，在这里替他取号，并告诉他号码', en: 'For a visitor who cannot use the kiosk: take the ticket here and tell them the number' },
    'assist.service': { zh: '办理业务', en: 'Matter' },
    'assist.priority': { zh: '绿色通道（老年人、残疾人、孕妇）', en: 'Priority lane (elderly, disabled, pregnant)' },
    'assist.issue': { zh: '取号', en: 'Take ticket' },
    'assist.issued': { zh: '已取号 {number}（{service}），前面 {ahead} 人', en: 'Ticket {number} ({service}), {ahead} ahead' }
  });
  I18N.apply(document.getElementById('assist')); // the console applied its words before these were added
  var select = document.getElementById('assist-service');
  var result = document.getElementById('assist-result');
  var services = [];

  function fill() {
    var chosen = select.value;
    select.textContent = '';
    services.forEach(function (s) {
      var o = document.createElement('option');
      o.value = s.id;
      o.textContent = s.prefix + ' · ' + I18N.text(s.name);
      select.appendChild(o);
    });
    if (chosen) { select.value = chosen; }
  }

  function load() {
    Api.get('/hall', { timeout: 8000 }).then(function (hall) { services = hall.services || []; fill(); }, function () {});
  }

  document.getElementById('assist-issue').addEventListener('click', function () {
    var btn = this;
    // aria-disabled, not disabled: a disabled button would drop the clerk's focus to <body>.
    if (btn.getAttribute('aria-disabled') === 'true') { return; }
    btn.setAttribute('aria-disabled', 'true');
    Api.post('/tickets', {
      service: select.value,
      priority: document.getElementById('assist-priority').checked ? 'priority' : 'normal',
      channel: 'staff',
      language: 'zh'
    }).then(function (t) {
      btn.removeAttribute('aria-disabled');
      document.getElementById('assist-priority').checked = false;
      result.className = 'assist-result notice notice-ok';
      result.textContent = I18N.t('assist.issued', { number: t.number, service: I18N.text(t.serviceName) || t.service, ahead: t.ahead });
      result.setAttribute('data-number', t.number);
      result.hidden = false;
    }, function (e) {
      btn.removeAttribute('aria-disabled');
      result.className = 'assist-result notice notice-error';
      result.textContent = CounterWords.of(e, { action: 'issue' });
      result.hidden = false;
    });
  });

  I18N.onchange(fill);
  load();
  setInterval(load, 60000);
})();
