import pytest

from readability.syllables import count_syllables


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("over", 2),  # o-ver: pyphen leaves the first letter on its own
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
