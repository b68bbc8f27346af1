from readability.model import Segment
from readability.tokenize import split_sentences


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
