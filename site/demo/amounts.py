"""Demo normbedragen (fixtures/demo/amounts.json) and the page that shows them.

Amounts are published without a user, so they only meet the gate; the page names them by
code and shows the amount of the day it is read.
"""

import datetime
import json
from decimal import Decimal

from wagtail.models import Locale

from content_models.models import InformationPage, Normbedrag, NormPeriod


def load(loader, topics) -> None:
    spec = loader.read_fixture("amounts")
    for amount in spec["amounts"]:
        _amount(loader, amount)
    page = spec["page"]
    loader.child_page(
        topics[page["topic"]],
        InformationPage,
        page["slug"],
        title=page["title"],
        intro=page["intro"],
        body=json.dumps(page["body"]),
    )


def _day(value):
    return datetime.date.fromisoformat(value) if value else None


def _amount(loader, spec) -> None:
    locale = Locale.get_default()
    if Normbedrag.objects.filter(code=spec["code"], locale=locale).exists():
        return
    amount = Normbedrag(
        code=spec["code"],
        label=spec["label"],
        explanation=spec["explanation"],
        scheme=spec["scheme"],
        locale=locale,
        live=False,
    )
    amount.periods = [
        NormPeriod(
            amount=Decimal(period["amount"]),
            start=_day(period["start"]),
            end=_day(period["end"]),
            source_url=period["source_url"],
        )
        for period in spec["periods"]
    ]
    amount.save()
    loader.publish(amount)
    loader.created["normbedrag"] += 1
