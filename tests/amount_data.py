"""Normbedragen for tests of letters: live amounts with two periods, as an editor publishes them."""

import datetime
from decimal import Decimal

from wagtail.models import Locale

from content_models.models import Normbedrag, NormPeriod

SOURCE = "https://wetten.overheid.nl/BWBR0015703"
SECOND_HALF_2026 = (datetime.date(2026, 7, 1), datetime.date(2026, 12, 31))
FROM_2027 = (datetime.date(2027, 1, 1), None)
# Test figures in the shape of the real ones; (amount until 31 December 2026, from 2027).
AMOUNTS = {
    "PW-ALL-21": ("Bijstand voor een alleenstaande", "1401.50", "1432.10"),
    "PW-GEH-21": ("Bijstand voor gehuwden en samenwoners", "2002.14", "2045.86"),
}


def make_amount(code, label, periods, publish=True):
    """A normbedrag with `periods` [(amount, start, end)], published unless told otherwise."""
    amount = Normbedrag(
        code=code,
        label=label,
        explanation="Dit bedrag krijgt u per maand als u 21 jaar of ouder bent.",
        scheme="bijstand",
        locale=Locale.get_default(),
        live=False,
    )
    amount.periods = [
        NormPeriod(amount=Decimal(value), start=start, end=end, source_url=SOURCE)
        for value, start, end in periods
    ]
    amount.save()
    if publish:
        amount.save_revision().publish()
        amount.refresh_from_db()
    return amount


def make_demo_amounts():
    """PW-ALL-21 and PW-GEH-21: one amount up to 31 December 2026, a new one from 2027."""
    return {
        code: make_amount(code, label, [(old, *SECOND_HALF_2026), (new, *FROM_2027)])
        for code, (label, old, new) in AMOUNTS.items()
    }
