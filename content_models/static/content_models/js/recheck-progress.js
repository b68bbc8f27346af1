// "Alles opnieuw controleren": while a run is busy (or queued, waiting for a worker), ask
// the JSON endpoint for its progress every few seconds and update the bar and the text in
// place. Without JavaScript the page keeps its "Bijwerken" link, which reloads the page.
(function () {
  "use strict";

  const POLL_MS = 2000;
  const ACTIVE = ["running", "waiting"];

  function init() {
    const box = document.querySelector("[data-helder-progress]");
    if (!box || !ACTIVE.includes(box.dataset.state)) return;
    const url = box.dataset.url;
    const bar = box.querySelector("[data-helder-progress-bar]");
    const text = box.querySelector("[data-helder-progress-text]");
    const refresh = box.querySelector("[data-helder-progress-refresh]");
    if (refresh) refresh.hidden = true;

    function show(progress) {
      if (bar) {
        bar.value = progress.percent;
        bar.textContent = progress.percent + "%";
        bar.hidden = !ACTIVE.includes(progress.state) && progress.state !== "finished";
      }
      if (text && progress.message) text.textContent = progress.message;
      box.dataset.state = progress.state;
      box.dataset.percent = String(progress.percent);
    }

    function poll() {
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (progress) {
          show(progress);
          if (ACTIVE.includes(progress.state)) window.setTimeout(poll, POLL_MS);
        })
        .catch(function () {
          // The link is the way on when the endpoint cannot be reached.
          if (refresh) refresh.hidden = false;
        });
    }

    window.setTimeout(poll, POLL_MS);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
