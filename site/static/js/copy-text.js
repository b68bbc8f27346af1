// Copy buttons on the letter pages (data-kopieer="<textarea id>").
// Progressive enhancement: without JavaScript the text can still be selected and copied.
if (navigator.clipboard) {
  document.querySelectorAll("[data-kopieer]").forEach(function (button) {
    var id = button.getAttribute("data-kopieer");
    var status = document.querySelector('[data-kopieer-status="' + id + '"]');
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(document.getElementById(id).value).then(function () {
        status.textContent = "De tekst is gekopieerd.";
      }, function () {
        status.textContent = "Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.";
      });
    });
  });
}
