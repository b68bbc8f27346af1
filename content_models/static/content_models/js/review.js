// Helder review: the "Publiceren zonder toets" dialog and marking a passage while reading.
(function () {
  "use strict";

  function setUpForceDialog() {
    var dialog = document.querySelector("[data-helder-force-dialog]");
    if (!dialog) return;
    // The action menu is a drop-up that may be re-rendered; the dialog lives on the page.
    // Its fields belong to the editor form through their form="" attribute.
    document.body.appendChild(dialog);
    var reason = dialog.querySelector("[data-helder-force-reason]");
    var error = dialog.querySelector("#helder-force-error");
    var minLength = parseInt(reason.getAttribute("data-min-length"), 10) || 1;

    document.addEventListener("click", function (event) {
      var opener = event.target.closest("[data-helder-force-open]");
      if (!opener) return;
      event.preventDefault();
      error.hidden = true;
      reason.removeAttribute("aria-invalid");
      dialog.showModal();
      reason.focus();
    });
    reason.addEventListener("input", function () {
      if (reason.value.trim().length >= minLength) {
        error.hidden = true;
        reason.removeAttribute("aria-invalid");
      }
    });
    dialog.querySelector("[data-helder-force-close]").addEventListener("click", function () {
      dialog.close();
    });
    dialog.querySelector("[data-helder-force-submit]").addEventListener("click", function (event) {
      if (reason.value.trim().length < minLength) {
        // The server refuses too; this only saves a round trip.
        event.preventDefault();
        error.hidden = false;
        reason.setAttribute("aria-invalid", "true");
        reason.focus();
      }
    });
  }

  function setUpPassageMarking() {
    var text = document.querySelector("[data-helder-reading-text]");
    var passage = document.querySelector("textarea[name='passage']");
    if (!text || !passage) return;
    function takeSelection() {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed) return;
      var node = selection.anchorNode;
      if (!node || !text.contains(node)) return;
      var chosen = selection.toString().trim();
      if (chosen) passage.value = chosen.slice(0, 1000);
    }
    text.addEventListener("mouseup", takeSelection);
    text.addEventListener("keyup", takeSelection);
    text.addEventListener("touchend", takeSelection);
  }

  function start() {
    setUpForceDialog();
    setUpPassageMarking();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
