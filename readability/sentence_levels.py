"""Per-sentence report: each sentence's own level and rule-based suggestions, hardest first."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import attrgetter, getitem, le, lt

import numpy as np

from readability import cefr
from readability.estimate import Levels
from readability.model import Sentence, ends_of, segments_of, starts_of
from readability.report import Finding, SentenceLevel, Suggestion
from readability.suggestions import (
    NO_SUGGESTION,
    hard_word_suggestion,
    jargon_suggestion,
    passive_suggestion,
    split_suggestion,
)

MAX_HARD_WORDS = 3  # per sentence, in the order they first appear


def _suggestions(
    s: Sentence, fs: list[Finding], levels: Levels, policy, hard: bool, hard_words: int
) -> list:
    out: list[Suggestion] = []
    if not fs and not hard and not hard_words and len(s.texts) <= policy.warn_sentence_words:
        return out
    if len(s.texts) > policy.warn_sentence_words:
        out.append(split_suggestion(s, policy.warn_sentence_words))
    for f in fs:
        if f.rule == "jargon":
            out.append(jargon_suggestion(f))
        elif f.rule == "passive":
            out.append(passive_suggestion(s, f))
    if hard_words:
        hard_forms = levels.hard_forms
        seen = [t for t in dict.fromkeys(s.texts) if t in hard_forms]
        out += [hard_word_suggestion(t) for t in seen[:MAX_HARD_WORDS]]
    if not out and hard:
        out.append(NO_SUGGESTION)
    return out


def sentence_report(sentences: Sequence[Sentence], levels: Levels, policy) -> list[SentenceLevel]:
    """Every sentence with its level; suggestions for sentences that need them (over
    ``warn_sentence_words``, above ``max_level``, or with a jargon, passive or hard-word
    finding). Sorted hardest first; ties keep text order."""
    per = levels.by_sentence
    boundary = cefr.level_index(policy.max_level) + 1.5
    scores = levels.sentence_scores
    words = levels.sentence_words
    hard_counts = levels.sentence_hard
    warn = policy.warn_sentence_words
    n = len(sentences)
    # Most sentences need no suggestion: the ones that may are found in C.
    needs = set(compress(range(n), per))  # with a finding
    needs.update(compress(range(n), map(le, repeat(boundary), scores)))  # above the level
    needs.update(compress(range(n), hard_counts))  # with hard words
    needs.update(compress(range(n), map(lt, repeat(warn), words)))  # long
    tips = {
        i: tuple(
            _suggestions(
                sentences[i], per[i], levels, policy, scores[i] >= boundary, hard_counts[i]
            )
        )
        for i in needs
    }
    # Hardest first; a stable sort keeps text order among equals. Spans are read as
    # columns in text order and permuted.
    score_array = np.asarray(scores, dtype=np.float64)
    by_rank = np.argsort(-score_array, kind="stable")
    order = by_rank.tolist()
    segments = list(map(segments_of(sentences).__getitem__, order))
    offsets = np.fromiter(map(_OFFSET, segments), dtype=np.int64, count=n)
    starts = np.asarray(starts_of(sentences), dtype=np.int64)[by_rank]
    ends = np.asarray(ends_of(sentences), dtype=np.int64)[by_rank]
    ranked_scores = score_array[by_rank]
    starts_list, ends_list = starts.tolist(), ends.tolist()
    rows = zip(
        (offsets + starts).tolist(),
        (offsets + ends).tolist(),
        map(_BLOCK, segments),
        map(getitem, map(_TEXT, segments), map(slice, starts_list, ends_list)),
        map(words.__getitem__, order),
        round_scores(ranked_scores),
        cefr.levels_of(ranked_scores.tolist()),
        range(n),
        map(tips.get, order, repeat(())),
        strict=True,
    )
    return list(map(_new, repeat(SentenceLevel), rows))


def round_scores(scores: np.ndarray) -> list[float]:
    """``round(score, 2)`` of each score, all at once.

    numpy rounds ``score * 100`` to an integer and divides by 100. That is the same number
    as Python's correctly rounded ``round`` unless ``score * 100`` lies so close to a half
    that multiplying may have moved it across: those few are rounded by Python.
    """
    rounded = np.round(scores, 2)
    hundredths = np.abs(scores) * 100
    near_half = np.flatnonzero(np.abs(hundredths - np.floor(hundredths) - 0.5) < 1e-6)
    for i in near_half.tolist():
        rounded[i] = round(float(scores[i]), 2)
    return rounded.tolist()


_new = tuple.__new__  # a SentenceLevel from a row, without NamedTuple's Python __new__


_OFFSET = attrgetter("offset")  # of a Segment
_BLOCK = attrgetter("block")
_TEXT = attrgetter("text")
