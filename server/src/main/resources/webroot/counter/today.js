/* The clerk's own day on the console (GET /staff/me/today): served, no-shows, mean service minutes, ratings by level. */
(function (global) {
  'use strict';
  I18N.add({
    'today.title': { zh: '我的今日', en: 'My day' },
    'today.titleOf': { zh: '我的今日 · {name}', en: 'My day · {name}' },
    'today.served': { zh: '已办结', en: 'Served' },
    'today.noShows': { zh: '过号', en: 'No-shows' },
    'today.mean': { zh: '平均办理', en: 'Mean service' },
    'today.minutes': { zh: '{n} 分钟', en: '{n} min' },
    'today.ratings': { zh: '评价', en: 'Ratings' },
    'today.none': { zh: '暂无', en: 'none yet' },
    'today.s5': { zh: '非常满意', en: 'Very satisfied' },
    'today.s4': { zh: '满意', en: 'Satisfied' },
    'today.s3': { zh: '基本满意', en: 'Fair' },
    'today.s2': { zh: '不满意', en: 'Dissatisfied' },
    'today.s1': { zh: '非常不满意', en: 'Very dissatisfied' }
  });
  var h = UI.h;
  var day = null;
  var timer = null;

  function render() {
    document.getElementById('today-title').textContent = day && day.name ? I18N.t('today.titleOf', { name: day.name }) : I18N.t('today.title');
    document.getElementById('today-served').textContent = day ? String(day.served) : '—';
    document.getElementById('today-no-shows').textContent = day ? String(day.noShows) : '—';
    document.getElementById('today-mean').textContent = day && day.meanServiceMinutes != null
      ? I18N.t('today.minutes', { n: day.meanServiceMinutes }) : '—';
    var box = document.getElementById('today-ratings');
    box.textContent = '';
    if (!day) { return; }
    var any = false;
    [5, 4, 3, 2, 1].forEach(function (score) {
      var n = (day.ratings && day.ratings[String(score)]) || 0;
      any = any || n > 0;
      box.appendChild(h('span', { class: 'rating rating-' + score + (n ? '' : ' zero'), 'data-score': score },
        I18N.t('today.s' + score) + ' ', h('b', { class: 'num' }, String(n))));
    });
    if (!any) { box.textContent = I18N.t('today.none'); }
  }

  /** Reads the day again, soon: after each finished ticket and now and then for the ratings visitors give. */
  function refresh() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      Api.get('/staff/me/today', { timeout: 8000 }).then(function (body) { day = body; render(); }, function () { /* keep what shows */ });
    }, 300);
  }

  function clear() { day = null; render(); }

  I18N.onchange(render);
  global.CounterToday = { refresh: refresh, clear: clear };
})(window);
