"""The analysis result: findings and the report, both JSON-serialisable via ``to_dict``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from readability.model import Segment

SEVERITIES = ("block", "warn", "info")
VERDICTS = ("pass", "block", "human_check")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place.

    ``start``/``end`` are character offsets: into the block's text when ``block`` is an
    index, otherwise into the extracted plain text. ``excerpt`` is the text they cover.
    """

    start: int
    end: int
    block: int | None
    rule: str
    severity: str
    message: str
    suggestion: str | None
    excerpt: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def finding_at(
    segment: Segment,
    start: int,
    end: int,
    rule: str,
    severity: str,
    message: str,
    suggestion: str | None = None,
) -> Finding:
    """Make a finding from offsets local to ``segment.text``."""
    return Finding(
        start=segment.offset + start,
        end=segment.offset + end,
        block=segment.block,
        rule=rule,
        severity=severity,
        message=message,
        suggestion=suggestion,
        excerpt=segment.text[start:end],
    )


@dataclass(slots=True)
class Report:
    """What ``analyze`` returns. ``score`` runs 1.0 (A1) .. 6.0 (C2): higher is harder."""

    level: str | None
    score: float | None
    confidence: float
    passes: bool
    lang: str
    word_count: int
    sentence_count: int
    signals: dict[str, Any]
    findings: list[Finding]
    reasons: list[str]
    notes: list[str]
    excluded_blocks: list[int] = field(default_factory=list)
    # "pass" | "block" | "human_check". A human check never passes on its own: ``passes``
    # is False and a person must confirm the level (see DESIGN.md, "three outcomes").
    verdict: str = ""

    def __post_init__(self) -> None:
        if not self.verdict:
            self.verdict = "pass" if self.passes else "block"
        if self.verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "score": self.score,
            "confidence": self.confidence,
            "passes": self.passes,
            "verdict": self.verdict,
            "lang": self.lang,
            "word_count": self.word_count,
            "sentence_count": self.sentence_count,
            "signals": dict(self.signals),
            "findings": [f.to_dict() for f in self.findings],
            "reasons": list(self.reasons),
            "notes": list(self.notes),
            "excluded_blocks": list(self.excluded_blocks),
        }
