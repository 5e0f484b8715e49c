/*
 * Camera geometry editor (/console/cameras/edit.xhtml): draws the geometry JSON of the text area over the
 * camera's latest snapshot (or a plain 16:9 area) and lets staff add zones, lines, lanes and privacy masks by
 * clicking on the picture. Coordinates are fractions of the picture (0-1), as the worker reads them
 * (docs/worker.md). Names typed by staff are only ever set as text, never as HTML.
 */
(function () {
    'use strict';
    var SVG = 'http://www.w3.org/2000/svg';
    var box = document.getElementById('geometryPicture');
    var area = document.getElementById('camera:geometry');
    var tools = document.getElementById('geometryTools');
    var status = document.getElementById('geometryStatus');
    if (!box || !area) {
        return;
    }
    var tool = null;
    var points = [];

    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 1 1');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('class', 'ioc-geometry-overlay');
    if (box.dataset.snapshot) {
        var img = document.createElement('img');
        img.src = box.dataset.snapshot;
        img.alt = '';
        box.appendChild(img);
    } else {
        var empty = document.createElement('div');
        empty.className = 'ioc-geometry-empty';
        empty.textContent = box.dataset.noSnapshot;
        box.appendChild(empty);
    }
    box.appendChild(svg);

    function read() {
        var text = area.value.trim();
        if (!text) {
            return {};
        }
        try {
            var g = JSON.parse(text);
            return g && typeof g === 'object' && !Array.isArray(g) ? g : null;
        } catch (e) {
            return null;
        }
    }

    function round(v) {
        return Math.round(v * 1000) / 1000;
    }

    function el(name, attrs, parent) {
        var e = document.createElementNS(SVG, name);
        Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        (parent || svg).appendChild(e);
        return e;
    }

    function label(text, x, y, cls) {
        var t = el('text', {x: x, y: y, 'class': cls || 'label'});
        t.textContent = text;
    }

    function pts(list) {
        return (list || []).filter(function (p) { return Array.isArray(p) && p.length === 2; })
            .map(function (p) { return p[0] + ',' + p[1]; }).join(' ');
    }

    function arrow(x, y, dx, dy, cls) {
        var n = Math.hypot(dx, dy) || 1;
        var ux = dx / n * 0.05, uy = dy / n * 0.05;
        el('line', {x1: x, y1: y, x2: x + ux, y2: y + uy, 'class': cls});
        el('polyline', {points: (x + ux - uy * 0.3 - ux * 0.3) + ',' + (y + uy + ux * 0.3 - uy * 0.3) + ' ' + (x + ux) + ','
            + (y + uy) + ' ' + (x + ux + uy * 0.3 - ux * 0.3) + ',' + (y + uy - ux * 0.3 - uy * 0.3), 'class': cls});
    }

    function draw() {
        while (svg.firstChild) {
            svg.removeChild(svg.firstChild);
        }
        var g = read();
        if (g === null) {
            status.textContent = box.dataset.badJson;
            return;
        }
        status.textContent = tool ? tool + ': ' + points.length : '';
        (g.privacyMasks || []).forEach(function (m) { el('polygon', {points: pts(m), 'class': 'mask'}); });
        (g.lanes || []).forEach(function (l) {
            el('polygon', {points: pts(l.polygon), 'class': 'lane'});
            if (Array.isArray(l.polygon) && l.polygon.length && Array.isArray(l.direction)) {
                var cx = 0, cy = 0;
                l.polygon.forEach(function (p) { cx += p[0]; cy += p[1]; });
                arrow(cx / l.polygon.length, cy / l.polygon.length, l.direction[0], l.direction[1], 'lane-arrow');
                label('lane ' + l.lane, cx / l.polygon.length, cy / l.polygon.length - 0.02);
            }
        });
        (g.zones || []).forEach(function (z) {
            el('polygon', {points: pts(z.polygon), 'class': 'zone'});
            if (Array.isArray(z.polygon) && z.polygon.length) {
                label(String(z.name), z.polygon[0][0], z.polygon[0][1] - 0.01);
            }
        });
        (g.lines || []).forEach(function (l) {
            if (!Array.isArray(l.from) || !Array.isArray(l.to)) {
                return;
            }
            var cls = l.name === g.stopLine ? 'stop' : (l.lane ? 'count' : 'line');
            el('line', {x1: l.from[0], y1: l.from[1], x2: l.to[0], y2: l.to[1], 'class': cls});
            // forward: from the line's right-hand side to its left-hand side
            var mx = (l.from[0] + l.to[0]) / 2, my = (l.from[1] + l.to[1]) / 2;
            arrow(mx, my, l.to[1] - l.from[1], -(l.to[0] - l.from[0]), cls + '-arrow');
            label(String(l.name) + (l.lane ? ' (' + l.lane + ')' : ''), l.from[0], l.from[1] - 0.01);
        });
        if (g.signal && Array.isArray(g.signal.lamp)) {
            var s = g.signal.lamp;
            el('rect', {x: s[0], y: s[1], width: s[2], height: s[3], 'class': 'lamp'});
        }
        if (points.length) {
            el('polyline', {points: pts(points), 'class': 'drawing'});
        }
    }

    function write(g) {
        area.value = JSON.stringify(g, null, 1);
        draw();
    }

    function finish() {
        var g = read();
        if (g === null || !tool) {
            return;
        }
        var need = tool === 'line' ? 2 : 3;
        if (points.length < need) {
            return;
        }
        if (tool === 'mask') {
            (g.privacyMasks = g.privacyMasks || []).push(points);
        } else if (tool === 'lane') {
            var lane = parseInt(window.prompt(box.dataset.promptLane, '1'), 10);
            if (!(lane >= 1 && lane <= 20)) {
                return;
            }
            // direction: from the first point clicked towards the last, the way traffic goes
            var a = points[0], b = points[points.length - 1];
            (g.lanes = g.lanes || []).push({lane: lane, polygon: points, direction: [round(b[0] - a[0]), round(b[1] - a[1])]});
        } else {
            var name = (window.prompt(box.dataset.promptName, '') || '').trim().toLowerCase();
            if (!name) {
                return;
            }
            if (tool === 'zone') {
                (g.zones = g.zones || []).push({name: name, polygon: points});
            } else {
                (g.lines = g.lines || []).push({name: name, from: points[0], to: points[1]});
            }
        }
        points = [];
        tool = null;
        write(g);
    }

    svg.addEventListener('click', function (e) {
        if (!tool) {
            return;
        }
        var r = svg.getBoundingClientRect();
        points.push([round((e.clientX - r.left) / r.width), round((e.clientY - r.top) / r.height)]);
        if (tool === 'line' && points.length === 2) {
            finish();
        } else {
            draw();
        }
    });
    svg.addEventListener('dblclick', finish);
    tools.addEventListener('click', function (e) {
        var t = e.target.getAttribute && e.target.getAttribute('data-tool');
        if (!t) {
            return;
        }
        if (t === 'finish') {
            finish();
        } else if (t === 'cancel') {
            tool = null;
            points = [];
            draw();
        } else {
            tool = t;
            points = [];
            draw();
        }
    });
    area.addEventListener('input', draw);
    draw();
}());
