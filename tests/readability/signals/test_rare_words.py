from collections import Counter

from readability.model import Segment
from readability.signals.rare_words import is_rare, rare_word_findings, rare_word_share
from readability.tokenize import split_sentences


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
