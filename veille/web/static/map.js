// Map of the places of events: country outlines (world-atlas, served by veille)
// and points, each opened by a click, a tap, Enter or Space. The page's filters
// (location.search) go on to the API.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var K = 4;  // SVG units per degree (equirectangular)
  var MIN_RADIUS = 7;  // screen pixels
  var root = document.getElementById("map"), panel = document.getElementById("place");

  function svg(tag, attrs, parent) {
    var el = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(el);
    return el;
  }
  function px(lon) { return (lon + 180) * K; }
  function py(lat) { return (90 - lat) * K; }
  function ring(coords) {
    return coords.map(function (c, i) { return (i ? "L" : "M") + px(c[0]).toFixed(1) + "," + py(c[1]).toFixed(1); }).join("") + "Z";
  }
  function pathOf(geometry) {
    if (!geometry) return "";
    var polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    return polys.map(function (p) { return p.map(ring).join(""); }).join("");
  }

  var map = svg("svg", { viewBox: "0 0 " + 360 * K + " " + 180 * K, role: "group", "aria-label": "Map of event places" }, root);
  var land = svg("g", { "class": "countries" }, map);
  var dots = svg("g", { "class": "places" }, map);

  var outlines = fetch("/static/vendor/countries-110m.json").then(function (r) {
    if (!r.ok) throw new Error("no outlines");
    return r.json();
  }).then(function (topo) {
    var countries = topojson.feature(topo, topo.objects.countries).features;
    countries.forEach(function (f) {
      var p = svg("path", { d: pathOf(f.geometry), "class": "country" }, land);
      svg("title", {}, p).textContent = (f.properties && f.properties.name) || "";
    });
    root.setAttribute("data-countries", String(countries.length));
  }).catch(function () {
    var note = document.createElement("p");
    note.textContent = "Country outlines are not installed (run make install with npm available); points only.";
    root.appendChild(note);
    root.setAttribute("data-countries", "0");
  });

  function showPlace(pl, circle) {
    panel.replaceChildren();
    var a = document.createElement("a");
    a.href = "/entities/" + pl.id;
    a.textContent = pl.name;
    panel.appendChild(a);
    var t = document.createElement("div");
    t.textContent = [/^\d*$/.test(pl.admin1 || "") ? "" : pl.admin1, pl.country].filter(Boolean).join(", ");
    panel.appendChild(t);
    var n = document.createElement("div");
    n.textContent = Object.keys(pl.by_type).map(function (k) { return pl.by_type[k] + " " + k.replace(/_/g, " "); })
      .join(" · ");
    panel.appendChild(n);
    // the events table with the map's filters and this place
    var query = new URLSearchParams(location.search);
    query.set("place", pl.name);
    var list = document.createElement("a");
    list.href = "/events?" + query.toString();
    list.className = "place-events";
    list.textContent = "Events in and around " + pl.name + ", in the table";
    panel.appendChild(list);
    window.veillePanel.show(panel, circle, circle, true);
  }

  var places = fetch("/api/places" + location.search).then(function (r) {
    if (!r.ok) throw new Error("the filters were refused (" + r.status + ")");
    return r.json();
  }).then(function (data) {
    var list = data.places || [];
    list.forEach(function (pl) {
      var label = pl.name + ": " + pl.events + " events";
      var c = svg("circle", { cx: px(pl.lon), cy: py(pl.lat), r: (1.5 + Math.sqrt(pl.events)) * K / 4,
                              "class": "place", "data-id": pl.id, tabindex: 0, role: "button", "aria-label": label }, dots);
      svg("title", {}, c).textContent = label;
      window.veillePanel.activate(c, function () { showPlace(pl, c); });
    });
    if (list.length) {  // frame the points, with a margin
      var xs = list.map(function (p) { return px(p.lon); }), ys = list.map(function (p) { return py(p.lat); });
      var m = 12 * K, x0 = Math.min.apply(null, xs) - m, y0 = Math.min.apply(null, ys) - m;
      var w = Math.max(Math.max.apply(null, xs) + m - x0, 40 * K), h = Math.max(Math.max.apply(null, ys) + m - y0, 20 * K);
      map.setAttribute("viewBox", [x0, y0, w, h].join(" "));
      var least = MIN_RADIUS * w / (root.clientWidth || w);  // a point a finger can tap, on any screen
      dots.querySelectorAll("circle").forEach(function (c) {
        if (Number(c.getAttribute("r")) < least) c.setAttribute("r", least.toFixed(2));
      });
    }
    root.setAttribute("data-places", String(list.length));
  }).catch(function (e) {
    var note = document.createElement("p");
    note.textContent = "The places could not be shown: " + e.message;
    root.appendChild(note);
  });
  Promise.all([outlines, places]).then(function () { root.setAttribute("data-ready", "true"); });
})();
