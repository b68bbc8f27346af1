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

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain, compress
from operator import not_

import numpy as np

from readability.model import Sentence, Vocabulary, is_word_text, per_sentence, texts_of
from readability.signals.long_words import LONG_LETTERS, LONG_SYLLABLES, is_long_word
from readability.signals.nominalisations import is_nominalisation, nominalisation_flags
from readability.signals.word_frequency import RARE_ZIPF, word_profile, word_profiles
from readability.syllables import count_syllables, syllable_counts

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


# Column order of a count vector.
WORDS, SYLLABLES, LONG, CONTENT, ZIPF_SUM, HARD, OPENERS, NOMINAL = range(8)
EXPLAINED_ZIPF = 4.0  # an explained term counts as a word most readers know
_ZERO = (1, 1, 0, 0, 0.0, 0, 0, 0)  # a number or {{ variable }}: one word, one syllable


@lru_cache(maxsize=1 << 16)
def form_counts(form: str) -> tuple:
    """The count vector of one written form (see the column constants): the rule that
    ``form_rows`` applies to a whole vocabulary at once."""
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


def form_rows(
    forms: Sequence[str],
    profiles: tuple[np.ndarray, np.ndarray] | None = None,
    syllables: Sequence[int] | None = None,
) -> np.ndarray:
    """``form_counts`` of every form, as the float64 rows of one array, computed column by
    column: the tests run over all forms at once (in C where they can), so a form takes
    Python steps only for its syllables and, when rare as a whole, its compound split.
    ``profiles`` are ``word_profiles(forms)`` and ``syllables`` ``syllable_counts(forms)``
    when the caller has them already."""
    n = len(forms)
    rows = np.zeros((n, 8), dtype=np.float64)
    rows[:, WORDS] = rows[:, SYLLABLES] = 1  # a number or {{ variable }} (``_ZERO``)
    # Only a form with a non-letter can be something else than a word.
    alpha = list(map(str.isalpha, forms))
    others = [i for i in compress(range(n), map(not_, alpha)) if is_word_text(forms[i])]
    idx = sorted([*compress(range(n), alpha), *others])
    if not idx:
        return rows
    texts = list(map(forms.__getitem__, idx))
    lows = list(map(str.lower, texts))
    k = len(idx)
    if syllables is None:
        syllables = np.array(syllable_counts(lows), dtype=np.int64)
    else:
        syllables = np.array(syllables, dtype=np.int64)[idx]
    content, zipf = (
        word_profiles(texts) if profiles is None else (profiles[0][idx], profiles[1][idx])
    )
    words = np.empty((8, k), dtype=np.float64)
    words[WORDS] = 1
    words[SYLLABLES] = syllables
    lengths = np.fromiter(map(len, texts), dtype=np.intp, count=k)
    words[LONG] = (lengths >= LONG_LETTERS) | (syllables >= LONG_SYLLABLES)
    words[CONTENT] = content
    words[ZIPF_SUM] = zipf
    words[HARD] = content.astype(bool) & (zipf < RARE_ZIPF)
    words[OPENERS] = np.fromiter(map(CLAUSE_OPENERS.__contains__, lows), dtype=bool, count=k)
    words[NOMINAL] = nominalisation_flags(lows)
    rows[idx] = words.T
    return rows


# Zipf sums are kept in hundredths (each form's Zipf rounded), so all counts are integers
# and every sum is exact, in any order.
ZIPF_UNIT = 100


def form_table(vocab: Vocabulary, explained: frozenset[str] = frozenset()) -> np.ndarray:
    """The count vector of each distinct form of ``vocab`` (in the order of
    ``vocab.counts``), in int64, the Zipf sum in hundredths (each form's Zipf
    rounded half to even, as ``round`` does). Forms in ``explained`` (terms the page
    explains) count as content words of ordinary frequency, not as hard words.

    The result has one row per column constant and one column per form (a gather picks
    the columns of a text's tokens), then a column of zeros for padding."""
    table = np.zeros((len(vocab.counts) + 1, 8), dtype=np.float64)
    table[:-1] = form_rows(
        list(vocab.counts), vocab.columns(word_profiles), vocab.columns(syllable_counts)
    )
    index = vocab.index
    terms = [i for i in (index[t] for t in explained if t in index) if table[i, CONTENT]]
    table[terms, ZIPF_SUM] = np.maximum(table[terms, ZIPF_SUM], EXPLAINED_ZIPF)
    table[terms, HARD] = 0
    # Small integers and hundredths of a Zipf are exact in float64; rint rounds half to
    # even, as Python's round does.
    table[:, ZIPF_SUM] = np.rint(table[:, ZIPF_SUM] * ZIPF_UNIT)
    return np.ascontiguousarray(table.T, dtype=np.int64)


def sentence_counts(
    sentences: Sequence[Sentence],
    vocab: Vocabulary,
    explained: frozenset[str] = frozenset(),
    table: np.ndarray | None = None,
) -> np.ndarray:
    """The count vector of each sentence, as eight int64 rows (one per column, see the
    constants; the Zipf sums in hundredths, each form's Zipf rounded before summing).
    ``table`` is ``form_table(vocab, explained)`` when the caller has it already.

    One row per distinct form is looked up; every token becomes its form's index (a dict
    look-up mapped in C), and ``per_sentence`` sums the tokens' rows, so no Python step
    runs per word or per sentence."""
    if table is None:
        table = form_table(vocab, explained)
    if not sentences:
        return np.zeros((8, 0), dtype=np.int64)
    if vocab.source is sentences:
        idx = vocab.token_forms  # indices into ``vocab.counts``, the order of the table
        bounds = vocab.bounds()
    else:
        texts = texts_of(sentences)
        lengths = np.fromiter(map(len, texts), dtype=np.intp, count=len(texts))
        bounds = np.zeros(len(texts) + 1, dtype=np.intp)
        np.cumsum(lengths, out=bounds[1:])
        index = vocab.index
        idx = np.fromiter(
            map(index.__getitem__, chain.from_iterable(texts)), dtype=np.intp, count=bounds[-1]
        )
    return per_sentence(np.add, table, idx, bounds)


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
