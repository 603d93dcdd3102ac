// Bar charts of the report pages (ECharts from its WebJar). Each [data-chart] element carries its
// labels and values; the table beside it holds the same figures and is what assistive technology
// reads, so the chart itself is one image with a spoken description. Without colour: every bar has
// its value written on it and the decal (pattern) fill of ECharts' aria support.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var labels = JSON.parse(element.dataset.labels || '[]');
    var values = JSON.parse(element.dataset.values || '[]');
    var label = element.getAttribute('aria-label');
    var chart = echarts.init(element, null, {renderer: 'svg'});
    chart.setOption({
      animation: false,
      aria: {enabled: true, label: {description: element.dataset.description}, decal: {show: true}},
      color: ['#1f4e79'],
      grid: {left: 56, right: 16, top: 32, bottom: labels.length > 6 ? 96 : 40, containLabel: false},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: labels, axisLabel: {rotate: labels.length > 6 ? 45 : 0, color: '#222'}},
      yAxis: {type: 'value', minInterval: 1, axisLabel: {color: '#222'}},
      series: [{
        type: 'bar', data: values, name: 'Registros',
        label: {show: true, position: 'top', color: '#111', fontWeight: 'bold'},
        itemStyle: {borderColor: '#111', borderWidth: 1}
      }]
    });
    // ECharts' aria label replaces the element's; keep the page's, which states the cut-off.
    if (label) {
      element.setAttribute('aria-label', label);
    }
    window.addEventListener('resize', function () { chart.resize(); });
    element.dataset.rendered = 'true';
  });
})();
