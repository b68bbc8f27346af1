"""Levels of the text, of each paragraph and of each sentence, from one set of counts.

The text's signals, a paragraph's and a sentence's come from the same count vectors
(``readability.profile``) and go through the same linear model (``readability.cefr``),
so a page average cannot hide a paragraph, and the hardest sentences can be listed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, attrgetter, lt
from types import MappingProxyType
from typing import NamedTuple

import numpy as np

from readability import cefr
from readability.model import Sentence, ends_of, paragraph_ranges, segments_of, starts_of
from readability.profile import (
    CONTENT,
    HARD,
    NOMINAL,
    OPENERS,
    SYLLABLES,
    WORDS,
    ZIPF_SUM,
    ZIPF_UNIT,
    form_table,
    sentence_counts,
    signals_from_counts,
)
from readability.report import Finding


class Part(NamedTuple):
    """A stretch of sentences (the text, a paragraph or one sentence) and its estimate.
    A named tuple: a long text has thousands of paragraphs, made in C (``_new``)."""

    first: int  # index of its first sentence
    last: int  # index of its last sentence (inclusive)
    words: int
    signals: Mapping[str, float]  # only the whole text's are computed
    score: float


_NO_SIGNALS: Mapping[str, float] = MappingProxyType({})
_new = tuple.__new__


def findings_by_sentence(
    sentences: Sequence[Sentence], findings: Sequence[Finding]
) -> list[list[Finding]]:
    """The findings that start inside each sentence (document-level findings excluded);
    an empty tuple for the many sentences without any."""
    out: list = [()] * len(sentences)
    if not findings or not sentences:
        return out
    # One sortable number per sentence start: block (-1 for text input), then offset.
    segments = segments_of(sentences)
    keys = list(map(add, map(_OFFSET, segments), starts_of(sentences)))
    if segments[0].block is None:  # text or HTML input: no sentence has a block
        keys = list(map(add, repeat(-1 << _OFFSET_BITS), keys))
    else:
        blocks = map(_BLOCK, segments)
        keys = [(b << _OFFSET_BITS) + k for b, k in zip(blocks, keys, strict=True)]
    for f in findings:
        if f.start == f.end == 0 and not f.excerpt:
            continue
        key = ((-1 if f.block is None else f.block) << _OFFSET_BITS) + f.start
        i = bisect_right(keys, key) - 1
        if i >= 0:
            if not out[i]:
                out[i] = []
            out[i].append(f)
    return out


# Offsets below 2**48 (no text is that long) keep the block the leading part of a key.
_OFFSET_BITS = 48
_OFFSET = attrgetter("offset")  # of a Segment
_BLOCK = attrgetter("block")


def part_estimate(
    counts: np.ndarray,
    first: int,
    last: int,
    long_limit: int,
    passive: Sequence[int],
    jargon: Sequence[int],
    words: Sequence[int],
) -> Part:
    """The whole text's (or any stretch's) estimate, with its signals."""
    total = _total(counts[:, first : last + 1])
    k = last - first + 1
    lengths = words[first : last + 1]
    signals = signals_from_counts(
        total,
        k,
        long_sentences=sum(map(lt, repeat(long_limit), lengths)),
        passive_sentences=sum(passive[first : last + 1]),
        jargon_hits=sum(jargon[first : last + 1]),
    )
    signals["longest_sentence"] = max(lengths, default=0)
    score = cefr.estimate(signals, total[WORDS], k)
    return Part(first, last, total[WORDS], signals, score)


def _total(counts: np.ndarray) -> tuple:
    """The count vector of some sentences (columns of ``profile.sentence_counts``), the
    Zipf sum back in Zipf units."""
    w, sy, lo, co, zi, ha, op, no = counts.sum(axis=1).tolist()
    return (w, sy, lo, co, zi / ZIPF_UNIT, ha, op, no)


def part_score(counts: np.ndarray, first: int, last: int, passive, jargon) -> Part:
    """A paragraph's estimate: only the score (``cefr.score_counts``)."""
    c = _total(counts[:, first : last + 1])
    score = cefr.score_counts(
        c[0],
        c[1],
        c[3],
        c[4],
        c[5],
        c[6],
        c[7],
        last - first + 1,
        sum(passive[first : last + 1]),
        sum(jargon[first : last + 1]),
    )
    return Part(first, last, c[0], _NO_SIGNALS, score)


