// Strikes timeline: one chart per weapon category, a point per night and figure.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var SERIES = ["launched", "intercepted", "suppressed"];
  var W = 900, H = 220, L = 48, R = 12, T = 22, B = 28;
  var behind = document.getElementById("behind");

  function svg(tag, attrs, parent) {
    var el = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(el);
    return el;
  }
  function day(s) { return Date.parse(s + "T00:00:00Z"); }

  function showBehind(p, series) {
    behind.replaceChildren();
    var h = document.createElement("strong");
    h.textContent = p.date + " · " + p.category + " · " + series + " " + p[series];
    behind.appendChild(h);
    var ul = document.createElement("ul");
    p.documents.forEach(function (d) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = "/documents/" + encodeURIComponent(d.id);
      a.textContent = (d.title || d.id) + (d.outlet ? " (" + d.outlet + ")" : "");
      li.appendChild(a); ul.appendChild(li);
    });
    behind.appendChild(ul);
    behind.hidden = false;
  }

  function chart(category, points, x0, x1, root) {
    var box = document.createElement("section");
    var title = document.createElement("h2");
    title.textContent = category;
    box.appendChild(title);
    var s = svg("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, "class": "chart", "data-category": category }, box);
    var ymax = Math.max.apply(null, points.map(function (p) {
      return Math.max.apply(null, SERIES.map(function (k) { return p[k] || 0; }));
    }).concat([1]));
    var span = Math.max(x1 - x0, 86400000);
    function x(d) { return L + (W - L - R) * (day(d) - x0) / span; }
    function y(v) { return H - B - (H - T - B) * v / ymax; }
    svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, "class": "axis" }, s);
    svg("line", { x1: L, y1: T, x2: L, y2: H - B, "class": "axis" }, s);
    svg("text", { x: 4, y: T + 4 }, s).textContent = String(ymax);
    svg("text", { x: 4, y: H - B }, s).textContent = "0";
    svg("text", { x: L, y: H - 8 }, s).textContent = new Date(x0).toISOString().slice(0, 10);
    svg("text", { x: W - R - 70, y: H - 8 }, s).textContent = new Date(x1).toISOString().slice(0, 10);
    SERIES.forEach(function (k) {
      var pts = points.filter(function (p) { return p[k] !== null && p[k] !== undefined; });
      if (pts.length > 1) {
        svg("polyline", { points: pts.map(function (p) { return x(p.date) + "," + y(p[k]); }).join(" "),
                          "class": "line s-" + k }, s);
      }
      pts.forEach(function (p) {
        var c = svg("circle", { cx: x(p.date), cy: y(p[k]), r: 4.5, "class": "point s-" + k,
                                "data-date": p.date, "data-series": k, tabindex: 0 }, s);
        svg("title", {}, c).textContent = p.date + ": " + k + " " + p[k];
        c.addEventListener("click", function () { showBehind(p, k); });
      });
    });
    root.appendChild(box);
  }

  fetch("/api/timeline").then(function (r) { return r.json(); }).then(function (data) {
    var root = document.getElementById("charts");
    var points = data.points || [];
    if (!points.length) { root.textContent = "No attack figures in the ledger yet."; return; }
    var times = points.map(function (p) { return day(p.date); });
    var x0 = Math.min.apply(null, times), x1 = Math.max.apply(null, times);
    var cats = [];
    points.forEach(function (p) { if (cats.indexOf(p.category) < 0) cats.push(p.category); });
    cats.sort().forEach(function (c) {
      chart(c, points.filter(function (p) { return p.category === c; }), x0, x1, root);
    });
    root.setAttribute("data-ready", "true");
  });
})();
