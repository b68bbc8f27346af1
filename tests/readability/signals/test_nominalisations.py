from collections import Counter

from readability.lexicon import frequency_table
from readability.model import Segment
from readability.signals.nominalisations import (
    is_nominalisation,
    nominalisation_density,
    nominalisation_findings,
    nominalisation_flags,
)
from readability.tokenize import split_sentences


def test_nominalisations():
    assert is_nominalisation("beoordeling")
    assert is_nominalisation("beschikbaarheid")
    assert not is_nominalisation("ding")
    assert not is_nominalisation("koning")
    assert not is_nominalisation("woning")
    assert not is_nominalisation("vakantie")


def test_density():
    assert nominalisation_density(Counter(["beoordeling", "de", "huis", "en"]), 4) == 0.25


def test_sentence_with_many_nominalisations():
    text = "De beoordeling van de toekenning vraagt om verrekening."
    findings = nominalisation_findings(split_sentences(Segment("paragraph", text, None, 0, 0)))
    assert len(findings) == 1 and findings[0].rule == "nominalisation"


def test_the_flags_of_a_vocabulary_equal_the_rule_per_word():
    words = [*frequency_table("nl"), "uitkering", "woning", "ding", "", "vrijheid"]
    assert nominalisation_flags(words) == [is_nominalisation(w) for w in words]
