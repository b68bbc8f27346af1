"""Reader address: a citizen text says "u" or "je", not both."""

from __future__ import annotations

from itertools import compress, count

from readability.model import Sentence, Vocabulary, sentences_holding
from readability.report import Finding, finding_at

U_FORMS = frozenset({"u", "uw"})
JE_FORMS = frozenset({"je", "jij", "jou", "jouw"})


def reader_address(
    sentences: list[Sentence], vocab: Vocabulary | None = None
) -> tuple[str | None, list[Finding]]:
    """Return ("u" | "je" | "mixed" | None, findings).

    Counts u/uw against je/jij/jou/jouw. When both occur, the less used form is a warning
    at its first occurrence ("address.mixed"). ``vocab`` (the sentences' vocabulary) is
    computed when not given.
    """
    if vocab is None:
        vocab = Vocabulary(sentences)
    counts = {"u": vocab.count_of(U_FORMS), "je": vocab.count_of(JE_FORMS)}
    if counts["u"] and counts["je"]:
        minority = "je" if counts["je"] < counts["u"] else "u"
        majority = "u" if minority == "je" else "je"
        forms = U_FORMS if minority == "u" else JE_FORMS
        texts = vocab.texts_of(forms)
        s = next(sentences_holding(sentences, texts))
        k = next(compress(count(), map(texts.__contains__, s.texts)))
        start, end = s.span(k, k)
        return "mixed", [
            finding_at(
                s.segment,
                start,
                end,
                "address.mixed",
                "warn",
                f"Je spreekt de lezer aan met 'u' en met 'je'. Kies één vorm: '{majority}'.",
                majority,
            )
        ]
    if counts["u"]:
        return "u", []
    if counts["je"]:
        return "je", []
    return None, []
