"""What a citizen reads: the declarations the gate scores, and the walk that reads them.

Every model whose text reaches citizens has a `citizen_text` class attribute, and every
StructBlock or StreamBlock inside its StreamFields has one too. It maps each field or child
block to `scored(kind)` (the gate judges it as a heading, paragraph, list item or law quote)
or `exempt(reason)` (citizens see it, but it is not prose the gate can judge: a phone
number, a web address, the name of a law). Exempt free text citizens see says how many
words a name may have (`exempt(reason, max_words=...)`), so it cannot carry a sentence;
a field citizens never see is `internal(reason)`. A value that is not text says how to read
it (`scored(kind, read=...)`: a captions file). Alt texts and tooltips inside rich text are
read as paragraphs; plain text is read as typed, tags included. A model citizens never
read says so with `NOT_FOR_CITIZENS(reason)`.

This module knows no model; it only reads the declarations. `tests/content_models/
test_scoring.py` walks every model, field and block and fails on anything undeclared, so a
field added later cannot slip past the gate.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

from wagtail import blocks as wagtail_blocks
from wagtail.fields import RichTextField

HEADING, PARAGRAPH, LIST_ITEM, LAW_QUOTE = "heading", "paragraph", "list_item", "law_quote"
KINDS = (HEADING, PARAGRAPH, LIST_ITEM, LAW_QUOTE)


@dataclass(frozen=True)
class Scored:
    kind: str = PARAGRAPH
    # How to read a value that is not text (a captions file): value -> the text.
    read: Callable | None = None

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"Unknown kind of text: {self.kind!r}")


@dataclass(frozen=True)
class Exempt:
    reason: str
    # For a free-text field that holds names or numbers (a law, a phone number, a list of
    # words): at most this many words per name, so it cannot carry a sentence the gate
    # did not read. `read` splits a list typed as one line into its names.
    max_words: int | None = None
    read: Callable | None = None

    def __post_init__(self):
        if len(self.reason.strip()) < 10:
            raise ValueError("An exemption needs a real reason.")


class Internal(Exempt):
    """A field of a model citizens read that they never see themselves: metadata, help for
    staff, a value only used to fill in or find something. A free-text field citizens do
    see is `exempt(reason, max_words=...)` instead (test_scoring checks which is which)."""


@dataclass(frozen=True)
class NotForCitizens:
    """The whole model is read by staff only."""

    reason: str

    def __post_init__(self):
        if len(self.reason.strip()) < 10:
            raise ValueError("Say why citizens never read this model.")


def scored(kind=PARAGRAPH, read=None) -> Scored:
    return Scored(kind, read)


def exempt(reason: str, max_words: int | None = None, read=None) -> Exempt:
    return Exempt(reason, max_words, read)


def internal(reason: str) -> Internal:
    return Internal(reason)


NOT_FOR_CITIZENS = NotForCitizens


def comma_separated(value) -> list[str]:
    """A list typed as one line ("uitkering, bijstand"): its items."""
    return [item.strip() for item in (value or "").split(",") if item.strip()]


# The text fields every Wagtail page has. A page model adds its own fields to these.
PAGE_TEXT = {
    "title": scored(HEADING),
    # <title> of the page in the browser and in search engines.
    "seo_title": scored(HEADING),
    # The meta description, shown by search engines under the link.
    "search_description": scored(PARAGRAPH),
    "draft_title": internal("the admin's copy of the title; the title itself is scored"),
    "slug": exempt("part of the web address, not prose"),
    "url_path": internal("the full web address, built from slugs"),
    "path": internal("position in the page tree; never shown"),
}


def declaration(model) -> dict | NotForCitizens | None:
    return getattr(model, "citizen_text", None)


def block_declaration(block) -> dict | None:
    return getattr(block, "citizen_text", None)


def scored_field_names(model) -> list[str]:
    """Fields the gate reads on `model`, in the order a citizen reads them."""
    declared = declaration(model)
    if not isinstance(declared, dict):
        return []
    return [name for name, rule in declared.items() if isinstance(rule, Scored)]


def citizen_field_names(model) -> list[str]:
    """Every declared field a citizen sees, scored or exempt: what a live row must keep."""
    declared = declaration(model)
    if not isinstance(declared, dict):
        return []
    return [name for name in declared if name not in PAGE_INTERNAL]


# Declared for completeness on pages, but not text a citizen sees; Wagtail keeps them
# up to date itself (for example when a page moves).
PAGE_INTERNAL = {"draft_title", "url_path", "path"}


def _text_of(value) -> str:
    if value is None:
        return ""
    return getattr(value, "source", value) if not isinstance(value, str) else value


class _ReadAttributes(HTMLParser):
    """Collects the attributes of rich text that browsers and screen readers show as text."""

    SHOWN = ("alt", "title", "aria-label")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []

    def handle_starttag(self, tag, attrs):
        self.texts += [value for name, value in attrs if name in self.SHOWN and value]


_SHOWN_ATTRIBUTE = re.compile(r"\s(?:alt|title|aria-label)\s*=", re.IGNORECASE)


def _attribute_texts(text: str) -> list[str]:
    """Alt texts of images and tooltips in rich text: the engine reads only the words
    between the tags, but a citizen (or their screen reader) reads these too."""
    if not _SHOWN_ATTRIBUTE.search(text):
        return []  # most rich text has none: skip the parser, publishing stays fast
    parser = _ReadAttributes()
    parser.feed(text)
    parser.close()
    return [value for value in parser.texts if value.strip()]


def as_typed(text: str) -> str:
    """Plain text as the engine must read it: every word, no markup (a page shows "<" as "<")."""
    return text.replace("<", " ").replace(">", " ")


def _emit(out, kind, value, transform, rich=False):
    """Append one text. Plain text is shown as typed, tags included ("<style>" is text on
    the page), so the engine must not read it as HTML and skip what such a tag holds."""
    text = _text_of(value)
    if not (isinstance(text, str) and text.strip()):
        return
    if rich:
        pieces = [(text, kind)] + [(attr, PARAGRAPH) for attr in _attribute_texts(text)]
    else:
        pieces = [(as_typed(text), kind)]
    for piece, piece_kind in pieces:
        out.append({"type": piece_kind, "text": transform(piece) if transform else piece})


def _declared_leaves(block, value, kind):
    """(leaf block, value, rule) of a block value, following the declarations: a text a
    citizen reads comes with `scored(kind)` of its nearest declaration; a struct child
    that is not scored comes with its own rule (exempt or internal) and is not entered."""
    if value is None:
        return
    if isinstance(block, wagtail_blocks.StreamBlock):
        declared = block_declaration(block) or {}
        for child in value:
            rule = declared.get(child.block_type)
            if isinstance(rule, Scored):
                yield from _declared_leaves(child.block, child.value, rule.kind)
    elif isinstance(block, wagtail_blocks.StructBlock):
        declared = block_declaration(block) or {}
        for name, child_block in block.child_blocks.items():
            rule = declared.get(name)
            if isinstance(rule, Scored):
                yield from _declared_leaves(child_block, value.get(name), rule.kind)
            else:
                yield child_block, value.get(name), rule
    elif isinstance(block, wagtail_blocks.ListBlock):
        for item in value:
            yield from _declared_leaves(block.child_block, item, kind)
    else:
        yield block, value, Scored(kind)


def walk_block(block, value, kind, out, transform=None):
    """Append the scored text of one block value to `out`, following the declarations."""
    for leaf, leaf_value, rule in _declared_leaves(block, value, kind):
        if isinstance(rule, Scored):
            rich = isinstance(leaf, wagtail_blocks.RichTextBlock)
            _emit(out, rule.kind, leaf_value, transform, rich=rich)


def declared_blocks(obj, transform=None) -> list[dict]:
    """The readability engine's blocks for `obj`: exactly its declared, scored text."""
    out = []
    for name in scored_field_names(type(obj)):
        rule = declaration(type(obj))[name]
        field = obj._meta.get_field(name)
        value = getattr(obj, name, None)
        stream_block = getattr(field, "stream_block", None)
        if rule.read is not None:
            _emit(out, rule.kind, rule.read(value), transform)
        elif stream_block is not None:
            walk_block(stream_block, value, rule.kind, out, transform)
        else:
            _emit(out, rule.kind, value, transform, rich=isinstance(field, RichTextField))
    return out


def _too_long(rule, value) -> bool:
    if not isinstance(rule, Exempt) or rule.max_words is None:
        return False
    text = _text_of(value)
    if not isinstance(text, str):
        return False
    names = rule.read(text) if rule.read else [text]
    return any(len(name.split()) > rule.max_words for name in names)


def _overlong_in_block(block, value, out):
    for leaf, leaf_value, rule in _declared_leaves(block, value, PARAGRAPH):
        if _too_long(rule, leaf_value):
            out.append((str(leaf.label), rule.max_words))


def overlong_exempt_text(obj) -> list[tuple[str, int]]:
    """(label, max_words) of every exempt name or number in `obj` that is longer than
    its declaration allows: a sentence where only a name belongs."""
    declared = declaration(type(obj))
    if not isinstance(declared, dict):
        return []
    out = []
    for name, rule in declared.items():
        field = obj._meta.get_field(name)
        value = getattr(obj, name, None)
        if isinstance(rule, Scored) and getattr(field, "stream_block", None) is not None:
            _overlong_in_block(field.stream_block, value, out)
        elif _too_long(rule, value):
            out.append((str(field.verbose_name), rule.max_words))
    return out
