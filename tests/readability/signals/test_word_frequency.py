import re

from hypothesis import given, settings
from hypothesis import strategies as st

from readability import analyze
from readability.lexicon import frequency_table
from readability.model import Vocabulary
from readability.signals.word_frequency import (
    _EXPLANATION_RE,
    RARE_ZIPF,
    _infinitive,
    compound_zipf,
    explained_terms,
    word_profile,
    word_profiles,
)
from readability.textmodel import build_doc
from tests.readability.word_bands import words_of_every_band


def test_compound_of_common_parts_is_not_rare():
    # Rare as a whole in any corpus, but both parts are everyday words.
    assert compound_zipf("bijstandsuitkering") >= RARE_ZIPF
    assert compound_zipf("parkeervergunning") >= RARE_ZIPF


def test_a_made_up_word_stays_rare():
    assert compound_zipf("qzxvlorpt") < RARE_ZIPF


def test_function_words_and_names_are_not_content_words():
    assert word_profile("de")[0] == 0
    assert word_profile("Zwolle")[0] == 1 or word_profile("Zwolle")[1] >= RARE_ZIPF
    assert word_profile("Qzxvlorpt")[0] == 0  # a capitalised unknown word is a name


def test_rare_content_words_raise_the_level():
    common = "Wij betalen de huur. U krijgt geld van ons. Wij helpen u met de brief."
    rare = "Wij regelen de subrogatie. U krijgt cessie. Wij helpen u met het usufruct."
    assert analyze(rare).score > analyze(common).score


def test_a_term_explained_on_the_page_is_not_hard_after_its_explanation():
    explained = (
        "U krijgt een beschikking. Een beschikking is een brief met een besluit. "
        "Lees de beschikking goed."
    )
    plain = "U krijgt een brief. Een brief met een besluit. Lees de brief goed."
    term = "beschikking"
    rep = analyze(explained, glossary=None)
    hard = [t for s in rep.sentences for t in s.suggestions if t.rule == "word.hard"]
    assert all(term not in t.excerpt for t in hard)
    # The glossary explains a term anywhere on the page.
    rare = "Wij betalen de subrogatie elke maand voor u."
    with_glossary = analyze(rare, glossary=["subrogatie"])
    without = analyze(rare)
    assert with_glossary.score < without.score
    assert analyze(plain).score <= rep.score + 1.0


def _explained(text: str) -> frozenset[str]:
    sentences = build_doc(text).sentences
    return explained_terms(sentences, Vocabulary(sentences))


def test_only_the_sentence_that_explains_a_term_explains_it():
    # One line: the explanation in the second sentence is not one of the first.
    assert _explained("De subrogatie geldt nu. Dan komt de cessie (een overdracht).") == {"cessie"}
    assert _explained("De cessie (een overdracht) komt eerst. Dan geldt de subrogatie.") == {
        "cessie"
    }
    # The first use decides: an explanation later on comes too late.
    assert _explained("De cessie geldt nu. De cessie (een overdracht) komt daarna.") == set()
    assert _explained("Dit heet cessie: een overdracht. Dan subrogatie. En usufruct.") == {"cessie"}


def test_content_words_per_clause_counts_information_density():
    sparse = "Ik maakte de toets. Het ging goed. Ik was blij."
    dense = (
        "Ik maakte gisteren de moeilijke toets wiskunde op school. Het laatste examen ging "
        "heel goed. Ik was erg blij met mijn mooie cijfer."
    )
    a = analyze(sparse).signals["content_words_per_clause"]
    b = analyze(dense).signals["content_words_per_clause"]
    assert b > a


def test_many_forms_at_once_are_profiled_as_one_by_one():
    """The engine profiles a page's words in one batch: the same rule as ``word_profile``."""
    forms = words_of_every_band(step=40) + [
        "",
        "Parkeervergunning",
        "bijstandsuitkering",
        "Xqzvbrt",
        "xqzvbrt",
        "o.a.",
        "12,50",
        "De",
        "'t",
        "Wmo-voorziening",
        "A",
    ]
    content, zipf = word_profiles(forms)
    assert [(int(c), float(z)) for c, z in zip(content, zipf, strict=True)] == [
        word_profile(f) for f in forms
    ]


def test_the_infinitive_of_a_stem_follows_the_spelling_rule():
    """A doubled vowel before a final consonant is written single before "-en", for every
    start of the 20,000 most frequent words (the heads a compound split tries)."""
    rule = re.compile(r"([aeou])\1([^aeiouy])$")
    words = list(frequency_table("nl"))[:20_000]
    stems = [w[:i] for w in words for i in range(3, len(w) + 1)]
    assert _infinitive("parkeer") == "parkeren" and _infinitive("woon") == "wonen"
    assert [_infinitive(s) for s in stems] == [rule.sub(r"\1\2", s) + "en" for s in stems]


# The explanation pattern as plainly written; the engine's version starts only where no
# whitespace comes before, so that a search through a long run of whitespace stays linear.
PLAIN_EXPLANATION_RE = re.compile(
    r"\s*(?:\(|:\s|[-–—]\s|,\s+(?:dat|dit|die)\s+(?:is|zijn|betekent)\b"
    r"|\s(?:betekent|betekenen|wil\s+zeggen|is\s+een|is\s+het|zijn)\b)",
    re.IGNORECASE,
)
EXPLANATION_PIECES = [" ", "  ", "\n", "(", ":", "-", "–", ",", "dat", "is", "een", "betekent"]
EXPLANATION_PIECES += ["Zijn", "wil", "zeggen", "x", "het", ")"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(EXPLANATION_PIECES), max_size=10).map("".join))
def test_explanation_pattern_reads_as_the_plain_one(text):
    # Asked right after a word (``match``) or from a token's start (``search``).
    for pos in range(len(text) + 1):
        if pos and text[pos - 1].isspace():
            continue
        plain, ours = PLAIN_EXPLANATION_RE.match(text, pos), _EXPLANATION_RE.match(text, pos)
        assert (plain and plain.end()) == (ours and ours.end())
        if pos < len(text) and not text[pos].isspace():
            plain, ours = PLAIN_EXPLANATION_RE.search(text, pos), _EXPLANATION_RE.search(text, pos)
            assert (plain and plain.start()) == (ours and ours.start())
