"""The grey zone: a text near the B1 boundary, or with one sentence far above it, goes live
only after a person says "dit is B1".

The engine (`readability.Report.verdict == "human_check"`) decides which texts land here.
The gate then refuses to publish on its own; a Versimpelteam member who did not write the
text confirms "dit is B1" with a reason in the Versimpeltoets (workflows.py), which stores
a HumanCheckConfirmation for this exact text (exceptions.py finds it).
"""

from django.utils.translation import gettext as _

HUMAN_CHECK = "human_check"


# The engine's finding for one sentence far above the level in an otherwise plain text.
ONE_HARD_SENTENCE = "sentence.level_too_high"


def apply(decision, report_verdict: str, problems, max_level: str = "B1") -> None:
    """Mark `decision` as waiting for a person when the engine is not sure (and nothing
    else is wrong); such a text never passes on its own.

    The engine's own reason says the same as ours; the editor reads it once, with the step
    to take."""
    if problems or report_verdict != HUMAN_CHECK:
        return
    decision.human_check = True
    decision.passes = False
    if any(f["rule"] == ONE_HARD_SENTENCE for f in decision.findings):
        reason = _(
            "Eén zin is veel moeilijker dan %(level)s, ook al is de rest eenvoudiger. Maak die "
            "zin eenvoudiger. Of stuur de tekst door naar de Versimpeltoets: iemand van het "
            "Versimpelteam moet dan bevestigen dat dit %(level)s is."
        )
    else:
        reason = _(
            "De tekst zit dicht bij de grens van %(level)s. Iemand van het Versimpelteam moet "
            "bevestigen dat dit %(level)s is. Stuur de tekst door naar de Versimpeltoets."
        )
    decision.reasons = [reason % {"level": max_level}]
