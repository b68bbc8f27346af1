import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readability.lexicon import frequency_table
from readability.syllables import count_syllables, syllable_counts


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("over", 2),
        ("open", 2),
        ("idee", 2),
        ("ideeën", 3),
        ("België", 3),
        ("beëindigd", 3),
        ("ideaal", 3),
        ("januari", 4),
        ("uitkering", 3),
        ("de", 1),
        ("ook", 1),
        ("brief", 1),
        ("nieuwe", 2),
        ("alle", 2),
        # Where hyphenation patterns miscounted.
        ("april", 2),
        ("adres", 2),
        ("plaatste", 2),
        ("vrije", 2),
        ("erop", 2),
        ("eraan", 2),
        ("officieel", 4),
        ("financieel", 4),
        ("gisteravond", 4),
        ("onafhankelijke", 6),
        # Hiatus inside a vowel group (rules 2 and 3) and qu.
        ("serieus", 3),
        ("ingenieur", 4),
        ("nieuws", 1),
        ("milieu", 2),
        ("museum", 3),
        ("jubileum", 4),
        ("quota", 2),
        ("geëerd", 2),
        ("knieën", 2),
        ("coördinatie", 5),
        ("zorgverzekering", 5),
        ("participatiewet", 6),
    ],
)
def test_dutch_syllables(word, expected):
    assert count_syllables(word) == expected


def test_case_does_not_matter():
    assert count_syllables("OVER") == count_syllables("over")


def test_hyphenated_compound_sums_its_parts():
    assert count_syllables("zorg-aanvraag") == count_syllables("zorg") + count_syllables("aanvraag")


def test_odd_input_never_fails():
    assert count_syllables("") == 0
    assert count_syllables("brrr") == 1
    assert count_syllables("A4") == 1


def test_syllable_counts_of_a_vocabulary_equal_the_single_count():
    """Every word of the frequency table, in three spellings, and the cases each rule of
    the batch count handles apart."""
    table = frequency_table("nl")
    words = list(table) + [w.upper() for w in table] + [w.capitalize() + "." for w in table]
    words += ["", "-", "qu", "Quota", "A4", "brrr", "museum", "nieuw", "serieus", "ingenieur"]
    count_syllables.cache_clear()
    assert syllable_counts(words) == [count_syllables(w) for w in words]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aeiouyqubcdnstwmëäïéöü-'.’1 \n", max_size=12), max_size=40))
def test_syllable_counts_of_any_strings_equal_the_single_count(words):
    assert syllable_counts(words) == [count_syllables(w) for w in words]
