"""Nominalisations: verbs turned into nouns (-ing, -heid)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import compress, repeat

from readability.model import Sentence, Vocabulary, indices_holding, is_word_text, texts_of
from readability.report import Finding, finding_at

_SUFFIXES = ("ing", "ingen", "heid", "heden")
# Ordinary nouns that only look like nominalisations.
_NOT_NOMINAL = frozenset(
    [
        "koning",
        "koningen",
        "woning",
        "woningen",
        "leerling",
        "leerlingen",
        "vreemdeling",
        "vreemdelingen",
        "sterveling",
        "zuigeling",
        "zuigelingen",
        "wandeling",
        "wandelingen",
        "tekening",
        "tekeningen",
        "rekening",
        "rekeningen",
        "richting",
        "richtingen",
        "stichting",
        "stichtingen",
        "vereniging",
        "verenigingen",
        "omgeving",
        "gemeenteraadsvergadering",
        "vergadering",
        "vergaderingen",
        "opleiding",
        "opleidingen",
        "regering",
        "woningen",
        "uitkering",
        "uitkeringen",
        "afdeling",
        "afdelingen",
        "verzekering",
        "verzekeringen",
        "gelegenheid",
        "gelegenheden",
        "overheid",
        "overheden",
        "veiligheid",
        "gezondheid",
        "mogelijkheid",
        "mogelijkheden",
        "vrijheid",
        "waarheid",
        "eenheid",
        "hoeveelheid",
        "hoeveelheden",
    ]
)


@lru_cache(maxsize=1 << 16)
def is_nominalisation(norm: str) -> bool:
    """A word of 8+ letters ending in -ing(en) or -heid/-heden, not in a list of everyday
    nouns that merely look like one (woning, leerling, rekening, uitkering, overheid...).
    The length limit keeps out ding, ring, koning and the like."""
    return len(norm) >= 8 and norm.endswith(_SUFFIXES) and norm not in _NOT_NOMINAL


def nominalisation_flags(norms: Sequence[str]) -> list[bool]:
    """``is_nominalisation`` of each lower-cased word, at once: the ending is tested on all
    of them in C, the rest of the rule only for the few with such an ending."""
    flags = list(map(str.endswith, norms, repeat(_SUFFIXES)))
    for i in compress(range(len(norms)), flags):
        flags[i] = is_nominalisation(norms[i])
    return flags


def nominalisation_density(forms: Mapping[str, int], total: int) -> float:
    """#nominalisations / #words (``forms`` counts real words by written form)."""
    if not total:
        return 0.0
    flags = nominalisation_flags(list(map(str.lower, forms)))
    return sum(compress(forms.values(), flags)) / total


def nominalisation_findings(
    sentences: list[Sentence], per_sentence: int = 3, vocab: Vocabulary | None = None
) -> list[Finding]:
    """Info when a sentence holds ``per_sentence`` or more nominalisations. ``vocab`` (the
    sentences' vocabulary) is computed when not given."""
    findings: list[Finding] = []
    if vocab is None:
        vocab = Vocabulary(sentences)
    norms = list(vocab.by_norm)
    nominal = vocab.texts_of(compress(norms, nominalisation_flags(norms)))
    nominal = frozenset(filter(is_word_text, nominal))
    if not nominal:
        return findings
    all_texts = texts_of(sentences)
    for k in indices_holding(sentences, nominal, vocab):
        texts = all_texts[k]
        if len(texts) < per_sentence or sum(map(nominal.__contains__, texts)) < per_sentence:
            continue
        s = sentences[k]
        hits = list(filter(nominal.__contains__, texts))
        if len(hits) >= per_sentence:
            names = ", ".join(hits)
            findings.append(
                finding_at(
                    s.segment,
                    s.start,
                    s.end,
                    "nominalisation",
                    "info",
                    f"Deze zin heeft veel zelfstandige naamwoorden van werkwoorden ({names}). "
                    "Gebruik liever het werkwoord.",
                )
            )
    return findings
