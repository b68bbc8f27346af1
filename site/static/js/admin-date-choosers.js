// Starts Wagtail's date, time and date-time choosers from data attributes instead of the
// inline <script> Wagtail's widget templates write (see templates/wagtailadmin/widgets/).
// Fields can arrive later (filters refreshed over AJAX, dialogs), so new ones are watched.
(function () {
  var ALLOWED = ["initDateChooser", "initTimeChooser", "initDateTimeChooser"];

  function start(marker) {
    if (marker.dataset.helderStarted) return;
    var init = marker.getAttribute("data-helder-date-chooser");
    if (ALLOWED.indexOf(init) === -1 || typeof window[init] !== "function") return;
    marker.dataset.helderStarted = "1";
    window[init](marker.getAttribute("data-for"), JSON.parse(marker.getAttribute("data-config")));
  }

  function startAll(root) {
    if (root.matches && root.matches("[data-helder-date-chooser]")) start(root);
    if (root.querySelectorAll) root.querySelectorAll("[data-helder-date-chooser]").forEach(start);
  }

  function watch() {
    startAll(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(startAll);
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
