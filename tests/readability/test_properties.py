"""Property tests. Score direction: higher score = harder text (1 = A1 .. 6 = C2)."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from readability import analyze
from readability.cefr import LEVELS

# A 40-word sentence we wrote ourselves.
LONG_SENTENCE = (
    "Wanneer u na het gesprek met uw contactpersoon van de gemeente nog vragen heeft over de "
    "hoogte van uw maandelijkse uitkering, de regels voor bijverdienen of de verplichtingen "
    "die bij uw situatie horen, dan kunt u ons bellen of mailen."
)

WORDS = st.sampled_from(
    [
        "de",
        "het",
        "een",
        "wij",
        "u",
        "uw",
        "geld",
        "huur",
        "brief",
        "bellen",
        "helpen",
        "krijgt",
        "betalen",
        "maand",
        "werk",
        "hulp",
        "gemeente",
        "aanvraag",
        "inlichtingenplicht",
        "bijzondere",
        "bijstand",
        "uitkering",
        "formulier",
    ]
)
SENTENCE = st.lists(WORDS, min_size=4, max_size=18).map(lambda ws: " ".join(ws) + ".")
DUTCH_TEXT = st.lists(SENTENCE, min_size=1, max_size=25).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_never_crashes_on_any_unicode(text):
    report = analyze(text)
    report.to_dict()
    assert report.level is None or report.level in LEVELS
    for f in report.findings:
        assert 0 <= f.start <= f.end


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "type": st.sampled_from(
                    ["heading", "paragraph", "list_item", "table_cell", "law_quote"]
                ),
                "text": st.text(max_size=200),
            }
        ),
        max_size=6,
    )
)
def test_never_crashes_on_blocks(blocks):
    analyze(blocks).to_dict()


@settings(max_examples=60, deadline=None)
@given(DUTCH_TEXT)
def test_deterministic(text):
    assert analyze(text).to_dict() == analyze(text).to_dict()


@settings(max_examples=80, deadline=None)
@given(DUTCH_TEXT)
@example("de gemeente inlichtingenplicht inlichtingenplicht.")  # once found by hypothesis
def test_appending_a_40_word_sentence_never_makes_it_easier(text):
    assert len(LONG_SENTENCE.split()) == 40
    before = analyze(text)
    after = analyze(text + " " + LONG_SENTENCE)
    assert after.score >= before.score
    assert LEVELS.index(after.level) >= LEVELS.index(before.level)
