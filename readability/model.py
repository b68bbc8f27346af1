"""Core data types shared by the text model, the signals and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

BLOCK_TYPES = ("heading", "paragraph", "list_item", "table_cell", "law_quote")


@dataclass(frozen=True, slots=True)
class Block:
    """One typed block of input. ``text`` of a paragraph may be HTML."""

    type: str
    text: str


class Segment(NamedTuple):
    """A stretch of plain text that no sentence crosses (a line, a heading, a list item...).

    ``offset`` is where ``text`` starts in the coordinate system findings are reported in:
    the extracted plain text for text/HTML input, or the block's own text for block input.
    ``paragraph`` groups segments that belong to one paragraph (for the paragraph-length rule).
    """

    kind: str
    text: str
    block: int | None
    offset: int
    paragraph: int


class Word(NamedTuple):
    """A counted word. ``kind`` is "word", "num" (numbers, amounts, dates) or "var" ({{ x }})."""

    text: str
    norm: str
    start: int
    end: int
    kind: str
    clause: int


@dataclass(slots=True)
class Sentence:
    segment: Segment
    start: int
    end: int
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.segment.text[self.start : self.end]


@dataclass(slots=True)
class Doc:
    """The tokenised, scorable part of the input."""

    segments: list[Segment]
    sentences: list[Sentence]
    excluded_blocks: list[int]
    # Block index (None for text/HTML input) -> the text that finding offsets point into.
    texts: dict[int | None, str] = field(default_factory=dict)

    @property
    def word_count(self) -> int:
        return sum(len(s.words) for s in self.sentences)
