from collections import Counter

import pytest

from readability.signals.syllables import syllables_per_word


def test_mean_over_words():
    # over (2) + de (1) + idee (2) = 5 syllables / 3 words
    assert syllables_per_word(Counter(["over", "de", "idee"]), 3) == pytest.approx(5 / 3)


def test_numbers_and_variables_count_as_one_syllable():
    # "uitkering" (3) plus two non-words at 1 each
    assert syllables_per_word(Counter(["uitkering"]), 3) == pytest.approx(5 / 3)


def test_empty():
    assert syllables_per_word(Counter(), 0) == 0.0
