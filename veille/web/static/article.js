// Article page: a click on a highlight shows the records it belongs to.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("record").textContent);
  var statements = {}, events = {};
  (data.statements || []).forEach(function (s) { statements[s.id] = s; });
  (data.events || []).forEach(function (e) { events[e.id] = e; });
  var detail = document.getElementById("detail");

  function ids(el, name) { var v = el.getAttribute(name); return v ? v.split(" ") : []; }

  function line(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = text;  // text only: article text never becomes markup
    return el;
  }

  function figures(e) {
    var parts = [];
    (e.weapons || []).forEach(function (w) {
      var f = ["launched", "intercepted", "suppressed", "hit"].filter(function (k) { return w[k] !== null && w[k] !== undefined; })
        .map(function (k) { return k + " " + w[k]; });
      parts.push((w.category || "unspecified") + ": " + f.join(", "));
    });
    ["killed", "injured", "missing", "area_km2", "share_pct", "amount", "currency", "object"].forEach(function (k) {
      if (e[k] !== null && e[k] !== undefined) parts.push(k + " " + e[k]);
    });
    return parts.join(" · ");
  }

  function show(el) {
    document.querySelectorAll(".active").forEach(function (a) { a.classList.remove("active"); });
    detail.replaceChildren();
    ids(el, "data-st").forEach(function (id) {
      var s = statements[id];
      if (!s) return;
      var box = line("div", "statement-detail", "");
      box.appendChild(line("div", "speaker-name", s.speaker || "unattributed"));
      box.appendChild(line("div", "kind", s.kind + (s.cue ? ", " + s.cue : "") + (s.date ? ", " + s.date : "")));
      box.appendChild(line("q", "", s.text));
      detail.appendChild(box);
      var rec = document.getElementById("rec-" + id);
      if (rec) rec.classList.add("active");
    });
    ids(el, "data-ev").forEach(function (id) {
      var e = events[id];
      if (!e) return;
      var box = line("div", "event-detail", "");
      box.appendChild(line("strong", "", e.type + (e.date ? " " + e.date : "")));
      box.appendChild(line("div", "", figures(e)));
      detail.appendChild(box);
      var rec = document.getElementById("rec-" + id);
      if (rec) rec.classList.add("active");
    });
    el.classList.add("active");
    detail.hidden = detail.childElementCount === 0;
  }

  document.getElementById("text").addEventListener("click", function (ev) {
    var el = ev.target.closest("span[data-st], span[data-ev]");
    if (el) show(el);
  });
  document.getElementById("text").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.matches("span[data-st], span[data-ev]")) show(ev.target);
  });
  document.querySelectorAll(".record").forEach(function (rec) {
    rec.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) return;
      var sel = rec.dataset.st ? 'span[data-st~="' + rec.dataset.st + '"]' : 'span[data-ev~="' + rec.dataset.ev + '"]';
      var target = document.querySelector(sel);
      if (target) { target.scrollIntoView({ block: "center" }); show(target); }
    });
  });
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) { target.scrollIntoView({ block: "center" }); show(target); }
  }
})();
