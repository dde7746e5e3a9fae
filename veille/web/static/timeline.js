// Strikes timeline: one chart per weapon category, a point per night and figure,
// the official record's nightly figures beside them when the ledger holds them.
// The page's filters (location.search) go on to the API.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var SERIES = ["launched", "intercepted", "suppressed"];
  var RECORD = ["launched", "destroyed"];  // the Air Force report's columns
  var DAY = 86400000, BREAK = 2 * DAY;     // no line between nights further apart
  var H = 220, L = 48, R = 12, T = 22, B = 28;
  var panel = window.veillePanel;
  var root = document.getElementById("charts"), behind = document.getElementById("behind");
  var W = Math.max(320, Math.min(1200, Math.round(root.clientWidth || 900)));  // 1:1 on the screen it is drawn on

  function svg(tag, attrs, parent) {
    var el = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(el);
    return el;
  }
  function html(tag, text, parent) {
    var el = document.createElement(tag);
    if (text) el.textContent = text;
    if (parent) parent.appendChild(el);
    return el;
  }
  function day(s) { return Date.parse(s.slice(0, 10) + "T00:00:00Z"); }

  // Runs of nights at most BREAK apart: a line joins the points of one run only.
  function runs(pts) {
    var out = [], run = [];
    pts.forEach(function (p, i) {
      if (i && day(p.date) - day(pts[i - 1].date) > BREAK) { out.push(run); run = []; }
      run.push(p);
    });
    if (run.length) out.push(run);
    return out;
  }

  function recordLine(night, parent) {
    var p = html("p", "Official record (Air Force): " + RECORD.map(function (k) {
      return (night[k] === null || night[k] === undefined ? "—" : night[k]) + " " + k;
    }).join(", ") + " ", parent);
    var a = html("a", "see that night's report", p);
    a.href = "/records?date=" + encodeURIComponent(night.date);
  }

  function showBehind(p, series, anchor, night) {
    behind.replaceChildren();
    html("strong", p.date + " · " + words(p.category) + " · " + series + " " + p[series], behind);
    var ul = html("ul", "", behind);
    p.documents.forEach(function (d) {
      var a = html("a", (d.title || d.id) + (d.outlet ? " (" + d.outlet + ")" : ""), html("li", "", ul));
      a.href = "/documents/" + encodeURIComponent(d.id);
      if (d.language) a.lang = d.language;
    });
    if (night) recordLine(night, behind);
    panel.show(behind, anchor, anchor, true);
  }

  function showNight(night, anchor) {
    behind.replaceChildren();
    html("strong", night.date + " · " + words(night.category), behind);
    recordLine(night, behind);
    panel.show(behind, anchor, anchor, true);
  }

  function axes(s, ymax, x0, x1) {
    svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, "class": "axis" }, s);
    svg("line", { x1: L, y1: T, x2: L, y2: H - B, "class": "axis" }, s);
    svg("text", { x: 4, y: T + 4 }, s).textContent = String(ymax);
    svg("text", { x: 4, y: H - B }, s).textContent = "0";
    svg("text", { x: L, y: H - 8 }, s).textContent = new Date(x0).toISOString().slice(0, 10);
    svg("text", { x: W - R, y: H - 8, "text-anchor": "end" }, s).textContent = new Date(x1).toISOString().slice(0, 10);
    var ticks = W < 600 ? 1 : 3;  // months between the ends, as many as the width holds
    for (var i = 1; i <= ticks && x1 - x0 > 60 * DAY; i++) {
      var at = L + (W - L - R) * i / (ticks + 1);
      svg("line", { x1: at, y1: H - B, x2: at, y2: H - B + 4, "class": "axis" }, s);
      svg("text", { x: at, y: H - 8, "text-anchor": "middle" }, s).textContent =
        new Date(x0 + (x1 - x0) * i / (ticks + 1)).toISOString().slice(0, 7);
    }
  }

  function line(pts, xy, cls, s) {
    runs(pts).forEach(function (run) {
      if (run.length > 1) {
        svg("polyline", { points: run.map(function (p) { return xy(p).join(","); }).join(" "), "class": cls,
                          "data-dates": run.map(function (p) { return p.date; }).join(" ") }, s);
      }
    });
  }

  function words(category) { return category.replace(/_/g, " "); }  // "ballistic_missile": ballistic missile

  function chart(category, points, nights, x0, x1) {
    var box = html("section", "", root);
    html("h2", words(category), box);
    var s = svg("svg", { viewBox: "0 0 " + W + " " + H, "class": "chart", "data-category": category,
                         role: "group", "aria-label": words(category) + ": figures per night" }, box);
    var byDate = {};
    nights.forEach(function (n) { byDate[n.date] = n; });
    var values = [1];
    points.forEach(function (p) { SERIES.forEach(function (k) { values.push(p[k] || 0); }); });
    nights.forEach(function (n) { RECORD.forEach(function (k) { values.push(n[k] || 0); }); });
    var ymax = Math.max.apply(null, values), span = Math.max(x1 - x0, DAY);
    function x(d) { return L + 6 + (W - L - R - 6) * (day(d) - x0) / span; }  // clear of the axis
    function y(v) { return H - B - (H - T - B) * v / ymax; }
    axes(s, ymax, x0, x1);
    RECORD.forEach(function (k) {
      var pts = nights.filter(function (n) { return n[k] !== null && n[k] !== undefined; });
      line(pts, function (n) { return [x(n.date), y(n[k])]; }, "line record s-record-" + k, s);
      pts.forEach(function (n) {
        var r = svg("rect", { x: x(n.date) - 3, y: y(n[k]) - 3, width: 6, height: 6, "class": "record s-record-" + k,
                              "data-date": n.date, "data-series": "record-" + k }, s);
        svg("title", {}, r).textContent = n.date + ": record " + k + " " + n[k];
        r.addEventListener("click", function () { showNight(n, r); });
      });
    });
    SERIES.forEach(function (k) {
      var pts = points.filter(function (p) { return p[k] !== null && p[k] !== undefined; });
      line(pts, function (p) { return [x(p.date), y(p[k])]; }, "line s-" + k, s);
      pts.forEach(function (p) {
        var label = p.date + ", " + words(category) + ": " + k + " " + p[k];
        var c = svg("circle", { cx: x(p.date), cy: y(p[k]), r: 5, "class": "point s-" + k, "data-date": p.date,
                                "data-series": k, tabindex: 0, role: "button", "aria-label": label + ", the articles behind it" }, s);
        svg("title", {}, c).textContent = label;
        panel.activate(c, function () { showBehind(p, k, c, byDate[p.date]); });
      });
    });
  }

  // The record's nights in the points' range; none when the route is absent (404) or fails.
  function recordNights(from, to) {
    var q = "?from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to);
    return fetch("/api/records/nights" + q).then(function (r) { return r.ok ? r.json() : { nights: [] }; })
      .then(function (d) { return d.nights || []; }, function () { return []; });
  }

  function draw(points, nights) {
    var times = points.map(function (p) { return day(p.date); });
    var x0 = Math.min.apply(null, times), x1 = Math.max.apply(null, times);
    if (x1 - x0 < 4 * DAY) { x0 -= 2 * DAY; x1 += 2 * DAY; }  // a night or two: in the middle, not on the axis
    var cats = [];
    points.forEach(function (p) { if (cats.indexOf(p.category) < 0) cats.push(p.category); });
    nights = nights.filter(function (n) { var t = day(n.date); return t >= x0 && t <= x1; })
      .sort(function (a, b) { return day(a.date) - day(b.date); });
    cats.sort().forEach(function (c) {
      chart(c, points.filter(function (p) { return p.category === c; }),
            nights.filter(function (n) { return n.category === c; }), x0, x1);
    });
    root.setAttribute("data-record-nights", String(nights.length));
    document.getElementById("record-keys").hidden = !nights.length;
  }

  fetch("/api/timeline" + location.search).then(function (r) {
    if (!r.ok) throw new Error("the filters were refused (" + r.status + ")");
    return r.json();
  }).then(function (data) {
    var points = data.points || [];
    if (!points.length) { root.textContent = "No attack figures for these filters."; return null; }
    return recordNights(points[0].date, points[points.length - 1].date).then(function (nights) { draw(points, nights); });
  }).catch(function (e) {
    root.textContent = "The timeline could not be drawn: " + e.message;
  }).then(function () { root.setAttribute("data-ready", "true"); });
})();
