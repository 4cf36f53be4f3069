/*
 * The report form's map pin: the county's outline (our own GeoJSON, no tile server) and one marker
 * where the citizen clicks; the coordinates go into the hidden longitude and latitude fields, and
 * the platform checks that they fall inside the county. The words shown come from the page's
 * data-pinned-text (messages/public*.properties).
 */
(function () {
  'use strict';
  var el = document.getElementById('pin-map');
  if (!el || !window.L) {
    return;
  }
  var lon = document.getElementById('longitude');
  var lat = document.getElementById('latitude');
  var text = document.getElementById('pin-text');
  var map = L.map(el, { attributionControl: false, zoomSnap: 0.25 });
  var marker = null;

  function show(latlng) {
    if (marker) {
      marker.setLatLng(latlng);
    } else {
      marker = L.circleMarker(latlng, { radius: 8, color: '#b3261e', fillColor: '#b3261e', fillOpacity: 0.8 }).addTo(map);
    }
    lon.value = latlng.lng.toFixed(6);
    lat.value = latlng.lat.toFixed(6);
    // the words come from the page (data-pinned-text, in the reader's language): {0} longitude, {1} latitude
    text.textContent = (el.dataset.pinnedText || '{0}, {1}').replace('{0}', lon.value).replace('{1}', lat.value);
    el.dataset.pinned = 'true';
  }

  fetch(el.dataset.boundarySrc, { credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (geojson) {
      var outline = L.geoJSON(geojson, { style: { color: '#1f6f4a', weight: 2, fillColor: '#f3f8f4', fillOpacity: 1 } }).addTo(map);
      map.fitBounds(outline.getBounds());
      outline.on('click', function (e) { show(e.latlng); });
      if (lon.value && lat.value) {
        show(L.latLng(parseFloat(lat.value), parseFloat(lon.value)));
      }
      el.dataset.ready = 'true';
    });
})();
