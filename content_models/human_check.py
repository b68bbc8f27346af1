"""The grey zone: a text near the B1 boundary goes live only after a person says "dit is B1".

The engine (`readability.Report.verdict == "human_check"`) decides which texts land here.
The gate then refuses to publish on its own; a Versimpelteam member who did not write the
text confirms "dit is B1" with a reason in the Versimpeltoets (workflows.py), which stores
a HumanCheckConfirmation for this exact text (exceptions.py finds it).
"""

from django.utils.translation import gettext as _

HUMAN_CHECK = "human_check"


def apply(decision, report_verdict: str, problems, max_level: str = "B1") -> None:
    """Mark `decision` as waiting for a person when the engine is not sure (and nothing
    else is wrong); such a text never passes on its own.

    The engine's own reason says the same as ours; the editor reads it once, with the step
    to take."""
    if problems or report_verdict != HUMAN_CHECK:
        return
    decision.human_check = True
    decision.passes = False
    decision.reasons = [
        _(
            "De tekst zit dicht bij de grens van %(level)s. Iemand van het Versimpelteam moet "
            "bevestigen dat dit %(level)s is. Stuur de tekst door naar de Versimpeltoets."
        )
        % {"level": max_level}
    ]
