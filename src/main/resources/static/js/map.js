/*
 * The problem map (问题地图) with Leaflet and no tile server: the county's outline (GET /map/boundary,
 * the platform's own GeoJSON) on a plain background, the problems (GET /map/data) as markers
 * coloured by their warning, clustered (Leaflet.markercluster), and a heat layer drawn here.
 * Popups are built from DOM nodes with textContent, never from HTML strings, so no text from the
 * database is parsed as markup; nothing is written into the page as script or style attributes
 * (Content-Security-Policy). The words come from the map element's data-t-* attributes, in the
 * reader's language (messages/stats*.properties); {0}, {1} in them are filled in here.
 */
(function () {
  'use strict';

  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') {
    return;
  }
  var words = el.dataset;

  /** A message of the page with {0}, {1}... replaced by the arguments. */
  function fmt(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(template).replace(/\{(\d+)\}/g, function (m, i) { return i < args.length ? String(args[i]) : m; });
  }

  /**
   * A small heat layer: a canvas over the map on which every point adds a blurred disc of
   * alpha; the summed alpha is then coloured along a blue-green-yellow-red ramp. Redrawn after
   * every move or zoom (hidden while the zoom animates). Enough for a county's few thousand points.
   */
  var HeatLayer = L.Layer.extend({
    options: { radius: 22, blur: 18, maxOpacity: 0.75 },

    initialize: function (latlngs, options) {
      this._latlngs = latlngs;
      L.setOptions(this, options);
    },

    onAdd: function (map) {
      this._map = map;
      this._canvas = L.DomUtil.create('canvas', 'heat-layer leaflet-zoom-hide');
      // A pane of its own above the county's outline (Leaflet puts canvases under SVG in one pane).
      (map.getPane('heat') || map.createPane('heat')).appendChild(this._canvas);
      map.on('moveend zoomend resize', this._redraw, this);
      this._redraw();
    },

    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off('moveend zoomend resize', this._redraw, this);
    },

    _stamp: function () {
      // One blurred disc, drawn once and stamped at every point.
      var r = this.options.radius, blur = this.options.blur, size = (r + blur) * 2;
      var stamp = document.createElement('canvas');
      stamp.width = stamp.height = size;
      var ctx = stamp.getContext('2d');
      var g = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, r + blur);
      g.addColorStop(0, 'rgba(0,0,0,0.4)');
      g.addColorStop(r / (r + blur), 'rgba(0,0,0,0.18)');
      g.addColorStop(1, 'rgba(0,0,0,0)');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, size, size);
      return stamp;
    },

    _ramp: function () {
      var ramp = document.createElement('canvas');
      ramp.width = 256;
      ramp.height = 1;
      var ctx = ramp.getContext('2d');
      var g = ctx.createLinearGradient(0, 0, 256, 0);
      g.addColorStop(0.15, '#3f8fc4');
      g.addColorStop(0.4, '#2aa39a');
      g.addColorStop(0.65, '#e0c226');
      g.addColorStop(1, '#b3261e');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, 256, 1);
      return ctx.getImageData(0, 0, 256, 1).data;
    },

    _redraw: function () {
      var map = this._map, canvas = this._canvas, size = map.getSize();
      canvas.width = size.x;
      canvas.height = size.y;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      var ctx = canvas.getContext('2d', { willReadFrequently: true });
      ctx.clearRect(0, 0, size.x, size.y);
      if (!this._latlngs.length) {
        return;
      }
      this._stampCanvas = this._stampCanvas || this._stamp();
      this._colours = this._colours || this._ramp();
      var half = this._stampCanvas.width / 2;
      this._latlngs.forEach(function (latlng) {
        var p = map.latLngToContainerPoint(latlng);
        if (p.x > -half && p.y > -half && p.x < size.x + half && p.y < size.y + half) {
          ctx.drawImage(this._stampCanvas, p.x - half, p.y - half);
        }
      }, this);
      var image = ctx.getImageData(0, 0, size.x, size.y), px = image.data, max = this.options.maxOpacity;
      for (var i = 3; i < px.length; i += 4) {
        var a = px[i];
        if (a) {
          var j = Math.min(255, a) * 4;
          px[i - 3] = this._colours[j];
          px[i - 2] = this._colours[j + 1];
          px[i - 1] = this._colours[j + 2];
          px[i] = Math.min(255 * max, a * 2);
        }
      }
      ctx.putImageData(image, 0, 0);
    }
  });

  var map = L.map(el, { zoomSnap: 0.25, attributionControl: true, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(words.tAttribution);

  function text(tag, value, className) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    node.textContent = value;
    return node;
  }

  /** The popup of a problem: code, status, colour, town and a link to its page; all as text. */
  function popup(p) {
    var box = document.createElement('div');
    box.className = 'problem-popup';
    box.appendChild(text('strong', p.code, 'popup-code'));
    var dl = document.createElement('dl');
    [[words.tStatus, p.statusLabel], [words.tColour, p.colourLabel], [words.tTown, p.town]].forEach(function (row) {
      dl.appendChild(text('dt', row[0]));
      dl.appendChild(text('dd', row[1]));
    });
    box.appendChild(dl);
    var link = text('a', words.tOpen, 'popup-link');
    link.href = el.dataset.problemHref + encodeURIComponent(p.id);
    box.appendChild(link);
    return box;
  }

  var RANK = { RED: 3, YELLOW: 2, BLUE: 1, NONE: 0 };
  var COLOURS = ['NONE', 'BLUE', 'YELLOW', 'RED'];

  /** A cluster shows how many problems it holds, in the colour of the most urgent among them. */
  function clusterIcon(cluster) {
    var worst = 0;
    cluster.getAllChildMarkers().forEach(function (m) {
      worst = Math.max(worst, RANK[m.options.colour] || 0);
    });
    var count = cluster.getChildCount();
    var inner = text('span', String(count));
    var size = count < 10 ? 34 : count < 100 ? 40 : 48;
    return L.divIcon({ html: inner, className: 'problem-cluster colour-' + COLOURS[worst], iconSize: [size, size] });
  }

  function summary(message) {
    document.getElementById('map-summary').textContent = message;
  }

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        throw new Error('HTTP ' + r.status);
      }
      return r.json();
    });
  }

  Promise.all([json(el.dataset.boundarySrc), json(el.dataset.src)]).then(function (results) {
    var outline = L.geoJSON(results[0], {
      style: { className: 'county-boundary', color: '#1f6f4a', weight: 2.5, fillColor: '#f3f8f4', fillOpacity: 1 },
      interactive: false
    }).addTo(map);
    var bounds = outline.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [12, 12] });
      map.setMaxBounds(bounds.pad(0.6));
      map.setMinZoom(map.getZoom() - 1);
    } else {
      map.setView([33.04, 108.25], 10);
    }
    map.setMaxZoom(18);

    var data = results[1];
    var clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 45,
      iconCreateFunction: clusterIcon, spiderfyOnMaxZoom: true });
    var points = [];
    data.items.forEach(function (p) {
      var latlng = L.latLng(p.latitude, p.longitude);
      points.push(latlng);
      var marker = L.marker(latlng, {
        icon: L.divIcon({ className: 'problem-marker colour-' + p.colour, iconSize: [16, 16] }),
        title: p.code + ' ' + p.statusLabel,
        alt: p.code,
        keyboard: true,
        colour: p.colour
      });
      marker.bindPopup(function () { return popup(p); }, { minWidth: 180 });
      clusters.addLayer(marker);
    });
    clusters.addTo(map);
    var heat = new HeatLayer(points);
    var layers = {};
    layers[words.tMarkers] = clusters;
    layers[words.tHeat] = heat;
    L.control.layers(null, layers, { collapsed: false }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    summary(fmt(words.tSummary, data.jurisdiction, data.items.length) + (data.truncated ? words.tTruncated : ''));
    el.dataset.ready = 'true';
  }).catch(function () {
    document.getElementById('map-error').hidden = false;
    summary('');
  });
}());
