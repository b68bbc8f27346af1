from readability.signals.paragraphs import long_paragraph_findings, paragraph_lengths
from readability.textmodel import build_doc


def test_long_paragraph():
    para = " ".join(["Wij helpen u graag met uw vraag."] * 15)  # 105 words
    text = para + "\n\nKort."
    doc = build_doc(text)
    assert [n for _, _, n in paragraph_lengths(doc.sentences)] == [105, 1]
    (f,) = long_paragraph_findings(doc.sentences, doc.texts, limit=100)
    assert f.rule == "paragraph.too_long" and f.excerpt == para
