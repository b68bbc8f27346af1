"""Per-sentence counts, from which the text's, each paragraph's and each sentence's
signals are derived with the same formulas (so the levels agree with one another).

Per distinct written form we look up once: syllables, long word, content word, its
(compound-aware) Zipf frequency, hard word, clause opener, nominalisation. A sentence's
counts are then column sums over its words (``map`` over dict look-ups, no Python step per
word), and a paragraph's or the text's counts are sums over its sentences.

Clauses are approximated without a parser (LiNT counts finite verbs with a tagger, which
we do not have): one clause per sentence plus one per subordinating conjunction or
relative pronoun ("omdat", "dat", "die", "waarin", ...) and per "want"/"maar".
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import repeat
from operator import attrgetter

from readability.model import Sentence, Vocabulary, is_word_text
from readability.signals.long_words import is_long_word
from readability.signals.nominalisations import is_nominalisation
from readability.signals.word_frequency import RARE_ZIPF, word_profile
from readability.syllables import count_syllables

CLAUSE_OPENERS = frozenset(
    [
        "dat",
        "omdat",
        "doordat",
        "zodat",
        "terwijl",
        "nadat",
        "voordat",
        "totdat",
        "zodra",
        "hoewel",
        "indien",
        "tenzij",
        "mits",
        "opdat",
        "alsof",
        "wanneer",
        "die",
        "welke",
        "waarin",
        "waarmee",
        "waarop",
        "waarvoor",
        "waarover",
        "waarbij",
        "waardoor",
        "waaruit",
        "waarnaar",
        "want",
        "maar",
    ]
)

_TEXTS = attrgetter("texts")

# Column order of a count vector.
WORDS, SYLLABLES, LONG, CONTENT, ZIPF_SUM, HARD, OPENERS, NOMINAL = range(8)
EXPLAINED_ZIPF = 4.0  # an explained term counts as a word most readers know
_ZERO = (1, 1, 0, 0, 0.0, 0, 0, 0)  # a number or {{ variable }}: one word, one syllable


@lru_cache(maxsize=1 << 16)
def form_counts(form: str) -> tuple:
    """The count vector of one written form (see the column constants)."""
    if not is_word_text(form):
        return _ZERO
    low = form.lower()
    content, zipf = word_profile(form)
    return (
        1,
        count_syllables(low),
        int(is_long_word(form)),
        content,
        zipf,
        int(content and zipf < RARE_ZIPF),
        int(low in CLAUSE_OPENERS),
        int(is_nominalisation(low)),
    )


# Count vectors are summed as one packed integer: 8 fields of 64 bits (no field of a
# sentence or a text can reach 2**64), the Zipf sum in hundredths. One ``sum(map(...))``
# per sentence then adds all eight columns in C, and ``struct`` splits them again.
_BITS = 64
_ZIPF_UNIT = 100
_SHIFTS = tuple(_BITS * i for i in range(8))
_FIELDS = struct.Struct("<8Q")


def pack(row: Sequence[float]) -> int:
    """A count vector as one integer (the Zipf column rounded to hundredths)."""
    value = 0
    for i, x in enumerate(row):
        if i == ZIPF_SUM:
            x = round(x * _ZIPF_UNIT)
        value |= int(x) << _SHIFTS[i]
    return value


def unpack(value: int) -> tuple:
    """The count vector of a packed (summed) integer."""
    w, sy, lo, co, zi, ha, op, no = _FIELDS.unpack(value.to_bytes(64, "little"))
    return (w, sy, lo, co, zi / _ZIPF_UNIT, ha, op, no)


def columns(packed: Sequence[int]) -> list[array]:
    """The eight columns of many packed vectors (Zipf sums in hundredths, as packed): one
    ``array`` per column, split in C rather than one ``unpack`` per vector."""
    if sys.byteorder != "little":  # pragma: no cover - array uses the machine's order
        rows = [_FIELDS.unpack(v.to_bytes(64, "little")) for v in packed]
        return [array("Q", col) for col in zip(*rows, strict=True)] or [array("Q")] * 8
    flat = array("Q")
    flat.frombytes(b"".join(map(int.to_bytes, packed, repeat(64), repeat("little"))))
    return [flat[i::8] for i in range(8)]


def sentence_counts(
    sentences: Sequence[Sentence], vocab: Vocabulary, explained: frozenset[str] = frozenset()
) -> list[int]:
    """One packed count vector per sentence (see ``pack``). Forms in ``explained`` (terms
    the page explains) count as content words of ordinary frequency, not as hard words."""
    rows = {t: form_counts(t) for t in vocab.counts}
    for t in explained:
        row = rows.get(t)
        if row is not None and row[CONTENT]:
            rows[t] = (*row[:ZIPF_SUM], max(row[ZIPF_SUM], EXPLAINED_ZIPF), 0, *row[HARD + 1 :])
    get = {t: pack(row) for t, row in rows.items()}.__getitem__
    # All in C: one ``sum(map(get, texts))`` per sentence, no Python step per sentence.
    return list(map(sum, map(map, repeat(get), map(_TEXTS, sentences))))


def add_counts(rows: Iterable[tuple]) -> tuple:
    """Column sums of count vectors."""
    rows = list(rows)
    if not rows:
        return (0, 0, 0, 0, 0.0, 0, 0, 0)
    return tuple(map(sum, zip(*rows, strict=True)))


def signals_from_counts(
    c: Sequence[float],
    sentences: int,
    long_sentences: int = 0,
    passive_sentences: int = 0,
    jargon_hits: int = 0,
    content_zipf_default: float = 5.0,
) -> dict[str, float]:
    """The model's signals from summed counts of ``sentences`` sentences."""
    n = c[WORDS] or 1
    k = sentences or 1
    content = c[CONTENT]
    return {
        "words_per_sentence": c[WORDS] / k,
        "share_long_sentences": long_sentences / k,
        "syllables_per_word": c[SYLLABLES] / n,
        "long_word_share": c[LONG] / n,
        "content_word_zipf": c[ZIPF_SUM] / content if content else content_zipf_default,
        "hard_word_share": c[HARD] / n,
        "content_words_per_clause": content / (k + c[OPENERS]),
        "passive_share": passive_sentences / k,
        "nominalisation_density": c[NOMINAL] / n,
        "jargon_density": jargon_hits / n,
    }
