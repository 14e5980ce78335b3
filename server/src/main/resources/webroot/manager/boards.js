/* The hall boards and whether each can be heard: a TV started without the autoplay flag shows calls but stays silent. */
(function () {
  'use strict';
  var h = UI.h;
  I18N.add({
    'boards.title': { zh: '叫号大屏语音', en: 'Hall boards: sound' },
    'boards.none': { zh: '暂无大屏报告', en: 'No board has reported yet' },
    'boards.on': { zh: '声音已开启', en: 'Sound on' },
    'boards.blocked': { zh: '声音未开启：请在大屏上点一下，或按说明加启动参数', en: 'Sound is off: touch the board once, or add the start flag (README)' },
    'boards.offline': { zh: '离线', en: 'Offline' }
  });
  var boards = [];

  function render() {
    var list = document.getElementById('boards-list');
    list.textContent = '';
    boards.forEach(function (b) {
      var state = !b.online ? 'offline' : b.sound;
      list.appendChild(h('li', { class: 'board-' + state, 'data-board': b.board, 'data-sound': b.sound },
        h('b', null, b.board), ' ', h('span', null, b.address || ''), ' — ',
        h('span', { class: 'board-state' }, I18N.t(state === 'offline' ? 'boards.offline' : state === 'blocked' ? 'boards.blocked' : 'boards.on'))));
    });
    document.getElementById('boards-empty').hidden = boards.length > 0;
  }

  function load() {
    if (document.getElementById('screen-console').hidden) { return; }
    Api.get('/boards', { timeout: 8000 }).then(function (body) { boards = body.boards || []; render(); }, function () {});
  }
  I18N.onchange(render);
  setInterval(load, 10000);
  new MutationObserver(load).observe(document.getElementById('screen-console'), { attributes: true, attributeFilter: ['hidden'] });
  load();
})();
