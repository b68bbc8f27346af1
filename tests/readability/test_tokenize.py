from hypothesis import example, given, settings
from hypothesis import strategies as st

from readability.model import Segment, is_word_text
from readability.textmodel import _plain_segments
from readability.tokenize import _scan, split_sentences, split_text


def words_of(text):
    return [
        [w.text for w in s.words] for s in split_sentences(Segment("paragraph", text, None, 0, 0))
    ]


def test_splits_on_full_stop_question_and_exclamation():
    assert words_of("Wij helpen u. Heeft u vragen? Bel ons!") == [
        ["Wij", "helpen", "u"],
        ["Heeft", "u", "vragen"],
        ["Bel", "ons"],
    ]


def test_abbreviations_do_not_end_a_sentence():
    got = words_of("Neem bijv. uw paspoort mee, o.a. voor de controle volgens art. 17 van de wet.")
    assert len(got) == 1
    assert "bijv." in got[0] and "o.a." in got[0] and "art." in got[0]


def test_amounts_and_dates_are_one_word_and_keep_the_sentence():
    got = words_of("U krijgt € 1.234,56 op 01.02.2025 om 9.30 uur. Dat is alles.")
    assert got[0] == ["U", "krijgt", "1.234,56", "op", "01.02.2025", "om", "9.30", "uur"]
    assert len(got) == 2


def test_hyphenated_compound_is_one_word():
    assert words_of("Vraag een Wmo-voorziening aan.") == [
        ["Vraag", "een", "Wmo-voorziening", "aan"]
    ]


def test_placeholder_is_one_word_of_kind_var():
    sentences = split_sentences(Segment("paragraph", "Beste {{ naam }}, welkom.", None, 0, 0))
    words = sentences[0].words
    assert [w.text for w in words] == ["Beste", "{{ naam }}", "welkom"]
    assert words[1].kind == "var"


def test_spans_point_into_the_text():
    text = "Wij betalen uw huur. Daarna de rest."
    for s in split_sentences(Segment("paragraph", text, None, 0, 0)):
        for w in s.words:
            assert text[w.start : w.end] == w.text


def test_comma_starts_a_new_clause():
    s = split_sentences(Segment("paragraph", "Als u wilt, bel dan.", None, 0, 0))[0]
    assert [w.clause for w in s.words] == [0, 0, 0, 1, 1]


def test_url_and_email_are_single_words():
    got = words_of("Mail naar hulp@gemeente.nl of kijk op www.gemeente.nl/hulp. Klaar.")
    assert "hulp@gemeente.nl" in got[0] and "www.gemeente.nl/hulp" in got[0]
    assert len(got) == 2


def test_an_address_has_a_local_part_of_at_most_64_characters():
    # RFC 5321's limit; it also keeps a long run of "_" or "-" from costing quadratic time.
    fits, too_long = "a" * 64 + "@x.nl", "a" * 65 + "@x.nl"
    assert fits in words_of(f"Mail {fits} nu.")[0]
    assert too_long not in words_of(f"Mail {too_long} nu.")[0]


def test_a_template_variable_holds_at_most_200_characters():
    # Longer is no variable: it also keeps a long run of "{" from costing quadratic time.
    fits, too_long = "{{" + "a" * 200 + "}}", "{{" + "a" * 201 + "}}"
    assert fits in words_of(f"Beste {fits}, welkom.")[0]
    assert too_long not in words_of(f"Beste {too_long}, welkom.")[0]


