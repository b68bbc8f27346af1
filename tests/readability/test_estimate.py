from hypothesis import given, settings
from hypothesis import strategies as st

from readability.estimate import _prefix, _scores, _windows, hardest_passage


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(1, 40), min_size=1, max_size=60), st.integers(1, 120))
def test_passage_windows_are_the_shortest_from_each_start(words, min_words):
    """The binary search over prefix sums finds the same windows as walking two pointers:
    the hardest passage is the same window with the same score."""
    cols = [words, *([[1] * len(words)] * 7)]
    pre = _prefix(cols, [0] * len(words), [0] * len(words))
    part = hardest_passage(pre, words, min_words)
    starts, ends = _windows(words, min_words)
    if not starts:
        assert part is None
        return
    assert part is not None
    # The first window of the highest score among the two-pointer windows.
    scores = _scores(pre, starts, ends)
    best = scores.index(max(scores))
    assert (part.first, part.last + 1) == (starts[best], ends[best])
    assert part.score == scores[best]
    assert part.words == sum(words[starts[best] : ends[best]]) >= min_words
