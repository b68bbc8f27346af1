// Sends the feedback form with fetch and shows the thank-you in place.
// Without JavaScript the form posts normally and the server redirects back to #feedback.
(function () {
  "use strict";
  var form = document.querySelector("[data-feedback-form]");
  if (!form || !window.fetch || !window.FormData) return;
  var status = form.querySelector("[data-feedback-status]");

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "omit",
    })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (result) {
        if (result.ok) {
          var section = form.parentNode;
          var message = document.createElement("div");
          message.className = "utrecht-alert utrecht-alert--ok";
          message.setAttribute("role", "status");
          message.innerHTML = '<div class="utrecht-alert__content"><p class="utrecht-paragraph"></p></div>';
          message.querySelector("p").textContent = result.data.message;
          section.replaceChild(message, form);
          section.focus();
          return;
        }
        var errors = (result.data.errors || []).join(" ");
        status.textContent = result.data.message + (errors ? " " + errors : "");
        status.className = "helder-feedback__status helder-feedback__status--error";
        button.disabled = false;
      })
      .catch(function () {
        // Network trouble: fall back to a normal form post.
        form.submit();
      });
  });
})();
