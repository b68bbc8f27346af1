"""Rules for the validity periods of a normbedrag. Pure: no database, no Django models.

A period runs from its start date up to and including its end date; a period without an
end date runs until further notice. The periods of one normbedrag never overlap and
leave no gap, so on every day from the first start there is exactly one amount.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import date_format
from django.utils.translation import gettext as _

ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class Period:
    amount: Decimal
    start: datetime.date
    end: datetime.date | None = None
    source_url: str = ""

    def covers(self, day: datetime.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class AmountOnDate:
    """What a reader sees on `day`: the amount then, and the next known one."""

    day: datetime.date
    current: Period | None
    coming: Period | None


def _day(value: datetime.date) -> str:
    return date_format(value, "j F Y")


def period_problems(periods: list[Period]) -> list[tuple[int, str, str]]:
    """Every mistake in `periods` as (index in the given list, field name, Dutch message).

    Rules: an amount is not below zero; an end date is not before its start date; sorted by
    start date, a period starts exactly one day after the previous one ends (no overlap, no
    gap); only the last period may be open-ended.
    """
    problems = []
    for index, period in enumerate(periods):
        if period.amount is not None and period.amount < 0:
            problems.append((index, "amount", _("Een bedrag kan niet lager zijn dan 0 euro.")))
        if period.end is not None and period.end < period.start:
            problems.append(
                (index, "end", _("De einddatum ligt voor de begindatum. Kies een latere datum."))
            )
    ordered = sorted(
        (p for p in enumerate(periods) if p[1].start is not None), key=lambda p: p[1].start
    )
    for (_before, previous), (index, period) in zip(ordered, ordered[1:], strict=False):
        if previous.end is None or previous.end >= period.start:
            problems.append(
                (
                    index,
                    "start",
                    _(
                        "Deze periode valt samen met de periode die begint op %(start)s. "
                        "Zet bij die periode een einddatum voor %(here)s."
                    )
                    % {"start": _day(previous.start), "here": _day(period.start)},
                )
            )
        elif previous.end + ONE_DAY < period.start:
            problems.append(
                (
                    index,
                    "start",
                    _(
                        "Tussen %(end)s en %(start)s is er geen bedrag. "
                        "Laat deze periode beginnen op %(next)s."
                    )
                    % {
                        "end": _day(previous.end),
                        "start": _day(period.start),
                        "next": _day(previous.end + ONE_DAY),
                    },
                )
            )
    return problems


def amount_on(periods: list[Period], day: datetime.date) -> AmountOnDate:
    """The period that covers `day`, and the first period that starts after `day`."""
    current = next((p for p in periods if p.covers(day)), None)
    later = [p for p in periods if p.start > day]
    coming = min(later, key=lambda p: p.start) if later else None
    return AmountOnDate(day=day, current=current, coming=coming)
