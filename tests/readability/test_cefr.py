import pytest

from readability import cefr


def test_level_thresholds():
    assert cefr.score_to_level(1.0) == "A1"
    assert cefr.score_to_level(2.49) == "A2"
    assert cefr.score_to_level(2.5) == "B1"
    assert cefr.score_to_level(3.49) == "B1"
    assert cefr.score_to_level(3.5) == "B2"
    assert cefr.score_to_level(6.4) == "C2"


def test_anchor_profile_sits_at_the_calibrated_centre():
    # The guidance anchors plus the offset measured on the Amsterdam documents.
    anchors = {name: anchor for name, (anchor, _, _) in cefr.MODEL.items()}
    assert cefr.linear_score(anchors) == pytest.approx(3.5 + cefr.CALIBRATION_OFFSET)
    assert abs(cefr.CALIBRATION_OFFSET) < 0.5  # a small correction, not a new scale


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


def test_score_from_counts_is_the_same_formula_as_from_signals():
    import random

    from readability.cefr import estimate, score_counts
    from readability.profile import signals_from_counts

    rng = random.Random(1)
    for _ in range(200):
        words, content = rng.randint(1, 60), rng.randint(0, 30)
        c = (
            words,
            rng.randint(words, 3 * words),
            0,
            content,
            content * rng.uniform(1, 6),
            rng.randint(0, content),
            rng.randint(0, 4),
            rng.randint(0, 3),
        )
        k, jargon = rng.randint(1, 4), rng.randint(0, 2)
        passive = rng.randint(0, k)
        direct = score_counts(c[0], c[1], c[3], c[4], c[5], c[6], c[7], k, passive, jargon)
        via = estimate(signals_from_counts(c, k, 0, passive, jargon), words, k)
        assert abs(direct - via) < 1e-9


def test_levels_change_halfway_between_centres():
    from readability.cefr import score_to_level

    assert [score_to_level(x) for x in (0.5, 1.49, 1.5, 3.49, 3.5, 5.5, 6.5)] == [
        "A1",
        "A1",
        "A2",
        "B1",
        "B2",
        "C2",
        "C2",
    ]


def test_score_columns_gives_exactly_the_scores_of_score_counts():
    """The column-wise scorer (sentences, paragraphs, passages) must agree bit for bit."""
    import random

    from readability.cefr import score_columns, score_counts

    rng = random.Random(13)
    rows = []
    for _ in range(2000):
        words = rng.choice([0, 1, 2, 5, 12, 25, 41, 300, 5000])
        content = rng.randint(0, words)
        rows.append(
            (
                words,
                rng.randint(words, 3 * words + 1),
                content,
                rng.randint(0, 700 * content + 1),
                rng.randint(0, content),
                rng.randint(0, 5),
                rng.randint(0, words),
                rng.randint(0, 40),
                rng.randint(0, 3),
                rng.randint(0, 4),
            )
        )
    columns = [list(c) for c in zip(*rows, strict=True)]
    expected = [
        score_counts(w, sy, co, zh / 100, ha, op, no, se, pa, ja)
        for w, sy, co, zh, ha, op, no, se, pa, ja in rows
    ]
    assert score_columns(*columns) == expected
    # Both clamps are exercised.
    assert 0.5 in expected and 6.5 in expected


def test_score_columns_refuses_columns_of_different_lengths():
    import pytest

    from readability.cefr import score_columns

    with pytest.raises(ValueError):
        score_columns([1], [1], [1], [500], [0], [0], [0], [1], [0], [])


def test_levels_of_many_scores_match_one_by_one():
    from readability.cefr import levels_of, score_to_level

    scores = [0.5, 1.49, 1.5, 2.5, 3.4999, 3.5, 4.5, 5.5, 6.5] + [i / 37 for i in range(260)]
    assert levels_of(scores) == [score_to_level(s) for s in scores]
    assert levels_of([1.5, 3.5]) == ["A2", "B2"]  # a threshold belongs to the level above