def _scores(pre: np.ndarray, starts: Sequence[int], ends: Sequence[int]) -> list[float]:
    """``cefr.score_counts`` of the sentences ``starts[i]`` up to (not including)
    ``ends[i]``, from the prefix sums ``pre`` (see ``_prefix``): each window's counts are
    two rows of the prefix sums subtracted, all windows at once."""
    starts, ends = _indices(starts), _indices(ends)
    counts = pre[:, ends] - pre[:, starts]
    return cefr.score_arrays(
        counts[1 + WORDS],
        counts[1 + SYLLABLES],
        counts[1 + CONTENT],
        counts[1 + ZIPF_SUM],
        counts[1 + HARD],
        counts[1 + OPENERS],
        counts[1 + NOMINAL],
        counts[0],  # sentences per window
        counts[9],
        counts[10],
    ).tolist()


def _indices(values: Sequence[int]) -> np.ndarray:
    """``values`` as an index array (a range without a Python step per value)."""
    if isinstance(values, range):
        return np.arange(values.start, values.stop, values.step, dtype=np.intp)
    return np.asarray(values, dtype=np.intp)


def _prefix(cols: Sequence[Sequence[int]], passive, jargon) -> np.ndarray:
    """Prefix sums (int64, one row each, a leading 0): sentence index, the eight count
    columns, passive, jargon."""
    n = len(passive)
    rows = np.zeros((11, n + 1), dtype=np.int64)
    rows[0] = np.arange(n + 1)
    for i, col in enumerate((*cols, passive, jargon), start=1):
        np.cumsum(np.asarray(col, dtype=np.int64), out=rows[i, 1:])
    return rows


def hardest_passage(pre, words, min_words: int) -> Part | None:
    """The hardest window of consecutive sentences holding at least ``min_words`` words.

    Splitting a hard passage into short paragraphs between plain ones must not hide it, so
    windows ignore paragraph breaks. One window per starting sentence: the shortest that
    holds ``min_words`` (a binary search in the prefix sums); prefix sums give each
    window's counts. Of equally hard windows the first wins.
    """
    k = len(words)
    if sum(words) < min_words:
        return None
    if min_words > 0:
        # The shortest window from each start: the first prefix sum that reaches
        # ``min_words`` more than the start's (prefix sums only grow).
        pre_words = pre[1 + WORDS]
        ends = np.searchsorted(pre_words, pre_words + min_words, side="left")
        n_windows = int(np.searchsorted(ends, k, side="right"))  # later starts never fit
        starts = range(n_windows)
        ends = ends[:n_windows]
    else:
        starts, ends = _windows(words, min_words)
    if not len(starts):
        return None
    scores = _scores(pre, starts, ends)
    best = int(np.argmax(scores))  # the first of equally hard windows
    a, b = int(starts[best]), int(ends[best])
    return Part(a, b - 1, int(pre[1 + WORDS][b] - pre[1 + WORDS][a]), _NO_SIGNALS, scores[best])


def _windows(words: Sequence[int], min_words: int) -> tuple[list[int], list[int]]:
    """``hardest_passage``'s windows by two pointers (for ``min_words`` below one)."""
    k = len(words)
    starts: list[int] = []
    ends: list[int] = []
    end = 0
    total = 0
    for start in range(k):
        while end < k and total < min_words:
            total += words[end]
            end += 1
        if total < min_words:
            break
        starts.append(start)
        ends.append(end)
        total -= words[start]
    return starts, ends


