"""Preview a page "zoals op datum …": as it will look on a coming day with other amounts.

The preview panel offers today, every coming day on which a normbedrag changes, and the
next 1 January and 1 July (the days the law changes most amounts). The page is rendered
as usual; the public amount rendering (helder.public.amounts) reads the chosen day from
the request. Wagtail never caches previews, so the chosen day stays in the preview.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

MODE_PREFIX = "op-"
DAY_ATTRIBUTE = "helder_amount_day"
MAX_DAYS = 6


def day_from_mode(mode_name: str) -> datetime.date | None:
    if not (mode_name or "").startswith(MODE_PREFIX):
        return None
    try:
        return datetime.date.fromisoformat(mode_name.removeprefix(MODE_PREFIX))
    except ValueError:
        return None


def coming_days(today: datetime.date) -> list[datetime.date]:
    from .amounts import NormPeriod

    periods = NormPeriod.objects.filter(
        normbedrag__live=True, normbedrag__locale=Locale.get_default()
    )
    days = {start for start in periods.filter(start__gt=today).values_list("start", flat=True)}
    days |= {
        end + datetime.timedelta(days=1)
        for end in periods.filter(end__gte=today).values_list("end", flat=True)
    }
    for month in (1, 7):
        year = today.year if (month, 1) > (today.month, today.day) else today.year + 1
        days.add(datetime.date(year, month, 1))
    return sorted(days)[:MAX_DAYS]


class AmountPreviewMixin:
    @property
    def preview_modes(self):
        today = timezone.localdate()
        return [
            ("", _("Zoals vandaag")),
            *[
                (
                    f"{MODE_PREFIX}{day.isoformat()}",
                    _("Zoals op %(day)s") % {"day": date_format(day, "j F Y")},
                )
                for day in coming_days(today)
            ],
        ]

    def serve_preview(self, request, mode_name):
        day = day_from_mode(mode_name)
        if day is not None:
            setattr(request, DAY_ATTRIBUTE, day)
        return super().serve_preview(request, "")
