/* "Lees voor": reads the page aloud with the browser's own speech (Web Speech API).
   Progressive enhancement: the button stays hidden where speechSynthesis is missing.
   A toggle button: aria-pressed says whether it is reading; a live region says it too. */
(function () {
  "use strict";
  var root = document.querySelector("[data-read-aloud-root]");
  if (!root || !("speechSynthesis" in window) || typeof SpeechSynthesisUtterance !== "function") {
    return;
  }
  var button = root.querySelector("[data-read-aloud]");
  var status = root.querySelector("[data-read-aloud-status]");
  var synth = window.speechSynthesis;
  var language = document.documentElement.lang || "nl";

  function text() {
    var main = document.querySelector("main article") || document.querySelector("main");
    return main ? main.innerText : "";
  }

  function setReading(reading) {
    button.setAttribute("aria-pressed", reading ? "true" : "false");
    status.textContent = reading ? button.dataset.statusReading : button.dataset.statusStopped;
  }

  function stop() {
    try { synth.cancel(); } catch (error) { /* nothing to stop */ }
    setReading(false);
  }

  function start() {
    var utterance = new SpeechSynthesisUtterance(text());
    utterance.lang = language;
    var voice = synth.getVoices().filter(function (v) {
      return v.lang && v.lang.toLowerCase().indexOf(language.toLowerCase()) === 0;
    })[0];
    if (voice) { utterance.voice = voice; }
    utterance.onend = function () { setReading(false); };
    // Without a voice (some headless or minimal systems) speaking fails: show it stopped.
    utterance.onerror = function () { setReading(false); };
    setReading(true);
    try { synth.cancel(); synth.speak(utterance); } catch (error) { setReading(false); }
  }

  button.addEventListener("click", function () {
    if (button.getAttribute("aria-pressed") === "true") { stop(); } else { start(); }
  });
  window.addEventListener("pagehide", function () { try { synth.cancel(); } catch (e) { /* ignore */ } });
  root.hidden = false;
})();
