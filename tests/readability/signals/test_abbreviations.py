import re

from hypothesis import given, settings
from hypothesis import strategies as st

from readability.lexicon import frequency_table
from readability.model import Segment, Vocabulary
from readability.signals.abbreviations import (
    _TWO_WORDS_RE,
    abbreviation_key,
    known_abbreviations,
    unexplained_abbreviations,
)
from readability.textmodel import build_doc
from readability.tokenize import split_sentences


def check(text):
    sentences = split_sentences(Segment("paragraph", text, None, 0, 0))
    return unexplained_abbreviations(sentences, text.lower())


def test_unexplained_known_abbreviation_gets_full_form():
    (f,) = check("U kunt een pgb aanvragen. Het pgb is voor zorg.")
    assert f.excerpt == "pgb" and f.suggestion == "persoonsgebonden budget"
    assert f.start == 11


def test_explained_in_brackets_either_way():
    assert check("U krijgt een persoonsgebonden budget (pgb). Het pgb is voor zorg.") == []
    assert check("U krijgt een PGB (persoonsgebonden budget) van ons.") == []


def test_full_form_elsewhere_in_text_explains():
    assert check("Dit staat in de Participatiewet. De Pw zegt dat.") == []


def test_unknown_capitals_are_flagged_without_suggestion():
    (f,) = check("Meld u bij het KCC.")
    assert f.excerpt == "KCC" and f.suggestion is None


def test_roman_numerals_are_not_abbreviations():
    assert check("Zie hoofdstuk IV.") == []


def test_only_listed_words_of_lower_case_letters_are_abbreviations():
    """The rule skips the key test for such words: it must never find one among them."""
    known = known_abbreviations()
    words = [w for w in frequency_table("nl") if w.isalpha() and w == w.lower()]
    found = {w for w in words if abbreviation_key(w) is not None}
    assert found <= known.keys()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBİK\u212a1 .,-'’\n(){}@:/é", max_size=80))
def test_every_run_of_ascii_letters_in_the_text_is_inside_a_word_of_its_vocabulary(text):
    """The rule lower-cases the whole text to look for a full form only when each run of
    ASCII letters of that form lies inside a lower-cased word of the text; that must hold
    for every run the text itself holds."""
    doc = build_doc(text)
    norms = "\n".join(Vocabulary(doc.sentences).by_norm)
    lowered = "\n".join(seg.text for seg in doc.segments).lower()
    assert all(run in norms for run in re.findall("[a-z]+", lowered))


def test_a_full_form_written_out_explains_its_abbreviation():
    found = unexplained_abbreviations(
        split_sentences(
            Segment("paragraph", "Uw pgb is geld. Het persoonsgebonden budget helpt.", None, 0, 0)
        ),
        "uw pgb is geld. het persoonsgebonden budget helpt.",
    )
    assert found == []


WHITESPACE_AND_WORDS = st.text(
    alphabet=st.sampled_from(["a", "(", " ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "\x1c"]),
    max_size=12,
)


@settings(max_examples=500, deadline=None)
@given(WHITESPACE_AND_WORDS)
def test_two_words_are_what_str_split_cuts(text):
    # The bracket rule asks for two words before "(" without splitting the whole text.
    assert (_TWO_WORDS_RE.search(text) is not None) == (len(text.split()) >= 2)
