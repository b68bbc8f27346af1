"""CEFR estimate: a transparent weighted linear model of normalised signals.

    score = 3.5 + sum(w_i * (x_i - b_i) / s_i)

* ``x_i`` a signal value, ``b_i`` its value at the B1/B2 boundary (the anchor profile, see
  CALIBRATION.md for the reasoning), ``s_i`` a scale (its spread across texts), ``w_i`` a
  weight fitted on the Amsterdam complex/simple pairs (pairwise logistic regression on
  training documents), rescaled so one unit of score is one CEFR step.
* The score runs along the CEFR scale: 1 = A1 ... 6 = C2, higher is harder. It is
  clipped to [0.5, 6.5]. Level thresholds lie halfway: A1 < 1.5 <= A2 < 2.5 <= B1 < 3.5
  <= B2 < 4.5 <= C1 < 5.5 <= C2.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat

import numpy as np

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
_BOUNDS = (1.5, 2.5, 3.5, 4.5, 5.5)

# feature: (anchor at the B1/B2 boundary, scale, weight). See CALIBRATION.md for where each
# anchor comes from and the measured gain of each signal; ``python -m readability.evaluate``
# reports the figures.
MODEL: dict[str, tuple[float, float, float]] = {
    "words_per_sentence": (14.0, 5.0, 0.5),
    "content_words_per_clause": (4.3, 1.0, 0.0),
    "content_word_zipf": (4.6, 0.3, -0.5),
    "hard_word_share": (0.03, 0.03, 0.15),
    "syllables_per_word": (1.75, 0.15, 0.1),
    "passive_share": (0.10, 0.2, 0.15),
    "nominalisation_density": (0.03, 0.02, 0.05),
    "jargon_density": (0.0, 0.01, 0.2),
}


# A text without content words (only function words and numbers) has no rare words.
CONTENT_ZIPF_DEFAULT = 5.0


# Aligns the score with the B1/B2 boundary found in the data: the anchors above come from
# guidance, and with them the score that best separates the Amsterdam simple documents
# from the originals (bootstrap mean over training documents) was 3.76; the offset moves
# it to 3.5. `python -m readability.evaluate` prints the boundary again.
CALIBRATION_OFFSET = -0.20
CENTRE = 3.5 + CALIBRATION_OFFSET


def level_index(level: str) -> int:
    """0 for A1 .. 5 for C2; ValueError for anything else."""
    return LEVELS.index(level.upper())


def score_to_level(score: float) -> str:
    """Thresholds halfway between level centres: 1.5, 2.5, 3.5, 4.5, 5.5."""
    return LEVELS[bisect_right(_BOUNDS, score)]


def levels_of(scores: Iterable[float]) -> list[str]:
    """``score_to_level`` of many scores (in C: no Python call per score)."""
    return list(map(LEVELS.__getitem__, map(bisect_right, repeat(_BOUNDS), scores)))


# Word-level averages of a few words say little: they are shrunk towards the anchor,
#     x' = anchor + (x - anchor) * n / (n + SHRINK_WORDS)
# so a 4-word text of rare words is not rated C2 on its vocabulary alone.
SHRINK_WORDS = 30
WORD_LEVEL = frozenset(
    {
        "syllables_per_word",
        "long_word_share",
        "rare_word_share",
        "content_word_zipf",
        "hard_word_share",
        "content_words_per_clause",
        "nominalisation_density",
        "jargon_density",
    }
)


def linear_score(
    signals: Mapping[str, float], model: Mapping = MODEL, word_count: int | None = None
) -> float:
    """score = 3.5 + sum(w * (x - anchor) / scale), clipped to [0.5, 6.5]; word-level
    signals shrunk towards their anchor for short texts when ``word_count`` is given."""
    total = CENTRE
    shrink = 1.0 if word_count is None else word_count / (word_count + SHRINK_WORDS)
    for name, (anchor, scale, weight) in model.items():
        delta = float(signals.get(name, anchor)) - anchor
        if name in WORD_LEVEL:
            delta *= shrink
        total += weight * delta / scale
    return max(0.5, min(6.5, total))


def estimate(signals: Mapping[str, float], word_count: int, sentence_count: int = 0) -> float:
    """The level score of a text, paragraph or sentence: the linear model with word-level
    signals shrunk for few words (see ``linear_score``)."""
    return linear_score(signals, MODEL, word_count=word_count)


# Uncertainty of the estimate (see readability.verdict and CALIBRATION.md).
MODEL_ERROR = 0.21  # bootstrap sd of the score that best separates simple from original docs
FAR_ABOVE = 1.0  # a score this far above the boundary is never a grey-zone case

EXTREME_SENTENCE = 35


def long_sentence_floor(longest_sentence: int) -> float:
    """Lowest score a text can get given its longest sentence. The longest sentence of any
    Amsterdam expert-simplified document has 36 words; from there on the score is at least
    the B1/B2 threshold minus a margin, rising one CEFR step per 10 extra words:

        floor = 3.0 + (longest - 35) / 10   for longest > 35, else 0.5
    """
    if longest_sentence <= EXTREME_SENTENCE:
        return 0.5
    return min(6.5, 3.0 + (longest_sentence - EXTREME_SENTENCE) / 10)


def confidence(score: float, word_count: int) -> float:
    """0..1: grows with text length (full at 300 words) and with the distance of the score
    from the nearest level threshold (a score right on a threshold is a coin toss).

        confidence = sqrt(min(1, words / 300)) * (0.5 + min(0.5, distance))
    """
    nearest = min(abs(score - b) for b in (1.5, 2.5, 3.5, 4.5, 5.5))
    return round(min(1.0, word_count / 300) ** 0.5 * (0.5 + min(0.5, nearest)), 2)


def flesch_to_score(flesch: float) -> float:
    """English: map Flesch Reading Ease onto the same 1..6 scale, piecewise linear through
    FRE 90 -> 1.5 (A1/A2), 80 -> 2.5 (A2/B1), 65 -> 3.5 (B1/B2), 50 -> 4.5 (B2/C1),
    30 -> 5.5 (C1/C2). Plain-English guidance puts "standard" text at 60-70, which we read
    as the B1/B2 boundary region."""
    points = [
        (100.0, 0.5),
        (90.0, 1.5),
        (80.0, 2.5),
        (65.0, 3.5),
        (50.0, 4.5),
        (30.0, 5.5),
        (0.0, 6.5),
    ]
    if flesch >= points[0][0]:
        return points[0][1]
    for (f_hi, s_hi), (f_lo, s_lo) in zip(points, points[1:], strict=False):
        if f_lo <= flesch <= f_hi:
            return s_hi + (f_hi - flesch) / (f_hi - f_lo) * (s_lo - s_hi)
    return points[-1][1]


def score_counts(
    words: int,
    syllables: int,
    content: int,
    zipf_sum: float,
    hard: int,
    openers: int,
    nominal: int,
    sentences: int,
    passive: int,
    jargon: int,
) -> float:
    """``estimate`` with ``MODEL`` straight from summed counts (see readability.profile),
    without building a signal dict: the same formula, run for every sentence and paragraph.
    (tests/readability/test_cefr.py checks that both give the same score.)"""
    n = words or 1
    k = sentences or 1
    shrink = words / (words + SHRINK_WORDS)
    zipf = zipf_sum / content if content else CONTENT_ZIPF_DEFAULT
    w = _W
    total = (
        CENTRE
        + w[0] * (words / k - w[1])
        + w[10] * (passive / k - w[11])
        + shrink
        * (
            w[2] * (content / (k + openers) - w[3])
            + w[4] * (zipf - w[5])
            + w[6] * (hard / n - w[7])
            + w[8] * (syllables / n - w[9])
            + w[12] * (nominal / n - w[13])
            + w[14] * (jargon / n - w[15])
        )
    )
    return max(0.5, min(6.5, total))


def score_columns(
    words: Sequence[int],
    syllables: Sequence[int],
    content: Sequence[int],
    zipf_hundredths: Sequence[int],
    hard: Sequence[int],
    openers: Sequence[int],
    nominal: Sequence[int],
    sentences: Sequence[int],
    passive: Sequence[int],
    jargon: Sequence[int],
) -> list[float]:
    """``score_counts`` for many parts at once, one column per argument (the Zipf sums in
    hundredths, as ``readability.profile`` packs them). The same operations in the same
    order, so every score is bit-for-bit the one ``score_counts`` gives."""
    cols = (words, syllables, content, zipf_hundredths, hard, openers, nominal)
    if len({len(c) for c in (*cols, sentences, passive, jargon)}) > 1:
        raise ValueError("score_columns: columns of different lengths")
    arrays = [np.asarray(c, dtype=np.int64) for c in (*cols, sentences, passive, jargon)]
    return score_arrays(*arrays).tolist()


def score_arrays(wo, sy, co, zh, ha, op, no, se, pa, ja) -> np.ndarray:
    """``score_columns`` on int64 arrays, one array operation per step of ``score_counts``.

    Every step is one IEEE operation on float64 (integers below 2**53 convert exactly, as
    Python's ``int / int`` does), in ``score_counts``' order, so the scores are identical:
    a verdict at a boundary never depends on which of the two computed it."""
    c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15 = _W
    n = np.where(wo == 0, 1, wo)
    k = np.where(se == 0, 1, se)
    shrink = wo / (wo + SHRINK_WORDS)
    has_content = co != 0
    zipf = np.where(has_content, zh / 100 / np.where(has_content, co, 1), CONTENT_ZIPF_DEFAULT)
    total = (
        CENTRE
        + c0 * (wo / k - c1)
        + c10 * (pa / k - c11)
        + shrink
        * (
            c2 * (co / (k + op) - c3)
            + c4 * (zipf - c5)
            + c6 * (ha / n - c7)
            + c8 * (sy / n - c9)
            + c12 * (no / n - c13)
            + c14 * (ja / n - c15)
        )
    )
    return np.clip(total, 0.5, 6.5)


def _coefficients() -> tuple[float, ...]:
    """(weight / scale, anchor) per feature, in the order ``score_counts`` uses."""
    out: list[float] = []
    for name in (
        "words_per_sentence",
        "content_words_per_clause",
        "content_word_zipf",
        "hard_word_share",
        "syllables_per_word",
        "passive_share",
        "nominalisation_density",
        "jargon_density",
    ):
        anchor, scale, weight = MODEL[name]
        out += [weight / scale, anchor]
    return tuple(out)


_W = _coefficients()
