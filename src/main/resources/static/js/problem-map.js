/*
 * A problem's place on its page: the county's outline (our own GeoJSON, no tile server) and a
 * marker at the problem's coordinates. Nothing else is drawn; the coordinates are in the caption too.
 */
(function () {
  'use strict';
  var el = document.getElementById('problem-map');
  if (!el || !window.L) {
    return;
  }
  var at = L.latLng(parseFloat(el.dataset.latitude), parseFloat(el.dataset.longitude));
  var map = L.map(el, { attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false });
  fetch(el.dataset.boundarySrc, { credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (geojson) {
      var outline = L.geoJSON(geojson, { style: { color: '#1f6f4a', weight: 2, fillColor: '#f3f8f4', fillOpacity: 1 } }).addTo(map);
      map.fitBounds(outline.getBounds());
      L.circleMarker(at, { radius: 8, color: '#b3261e', fillColor: '#b3261e', fillOpacity: 0.85 }).addTo(map);
      el.dataset.ready = 'true';
    })
    .catch(function () {
      map.setView(at, 12);
      L.circleMarker(at, { radius: 8, color: '#b3261e', fillColor: '#b3261e', fillOpacity: 0.85 }).addTo(map);
    });
})();
