import pytest

from readability.lexicon import frequency_table
from readability.model import Segment
from readability.signals.passive import _participles, is_participle, passive_findings
from readability.tokenize import split_sentences


def passives(text):
    count, findings = passive_findings(split_sentences(Segment("paragraph", text, None, 0, 0)))
    return count, [f.excerpt for f in findings]


@pytest.mark.parametrize("word", ["betaald", "gestuurd", "vastgesteld", "herzien", "gegeven"])
def test_participles(word):
    assert is_participle(word)


@pytest.mark.parametrize("word", ["gemeente", "gegevens", "gebruiken", "gezond", "brief"])
def test_not_participles(word):
    assert not is_participle(word)


def test_participles_of_a_vocabulary_follow_is_participle():
    # Every Dutch word of the frequency table, and listed participles of any ending.
    words = [*frequency_table("nl"), "gedaan", "betaald", "herzien", "ontvangen"]
    assert sorted(set(_participles(words))) == sorted({w for w in words if is_participle(w)})
    assert "gedaan" in _participles(["gedaan", "gedaant"])


def test_worden_passive_with_modal():
    assert passives("De uitkering kan worden herzien.") == (1, ["kan worden herzien"])


def test_worden_passive_with_words_between():
    assert passives("Uw huur wordt elke maand door ons betaald.")[0] == 1


def test_subordinate_order():
    assert passives("Wij weten dat uw huur betaald wordt.")[0] == 1


def test_zijn_perfect_tense_is_not_passive():
    assert passives("Hij is gisteren gekomen.")[0] == 0
    assert passives("Zij is verhuisd naar Utrecht.")[0] == 0


def test_zijn_with_transitive_participle_is_passive():
    assert passives("Uw aanvraag is ontvangen.")[0] == 1


def test_active_sentence():
    assert passives("Wij betalen uw huur elke maand.") == (0, [])


def test_clause_boundary_limits_the_rule():
    assert passives("Het wordt laat, gestuurd of niet.")[0] == 0
