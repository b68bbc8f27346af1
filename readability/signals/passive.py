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
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from importlib import resources
from itertools import chain, compress, repeat
from typing import NamedTuple

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


class _Forms(NamedTuple):
    """The token texts of a text that play a part in the rule (real words only)."""

    worden: frozenset[str]  # a form of "worden"
    door: frozenset[str]
    modals: frozenset[str]
    participles: frozenset[str]  # ``is_participle``
    transitive: frozenset[str]  # a listed transitive participle
    either: frozenset[str]  # participles | transitive


def _nearest(at: Sequence[int], i: int, lo: int, hi: int) -> int | None:
    """The position in ``at`` (rising) nearest to ``i`` within ``lo``..``hi - 1``, ``i``
    itself left out; of two as near, the first."""
    j = bisect_left(at, i)
    before = at[j - 1] if j and at[j - 1] >= lo else None
    if j < len(at) and at[j] == i:
        j += 1
    after = at[j] if j < len(at) and at[j] < hi else None
    if before is None:
        return after
    if after is None or i - before <= after - i:
        return before
    return after


def _passive_spans(
    texts: Sequence[str], clauses: Sequence[int], forms: _Forms, auxiliaries: AbstractSet[str]
) -> list[tuple[int, int]]:
    """(first, last) word index of the passive around each auxiliary of one sentence (its
    token texts and clause numbers) that completes one.

    The words that can complete a passive are found once per sentence and each auxiliary
    looks for the nearest by bisection, so a sentence costs time in proportion to its
    length, however many auxiliaries it holds."""
    n = len(texts)
    positions = range(n)
    participle_at = list(compress(positions, map(forms.participles.__contains__, texts)))
    transitive_at = list(compress(positions, map(forms.transitive.__contains__, texts)))
    door_at: list[int] = []
    either_at: list[int] = []
    if not forms.door.isdisjoint(texts):
        door_at = list(compress(positions, map(forms.door.__contains__, texts)))
        either_at = list(compress(positions, map(forms.either.__contains__, texts)))
    spans = []
    for i in compress(positions, map(auxiliaries.__contains__, texts)):
        clause = clauses[i]
        # Clause numbers rise along the sentence: its clause is found by bisection.
        lo, hi = bisect_left(clauses, clause), bisect_right(clauses, clause)
        if texts[i] in forms.worden:
            completes = participle_at
        elif bisect_left(door_at, lo) < bisect_left(door_at, hi):  # an agent
            completes = either_at
        else:
            completes = transitive_at
        best = _nearest(completes, i, lo, hi)
        if best is None:
            continue
        first, last = min(i, best), max(i, best)
        if first > lo and texts[first - 1] in forms.modals:
            first -= 1
        spans.append((first, last))
    return spans


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
    forms = _Forms(
        vocab.texts_of(WORDEN),
        vocab.texts_of({"door"}),
        vocab.texts_of(MODALS),
        participles,
        transitive,
        participles | transitive,
    )
    opens_any = forms.worden | forms.door
    all_texts = texts_of(sentences)
    for k in indices_holding(sentences, auxiliaries, vocab):
        texts = all_texts[k]
        if transitive.isdisjoint(texts) and (
            participles.isdisjoint(texts) or opens_any.isdisjoint(texts)
        ):
            continue
        s = sentences[k]
        spans = _passive_spans(texts, s.layout[1], forms, auxiliaries)
        for span in spans:
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
        count += bool(spans)
    return count, findings
