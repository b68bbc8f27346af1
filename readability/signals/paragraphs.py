"""Long paragraphs."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from readability.model import (
    Sentence,
    ends_of,
    lengths_of,
    paragraph_ranges,
    segments_of,
    starts_of,
)
from readability.report import Finding


def paragraph_lengths(
    sentences: Sequence[Sentence], ranges: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int, int]]:
    """(first, last, words) of each paragraph: its first and last sentence index and its
    word count. ``ranges`` are the sentences' ``paragraph_ranges`` when known."""
    pre = list(accumulate(lengths_of(sentences), initial=0))
    if ranges is None:
        ranges = paragraph_ranges(sentences)
    return [(first, last, pre[last + 1] - pre[first]) for first, last in ranges]


def long_paragraph_findings(
    sentences: Sequence[Sentence],
    texts: dict[int | None, str],
    limit: int = 100,
    ranges: Sequence[tuple[int, int]] | None = None,
) -> list[Finding]:
    """Warn for a paragraph of more than ``limit`` words ("paragraph.too_long").

    ``texts`` maps a block index (None for text input) to the text offsets refer to, so the
    finding can span the whole paragraph. ``ranges`` as for ``paragraph_lengths``.
    """
    findings = []
    segments, starts, ends = segments_of(sentences), starts_of(sentences), ends_of(sentences)
    for a, b, n in paragraph_lengths(sentences, ranges):
        if n <= limit:
            continue
        block = segments[a].block
        start = segments[a].offset + starts[a]
        end = segments[b].offset + ends[b]
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
