"""Rare words, by wordfreq's Dutch Zipf frequency (see readability/lexicon.py)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from readability.lexicon import zipf
from readability.model import Sentence, sentences_holding
from readability.report import Finding, finding_at

DEFAULT_THRESHOLD = 3.0


@lru_cache(maxsize=1 << 16)
def is_rare(form: str, threshold: float = DEFAULT_THRESHOLD, lang: str = "nl") -> bool:
    """Rare = Zipf frequency of the lower-cased word below ``threshold`` (3.0 = about once
    per million words).

    Never rare: words of 3 letters or fewer, words with digits, and capitalised words
    (names such as "Amsterdam"; abbreviations have their own rule). Numbers and
    ``{{ variables }}`` never reach this function.
    """
    if len(form) <= 3 or form[0].isupper() or any(map(str.isdigit, form)):
        return False
    return zipf(form.lower().rstrip("."), lang) < threshold


def rare_word_share(
    forms: Mapping[str, int], total: int, threshold: float = DEFAULT_THRESHOLD
) -> float:
    """#rare words / #words (``forms`` counts real words by written form)."""
    if not total:
        return 0.0
    return sum(n for form, n in forms.items() if is_rare(form, threshold)) / total


def rare_word_findings(
    sentences: list[Sentence],
    forms: Mapping[str, int],
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 50,
) -> list[Finding]:
    """One info finding at the first use of each rare word (at most ``limit``)."""
    rare = {form for form in forms if is_rare(form, threshold)}
    findings: list[Finding] = []
    if not rare:
        return findings
    for s in sentences_holding(sentences, rare):
        for w in s.words:
            if w.text in rare:
                rare.discard(w.text)
                findings.append(
                    finding_at(
                        s.segment,
                        w.start,
                        w.end,
                        "word.rare",
                        "info",
                        "Dit woord kennen veel lezers niet. Kies een bekender woord of leg "
                        "het uit.",
                    )
                )
                if not rare or len(findings) >= limit:
                    return findings
    return findings
