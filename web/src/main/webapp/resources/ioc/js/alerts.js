/*
 * The console's live alert feed: a websocket to /ioc/console/live-alerts (the IocLiveAlerts topic relayed by
 * the server); each alert is added at the top of #liveFeed as text (never as HTML). Reconnects by itself.
 */
(function () {
    'use strict';
    var feed = document.getElementById('liveFeed');
    var state = document.getElementById('liveState');
    if (!feed || !window.WebSocket) {
        return;
    }
    var url = (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host
        + feed.getAttribute('data-path');
    var delay = 1000;

    function show(text, connected) {
        state.textContent = text;
        state.setAttribute('data-state', connected ? 'connected' : 'disconnected');
    }

    function add(alert) {
        var item = document.createElement('li');
        item.className = 'ioc-severity-' + (alert.severity || 'INFO');
        item.setAttribute('data-alert', alert.alertId || alert.incidentId || '');
        item.setAttribute('data-kind', alert.kind || '');
        var when = alert.observedAt || alert.escalatedAt || '';
        var where = alert.cameraName ? ' · ' + alert.cameraName : '';
        item.textContent = '[' + (alert.severity || alert.kind) + '] ' + (alert.title || '') + where
            + (when ? ' · ' + new Date(when).toLocaleString() : '');
        if (alert.snapshotSha256 && feed.getAttribute('data-evidence')) {
            var img = document.createElement('img');
            img.src = feed.getAttribute('data-evidence') + encodeURIComponent(alert.snapshotSha256);
            img.alt = '';
            img.width = 120;
            img.className = 'ioc-snapshot';
            item.insertBefore(document.createElement('br'), item.firstChild);
            item.insertBefore(img, item.firstChild);
        }
        place(alert, item.textContent);
        feed.insertBefore(item, feed.firstChild);
        while (feed.children.length > 50) {
            feed.removeChild(feed.lastChild);
        }
    }

    /** The alert at its camera's place on the alert map, if the page has one and the camera a place. */
    function place(alert, label) {
        var div = document.getElementById('alertMap');
        var lat = parseFloat(alert.latitude), lon = parseFloat(alert.longitude);
        if (!div || !div.iocMap || typeof L === 'undefined' || isNaN(lat) || isNaN(lon)) {
            return;
        }
        var colour = alert.severity === 'CRITICAL' ? '#c62828' : alert.severity === 'WARNING' ? '#ef6c00' : '#1565c0';
        // Leaflet renders a string tooltip as HTML: give it an element holding the label as text
        var tip = document.createElement('span');
        tip.textContent = label;
        L.circleMarker([lat, lon], {radius: 10, color: colour, fillOpacity: 0.8})
            .bindTooltip(tip).addTo(div.iocMap);
        div.iocMap.panTo([lat, lon]);
    }

    function connect() {
        var socket = new WebSocket(url);
        socket.onmessage = function (event) {
            try {
                var message = JSON.parse(event.data);
                if (message.kind === 'feed-ready') {
                    // registered on the server: every alert from now on arrives here
                    delay = 1000;
                    show(feed.getAttribute('data-connected'), true);
                } else {
                    add(message);
                }
            } catch (e) {
                // not an alert: ignore
            }
        };
        socket.onclose = function () {
            show(feed.getAttribute('data-disconnected'), false);
            setTimeout(connect, delay);
            delay = Math.min(delay * 2, 30000);
        };
    }
    connect();
}());
