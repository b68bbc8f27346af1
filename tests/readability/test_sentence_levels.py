import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from readability import analyze
from readability.sentence_levels import round_scores

SCORES = st.lists(
    st.one_of(
        st.floats(min_value=-20, max_value=20, allow_nan=False),
        # Exact halves of a hundredth and their neighbours, where rounding is decided.
        st.integers(-2000, 2000).map(lambda k: (k + 0.5) / 100),
        st.integers(-2000, 2000).map(lambda k: np.nextafter((k + 0.5) / 100, 99.0)),
        st.integers(-2000, 2000).map(lambda k: np.nextafter((k + 0.5) / 100, -99.0)),
    ),
    max_size=50,
)


@settings(max_examples=300, deadline=None)
@given(SCORES)
@example([2.675, 1.005, 0.125, -0.125, 0.0, -0.0, 3.4999999999999996])
def test_scores_are_rounded_as_python_rounds_them(scores):
    got = round_scores(np.asarray(scores, dtype=np.float64))
    assert got == [round(float(s), 2) for s in scores]


def test_sentences_are_ranked_hardest_first_and_ties_keep_text_order():
    text = (
        "Wij betalen de huur. Wij betalen de huur. Indien de aanvraag niet tijdig wordt "
        "ingediend, kan het recht op bijstand worden herzien. Wij betalen de huur."
    )
    sentences = list(analyze(text).sentences)
    assert [s.rank for s in sentences] == list(range(4))
    assert sentences[0].text.startswith("Indien")
    scores = [s.score for s in sentences]
    assert scores == sorted(scores, reverse=True)
    # The three equal sentences keep their order in the text.
    assert [s.start for s in sentences[1:]] == sorted(s.start for s in sentences[1:])
    for s in sentences:
        assert text[s.start : s.end] == s.text
