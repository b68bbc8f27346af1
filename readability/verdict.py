"""The verdict: pass, block or human check ("B1-toets door een mens").

The boundary of ``max_level`` is the level threshold above it (B1 -> 3.5). The score is an
estimate, and its error at the boundary was measured: over bootstrap samples of the
Amsterdam documents, the score that best separates simple from original documents has an
sd of ``cefr.MODEL_ERROR`` (0.21, CALIBRATION.md). A short text's word-level signals rest on
few words, so its error grows the way the shrinkage of those signals does:

    half-width = Z * MODEL_ERROR * sqrt(1 + SHRINK_WORDS / words)        (Z = 1)

A score below ``boundary - half-width`` passes, at or above ``boundary + half-width``
blocks, and in between a person decides. A text far above the boundary is blocked
however short (the band never reaches past ``cefr.FAR_ABOVE``).

Blocking findings (any of them blocks, whatever the level):

* ``jargon`` with severity block (officialese from the list);
* ``passive.too_much``: more than ``max_passive_share`` of the sentences passive;
* ``sentence.too_long`` with severity block: a sentence over ``extreme_sentence_words``;
* ``sentences.too_many_long``: more than ``max_long_sentence_share`` of the sentences over
  ``max_sentence_words`` words (and at least ``min_long_sentences`` of them);
* ``passage.level_too_high``: the same for any run of consecutive sentences of at least
  ``min_passage_words`` words, across paragraph breaks (a C1 passage cut into short
  paragraphs between plain ones);
* ``paragraph.level_too_high``: a paragraph (of at least ``min_paragraph_words`` words)
  whose own score is far above the boundary, even when the page average is fine.

A person decides (human check, ``sentence.level_too_high``) when one sentence is far above
the boundary by its own score, however plain the rest: a single hard sentence between
plain paragraphs is too short for the paragraph and passage rules and is diluted in the
page's level. One sentence is weak evidence (few words), so it asks for a person rather
than blocking; on Amsterdam it touched 2 of 48 expert-simplified documents that were not
blocked already (CALIBRATION.md).
"""

from __future__ import annotations

import numpy as np

from readability import cefr
from readability.report import Finding, finding_at

Z = 1.0


def boundary_of(max_level: str) -> float:
    """B1 -> 3.5: the threshold between ``max_level`` and the level above it."""
    return cefr.level_index(max_level) + 1.5


def band(max_level: str, words: int) -> tuple[float, float]:
    """(low, high): the grey zone around the boundary for a text of ``words`` words."""
    b = boundary_of(max_level)
    half = Z * cefr.MODEL_ERROR * (1 + cefr.SHRINK_WORDS / max(1, words)) ** 0.5
    half = min(half, cefr.FAR_ABOVE)
    return round(b - half, 2), round(b + half, 2)


def far_above(boundary: float, words):
    """The score from which a paragraph, passage or sentence of ``words`` words is clearly
    a level above the boundary: one level up, plus its own uncertainty (the band's
    half-width). ``words`` may be an array (one threshold per sentence)."""
    half = np.minimum(
        Z * cefr.MODEL_ERROR * np.sqrt(1 + cefr.SHRINK_WORDS / np.maximum(1, words)), 1.0
    )
    return boundary + cefr.FAR_ABOVE + half


def _finding(rule: str, message: str) -> Finding:
    return Finding(0, 0, None, rule, "block", message, None, "")


