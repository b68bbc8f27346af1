"""Rare words, by wordfreq's Dutch Zipf frequency (see readability/lexicon.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import repeat
from operator import getitem, lt, methodcaller

from readability.lexicon import frequency_table, zipf
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


def rare_forms(forms: Iterable[str], threshold: float = DEFAULT_THRESHOLD) -> list[str]:
    """The forms that are rare (``is_rare``), in order: the same rule, with the cheap tests
    over all forms at once in C; only a word missing from the frequency table takes a
    Python step."""
    forms = list(forms)
    table = frequency_table("nl")
    if not table:
        return [f for f in forms if is_rare(f, threshold)]
    # Long enough, not capitalised, and (when not all letters) without digits.
    maybe = [
        f
        for f, long, upper, alpha in zip(
            forms,
            map(lt, repeat(3), map(len, forms)),
            map(str.isupper, map(getitem, forms, repeat(slice(0, 1)))),
            map(str.isalpha, forms),
            strict=True,
        )
        if long and not upper and (alpha or not any(map(str.isdigit, f)))
    ]
    lows = list(map(_STRIP_DOT, map(str.lower, maybe)))
    known = list(map(table.get, lows))
    return [
        f
        for f, low, z in zip(maybe, lows, known, strict=True)
        if (z if z is not None else zipf(low)) < threshold
    ]


_STRIP_DOT = methodcaller("rstrip", ".")


def rare_word_share(
    forms: Mapping[str, int],
    total: int,
    threshold: float = DEFAULT_THRESHOLD,
    rare: Iterable[str] | None = None,
) -> float:
    """#rare words / #words (``forms`` counts real words by written form; ``rare`` are
    their ``rare_forms`` when the caller has them already)."""
    if not total:
        return 0.0
    if rare is None:
        rare = rare_forms(forms, threshold)
    return sum(map(forms.__getitem__, rare)) / total


def rare_word_findings(
    sentences: list[Sentence],
    forms: Mapping[str, int],
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 50,
    rare: Iterable[str] | None = None,
) -> list[Finding]:
    """One info finding at the first use of each rare word (at most ``limit``; ``rare`` as
    for ``rare_word_share``)."""
    rare = set(rare_forms(forms, threshold) if rare is None else rare)
    findings: list[Finding] = []
    if not rare:
        return findings
    for s in sentences_holding(sentences, rare):
        for k, text in enumerate(s.texts):
            if text in rare:
                rare.discard(text)
                start, end = s.span(k, k)
                findings.append(
                    finding_at(
                        s.segment,
                        start,
                        end,
                        "word.rare",
                        "info",
                        "Dit woord kennen veel lezers niet. Kies een bekender woord of leg "
                        "het uit.",
                    )
                )
                if not rare or len(findings) >= limit:
                    return findings
    return findings
