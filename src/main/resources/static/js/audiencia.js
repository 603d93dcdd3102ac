// the server wrote the remaining time; this keeps it current while the page stays open
(function () {
  var el = document.getElementById('cuenta-regresiva');
  if (!el) return;
  var deadline = new Date(el.getAttribute('data-deadline')).getTime();
  function tick() {
    var left = Math.max(0, deadline - Date.now());
    var d = Math.floor(left / 86400000), h = Math.floor(left % 86400000 / 3600000),
        m = Math.floor(left % 3600000 / 60000), s = Math.floor(left % 60000 / 1000);
    el.textContent = left === 0 ? 'Plazo vencido'
        : 'Quedan ' + d + (d === 1 ? ' día ' : ' días ') + h + ' h ' + m + ' min ' + s + ' s';
  }
  tick();
  setInterval(tick, 1000);
})();
