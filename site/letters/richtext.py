"""Letter rich text as a small, safe structure: paragraphs, list items and inline runs.

The letter body is Wagtail rich text (HTML). Every output format (HTML, plain text,
DOCX) is written from this structure, never by passing the HTML through: only the
elements a letter needs survive, text is always escaped again on output, and links
keep only http(s), mailto and tel addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:")
# ASCII whitespace only: the no-break space in "€ 1.234,56" must survive.
WHITESPACE_RE = re.compile(r"[ \t\n\r\f]+")
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


@dataclass
class Block:
    """kind: "paragraph", "heading", "bullet" or "number" (the last two are list items)."""

    kind: str
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.lists: list[str] = []
        self.bold = 0
        self.italic = 0
        self.href: str | None = None

    def _open(self, kind: str) -> None:
        self._close()
        self.current = Block(kind)

    def _close(self) -> None:
        if self.current is not None and self.current.text.strip():
            self.blocks.append(self.current)
        self.current = None

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self._close()
            self.lists.append("bullet" if tag == "ul" else "number")
        elif tag == "li":
            self._open(self.lists[-1] if self.lists else "bullet")
        elif tag in BLOCK_TAGS:
            self._open("heading" if tag[0] == "h" and tag[1:].isdigit() else "paragraph")
        elif tag in ("b", "strong"):
            self.bold += 1
        elif tag in ("i", "em"):
            self.italic += 1
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self.href = href if href.lower().startswith(SAFE_LINK_SCHEMES) else None
        elif tag == "br":
            self._add("\n")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._add("\n")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self._close()
            if self.lists:
                self.lists.pop()
        elif tag == "li" or tag in BLOCK_TAGS:
            self._close()
        elif tag in ("b", "strong"):
            self.bold = max(self.bold - 1, 0)
        elif tag in ("i", "em"):
            self.italic = max(self.italic - 1, 0)
        elif tag == "a":
            self.href = None

    def handle_data(self, data):
        self._add(data)

    def _add(self, text: str) -> None:
        if self.current is None:
            if not text.strip():
                return
            self.current = Block("paragraph")
        if text != "\n":
            # HTML collapses whitespace; so do we, except for explicit <br> breaks.
            text = WHITESPACE_RE.sub(" ", text)
        self.current.runs.append(
            Run(text, bold=self.bold > 0, italic=self.italic > 0, href=self.href)
        )

    def close(self):
        super().close()
        self._close()


def parse(html: str) -> list[Block]:
    parser = _Parser()
    parser.feed(html or "")
    parser.close()
    for block in parser.blocks:
        _tidy(block)
    return parser.blocks


def _tidy(block: Block) -> None:
    # Trim the whitespace editors leave at the start and end of a paragraph.
    if block.runs:
        block.runs[0].text = block.runs[0].text.lstrip(" ")
        block.runs[-1].text = block.runs[-1].text.rstrip(" ")


def runs_to_html(runs: list[Run]) -> str:
    out = []
    for run in runs:
        if run.text == "\n":
            out.append("<br>")
            continue
        piece = escape(run.text, quote=False)
        if run.italic:
            piece = f"<em>{piece}</em>"
        if run.bold:
            piece = f"<strong>{piece}</strong>"
        if run.href:
            piece = f'<a href="{escape(run.href)}">{piece}</a>'
        out.append(piece)
    return "".join(out)


def blocks_to_html(blocks: list[Block], heading_tag: str = "h3") -> str:
    out: list[str] = []
    open_list: str | None = None
    for block in blocks:
        list_tag = {"bullet": "ul", "number": "ol"}.get(block.kind)
        if list_tag != open_list:
            if open_list:
                out.append(f"</{open_list}>")
            if list_tag:
                out.append(f"<{list_tag}>")
            open_list = list_tag
        inner = runs_to_html(block.runs)
        if list_tag:
            out.append(f"<li>{inner}</li>")
        elif block.kind == "heading":
            out.append(f"<{heading_tag}>{inner}</{heading_tag}>")
        else:
            out.append(f"<p>{inner}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "".join(out)


def runs_to_text(runs: list[Run]) -> str:
    out = []
    for run in runs:
        out.append(run.text)
        if run.href and run.href.removeprefix("mailto:").removeprefix("tel:") != run.text:
            out.append(f" ({run.href})")
    return "".join(out)


def blocks_to_text(blocks: list[Block]) -> str:
    """Paragraphs separated by an empty line; list items on their own lines."""
    chunks: list[str] = []
    previous_kind = None
    number = 0
    for block in blocks:
        text = runs_to_text(block.runs)
        if block.kind == "number":
            number = number + 1 if previous_kind == "number" else 1
            line = f"{number}. {text}"
        elif block.kind == "bullet":
            line = f"- {text}"
        else:
            line = text
        same_list = block.kind in ("bullet", "number") and block.kind == previous_kind
        if chunks and same_list:
            chunks[-1] += "\n" + line
        else:
            chunks.append(line)
        previous_kind = block.kind
    return "\n\n".join(chunks)
