/*
 * IOC maps (portal and console). Every element with class "ioc-map" becomes a Leaflet map:
 *  - data-tiles: tile URL template; empty = plain background (no tile server needed);
 *  - data-pick="true": clicking sets the hidden inputs named by data-lat-field / data-lon-field and asks
 *    data-same-url for open reports of the same category nearby ("the same problem?");
 *  - markers: elements with class "ioc-marker" and data-lat, data-lon, data-label (text only, never HTML),
 *    data-color (optional: the marker's colour, e.g. a camera's status).
 */
(function () {
  'use strict';
  var CENTRE = [22.3964, 103.4582]; // Tân Phong ward, Lai Châu

  function byId(id) { return id ? document.getElementById(id) : null; }

  function text(el, value) { el.textContent = value; return el; }

  function sameProblem(map, div, lat, lon) {
    var box = byId('sameProblem');
    var category = byId('report:category');
    var chosen = byId('report:sameAs');
    if (!box || !div.dataset.sameUrl || !category || !category.value) { return; }
    var url = div.dataset.sameUrl + '?category=' + encodeURIComponent(category.value) + '&lat=' + lat + '&lon=' + lon;
    fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.ok ? r.json() : []; })
      .then(function (candidates) {
        box.innerHTML = '';
        if (chosen) { chosen.value = ''; }
        if (!candidates.length) { box.hidden = true; return; }
        box.appendChild(text(document.createElement('p'), box.dataset.title));
        candidates.forEach(function (c) {
          var label = document.createElement('label');
          var radio = document.createElement('input');
          radio.type = 'radio'; radio.name = 'sameChoice'; radio.value = c.incidentId;
          radio.addEventListener('change', function () { if (chosen) { chosen.value = c.incidentId; } });
          label.appendChild(radio);
          label.appendChild(document.createTextNode(' #' + c.incidentId + ' – ' + c.state + ', ' + c.distanceMetres + ' '
            + box.dataset.metres + ', ' + new Date(c.openedAt).toLocaleString()));
          box.appendChild(label);
        });
        var none = document.createElement('label');
        var radio = document.createElement('input');
        radio.type = 'radio'; radio.name = 'sameChoice'; radio.value = ''; radio.checked = true;
        radio.addEventListener('change', function () { if (chosen) { chosen.value = ''; } });
        none.appendChild(radio);
        none.appendChild(document.createTextNode(' ' + box.dataset.none));
        box.appendChild(none);
        box.hidden = false;
      }).catch(function () { box.hidden = true; });
  }

  function init(div) {
    if (typeof L === 'undefined') { return; }
    var map = L.map(div, { attributionControl: !!div.dataset.attribution }).setView(CENTRE, 13);
    if (div.dataset.tiles) {
      L.tileLayer(div.dataset.tiles, { maxZoom: 19, attribution: div.dataset.attribution || '' }).addTo(map);
    } else {
      div.classList.add('ioc-map-plain');
    }
    div.iocMap = map; // for other scripts (the live alert feed adds markers)
    var bounds = [];
    document.querySelectorAll('.ioc-marker').forEach(function (m) {
      var lat = parseFloat(m.dataset.lat), lon = parseFloat(m.dataset.lon);
      if (isNaN(lat) || isNaN(lon)) { return; }
      L.circleMarker([lat, lon], { radius: 7, color: m.dataset.color || '#0b3d6e', fillOpacity: 0.7 })
        .bindTooltip(text(document.createElement('span'), m.dataset.label || '')).addTo(map); // an element: never HTML
      bounds.push([lat, lon]);
    });
    if (bounds.length) { map.fitBounds(bounds, { maxZoom: 15, padding: [20, 20] }); }
    if (div.dataset.pick === 'true') {
      var latField = byId(div.dataset.latField), lonField = byId(div.dataset.lonField), marker = null;
      var place = function (lat, lon) {
        if (marker) { marker.setLatLng([lat, lon]); } else { marker = L.marker([lat, lon]).addTo(map); }
        latField.value = lat.toFixed(6); lonField.value = lon.toFixed(6);
        sameProblem(map, div, lat.toFixed(6), lon.toFixed(6));
      };
      if (latField && latField.value && lonField.value) {
        place(parseFloat(latField.value), parseFloat(lonField.value));
        map.setView([parseFloat(latField.value), parseFloat(lonField.value)], 15);
      }
      map.on('click', function (e) { place(e.latlng.lat, e.latlng.lng); });
      var category = byId('report:category');
      if (category) {
        category.addEventListener('change', function () {
          if (latField.value) { sameProblem(map, div, latField.value, lonField.value); }
        });
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.ioc-map').forEach(init);
  });
}());
