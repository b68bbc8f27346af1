from readability.lexicon import zipf


def test_common_words_are_frequent():
    assert zipf("de") > 6
    assert zipf("uitkering") > 3


def test_unknown_word_is_zero():
    assert zipf("qqqxyzzy") == 0.0


def test_compound_with_hyphen_scores_its_rarest_part():
    assert zipf("huur-qqqxyzzy") == 0.0
