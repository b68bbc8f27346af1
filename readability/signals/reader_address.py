"""Reader address: a citizen text says "u" or "je", not both."""

from __future__ import annotations

from readability.model import Sentence
from readability.report import Finding, finding_at

U_FORMS = frozenset({"u", "uw"})
JE_FORMS = frozenset({"je", "jij", "jou", "jouw"})


def reader_address(sentences: list[Sentence]) -> tuple[str | None, list[Finding]]:
    """Return ("u" | "je" | "mixed" | None, findings).

    Counts u/uw against je/jij/jou/jouw. When both occur, the less used form is a warning
    at its first occurrence ("address.mixed").
    """
    first: dict[str, tuple[Sentence, int, int]] = {}
    counts = {"u": 0, "je": 0}
    for s in sentences:
        for w in s.words:
            form = "u" if w.norm in U_FORMS else "je" if w.norm in JE_FORMS else None
            if form:
                counts[form] += 1
                first.setdefault(form, (s, w.start, w.end))
    if counts["u"] and counts["je"]:
        minority = "je" if counts["je"] < counts["u"] else "u"
        majority = "u" if minority == "je" else "je"
        s, start, end = first[minority]
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
