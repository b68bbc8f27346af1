"""Reduce (rich-text) HTML to plain-text segments with the stdlib HTML parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_KIND = {
    "p": "paragraph",
    "div": "paragraph",
    "li": "list_item",
    "td": "table_cell",
    "th": "table_cell",
    "blockquote": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
}
# Containers that are boundaries but carry no kind of their own.
_BOUNDARY_ONLY = {
    "ul",
    "ol",
    "table",
    "tr",
    "thead",
    "tbody",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
    "hr",
}
# Never shown on a page. (<noscript> is: browsers without JavaScript show it, so it is read.)
_SKIP = {"script", "style", "template", "head", "title"}
_LOOKS_LIKE_HTML = re.compile(
    r"<(?:p|div|br|h[1-6]|li|ul|ol|td|th|tr|table|span|a|strong|em|b|i|script|style|blockquote)"
    r"\b[^>]*>|</[a-z][a-z0-9]*\s*>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True when the string contains at least one known HTML tag."""
    return _LOOKS_LIKE_HTML.search(text) is not None


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[str, str, int]] = []  # (kind, text, paragraph id)
        self._buf: list[str] = []
        self._kinds: list[str] = []
        self._skip = 0
        self._para = 0

    # A boundary flushes the running text as one segment.
    def _flush(self, new_paragraph: bool) -> None:
        # A rendered page shows any run of whitespace as one space (``str.split`` cuts at
        # the same whitespace as the regex ``\s``, and is twice as fast as replacing).
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if text:
            kind = self._kinds[-1] if self._kinds else "paragraph"
            self.pieces.append((kind, text, self._para))
        if new_paragraph:
            self._para += 1

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skip += 1
        elif tag == "br":
            self._flush(new_paragraph=False)
        elif tag in _BLOCK_KIND:
            self._flush(new_paragraph=True)
            self._kinds.append(_BLOCK_KIND[tag])
        elif tag in _BOUNDARY_ONLY:
            self._flush(new_paragraph=True)

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr"):
            self._flush(new_paragraph=tag == "hr")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_KIND:
            self._flush(new_paragraph=True)
            if self._kinds:
                self._kinds.pop()
        elif tag in _BOUNDARY_ONLY:
            self._flush(new_paragraph=True)

    def handle_data(self, data):
        if not self._skip:
            self._buf.append(data)

    def close(self):
        super().close()
        self._flush(new_paragraph=True)


def html_to_pieces(html: str) -> list[tuple[str, str, int]]:
    """Return ``(kind, text, paragraph_id)`` for each block-level piece of text.

    script/style content is dropped; p/div/blockquote become paragraphs, h1-h6 headings,
    li list items, td/th table cells; br splits a piece but stays in the same paragraph.
    """
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    return parser.pieces
