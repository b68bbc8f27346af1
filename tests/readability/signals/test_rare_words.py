from collections import Counter

from readability.model import Segment
from readability.signals.rare_words import (
    is_rare,
    rare_forms,
    rare_word_findings,
    rare_word_share,
)
from readability.tokenize import split_sentences
from tests.readability.word_bands import words_of_every_band


def test_rare_and_common():
    assert is_rare("inlichtingenplicht")
    assert not is_rare("uitkering")
    assert not is_rare("Amsterdam")  # names are not rare words
    assert not is_rare("abc")  # short


def test_share_and_first_use_findings():
    text = "De inlichtingenplicht geldt. Die inlichtingenplicht is streng."
    sentences = split_sentences(Segment("paragraph", text, None, 0, 0))
    forms = Counter(w.text for s in sentences for w in s.words)
    assert rare_word_share(forms, 7) == 2 / 7
    findings = rare_word_findings(sentences, forms)
    assert len(findings) == 1 and findings[0].excerpt == "inlichtingenplicht"
    assert findings[0].severity == "info"
    # The engine finds the rare forms once and hands them to both.
    rare = rare_forms(forms)
    assert rare == ["inlichtingenplicht"]
    assert rare_word_share(forms, 7, rare=rare) == 2 / 7
    assert rare_word_findings(sentences, forms, rare=rare) == findings


def test_rare_forms_of_a_whole_vocabulary_follow_is_rare():
    """The engine judges a page's words in one batch: the same rule as ``is_rare``."""
    forms = words_of_every_band(step=30) + [
        "",
        "abc",
        "abcd",
        "x1yz",
        "inlichtingenplicht",
        "Wmo-voorziening",
        "wmo-voorziening",
        "huur-xqzvbrt",
        "o.a.",
        "uitkering.",
        "xqzvbrt",
    ]
    assert rare_forms(forms) == [f for f in forms if is_rare(f)]
    assert rare_forms(forms, 4.5) == [f for f in forms if is_rare(f, 4.5)]
