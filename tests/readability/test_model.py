from readability.model import (
    Sentence,
    Sentences,
    Vocabulary,
    ends_of,
    indices_holding,
    lengths_of,
    paragraph_ranges,
    segments_of,
    sentences_holding,
    starts_of,
    texts_of,
)
from readability.textmodel import build_doc


def test_sentences_holding_picks_only_sentences_with_one_of_the_words():
    doc = build_doc("Wij betalen de huur. U krijgt een brief. Wij betalen ook de toeslag.")
    found = list(sentences_holding(doc.sentences, frozenset({"betalen"})))
    assert [s.text for s in found] == ["Wij betalen de huur.", "Wij betalen ook de toeslag."]
    assert list(sentences_holding(doc.sentences, frozenset({"Betalen"}))) == []


def test_the_vocabulary_finds_the_same_sentences_as_a_scan():
    """Rules find their sentences through the vocabulary: it must pick exactly the
    sentences a scan picks, in order, also around a sentence without words."""
    doc = build_doc(
        "Wij betalen de huur. U krijgt een brief. Wij betalen ook de toeslag.\n\n"
        "Heeft u vragen? Bel ons. De huur is hoog."
    )
    sentences = list(doc.sentences)
    sentences.insert(2, Sentence(sentences[0].segment, 0, 0, texts=[]))
    sentences.append(Sentence(sentences[0].segment, 0, 0, texts=[]))
    vocab = Vocabulary(sentences)
    for texts in ({"betalen"}, {"Wij"}, {"huur", "Bel"}, {"vragen", "toeslag"}, {"x"}, set()):
        scanned = [s for s in sentences if not texts.isdisjoint(s.texts)]
        assert list(sentences_holding(sentences, frozenset(texts), vocab)) == scanned
        assert list(indices_holding(sentences, frozenset(texts), vocab)) == [
            sentences.index(s) for s in scanned
        ]
    assert Vocabulary([]).holding({"huur"}) == []


def test_paragraph_ranges_follow_blank_lines_and_blocks():
    doc = build_doc("Een. Twee.\nDrie.\n\nVier.\n\n\nVijf. Zes.")
    assert paragraph_ranges(doc.sentences) == [(0, 2), (3, 3), (4, 5)]
    blocks = build_doc(
        [{"type": "paragraph", "text": "Een. Twee."}, {"type": "heading", "text": "Kop"}]
    )
    assert paragraph_ranges(blocks.sentences) == [(0, 1), (2, 2)]
    assert paragraph_ranges([]) == []


def test_sentences_are_columns_whose_objects_are_made_on_first_use():
    # The e-mail line goes through the reference tokeniser, which makes its objects.
    doc = build_doc("Wij betalen de huur.\nMail hulp@x.nl voor vragen.\nU krijgt een brief.")
    table = doc.sentences
    assert isinstance(table, Sentences) and len(table) == 3
    assert table.texts == [
        ("Wij", "betalen", "de", "huur"),
        ("Mail", "hulp@x.nl", "voor", "vragen"),
        ("U", "krijgt", "een", "brief"),
    ]
    first = table[0]
    assert table[0] is first and table[-3] is first  # made once, then kept
    assert [s.text for s in table] == [
        "Wij betalen de huur.",
        "Mail hulp@x.nl voor vragen.",
        "U krijgt een brief.",
    ]
    assert table[1].words[1].kind == "num"  # the e-mail address, from the reference
    plain = list(table)
    assert table == plain and table[1:] == plain[1:]
    # The column readers and the rules take a plain list of sentences as well.
    assert texts_of(plain) == table.texts
    assert lengths_of(plain) == table.lengths == [4, 4, 4]
    assert segments_of(plain) == table.segments
    assert (starts_of(plain), ends_of(plain)) == (table.starts, table.ends)
    assert list(sentences_holding(table, {"brief"})) == [table[2]]
    assert list(sentences_holding(plain, {"brief", "Wij"})) == [table[0], table[2]]


def test_a_word_column_holds_the_rule_of_each_real_word_in_order():
    """Signals over ``forms`` read per-form columns computed once for the whole vocabulary;
    numbers, amounts and variables are left out, the order stays that of ``forms``."""
    doc = build_doc("Wij betalen € 12,50 op 1 mei. Bel {{ telefoon }} of mail Wij.")
    vocab = Vocabulary(doc.sentences)
    column = vocab.word_column(lambda texts: [t.upper() for t in texts])
    assert column == [t.upper() for t in vocab.forms]
    assert "12,50" in vocab.counts and "12,50" not in vocab.forms
