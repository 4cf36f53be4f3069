/*
 * The dashboard's charts (统计分析), drawn with ECharts from the figures at the page's data-src
 * (GET /dashboard/data). No script is written into the page and no HTML is built from data: the
 * tooltips are drawn on the canvas (renderMode 'richText'), so names from the database are never
 * parsed as markup, and the Content-Security-Policy (scripts and styles from the platform only) holds.
 * The words (series names, tooltips) come from the page's data-t-* attributes, in the reader's
 * language (messages/stats*.properties); {0}, {1}... in them are filled in here.
 */
(function () {
  'use strict';

  var root = document.getElementById('dashboard');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  var GREEN = '#1f6f4a';
  var PALETTE = ['#1f6f4a', '#3f8fc4', '#e0a526', '#c4573f', '#7a5fb0', '#2aa39a', '#8a9a92', '#b5446e',
    '#5b8c2a', '#d17a22', '#4b6584', '#a0522d'];
  var charts = [];
  var words = root.dataset;
  var narrow = window.matchMedia('(max-width: 700px)');

  /** Draws a chart into the element with this id; rows: the categories of a bar chart, to size it by. */
  function make(id, option, rows) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    if (rows) {
      el.style.height = Math.max(220, rows * 30 + 40) + 'px';
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    option.color = option.color || PALETTE;
    option.textStyle = { fontFamily: getComputedStyle(document.body).fontFamily };
    option.tooltip = Object.assign({ renderMode: 'richText', confine: true }, option.tooltip || {});
    option.animationDuration = 400;
    if (isEmpty(option)) {
      option.graphic = [{ type: 'text', left: 'center', top: 'middle',
        style: { text: words.tEmpty, fill: '#8a9a92', fontSize: 14 } }];
    }
    chart.setOption(option);
    charts.push(chart);
  }

  /** A message of the page with {0}, {1}... replaced by the arguments. */
  function fmt(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(template).replace(/\{(\d+)\}/g, function (m, i) { return i < args.length ? String(args[i]) : m; });
  }

  function isEmpty(option) {
    return (option.series || []).every(function (s) { return !s.data || s.data.length === 0; });
  }

  /** A horizontal bar chart of counts, the largest on top. */
  function bars(counts, name) {
    var rows = counts.slice().reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(function (c) { return c.label; }),
        axisLabel: { width: narrow.matches ? 90 : 150, overflow: 'truncate' } },
      series: [{ type: 'bar', name: name, data: rows.map(function (c) { return c.count; }),
        itemStyle: { color: GREEN }, barMaxWidth: 22, label: { show: true, position: 'right' } }]
    };
  }

  function percent(rate) {
    return (rate * 100).toFixed(1) + '%';
  }

  function draw(f) {
    make('chart-type', {
      tooltip: { trigger: 'item', formatter: function (p) { return fmt(words.tTypeTooltip, p.name, p.value, p.percent); } },
      series: [{ type: 'pie', name: words.tType, radius: narrow.matches ? ['30%', '52%'] : ['38%', '66%'], center: ['50%', '50%'],
        avoidLabelOverlap: true, label: { formatter: function (p) { return fmt(words.tTypeLabel, p.name, p.value); } },
        data: f.byPollutionType.map(function (c) { return { name: c.label, value: c.count }; }) }]
    });
    make('chart-channel', bars(f.byChannel, words.tCount), f.byChannel.length);
    make('chart-town', bars(f.byTown, words.tCount), f.byTown.length);
    make('chart-month', {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: f.byMonth.map(function (c) { return c.key; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: words.tMonth, data: f.byMonth.map(function (c) { return c.count; }),
        itemStyle: { color: '#3f8fc4' }, barMaxWidth: 28,
        label: { show: !narrow.matches, position: 'top', formatter: function (p) { return p.value ? String(p.value) : ''; } } }]
    });
    var rated = f.units.filter(function (u) { return u.onTimeRate != null; })
      .sort(function (a, b) { return a.onTimeRate - b.onTimeRate; });
    make('chart-rate', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (params) {
          var u = rated[params[0].dataIndex];
          return fmt(words.tRateTooltip, u.label, percent(u.onTimeRate), u.closedOnTime, u.closed);
        } },
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: rated.map(function (u) { return u.label; }),
        axisLabel: { width: narrow.matches ? 90 : 170, overflow: 'truncate' } },
      series: [{ type: 'bar', name: words.tRate, barMaxWidth: 22,
        data: rated.map(function (u) {
          var value = Math.round(u.onTimeRate * 1000) / 10;
          return { value: value, itemStyle: { color: value >= 90 ? GREEN : value >= 60 ? '#e0a526' : '#b3261e' } };
        }),
        label: { show: true, position: 'right', formatter: '{c}%' } }]
    }, rated.length);
  }

  var resizing;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { charts.forEach(function (c) { c.resize(); }); }, 150);
  });

  fetch(root.dataset.src, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(draw)
    .catch(function () {
      document.getElementById('chart-error').hidden = false;
    });
}());
