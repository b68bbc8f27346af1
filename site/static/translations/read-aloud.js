/* The browser's own voice, as an extra next to the read-aloud made on the server.
   It reads the article's content only: the listen section, glossary list, navigation,
   buttons and hidden helper text are left out. Where the browser has no voice for the
   page's language, it says so in plain words instead of failing silently. */
(function () {
  "use strict";
  var root = document.querySelector("[data-read-aloud-root]");
  if (!root) { return; }
  var button = root.querySelector("[data-read-aloud]");
  var status = root.querySelector("[data-read-aloud-status]");
  var language = (document.documentElement.lang || "nl").toLowerCase();
  var SKIP = ".helder-listen, .helder-terms, nav, button, script, style, audio, video, " +
    ".helder-visually-hidden, [hidden], [aria-hidden='true'], [data-no-read]";
  var hasApi = "speechSynthesis" in window && typeof SpeechSynthesisUtterance === "function";
  var synth = hasApi ? window.speechSynthesis : null;

  function say(message) { status.textContent = message; }

  function voiceFor() {
    if (!synth) { return null; }
    return synth.getVoices().filter(function (v) {
      return v.lang && v.lang.toLowerCase().split("-")[0] === language.split("-")[0];
    })[0] || null;
  }

  function text() {
    var article = document.querySelector("main article");
    if (!article) { return ""; }
    var copy = article.cloneNode(true);
    copy.querySelectorAll(SKIP).forEach(function (node) { node.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function setReading(reading) {
    button.setAttribute("aria-pressed", reading ? "true" : "false");
    say(reading ? button.dataset.statusReading : button.dataset.statusStopped);
  }

  function noVoice() {
    button.setAttribute("aria-pressed", "false");
    say(button.dataset.statusNoVoice);
  }

  function start() {
    var voice = voiceFor();
    if (!voice) { noVoice(); return; }
    var utterance = new SpeechSynthesisUtterance(text());
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.onend = function () { setReading(false); };
    utterance.onerror = function (event) {
      if (event.error === "interrupted" || event.error === "canceled") { setReading(false); } else { noVoice(); }
    };
    setReading(true);
    try { synth.cancel(); synth.speak(utterance); } catch (error) { noVoice(); }
  }

  function stop() {
    try { synth.cancel(); } catch (error) { /* nothing to stop */ }
    setReading(false);
  }

  button.addEventListener("click", function () {
    if (!synth) { noVoice(); return; }
    if (button.getAttribute("aria-pressed") === "true") { stop(); } else { start(); }
  });
  if (synth) {
    // Some browsers load their voices late; asking once starts the loading.
    synth.getVoices();
    window.addEventListener("pagehide", function () { try { synth.cancel(); } catch (e) { /* ignore */ } });
  }
  root.hidden = false;
})();
