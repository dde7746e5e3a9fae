// The details panel of the article, timeline and map pages: beside the item it
// belongs to on a desktop, a bottom sheet on a phone (700 px wide or less).
// It has a close button; Escape closes it; focus moves into it and back to the
// item that opened it.
window.veillePanel = (function () {
  "use strict";
  var phone = window.matchMedia("(max-width: 700px)");
  var open = null;  // {panel, anchor, opener}
  var GAP = 8;

  function close() {
    if (!open) return;
    var was = open;
    open = null;
    was.panel.hidden = true;
    was.anchor.classList.remove("active");
    document.body.classList.remove("sheet-open");
    if (was.opener && was.opener.isConnected) was.opener.focus({ preventScroll: true });
  }

  function closeButton() {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "close";
    b.setAttribute("aria-label", "Close");
    b.textContent = "×";
    b.addEventListener("click", close);
    return b;
  }

  // Desktop: the panel's top at the anchor's height, kept inside the viewport;
  // `sideways` also puts it to the right of the anchor (left of it near the edge).
  function place(panel, anchor, sideways) {
    panel.style.top = "";
    panel.style.left = "";
    if (phone.matches) {  // the sheet must not hide what was tapped
      var covered = anchor.getBoundingClientRect().bottom - (window.innerHeight - panel.offsetHeight) + GAP;
      if (covered > 0) window.scrollBy(0, covered);
      return;
    }
    var host = panel.offsetParent || document.body;
    var a = anchor.getBoundingClientRect(), h = host.getBoundingClientRect();
    var top = Math.max(GAP, Math.min(a.top, window.innerHeight - panel.offsetHeight - GAP));
    panel.style.top = (top - h.top) + "px";
    if (sideways) {
      var left = a.right + GAP - h.left;
      if (left + panel.offsetWidth > host.clientWidth) left = a.left - GAP - panel.offsetWidth - h.left;
      panel.style.left = Math.max(0, left) + "px";
    }
  }

  // Show `panel` (its content already filled in) for `anchor`; focus returns to `opener`.
  function show(panel, anchor, opener, sideways) {
    if (open) open.anchor.classList.remove("active");
    panel.prepend(closeButton());
    panel.tabIndex = -1;
    panel.hidden = false;
    anchor.classList.add("active");
    document.body.classList.toggle("sheet-open", phone.matches);
    open = { panel: panel, anchor: anchor, opener: opener || anchor };
    place(panel, anchor, sideways);
    panel.focus({ preventScroll: true });
  }

  // Enter and Space act as a click on `el` (a focusable item that is not a button).
  function activate(el, action) {
    el.addEventListener("click", action);
    el.addEventListener("keydown", function (ev) {
      if (ev.target !== el || (ev.key !== "Enter" && ev.key !== " ")) return;
      ev.preventDefault();  // Space would scroll the page
      action(ev);
    });
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && open) { ev.preventDefault(); close(); }
  });
  return { show: show, close: close, activate: activate, phone: phone };
})();
