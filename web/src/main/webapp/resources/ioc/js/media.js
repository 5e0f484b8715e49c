/*
 * The media chart of a topic: articles per day (bars, the negative ones apart) and the mean sentiment (line,
 * -1 to +1), drawn with the application's own ECharts from the JSON in #mediaChart's data-chart attribute.
 */
(function () {
    'use strict';
    var div = document.getElementById('mediaChart');
    if (!div || typeof echarts === 'undefined') {
        return;
    }
    var data = JSON.parse(div.getAttribute('data-chart') || '{}');
    var others = (data.articles || []).map(function (n, i) { return n - (data.negative || [])[i]; });
    echarts.init(div).setOption({
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 50, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: data.days || [] },
        yAxis: [{ type: 'value', name: div.getAttribute('data-articles'), minInterval: 1 },
                { type: 'value', name: div.getAttribute('data-sentiment'), min: -1, max: 1 }],
        series: [
            { name: div.getAttribute('data-negative'), type: 'bar', stack: 'a', data: data.negative || [], color: '#c62828' },
            { name: div.getAttribute('data-articles'), type: 'bar', stack: 'a', data: others, color: '#1565c0' },
            { name: div.getAttribute('data-sentiment'), type: 'line', yAxisIndex: 1, data: data.sentiment || [] }
        ]
    });
}());
