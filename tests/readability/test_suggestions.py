from itertools import accumulate

from hypothesis import given, settings
from hypothesis import strategies as st

from readability import analyze
from readability.suggestions import MIN_PART, split_point

LONG = (
    "U kunt bijzondere bijstand aanvragen voor kosten die u niet zelf kunt betalen, en wij "
    "kijken dan samen met u welke kosten de gemeente voor u kan vergoeden."
)


def _sentence(report, needle):
    (s,) = [s for s in report.sentences if needle in s.text]
    return s


def test_long_sentence_gets_a_split_point_in_the_text():
    report = analyze(LONG)
    s = _sentence(report, "bijzondere")
    (tip,) = [t for t in s.suggestions if t.rule == "sentence.split"]
    assert "Zet een punt na 'betalen'" in tip.message
    assert "'en'" in tip.message
    assert tip.excerpt in s.text


def test_long_sentence_without_a_split_point_says_so():
    text = " ".join(["Wij betalen de huur van uw woning"] * 4) + "."
    s = analyze(text).sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "sentence.split"]
    assert "geen goede plek" in tip.message


def test_jargon_word_gets_its_replacement_from_the_list():
    s = analyze("Wij sturen u middels een brief het besluit.").sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "jargon"]
    assert tip.excerpt == "middels" and tip.replacement == "met"


def test_a_conjugated_officialese_verb_is_not_replaced_by_a_bare_infinitive():
    """'de verstrekte gegevens' -> 'de geven gegevens' would be broken Dutch."""
    s = analyze("Wij controleren de verstrekte gegevens elk jaar.").sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "jargon"]
    assert tip.message == ("Vervang 'verstrekte' door een vorm van 'geven' die in de zin past.")
    s = analyze("Wij verstrekken u elk jaar een overzicht.").sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "jargon"]
    assert tip.message == "Vervang 'verstrekken' door 'geven'."


def test_passive_gets_the_agent_and_the_verb():
    s = analyze("Uw aanvraag wordt door de gemeente betaald.").sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "passive"]
    assert "'de gemeente'" in tip.message and "'betalen'" in tip.message
    assert tip.replacement == "betalen"


def test_passive_without_agent_says_who_is_missing():
    s = analyze("Uw uitkering wordt elke maand betaald.").sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "passive"]
    assert "niet wie het doet" in tip.message


def test_sentences_are_listed_hardest_first_with_their_own_level():
    report = analyze("Bel ons. " + LONG + " Wij helpen u.")
    ranks = [s.rank for s in report.sentences]
    assert ranks == sorted(ranks)
    scores = [s.score for s in report.sentences]
    assert scores == sorted(scores, reverse=True)
    assert report.sentences[0].text.startswith("U kunt bijzondere")
    data = report.to_dict()["sentences"][0]
    assert {"start", "end", "block", "level", "score", "suggestions", "rank"} <= set(data)


def split_point_word_by_word(norms, clauses):
    """The rule of ``split_point``, one word at a time (the reference)."""
    n = len(norms)
    best, best_key = None, None
    for i in range(MIN_PART, n - MIN_PART + 1):
        if clauses[i] != clauses[i - 1]:
            kind = 0
        elif norms[i] in {"en", "maar", "want", "dus", "of", "omdat", "als", "wanneer"}:
            kind = 1
        else:
            continue
        key = (kind, abs(i - n / 2))
        if best_key is None or key < best_key:
            best, best_key = i, key
    return best


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["wij", "en", "En", "omdat", "OMDAT", "huur", "als"]),
            st.integers(0, 2),
        ),
        max_size=30,
    )
)
def test_split_point_equals_the_word_by_word_rule(words):
    """Where to split: clause breaks before conjunctions, then nearest the middle; a
    conjunction counts in any case."""
    texts = [w for w, _ in words]
    clauses = list(accumulate(step for _, step in words))
    norms = [t.lower() for t in texts]
    assert split_point(texts, clauses) == split_point_word_by_word(norms, clauses)
