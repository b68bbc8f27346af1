"""Passive voice (lijdende vorm).

Rule, per clause (commas, semicolons, colons, brackets and dashes end a clause):

* A form of "worden" (word, wordt, worden, werd, werden) plus a past participle anywhere in
  the same clause is passive: "wordt ... betaald", "kan worden herzien", "dat ... herzien
  wordt". Participles: ge-...-d/-t/-en (also after a separable prefix: vastgesteld,
  toegekend) or a listed participle without ge- (betaald, verstrekt, herzien, ...).
* A form of "zijn" (is, zijn, was, waren) plus a participle is usually the perfect tense
  of an intransitive verb ("is gekomen", "is verhuisd"), so it counts only when the
  participle is on the transitive list (data/participles_nl.txt: "is ontvangen", "is
  vastgesteld") or the clause names an agent with "door".

A modal verb right before the auxiliary (kan worden herzien) is included in the span.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from importlib import resources
from itertools import chain, compress, repeat

from readability.model import Sentence, Vocabulary, indices_holding, is_word_text, texts_of
from readability.report import Finding, finding_at

WORDEN = frozenset({"word", "wordt", "worden", "werd", "werden"})
ZIJN = frozenset({"is", "zijn", "was", "waren"})
_AUXILIARIES = WORDEN | ZIJN
MODALS = frozenset(
    {
        "kan",
        "kunnen",
        "kon",
        "konden",
        "moet",
        "moeten",
        "moest",
        "moesten",
        "mag",
        "mogen",
        "mocht",
        "mochten",
        "zal",
        "zullen",
        "zou",
        "zouden",
        "wil",
        "willen",
    }
)
_GE_PARTICIPLE_RE = re.compile(
    r"(?:aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg|samen|tegen"
    r"|goed|kwijt|vrij|stop|thuis)?ge[a-zà-ÿ]{2,}(?:d|t|en)"
)
# Words that fit the ge- pattern but are no participle (nouns, infinitives, adjectives).
_NOT_PARTICIPLE = frozenset(
    [
        "gemeenten",
        "gebieden",
        "gesprekken",
        "gezinnen",
        "gedachten",
        "gevolgen",
        "getallen",
        "gewoonten",
        "geheimen",
        "gebouwen",
        "gebruiken",
        "geloven",
        "genieten",
        "gebeuren",
        "gelden",
        "geldt",
        "gewennen",
        "gehoorzamen",
        "getuigen",
        "gedogen",
        "gerechten",
        "geboden",
        "gevaarlijkst",
        "gezondheid",
        "gelegenheid",
        "gereedschappen",
        "genoten",
        "geleden",
        "gedurende",
        "gezond",
        "geschikt",
        "gewend",
        "gerust",
        "gelukt",
        "gebeurd",
        "geweest",
        "geworden",
        "gehad",
        "gekomen",
        "gegaan",
        "gebleven",
        "gestorven",
        "geboren",
        "gestopt",
        "gestart",
        "gedaald",
        "gestegen",
        "gegroeid",
        "gezakt",
        "geslaagd",
        "gereisd",
        "gelopen",
        "gevlogen",
        "gevallen",
        "gezwommen",
        "gereden",
        "gewandeld",
        "verhuisd",
        "overleden",
        "begonnen",
        "opgehouden",
        "toegenomen",
        "afgenomen",
        "opgegroeid",
    ]
)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    text = resources.files("readability").joinpath("data/participles_nl.txt").read_text("utf-8")
    sections: dict[str, set[str]] = {"no_ge": set(), "transitive": set()}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            continue
        if current in sections:
            sections[current].update(line.split())
    return frozenset(sections["no_ge"]), frozenset(sections["transitive"])


@lru_cache(maxsize=1 << 15)
def is_participle(norm: str) -> bool:
    """Past participle by the ge-pattern (minus known non-participles) or the no-ge list."""
    if norm in _NOT_PARTICIPLE:
        return False
    no_ge, transitive = _lists()
    if norm in no_ge or norm in transitive:
        return True
    return _GE_PARTICIPLE_RE.fullmatch(norm) is not None


# Every participle the ge-pattern finds ends like this; listed ones may end otherwise.
_PARTICIPLE_ENDINGS = ("d", "t", "en")


def _participles(norms: Collection[str]) -> list[str]:
    """The ``norms`` that are a participle (``is_participle``): the ending is tested on all
    of them at once, in C, and only words with a participle's ending or on a list take
    the full test."""
    no_ge, listed = _lists()
    maybe = compress(norms, map(str.endswith, norms, repeat(_PARTICIPLE_ENDINGS)))
    return list(filter(is_participle, chain(maybe, (no_ge | listed).intersection(norms))))


def _passive_span(
    texts: Sequence[str],
    norms: Sequence[str],
    clauses: list[int],
    i: int,
    participles: AbstractSet[str],
    transitive: AbstractSet[str],
) -> tuple[int, int] | None:
    """(first, last) word index of a passive around the auxiliary at ``i``, or None: one
    sentence's token texts, their lower-cased forms and clause numbers. ``participles``
    and ``transitive`` are the token texts that are a participle (``is_participle``) and a
    listed transitive one (real words only)."""
    clause = clauses[i]
    lo = clauses.index(clause)  # clause numbers rise along the sentence
    hi = lo + clauses.count(clause) - 1
    if norms[i] in WORDEN:
        completes = participles
    elif "door" in norms[lo : hi + 1]:  # an agent
        completes = transitive | participles
    else:
        completes = transitive
    # The completing word nearest to the auxiliary (the first of two as near).
    found = [
        k
        for k in compress(range(lo, hi + 1), map(completes.__contains__, texts[lo : hi + 1]))
        if k != i
    ]
    if not found:
        return None
    best = min(found, key=lambda k: abs(k - i))
    first, last = min(i, best), max(i, best)
    if first > lo and norms[first - 1] in MODALS:
        first -= 1
    return first, last


def passive_findings(
    sentences: list[Sentence], vocab: Vocabulary | None = None
) -> tuple[int, list[Finding]]:
    """(number of sentences with a passive, one "passive" warning per passive).

    ``vocab`` (the sentences' vocabulary) is computed when not given."""
    count = 0
    findings: list[Finding] = []
    if vocab is None:
        vocab = Vocabulary(sentences)
    auxiliaries = vocab.texts_of(_AUXILIARIES)
    if not auxiliaries:
        return count, findings
    # Only a sentence that can complete a passive needs its words: with a form of
    # "worden" or the agent "door", any participle; with only "zijn", a listed
    # transitive one. The word tests run once per distinct word, the sentence tests in C.
    listed = _lists()[1]
    transitive = frozenset(filter(is_word_text, vocab.texts_of(listed & vocab.by_norm.keys())))
    participles = frozenset(filter(is_word_text, vocab.texts_of(_participles(vocab.by_norm))))
    if not participles and not transitive:
        return count, findings
    opens_any = vocab.texts_of(WORDEN | {"door"})
    all_texts = texts_of(sentences)
    for k in indices_holding(sentences, auxiliaries, vocab):
        texts = all_texts[k]
        if transitive.isdisjoint(texts) and (
            participles.isdisjoint(texts) or opens_any.isdisjoint(texts)
        ):
            continue
        s = sentences[k]
        found = False
        norms = s.norms
        clauses = s.layout[1]
        for i in compress(range(len(texts)), map(auxiliaries.__contains__, texts)):
            span = _passive_span(texts, norms, clauses, i, participles, transitive)
            if span:
                found = True
                start, end = s.span(*span)
                findings.append(
                    finding_at(
                        s.segment,
                        start,
                        end,
                        "passive",
                        "warn",
                        "Dit is een lijdende vorm. Schrijf wie het doet, bijvoorbeeld "
                        "'Wij betalen...' in plaats van 'Er wordt betaald...'.",
                    )
                )
        count += found
    return count, findings
