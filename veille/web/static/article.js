// Article page: a click, a tap, Enter or Space on a highlight (or on a record in
// the list) shows the records it belongs to in the details panel; /documents/x#S3
// and #V2 open statement S3 and event V2.
(function () {
  "use strict";
  var panel = window.veillePanel;
  var text = document.getElementById("text");
  var detail = document.getElementById("detail");
  var MARKS = "span[data-st], span[data-spk], span[data-ev]";

  function ids(el, name) { var v = el.getAttribute(name); return v ? v.split(" ") : []; }

  // The first piece of the text that belongs to a statement or an event.
  function firstPiece(id) {
    var el = document.getElementById(id);
    if (el && text.contains(el)) return el;
    return text.querySelector('span[data-st~="' + id + '"], span[data-ev~="' + id + '"]');
  }

  // The panel shows copies of the records' list items (markup the server
  // escaped: article text never becomes markup here).
  function show(recordIds, anchor, opener) {
    document.querySelectorAll(".active").forEach(function (a) { a.classList.remove("active"); });
    detail.replaceChildren();
    recordIds.forEach(function (id) {
      var rec = document.getElementById("rec-" + id);
      if (!rec) return;
      var box = document.createElement("div");
      box.className = "record-detail" + (rec.dataset.st ? " statement-detail" : " event-detail");
      Array.prototype.forEach.call(rec.childNodes, function (n) { box.appendChild(n.cloneNode(true)); });
      detail.appendChild(box);
      rec.classList.add("active");
    });
    if (!detail.childElementCount) return;
    anchor.classList.add("active");
    panel.show(detail, anchor, opener);
  }

  // A speaker's name opens the statements it introduces.
  function showPiece(el) {
    var st = ids(el, "data-st");
    show((st.length ? st : ids(el, "data-spk")).concat(ids(el, "data-ev")), el);
  }

  // Each statement's speaker letter (from the list) on its first piece of text:
  // the colour is not the only cue.
  document.querySelectorAll(".record[data-st] .sw[data-mark]").forEach(function (sw) {
    var piece = firstPiece(sw.parentElement.dataset.st);
    if (piece) piece.setAttribute("data-mark", sw.getAttribute("data-mark"));
  });

  text.querySelectorAll(MARKS).forEach(function (el) {
    el.setAttribute("role", "button");
    panel.activate(el, function () { showPiece(el); });
  });
  document.querySelectorAll(".record").forEach(function (rec) {
    panel.activate(rec, function (ev) {
      if (ev.target.closest("a")) return;
      var id = rec.dataset.st || rec.dataset.ev, piece = firstPiece(id);
      if (piece) piece.scrollIntoView({ block: "center" });
      show([id], piece || rec, rec);
    });
  });

  function fromHash() {
    var id = location.hash.slice(1), piece = /^[\w-]+$/.test(id) && firstPiece(id);  // ids veille made: S3, V2
    if (!piece) return;
    piece.scrollIntoView({ block: "center" });
    show([id], piece);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
