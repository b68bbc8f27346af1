"""Per-sentence report: each sentence's own level and rule-based suggestions, hardest first."""

from __future__ import annotations

from collections.abc import Sequence

from readability import cefr
from readability.estimate import Levels, findings_by_sentence
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


def _suggestions(s: Sentence, fs: list[Finding], levels: Levels, policy, hard: bool) -> list:
    out: list[Suggestion] = []
    if len(s.texts) > policy.warn_sentence_words:
        out.append(split_suggestion(s, policy.warn_sentence_words))
    for f in fs:
        if f.rule == "jargon":
            out.append(jargon_suggestion(f))
        elif f.rule == "passive":
            out.append(passive_suggestion(s, f))
    if levels.hard_forms and not levels.hard_forms.isdisjoint(s.texts):
        seen = []
        for t in s.texts:
            if t in levels.hard_forms and t not in seen:
                seen.append(t)
        out += [hard_word_suggestion(t) for t in seen[:MAX_HARD_WORDS]]
    if not out and hard:
        out.append(NO_SUGGESTION)
    return out


def sentence_report(
    sentences: Sequence[Sentence], levels: Levels, findings: Sequence[Finding], policy
) -> list[SentenceLevel]:
    """Every sentence with its level; suggestions for sentences that need them (over
    ``warn_sentence_words``, above ``max_level``, or with a jargon, passive or hard-word
    finding). Sorted hardest first; ties keep text order."""
    per = findings_by_sentence(sentences, findings)
    boundary = cefr.level_index(policy.max_level) + 1.5
    order = sorted(range(len(sentences)), key=lambda i: -levels.sentence_scores[i])
    out = []
    for rank, i in enumerate(order):
        s = sentences[i]
        score = levels.sentence_scores[i]
        above = score >= boundary
        seg = s.segment
        out.append(
            SentenceLevel(
                start=seg.offset + s.start,
                end=seg.offset + s.end,
                block=seg.block,
                text=s.text,
                words=len(s.texts),
                score=round(score, 2),
                level=cefr.score_to_level(score),
                rank=rank,
                suggestions=_suggestions(s, per[i], levels, policy, above),
            )
        )
    return out