# The fast path (plain strings, spans summed per sentence, words built on demand) must
# give exactly what the reference tokeniser gives.
TRICKY_PIECES = [
    "bijv",
    "bijv.",
    ".",
    "..",
    "!",
    "?",
    "…",
    "o.a.",
    "enz.",
    "Enz",
    "etc",
    "e.d.",
    "art",
    "nr",
    "Dat",
    "dat",
    "deelauto-",
    "Wmo-",
    "-",
    "12,-",
    "1.234,56",
    "9.30",
    "50%",
    "{{ x }}",
    "{% y %}",
    "{{ a, b }}",
    "e\u0301t",
    "(",
    ")",
    ",",
    ";",
    ":",
    "–",
    "“",
    "’",
    "A",
    "ß",
    "İ",
    "²",
    "٣",
    "x.yz.",
    "_",
    "3.",
    "a-.",
    "wordt",
    "betaald",
    "www.x.nl/a.",
    "hulp@x.nl",
    # E-mail addresses and URLs in every place a run of words could swallow or cut them.
    ".info@x.nl",
    "a-@b.nl",
    "o'b@x.nl",
    "_x@y.nl",
    "1@x.nl",
    "info@x",
    "@",
    "https://x.nl/a-",
    "http://a.b/c,d",
    "www.",
    "www",
    "xwww.ab.nl",
    "mail:a@b.nl",
]
TRICKY_TEXT = st.lists(
    st.tuples(st.sampled_from(TRICKY_PIECES), st.sampled_from(["", " ", "  ", ". "])),
    max_size=30,
).map(lambda pairs: "".join(p + sep for p, sep in pairs))


@settings(max_examples=400, deadline=None)
@given(TRICKY_TEXT)
@example("Neem bijv. uw pas mee, o.a. voor art. 17. Enz. Dat is alles etc. Klaar")
@example("De deelauto- en fietsregeling. Wmo-")
def test_fast_path_matches_the_reference_tokeniser(text):
    segment = Segment("paragraph", text, None, 0, 0)
    reference = list(_scan(segment))
    fast = split_sentences(segment)
    assert [(s.start, s.end, s.texts) for s in fast] == [
        (start, end, tuple(w.text for w in words)) for start, end, words in reference
    ]
    for f, (_, _, words) in zip(fast, reference, strict=True):
        assert f.norms == [w.norm for w in words]
        assert f.layout == ([w.start for w in words], [w.clause for w in words])
        assert f.words == words  # built lazily from the sentence start
        for w in f.words:
            assert text[w.start : w.end] == w.text
            assert is_word_text(w.text) == (w.kind == "word")


def test_lazy_words_have_spans_into_the_segment():
    text = "Eerst dit. Dan wordt uw huur betaald, bijv. in jan. etc. Klaar!"
    sentences = split_sentences(Segment("paragraph", text, None, 0, 0))
    second = sentences[1]
    assert second.texts == ("Dan", "wordt", "uw", "huur", "betaald", "bijv.", "in", "jan.", "etc")
    assert second.text.endswith("jan. etc.")  # "etc." before a capital ends the sentence
    assert tuple(text[w.start : w.end] for w in second.words) == second.texts
    assert [w.clause for w in second.words] == [0, 0, 0, 0, 0, 1, 1, 1, 1]


# A whole text is tokenised in one pass (``split_text``): each line's sentences must be
# exactly the ones the reference tokeniser finds in that line alone, whatever the line
# breaks, list markers ("1.", "-") and headings around them.
LINE_BREAKS = ["\n", "\n\n", "\n1. ", "\n12) ", "\n- ", "\n# ", "\r\n", "\u2028", " \n \n"]
MULTILINE_TEXT = st.lists(
    st.tuples(TRICKY_TEXT, st.sampled_from(LINE_BREAKS)), min_size=1, max_size=6
).map(lambda pairs: "".join(t + br for t, br in pairs))


@settings(max_examples=300, deadline=None)
@given(MULTILINE_TEXT)
@example("1. Neem bijv. uw pas mee enz.\n2. Dat is alles etc.\nKlaar. Mail info@x.nl nu.\n- Wmo-")
@example("Dit is {{ x\u2028 }} een test.\r\nEn dit enz.\nDat")
def test_whole_text_matches_the_reference_per_line(text):
    segments, _ = _plain_segments(text, None, None, 0)
    reference = [
        (seg, start, end, tuple(w.text for w in words))
        for seg in segments
        for start, end, words in _scan(seg)
    ]
    got = split_text(text, segments)
    assert [(s.segment, s.start, s.end, s.texts) for s in got] == reference
    words = [words for seg in segments for _, _, words in _scan(seg)]
    assert [s.layout for s in got] == [
        ([w.start for w in ws], [w.clause for w in ws]) for ws in words
    ]
    assert [s.words for s in got] == words  # built lazily from the token texts
