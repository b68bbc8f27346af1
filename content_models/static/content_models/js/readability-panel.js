// The "Leesbaarheid" side panel: sends the unsaved editor form to the readability check
// a moment after the editor stops typing, and shows the verdict and findings. Clicking a
// finding marks its sentence in the editor, and in the preview when that is open.
(function () {
  "use strict";

  const DEBOUNCE_MS = 600;
  const POLL_MS = 500;
  const HIGHLIGHT = "helder-finding";
  const HIGHLIGHT_CSS = "::highlight(" + HIGHLIGHT + ") { background: #ffd75e; color: #000; }";

  function init() {
    const panel = document.querySelector("[data-helder-readability]");
    const form = document.querySelector("form[data-edit-form]");
    if (!panel || !form) return;

    const status = panel.querySelector("[data-helder-status]");
    const list = panel.querySelector("[data-helder-findings]");
    const sentenceList = panel.querySelector("[data-helder-sentences]");
    const sentenceHeading = panel.querySelector("[data-helder-sentences-heading]");
    const sentenceTemplate = panel.querySelector("[data-helder-sentence-template]");
    const template = panel.querySelector("[data-helder-finding-template]");
    let lastSent = null;
    let timer = null;
    let inFlight = null;

    function formBody() {
      const data = new FormData(form);
      const match = window.location.pathname.match(/\/pages\/add\/[^/]+\/[^/]+\/(\d+)\//);
      if (match) data.append("helder_parent_page", match[1]);
      return data;
    }

    function signature(data) {
      const parts = [];
      for (const [key, value] of data.entries()) {
        if (typeof value === "string") parts.push(key + "=" + value);
      }
      return parts.join("&");
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, DEBOUNCE_MS);
    }

    async function check() {
      const data = formBody();
      const sig = signature(data);
      if (sig === lastSent) return;
      lastSent = sig;
      if (inFlight) inFlight.abort();
      inFlight = new AbortController();
      const token = form.querySelector("input[name=csrfmiddlewaretoken]");
      try {
        const response = await fetch(panel.dataset.checkUrl, {
          method: "POST",
          body: data,
          headers: token ? { "X-CSRFToken": token.value } : {},
          credentials: "same-origin",
          signal: inFlight.signal,
        });
        if (!response.ok) throw new Error(String(response.status));
        render(await response.json());
      } catch (error) {
        if (error.name === "AbortError") return;
        status.innerHTML = "";
        status.append(paragraph("Controleren lukt nu niet. Probeer het zo nog eens.", ""));
        lastSent = null;
      }
    }

    function paragraph(text, state) {
      const p = document.createElement("p");
      p.className = "helder-readability__verdict" + (state ? " " + state : "");
      p.textContent = text;
      return p;
    }

    // The engine lists every sentence hardest first (rank 0 = hardest), each with its own
    // level and rule-based suggestions. Show the ones that need work, at most MAX_SENTENCES.
    const MAX_SENTENCES = 10;

    function renderSentences(sentences) {
      sentenceList.innerHTML = "";
      const shown = (sentences || [])
        .filter(function (s) { return s.suggestions && s.suggestions.length; })
        .sort(function (a, b) { return a.rank - b.rank; })
        .slice(0, MAX_SENTENCES);
      sentenceHeading.hidden = shown.length === 0;
      for (const sentence of shown) {
        const item = sentenceTemplate.content.firstElementChild.cloneNode(true);
        item.querySelector(".helder-readability__level").textContent =
          "Niveau " + sentence.level + " (" + sentence.words + " woorden)";
        item.querySelector(".helder-readability__excerpt").textContent = sentence.text;
        const tips = item.querySelector(".helder-readability__tips");
        for (const tip of sentence.suggestions) {
          const li = document.createElement("li");
          li.textContent = tip.message;
          tips.append(li);
        }
        item.querySelector("button").addEventListener("click", function () {
          highlightIn(form, sentence.text);
        });
        sentenceList.append(item);
      }
    }

    function render(result) {
      status.innerHTML = "";
      list.innerHTML = "";
      renderSentences(result.ok ? result.sentences : []);
      if (!result.ok) {
        status.append(paragraph(result.message, ""));
        return;
      }
      const state = result.passes ? "is-ok" : result.human_check ? "is-human-check" : "is-blocked";
      status.append(paragraph(result.verdict, state));
      panel.dataset.passes = result.passes ? "true" : "false";
      panel.dataset.humanCheck = result.human_check ? "true" : "false";
      for (const reason of result.reasons) {
        status.append(paragraph(reason, "is-reason"));
      }
      for (const finding of result.findings) {
        const item = template.content.firstElementChild.cloneNode(true);
        item.classList.add("is-" + finding.severity);
        item.querySelector(".helder-readability__message").textContent = finding.message;
        item.querySelector(".helder-readability__excerpt").textContent = finding.excerpt;
        item.querySelector(".helder-readability__suggestion").textContent = finding.suggestion
          ? "Beter: " + finding.suggestion
          : "";
        item.querySelector("button").addEventListener("click", function () {
          highlightIn(form, finding.excerpt);
          const preview = document.querySelector("iframe[data-w-preview-target], #w-preview-iframe");
          if (preview && preview.contentDocument) {
            highlightIn(preview.contentDocument.body, finding.excerpt);
          }
        });
        list.append(item);
      }
    }

    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    // Rich-text editors write to hidden inputs, which fire no events: look every so often,
    // and restart the wait only when the form really changed.
    let lastSeen = null;
    window.setInterval(function () {
      const sig = signature(formBody());
      if (sig !== lastSeen) {
        lastSeen = sig;
        if (sig !== lastSent) schedule();
      }
    }, POLL_MS);
    check();
  }

  function normalise(text) {
    return text.replace(/\s+/g, " ").trim();
  }

  // Find `excerpt` in the visible text under `root`; mark it and scroll to it.
  function highlightIn(root, excerpt) {
    const needle = normalise(excerpt).slice(0, 60);
    if (!needle) return false;
    const doc = root.ownerDocument || root;
    for (const field of root.querySelectorAll("textarea, input[type=text]")) {
      const at = field.value.indexOf(needle);
      if (at >= 0) {
        field.focus();
        field.setSelectionRange(at, at + needle.length);
        return true;
      }
    }
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = "";
    while (walker.nextNode()) {
      nodes.push({ node: walker.currentNode, start: text.length });
      text += walker.currentNode.nodeValue;
    }
    const at = text.replace(/\s/g, " ").indexOf(needle);
    if (at < 0) return false;
    const range = doc.createRange();
    const startNode = nodes.filter((n) => n.start <= at).pop();
    const endNode = nodes.filter((n) => n.start < at + needle.length).pop();
    range.setStart(startNode.node, at - startNode.start);
    range.setEnd(endNode.node, at + needle.length - endNode.start);
    const view = doc.defaultView;
    if (view.CSS && view.CSS.highlights && view.Highlight) {
      if (!doc.getElementById("helder-highlight-style")) {
        const style = doc.createElement("style");
        style.id = "helder-highlight-style";
        style.textContent = HIGHLIGHT_CSS;
        doc.head.append(style);
      }
      view.CSS.highlights.set(HIGHLIGHT, new view.Highlight(range));
    } else {
      const selection = view.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    startNode.node.parentElement.scrollIntoView({ block: "center", behavior: "auto" });
    return true;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
