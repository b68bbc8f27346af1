from hypothesis import given, settings
from hypothesis import strategies as st

from readability.model import Block, Segment
from readability.textmodel import _HEADING_MARK_RE, _LIST_MARK_RE, _plain_segments, build_doc


def sentence_texts(doc):
    return [s.text for s in doc.sentences]


def test_line_breaks_are_sentence_boundaries():
    doc = build_doc("Wat krijgt u\nWij betalen de huur")
    assert sentence_texts(doc) == ["Wat krijgt u", "Wij betalen de huur"]


def test_list_items_and_headings_in_plain_text():
    doc = build_doc("# Uw rechten\nU heeft recht op:\n- hulp bij werk\n- geld voor de huur")
    kinds = [s.segment.kind for s in doc.sentences]
    assert kinds == ["heading", "paragraph", "list_item", "list_item"]
    assert sentence_texts(doc)[2] == "hulp bij werk"
    # Indented markers, numbered items in any script's digits, and lookalikes that are text.
    doc = build_doc("  12) Bel ons\n\t• Kom langs\n٣. Stuur een brief\n-5 graden\n#hashtag")
    kinds = [s.segment.kind for s in doc.sentences]
    assert kinds == ["list_item", "list_item", "list_item", "paragraph", "paragraph"]
    assert sentence_texts(doc)[:3] == ["Bel ons", "Kom langs", "Stuur een brief"]


def test_heading_without_full_stop_does_not_join_the_next_sentence():
    doc = build_doc(
        [{"type": "heading", "text": "Bijstand"}, {"type": "paragraph", "text": "U krijgt geld."}]
    )
    assert sentence_texts(doc) == ["Bijstand", "U krijgt geld."]


def test_law_quote_blocks_are_excluded():
    doc = build_doc(
        [
            Block("paragraph", "U moet ons alles vertellen."),
            Block("law_quote", "Artikel 17. De belanghebbende doet onverwijld mededeling."),
        ]
    )
    assert doc.excluded_blocks == [1]
    assert all(s.segment.block == 0 for s in doc.sentences)


def test_block_offsets_are_relative_to_the_block_text():
    doc = build_doc(
        [
            {"type": "paragraph", "text": "Eerst dit."},
            {"type": "paragraph", "text": "Dan <b>dat</b> hier."},
        ]
    )
    last = doc.sentences[-1]
    assert last.segment.block == 1
    assert doc.texts[1][last.segment.offset + last.start :][:3] == "Dan"


def test_blank_lines_start_new_paragraphs():
    doc = build_doc("Een zin.\nNog een zin.\n\nNieuwe alinea.")
    paras = [s.segment.paragraph for s in doc.sentences]
    assert paras[0] == paras[1] != paras[2]


def plain_segments_line_by_line(text, block, kind, para):
    """The rule of ``_plain_segments``, one line at a time (the reference)."""
    segments = []
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
        if kind is None:
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


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab #-*•–1.) \t\n\r\u2028\x0b", max_size=60),
    st.sampled_from([None, "list_item", "table_cell"]),
    st.integers(0, 5),
)
def test_plain_segments_equal_the_line_by_line_rule(text, kind, para):
    """Segments, their kinds, offsets and paragraph numbers, and the next paragraph
    number (where the next block goes on) are those of the line-by-line rule."""
    assert _plain_segments(text, 3, kind, para) == plain_segments_line_by_line(text, 3, kind, para)