def judge(policy, level, score, grey, findings, passive_count, sentence_count, levels, sentences):
    """(verdict, Dutch reasons, extra findings). The one-sentence finding points at its
    sentence (of ``sentences``, the text model's); the others are about the whole text."""
    reasons: list[str] = []  # each one blocks
    for_a_person: list[str] = []  # a person decides, unless something blocks
    extra: list[Finding] = []
    if score is not None and grey is not None:
        low, high = grey
        if score >= high:
            reasons.append(f"Het geschatte niveau is {level}; dat is hoger dan {policy.max_level}.")
            extra.append(
                _finding(
                    "level.too_high",
                    f"De tekst is op niveau {level}. Het doel is {policy.max_level} of lager.",
                )
            )
        elif score >= low:
            for_a_person.append(
                f"Het niveau ligt dicht bij de grens van {policy.max_level}. "
                "Een collega van het Versimpelteam moet de tekst beoordelen (B1-toets door een mens)."
            )
            extra.append(
                Finding(
                    0,
                    0,
                    None,
                    "level.uncertain",
                    "warn",
                    f"De tekst zit op de grens van {policy.max_level}. Een mens beslist.",
                    None,
                    "",
                )
            )
    if levels is not None and score is not None:
        b = boundary_of(policy.max_level)
        # No paragraph below this is far above (``far_above`` only adds to it): most fail
        # this cheap test, so the threshold is computed for few of them.
        lowest_far = b + cefr.FAR_ABOVE
        hard_paragraph = False
        for p in levels.paragraphs:
            if (
                p.score >= lowest_far
                and p.words >= policy.min_paragraph_words
                and p.score >= far_above(b, p.words)
            ):
                hard_paragraph = True
                lvl = cefr.score_to_level(p.score)
                reasons.append(f"Een alinea is op niveau {lvl}, ook al is de rest eenvoudiger.")
                extra.append(
                    _finding(
                        "paragraph.level_too_high",
                        f"Een alinea van {p.words} woorden is op niveau {lvl}. "
                        f"Maak die alinea eenvoudiger.",
                    )
                )
                break
        passage = levels.passage
        if (
            not hard_paragraph
            and passage is not None
            and passage.score >= far_above(b, passage.words)
        ):
            lvl = cefr.score_to_level(passage.score)
            reasons.append(f"Een stuk tekst is op niveau {lvl}, ook al is de rest eenvoudiger.")
            extra.append(
                _finding(
                    "passage.level_too_high",
                    f"Een stuk tekst van {passage.words} woorden is op niveau {lvl}. "
                    "Maak dat stuk eenvoudiger.",
                )
            )
        hardest = _hardest_sentence_far_above(levels, b)
        if hardest is not None:
            lvl = cefr.score_to_level(levels.sentence_scores[hardest])
            for_a_person.append(
                f"Een zin is op niveau {lvl}, ook al is de rest eenvoudiger. Een collega van "
                "het Versimpelteam moet de tekst beoordelen (B1-toets door een mens)."
            )
            message = (
                f"Een zin van {levels.sentence_words[hardest]} woorden is op niveau {lvl}. "
                "Maak die zin eenvoudiger, of laat een mens beslissen."
            )
            s = sentences[hardest]
            extra.append(
                finding_at(s.segment, s.start, s.end, "sentence.level_too_high", "warn", message)
            )
    extreme = sum(1 for f in findings if f.rule == "sentence.too_long" and f.severity == "block")
    if extreme:
        reasons.append(f"{extreme} zin(nen) met meer dan {policy.extreme_sentence_words} woorden.")
    too_long = sum(1 for f in findings if f.rule == "sentence.too_long")
    if (
        sentence_count
        and too_long >= policy.min_long_sentences
        and too_long / sentence_count > policy.max_long_sentence_share
    ):
        share = round(100 * too_long / sentence_count)
        reasons.append(
            f"{share}% van de zinnen heeft meer dan {policy.max_sentence_words} woorden "
            f"(maximaal {round(policy.max_long_sentence_share * 100)}%)."
        )
        extra.append(
            _finding(
                "sentences.too_many_long",
                f"Te veel lange zinnen: {too_long} van de {sentence_count} zinnen hebben meer "
                f"dan {policy.max_sentence_words} woorden.",
            )
        )
    jargon_block = sum(1 for f in findings if f.rule == "jargon" and f.severity == "block")
    if jargon_block:
        reasons.append(f"{jargon_block} keer ambtelijke taal.")
    if sentence_count and passive_count >= policy.min_passive_sentences:
        share = passive_count / sentence_count
        if share > policy.max_passive_share:
            reasons.append(
                f"{round(share * 100)}% van de zinnen is lijdend "
                f"(maximaal {round(policy.max_passive_share * 100)}%)."
            )
            extra.append(
                _finding(
                    "passive.too_much",
                    "Er staan te veel zinnen in de lijdende vorm. Schrijf wie iets doet.",
                )
            )
    if reasons:
        return "block", reasons, extra
    if for_a_person:
        return "human_check", for_a_person, extra
    return "pass", ["Geen blokkerende punten gevonden."], extra


def _hardest_sentence_far_above(levels, boundary: float) -> int | None:
    """The index of the sentence furthest above its own ``far_above`` threshold (the one
    for its number of words), or None when no sentence reaches it."""
    if not levels.sentence_scores:
        return None
    words = np.asarray(levels.sentence_words, dtype=np.float64)
    over = np.asarray(levels.sentence_scores) - far_above(boundary, words)
    hardest = int(np.argmax(over))
    return hardest if over[hardest] >= 0 else None
