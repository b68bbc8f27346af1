"""The analysis result: findings and the report, both JSON-serialisable via ``to_dict``."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from readability.model import Segment

SEVERITIES = ("block", "warn", "info")
VERDICTS = ("pass", "block", "human_check")


class Finding(NamedTuple):
    """One problem at one place.

    ``start``/``end`` are character offsets: into the block's text when ``block`` is an
    index, otherwise into the extracted plain text. ``excerpt`` is the text they cover.
    A named tuple: a long text has thousands of findings, and a frozen dataclass sets each
    field through ``object.__setattr__``.
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
        return self._asdict()


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
    offset = segment.offset
    # tuple.__new__ skips the Python-level __new__ of a NamedTuple (thousands per text).
    return _new(
        Finding,
        (
            offset + start,
            offset + end,
            segment.block,
            rule,
            severity,
            message,
            suggestion,
            segment.text[start:end],
        ),
    )


_new = tuple.__new__


class Suggestion(NamedTuple):
    """A concrete, rule-based rewrite hint for one sentence.

    ``rule`` names the rule it comes from ("sentence.split", "jargon", "passive",
    "word.hard", "none"); ``message`` is the Dutch text for the editor; ``excerpt`` the
    words it is about (may be empty); ``replacement`` a plain alternative when the rule has
    one (a word from the jargon list), else None. A suggestion never rewrites a whole
    sentence: it says where to split, which word to replace, who should act.
    """

    rule: str
    message: str
    excerpt: str = ""
    replacement: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class SentenceLevel(NamedTuple):
    """One sentence's own level estimate and what would make it easier.

    ``start``/``end``/``block`` as in :class:`Finding`; ``rank`` is 0 for the hardest
    sentence of the text (``Report.sentences`` is sorted by rank). A named tuple: a text
    has thousands of sentences, and tuples are made in C (``sentence_levels``).
    """

    start: int
    end: int
    block: int | None
    text: str
    words: int
    score: float
    level: str
    rank: int
    suggestions: tuple[Suggestion, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "block": self.block,
            "text": self.text,
            "words": self.words,
            "score": self.score,
            "level": self.level,
            "rank": self.rank,
            "suggestions": [s.to_dict() for s in self.suggestions],
        }


class LazyList(Sequence):
    """``Report.sentences`` and ``Report.paragraphs``: a list whose items are built on first
    use.

    The levels themselves are computed by the analysis; the objects that show them (a
    sentence's text excerpt, rounded score and suggestions; a paragraph's span and level)
    are made only when a caller looks at them, as most callers (the gate's verdict, the
    evaluation, the re-check of all pages) never do. Behaves as a read-only list: equal to
    a list with the same items, and copied or pickled as a plain list.
    """

    __slots__ = ("_size", "_build", "_items")

    def __init__(self, size: int, build: Callable[[], list]) -> None:
        self._size = size
        self._build: Callable[[], list] | None = build
        self._items: list | None = None

    def _list(self) -> list:
        if self._items is None:
            self._items = self._build()
            self._build = None  # let go of the text model
        return self._items

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, index):
        return self._list()[index]

    def __iter__(self) -> Iterator:
        return iter(self._list())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyList):
            other = other._list()
        return self._list() == other

    __hash__ = None  # type: ignore[assignment]  # mutable-list semantics: unhashable

    def __repr__(self) -> str:
        return repr(self._list())

    def __reduce__(self):
        return (list, (self._list(),))

    def __copy__(self) -> list:
        return list(self._list())

    def __deepcopy__(self, memo) -> list:
        import copy

        return copy.deepcopy(self._list(), memo)


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
    # The uncertainty band around the boundary of ``max_level`` (score units): the verdict
    # is "human_check" when the score lies inside [low, high). None without a level.
    band: tuple[float, float] | None = None
    # Every sentence with its own level, hardest first (Dutch text only); a
    # :class:`LazyList` from ``analyze`` (built on first use).
    sentences: Sequence[SentenceLevel] = field(default_factory=list)
    # Level score of each paragraph (block, start, end, words, score, level), in text
    # order; a :class:`LazyList` from ``analyze``.
    paragraphs: Sequence[dict[str, Any]] = field(default_factory=list)

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
            "band": list(self.band) if self.band else None,
            "paragraphs": [dict(p) for p in self.paragraphs],
            "sentences": [s.to_dict() for s in self.sentences],
        }
