from readability.model import Segment
from readability.signals.sentence_length import long_sentence_findings, sentence_length_stats
from readability.tokenize import split_sentences


def test_stats():
    assert sentence_length_stats([10, 30, 20], limit=20) == {
        "mean": 20.0,
        "share_over": 1 / 3,
        "longest": 30,
    }
    assert sentence_length_stats([]) == {"mean": 0.0, "share_over": 0.0, "longest": 0}


def test_findings_warn_and_block():
    long_text = " ".join(["woord"] * 22) + ". " + " ".join(["woord"] * 31) + ". Kort."
    sentences = split_sentences(Segment("paragraph", long_text, None, 0, 0))
    findings = long_sentence_findings(sentences, warn_over=20, block_over=25)
    assert [(f.rule, f.severity) for f in findings] == [
        ("sentence.long", "warn"),
        ("sentence.too_long", "block"),
    ]
    assert "31 woorden" in findings[1].message
