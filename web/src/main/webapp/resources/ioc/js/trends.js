/*
 * The trend chart: incidents opened each day (bars), the forecast of the next days (line) and its 95% range (band),
 * drawn with the application's own ECharts from the JSON in #trendChart's data-chart attribute.
 */
(function () {
    'use strict';
    var div = document.getElementById('trendChart');
    if (!div || typeof echarts === 'undefined') {
        return;
    }
    var data = JSON.parse(div.getAttribute('data-chart') || '{}');
    var days = (data.days || []).concat(data.forecastDays || []);
    var pad = function (values, before) {
        var out = [];
        for (var i = 0; i < before; i++) {
            out.push(null);
        }
        return out.concat(values || []);
    };
    var history = data.counts || [];
    var lower = pad(data.lower, history.length);
    var band = pad((data.upper || []).map(function (u, i) { return u - data.lower[i]; }), history.length);
    echarts.init(div).setOption({
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: [div.getAttribute('data-history'), div.getAttribute('data-expected'), div.getAttribute('data-range')] },
        grid: { left: 50, right: 30, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: days },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
            { name: div.getAttribute('data-history'), type: 'bar', data: history },
            { name: 'lower', type: 'line', stack: 'range', data: lower, lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
            { name: div.getAttribute('data-range'), type: 'line', stack: 'range', data: band, lineStyle: { opacity: 0 },
              areaStyle: { opacity: 0.25 }, symbol: 'none' },
            { name: div.getAttribute('data-expected'), type: 'line', data: pad(data.expected, history.length) }
        ]
    });
}());
