from readability.model import Segment
from readability.signals.jargon import (
    builtin_entries,
    find_jargon,
    matcher_for,
    merge_entries,
)
from readability.tokenize import split_sentences


def hits(text, extra=None):
    sentences = split_sentences(Segment("paragraph", text, None, 0, 0))
    return find_jargon(sentences, matcher_for(merge_entries(extra)))


def test_builtin_list_has_a_reasonable_size():
    phrases = {e.phrase for e in builtin_entries()}
    assert {"indien", "teneinde", "middels", "derhalve", "alsmede"} <= phrases
    assert 40 <= len(phrases) <= 150


def test_single_word_with_suggestion():
    (f,) = hits("Indien u vragen heeft, bel ons.")
    assert f.excerpt == "Indien" and f.suggestion == "als" and f.severity == "block"


def test_multi_word_phrase():
    (f,) = hits("Wij doen dit ten behoeve van uw gezin.")
    assert f.excerpt == "ten behoeve van" and f.suggestion == "voor"


def test_phrase_with_gap_stays_within_the_clause():
    (f,) = hits("U dient het formulier te tekenen.")
    assert f.excerpt == "dient het formulier te"
    assert hits("Het dient als voorbeeld, te veel is niet goed.") == []


def test_passed_in_entries_add_and_override():
    extra = [
        {"phrase": "indien", "alternatives": ["wanneer"]},
        {"phrase": "klantmanager", "alternatives": ["contactpersoon"]},
    ]
    found = hits("Indien de klantmanager belt.", extra)
    assert [f.suggestion for f in found] == ["wanneer", "contactpersoon"]


def test_a_word_list_cannot_soften_built_in_officialese():
    (f,) = hits(
        "Indien u belt.", [{"phrase": "indien", "alternatives": ["als"], "severity": "warn"}]
    )
    assert f.severity == "block"
    (g,) = hits(
        "De klantmanager belt.",
        [{"phrase": "klantmanager", "alternatives": ["x"], "severity": "warn"}],
    )
    assert g.severity == "warn"


def test_placeholders_are_never_jargon():
    assert hits("Beste {{ indien }}, welkom.", [{"phrase": "{{", "alternatives": []}]) == []
