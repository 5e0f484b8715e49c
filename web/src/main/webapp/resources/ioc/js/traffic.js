/*
 * The traffic chart: vehicles per minute, stacked by lane (bars), and the average speed (line), drawn with the
 * application's own ECharts from the JSON in #trafficChart's data-chart attribute.
 */
(function () {
    'use strict';
    var div = document.getElementById('trafficChart');
    if (!div || typeof echarts === 'undefined') {
        return;
    }
    var data = JSON.parse(div.getAttribute('data-chart') || '{}');
    var times = (data.minutes || []).map(function (t) {
        var d = new Date(t);
        return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
    });
    var series = Object.keys(data.lanes || {}).map(function (lane) {
        return { name: div.getAttribute('data-lane') + ' ' + (lane === '0' ? '–' : lane), type: 'bar', stack: 'vehicles',
                 data: data.lanes[lane] };
    });
    series.push({ name: div.getAttribute('data-speed'), type: 'line', yAxisIndex: 1, connectNulls: false,
                  data: data.speed || [] });
    echarts.init(div).setOption({
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 50, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: times },
        yAxis: [{ type: 'value', name: div.getAttribute('data-vehicles'), minInterval: 1 },
                { type: 'value', name: 'km/h' }],
        series: series
    });
}());
