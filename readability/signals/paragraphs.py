"""Long paragraphs."""

from __future__ import annotations

from itertools import accumulate
from operator import attrgetter

from readability.model import Sentence, paragraph_ranges
from readability.report import Finding


def paragraph_lengths(sentences: list[Sentence]) -> list[tuple[list[Sentence], int]]:
    """Group sentences into paragraphs (by segment.paragraph) with their word counts."""
    pre = list(accumulate(map(len, map(_TEXTS, sentences)), initial=0))
    return [
        (sentences[first : last + 1], pre[last + 1] - pre[first])
        for first, last in paragraph_ranges(sentences)
    ]


_TEXTS = attrgetter("texts")


def long_paragraph_findings(
    sentences: list[Sentence], texts: dict[int | None, str], limit: int = 100
) -> list[Finding]:
    """Warn for a paragraph of more than ``limit`` words ("paragraph.too_long").

    ``texts`` maps a block index (None for text input) to the text offsets refer to, so the
    finding can span the whole paragraph.
    """
    findings = []
    for group, n in paragraph_lengths(sentences):
        if n <= limit:
            continue
        first, last = group[0], group[-1]
        block = first.segment.block
        start = first.segment.offset + first.start
        end = last.segment.offset + last.end
        findings.append(
            Finding(
                start,
                end,
                block,
                "paragraph.too_long",
                "warn",
                f"Deze alinea heeft {n} woorden. Maak er kortere alinea's van.",
                None,
                texts.get(block, "")[start:end],
            )
        )
    return findings
