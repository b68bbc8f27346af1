"""Turn plain text, HTML or typed blocks into segments and sentences (the text model).

Boundaries: headings, list items, table cells and line breaks always end a sentence.
Blank lines (plain text) and block-level HTML elements start a new paragraph.
Law-quote blocks are kept out of the scored text and listed in ``excluded_blocks``.
All text is normalised first (``readability.normalize``): finding offsets point into the
normalised text, which equals the input unless it held look-alike or invisible characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from readability.html_text import html_to_pieces, looks_like_html
from readability.model import BLOCK_TYPES, Block, Doc, Segment
from readability.normalize import normalize_text
from readability.tokenize import split_text

_LIST_MARK_RE = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+")
_HEADING_MARK_RE = re.compile(r"[ \t]*#{1,6}[ \t]+")
# The first character (after spaces) of every heading or list marker, digits aside.
_MARK_HEADS = frozenset("#-*•–")


def _plain_segments(
    text: str, block: int | None, kind: str | None, para: int
) -> tuple[list[Segment], int]:
    """Split plain text on line breaks; a line with a list or heading marker gets that kind."""
    segments: list[Segment] = []
    blank = True
    pos = 0
    for raw in text.splitlines(keepends=True):
        offset = pos
        pos += len(raw)
        line = raw.rstrip("\r\n")
        if not line.strip():
            if not blank:
                para += 1
            blank = True
            continue
        blank = False
        seg_kind = kind or "paragraph"
        head = line.lstrip(" \t")[:1]
        if kind is None and (head in _MARK_HEADS or head.isdecimal()):
            mark = _HEADING_MARK_RE.match(line)
            if mark:
                seg_kind = "heading"
            else:
                mark = _LIST_MARK_RE.match(line)
                if mark:
                    seg_kind = "list_item"
            if mark:
                offset += mark.end()
                line = line[mark.end() :]
        segments.append(Segment(seg_kind, line, block, offset, para))
    return segments, para + 1


def _html_segments(
    html: str, block: int | None, kind: str | None, para: int, lang: str = "nl"
) -> tuple[list[Segment], int, str]:
    """Segments of HTML; offsets point into the extracted text (pieces joined by newlines)."""
    segments: list[Segment] = []
    parts: list[str] = []
    offset = 0
    last_para = None
    for piece_kind, raw_piece, piece_para in html_to_pieces(html):
        piece = normalize_text(raw_piece, lang)
        if last_para is not None and piece_para != last_para:
            para += 1
        last_para = piece_para
        seg_kind = piece_kind if kind in (None, "paragraph") else kind
        segments.append(Segment(seg_kind, piece, block, offset, para))
        parts.append(piece)
        offset += len(piece) + 1
    return segments, para + 1, "\n".join(parts)


def extract_plain_text(text: str, lang: str = "nl") -> str:
    """The plain text that findings on text/HTML input are offset into (normalised)."""
    if looks_like_html(text):
        return "\n".join(normalize_text(piece, lang) for _, piece, _ in html_to_pieces(text))
    return normalize_text(text, lang)


def to_blocks(items: Iterable[Block | Mapping]) -> list[Block]:
    """Accept Block objects or ``{"type", "text"}`` dicts; unknown types count as paragraphs."""
    blocks = []
    for item in items:
        if isinstance(item, Block):
            btype, text = item.type, item.text
        elif isinstance(item, Mapping):
            btype, text = item.get("type", "paragraph"), item.get("text", "")
        elif isinstance(item, str):
            btype, text = "paragraph", item
        else:
            raise TypeError(f"cannot read block of type {type(item).__name__}")
        if btype not in BLOCK_TYPES:
            btype = "paragraph"
        blocks.append(Block(str(btype), "" if text is None else str(text)))
    return blocks


def build_doc(source: str | Iterable[Block | Mapping], lang: str = "nl") -> Doc:
    """Build the scorable document from text, HTML or a list of blocks."""
    segments: list[Segment] = []
    excluded: list[int] = []
    texts: dict[int | None, str] = {}
    if isinstance(source, str):
        if looks_like_html(source):
            segments, _, texts[None] = _html_segments(source, None, None, 0, lang)
        else:
            source = normalize_text(source, lang)
            segments, _ = _plain_segments(source, None, None, 0)
            texts[None] = source
        sentences = split_text(texts[None], segments)
    else:
        bases: list[int] = []  # where each segment starts in the blocks' texts joined
        start = 0
        para = 0
        for i, block in enumerate(to_blocks(source)):
            if block.type == "law_quote":
                excluded.append(i)
                continue
            kind = None if block.type == "paragraph" else block.type
            if looks_like_html(block.text):
                segs, para, texts[i] = _html_segments(block.text, i, kind, para, lang)
            else:
                text = normalize_text(block.text, lang)
                segs, para = _plain_segments(text, i, kind, para)
                texts[i] = text
            segments.extend(segs)
            bases += [start + seg.offset for seg in segs]
            start += len(texts[i]) + 1
        # One tokeniser pass for all blocks: joined by line breaks, which no token crosses.
        sentences = split_text("\n".join(texts.values()), segments, bases)
    return Doc(segments, sentences, excluded, texts)
