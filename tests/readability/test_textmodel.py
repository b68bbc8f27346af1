from hypothesis import given, settings
from hypothesis import strategies as st

from readability.model import Block
from readability.textmodel import build_doc
from tests.readability.test_tokenize import MULTILINE_TEXT


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


# The blocks of a page are tokenised in one pass: each block must get exactly the
# sentences it gets alone, with offsets into its own text (paragraph numbers run on
# from block to block).
BLOCK = st.tuples(
    st.sampled_from(["paragraph", "heading", "list_item", "law_quote", "paragraph"]),
    st.one_of(
        MULTILINE_TEXT, st.just("<p>Bel ons, bijv. op 14 020.</p><ul><li>Mail info@x.nl.</li></ul>")
    ),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(BLOCK, max_size=5))
def test_blocks_get_the_sentences_they_get_alone(blocks):
    doc = build_doc([{"type": kind, "text": text} for kind, text in blocks])
    alone = [
        (s.segment[:4], s.start, s.end, s.texts)
        for i, (kind, text) in enumerate(blocks)
        for s in build_doc(
            [{"type": "law_quote", "text": ""}] * i + [{"type": kind, "text": text}]
        ).sentences
    ]
    assert [(s.segment[:4], s.start, s.end, s.texts) for s in doc.sentences] == alone
    for s in doc.sentences:
        assert doc.texts[s.segment.block][s.segment.offset :].startswith(s.segment.text)
