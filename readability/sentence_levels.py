"""Per-sentence report: each sentence's own level and rule-based suggestions, hardest first."""

from __future__ import annotations

from collections.abc import Sequence

from readability import cefr
from readability.estimate import Levels
from readability.model import Sentence
from readability.report import Finding, SentenceLevel, Suggestion
from readability.suggestions import (
    NO_SUGGESTION,
    hard_word_suggestion,
    jargon_suggestion,
    passive_suggestion,
    split_suggestion,
)

MAX_HARD_WORDS = 3  # per sentence, the rarest first


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
        seen = []
        for t in s.texts:
            if t in levels.hard_forms and t not in seen:
                seen.append(t)
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
    to_level = cefr.score_to_level
    hard_counts = levels.sentence_hard
    order = sorted(range(len(sentences)), key=scores.__getitem__, reverse=True)
    warn = policy.warn_sentence_words
    make = SentenceLevel
    out = []
    append = out.append
    for rank, i in enumerate(order):
        s = sentences[i]
        score = scores[i]
        seg = s.segment
        start = s.start
        end = s.end
        offset = seg.offset
        fs = per[i]
        hard = score >= boundary
        hard_words = hard_counts[i]
        # Most sentences need no suggestion: decide that here, without a call per sentence.
        if fs or hard or hard_words or len(s.texts) > warn:
            tips = _suggestions(s, fs, levels, policy, hard, hard_words)
        else:
            tips = []
        append(
            make(
                offset + start,
                offset + end,
                seg.block,
                seg.text[start:end],
                words[i],
                round(score, 2),
                to_level(score),
                rank,
                tips,
            )
        )
    return out
