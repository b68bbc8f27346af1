from itertools import accumulate

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readability.lexicon import frequency_table
from readability.model import Segment
from readability.signals.passive import (
    _Forms,
    _participles,
    _passive_spans,
    is_participle,
    passive_findings,
)
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


def _spans_word_by_word(texts, clauses, forms, auxiliaries):
    """The rule read word by word (the reference for ``_passive_spans``): per auxiliary,
    the nearest completing word of its clause, the first of two as near."""
    spans = []
    for i, t in enumerate(texts):
        if t not in auxiliaries:
            continue
        clause = [k for k in range(len(texts)) if clauses[k] == clauses[i]]
        if t in forms.worden:
            completes = forms.participles
        elif any(texts[k] in forms.door for k in clause):
            completes = forms.either
        else:
            completes = forms.transitive
        found = [k for k in clause if k != i and texts[k] in completes]
        if not found:
            continue
        best = min(found, key=lambda k: abs(k - i))
        first, last = min(i, best), max(i, best)
        if first > clause[0] and texts[first - 1] in forms.modals:
            first -= 1
        spans.append((first, last))
    return spans


FORMS = _Forms(
    worden=frozenset({"wordt", "Worden"}),
    door=frozenset({"door"}),
    modals=frozenset({"kan"}),
    participles=frozenset({"betaald", "gekomen", "ontvangen"}),
    transitive=frozenset({"ontvangen"}),
    either=frozenset({"betaald", "gekomen", "ontvangen"}),
)
AUXILIARIES = frozenset({"wordt", "Worden", "is"})
WORDS = ["wordt", "Worden", "is", "door", "kan", "betaald", "gekomen", "ontvangen", "u", "de"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), max_size=40))
def test_passive_spans_follow_the_rule_word_by_word(words):
    texts = [w for w, _ in words]
    # A True starts a new clause (clause numbers rise along the sentence).
    clauses = list(accumulate((int(new) for _, new in words[1:]), initial=0))[: len(texts)]
    assert _passive_spans(texts, clauses, FORMS, AUXILIARIES) == _spans_word_by_word(
        texts, clauses, FORMS, AUXILIARIES
    )
