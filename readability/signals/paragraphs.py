"""Long paragraphs."""

from __future__ import annotations

from readability.model import Sentence
from readability.report import Finding


def paragraph_lengths(sentences: list[Sentence]) -> list[tuple[list[Sentence], int]]:
    """Group sentences into paragraphs (by segment.paragraph) with their word counts."""
    groups: list[tuple[list[Sentence], int]] = []
    current: list[Sentence] = []
    key = None
    words = 0
    for s in sentences:
        k = (s.segment.block, s.segment.paragraph)
        if k != key and current:
            groups.append((current, words))
            current, words = [], 0
        key = k
        current.append(s)
        words += len(s.texts)
    if current:
        groups.append((current, words))
    return groups


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
