from collections import Counter

from readability.signals.long_words import is_long_word, lix_long_share, long_word_share


def test_long_by_syllables_or_letters():
    assert is_long_word("inlichtingenplicht")  # 18 letters
    assert is_long_word("januari")  # 4 syllables
    assert not is_long_word("brief")


def test_shares():
    forms = Counter(["brief", "januari", "de", "de"])
    assert long_word_share(forms, 4) == 0.25
    assert lix_long_share(forms, 4) == 0.25  # only januari has more than 6 letters
    assert long_word_share(Counter(), 0) == 0.0
