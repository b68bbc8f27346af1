import pytest

from readability import cefr


def test_level_thresholds():
    assert cefr.score_to_level(1.0) == "A1"
    assert cefr.score_to_level(2.49) == "A2"
    assert cefr.score_to_level(2.5) == "B1"
    assert cefr.score_to_level(3.49) == "B1"
    assert cefr.score_to_level(3.5) == "B2"
    assert cefr.score_to_level(6.4) == "C2"


def test_anchor_profile_sits_on_the_b1_b2_boundary():
    anchors = {name: anchor for name, (anchor, _, _) in cefr.MODEL.items()}
    assert cefr.linear_score(anchors) == pytest.approx(3.5)


def test_longer_sentences_score_harder():
    base = {name: anchor for name, (anchor, _, _) in cefr.MODEL.items()}
    longer = dict(base, words_per_sentence=base["words_per_sentence"] + 5)
    assert cefr.linear_score(longer) > cefr.linear_score(base)


def test_score_is_clipped():
    assert cefr.linear_score({"words_per_sentence": 1000}) == 6.5


def test_confidence_grows_with_length():
    assert cefr.confidence(3.0, 30) < cefr.confidence(3.0, 300)
    assert 0 <= cefr.confidence(3.5, 0) <= 1


def test_english_flesch_mapping_is_monotonic():
    scores = [cefr.flesch_to_score(f) for f in (110, 95, 85, 70, 55, 40, 10, -20)]
    assert scores == sorted(scores)
    assert cefr.score_to_level(cefr.flesch_to_score(70)) == "B1"
