"""Rare words, by wordfreq's Dutch Zipf frequency (see readability/lexicon.py)."""

from __future__ import annotations

from readability.lexicon import zipf
from readability.model import Sentence, Word
from readability.report import Finding, finding_at

DEFAULT_THRESHOLD = 3.0


def is_rare(word: Word, threshold: float = DEFAULT_THRESHOLD, lang: str = "nl") -> bool:
    """Rare = Zipf frequency below ``threshold`` (3.0 = about once per million words).

    Never rare: numbers, ``{{ variables }}``, words of 3 letters or fewer, words with digits,
    words written with capitals after the first letter (abbreviations, handled elsewhere).
    """
    if word.kind != "word" or len(word.norm) <= 3:
        return False
    text = word.text
    if any(c.isdigit() for c in text) or any(c.isupper() for c in text[1:]):
        return False
    return zipf(word.norm.rstrip("."), lang) < threshold


def _is_name(word: Word, first: bool) -> bool:
    # A capitalised word that does not start the sentence is most likely a name.
    return not first and word.text[:1].isupper()


def rare_word_share(sentences: list[Sentence], threshold: float = DEFAULT_THRESHOLD) -> float:
    """#rare words / #words, names (capitalised, not sentence-initial) not counted as rare."""
    total = rare = 0
    for s in sentences:
        for i, w in enumerate(s.words):
            total += 1
            if not _is_name(w, i == 0) and is_rare(w, threshold):
                rare += 1
    return rare / total if total else 0.0


def rare_word_findings(
    sentences: list[Sentence], threshold: float = DEFAULT_THRESHOLD, limit: int = 50
) -> list[Finding]:
    """One info finding at the first use of each rare word (at most ``limit``)."""
    seen: set[str] = set()
    findings = []
    for s in sentences:
        for i, w in enumerate(s.words):
            if w.norm in seen or _is_name(w, i == 0) or not is_rare(w, threshold):
                continue
            seen.add(w.norm)
            findings.append(
                finding_at(
                    s.segment,
                    w.start,
                    w.end,
                    "word.rare",
                    "info",
                    "Dit woord kennen veel lezers niet. Kies een bekender woord of leg het uit.",
                )
            )
            if len(findings) >= limit:
                return findings
    return findings