@dataclass(slots=True)
class Levels:
    """The estimates of one text: the whole, each paragraph, each sentence."""

    score: float
    signals: dict[str, float]
    sentence_scores: list[float]
    sentence_words: list[int]
    paragraphs: list[Part]
    passive: list[int]
    jargon: list[int]
    hard_forms: frozenset[str]
    # The jargon and passive findings of each sentence (for its suggestions).
    by_sentence: list
    # Number of hard (rare, unexplained) content words per sentence.
    sentence_hard: list[int]
    # The hardest run of consecutive sentences of at least ``min_passage_words`` words,
    # wherever paragraphs begin or end (None for shorter texts).
    passage: Part | None = None

    def paragraph_dicts(self, sentences: Sequence[Sentence]) -> list[dict]:
        """Each paragraph as the report gives it: block, start, end, words, score, level
        (built in C: no Python step per paragraph)."""
        parts = self.paragraphs
        segments, starts, ends = segments_of(sentences), starts_of(sentences), ends_of(sentences)
        heads = list(map(_FIRST, parts))
        tails = list(map(_LAST, parts))
        head_segments = list(map(segments.__getitem__, heads))
        tail_segments = map(segments.__getitem__, tails)
        scores = list(map(_SCORE, parts))
        values = zip(
            map(_BLOCK, head_segments),
            map(add, map(_OFFSET, head_segments), map(starts.__getitem__, heads)),
            map(add, map(_OFFSET, tail_segments), map(ends.__getitem__, tails)),
            map(_WORDS, parts),
            map(round, scores, repeat(2)),
            cefr.levels_of(scores),
            strict=True,
        )
        return list(map(dict, map(zip, repeat(_PARAGRAPH_KEYS), values)))


_PARAGRAPH_KEYS = ("block", "start", "end", "words", "score", "level")
_FIRST = attrgetter("first")
_LAST = attrgetter("last")
_SCORE = attrgetter("score")
_WORDS = attrgetter("words")


def estimate_levels(
    sentences: Sequence[Sentence],
    vocab,
    findings: Sequence[Finding],
    policy,
    explained: frozenset[str] = frozenset(),
    ranges: Sequence[tuple[int, int]] | None = None,
) -> Levels:
    """Score the text, its paragraphs and its sentences (see module doc). ``ranges`` are
    the sentences' ``paragraph_ranges`` when known."""
    table = form_table(vocab, explained)
    cols = sentence_counts(sentences, vocab, table=table)
    words = cols[WORDS].tolist()
    per = findings_by_sentence(sentences, findings)
    passive = [0] * len(per)
    jargon = [0] * len(per)
    for i in compress(range(len(per)), per):
        for f in per[i]:
            if f.rule == "passive":
                passive[i] = 1
            elif f.rule == "jargon":
                jargon[i] += 1
    limit = policy.warn_sentence_words
    last = len(words) - 1
    whole = part_estimate(cols, 0, last, limit, passive, jargon, words)
    score = max(whole.score, cefr.long_sentence_floor(int(whole.signals["longest_sentence"])))
    # Long sentences never dilute: the text is at least as hard as it is without its
    # sentences over ``max_sentence_words`` (their many common words would otherwise lower
    # the word-level averages and make a text with an added long sentence look easier).
    keep = np.flatnonzero(cols[WORDS] <= policy.max_sentence_words)
    if len(keep) and len(keep) < len(words):
        rest = part_score(
            cols[:, keep],
            0,
            len(keep) - 1,
            np.asarray(passive)[keep].tolist(),
            np.asarray(jargon)[keep].tolist(),
        )
        score = max(score, rest.score)
    n = len(words)
    pre = _prefix(cols, passive, jargon)
    scores = _scores(pre, range(n), range(1, n + 1))
    if ranges is None:
        ranges = paragraph_ranges(sentences)
    firsts, lasts = _indices([a for a, _ in ranges]), _indices([b for _, b in ranges])
    paragraph_scores = _scores(pre, firsts, lasts + 1)
    pre_words = pre[1 + WORDS]
    rows = zip(
        firsts.tolist(),
        lasts.tolist(),
        (pre_words[lasts + 1] - pre_words[firsts]).tolist(),
        repeat(_NO_SIGNALS),
        paragraph_scores,
        strict=False,  # the repeat is endless
    )
    paragraphs = list(map(_new, repeat(Part), rows))
    passage = hardest_passage(pre, words, policy.min_passage_words)
    signals = {
        key: whole.signals[key]
        for key in ("content_word_zipf", "hard_word_share", "content_words_per_clause")
    }
    hard = frozenset(compress(vocab.counts, table[HARD, :-1].tolist()))
    hard_counts = cols[HARD].tolist()
    return Levels(
        score,
        signals,
        scores,
        words,
        paragraphs,
        passive,
        jargon,
        hard,
        per,
        hard_counts,
        passage,
    )
