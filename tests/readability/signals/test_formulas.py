import pytest

from readability.signals.formulas import flesch_douma, leesindex_brouwer, lix


def test_flesch_douma():
    assert flesch_douma(10, 1.5) == pytest.approx(206.835 - 9.3 - 115.5)


def test_brouwer():
    assert leesindex_brouwer(10, 1.5) == pytest.approx(195 - 20 - 100.5)


def test_lix():
    assert lix(12, 0.25) == pytest.approx(37)


def test_longer_sentences_read_harder():
    assert flesch_douma(20, 1.5) < flesch_douma(10, 1.5)
    assert leesindex_brouwer(20, 1.5) < leesindex_brouwer(10, 1.5)
    assert lix(20, 0.2) > lix(10, 0.2)
