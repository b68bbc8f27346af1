"""The live normbedragen as public pages need them, and the days on which what pages show
changes (amounts, and the change notices' banners and lists).

A page shows the amount valid on the day it is read, so a rendered page (whole or in
parts) is only good until the next day on which an amount starts or ends. Those days are
the *change days*; `epoch(day)` is the last one on or before `day`, and it is part of the
key of every cached page and page part (cache.version_for). At midnight before a change
day the keys change and every page is rendered again with the new amount, without a
publish. On any other midnight nothing changes and the cache stays warm.

The data is read once per generation of the pages memo: publishing or unpublishing a
normbedrag starts a new one (signals.py), so a newly known amount shows at once too.
"""

import bisect
import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant

from content_models.amount_periods import ONE_DAY, AmountOnDate, Period, amount_on
from content_models.amounts import Normbedrag, NormPeriod
from content_models.notices import ChangeNotice

MEMO_KEY = "normbedragen"


@dataclass(frozen=True)
class LiveAmount:
    code: str
    periods: tuple[Period, ...]
    labels: dict[str, str] = field(default_factory=dict)  # language -> label

    def on(self, day: datetime.date) -> AmountOnDate:
        return amount_on(list(self.periods), day)

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get(_default_language(), "")


@dataclass(frozen=True)
class AmountData:
    amounts: dict[str, LiveAmount]
    change_days: tuple[datetime.date, ...]

    def epoch(self, day: datetime.date) -> str:
        """The last change day on or before `day`: pages rendered in one epoch are alike."""
        index = bisect.bisect_right(self.change_days, day)
        return self.change_days[index - 1].isoformat() if index else "-"

    def next_change(self, day: datetime.date) -> datetime.date | None:
        index = bisect.bisect_right(self.change_days, day)
        return self.change_days[index] if index < len(self.change_days) else None


def _default_language() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def load() -> AmountData:
    """Every live normbedrag with its periods and its label in each language: two queries,
    plain values rather than model objects (this runs after every publish)."""
    default = _default_language()
    rows = list(
        Normbedrag.objects.filter(live=True).values_list(
            "pk", "translation_key", "locale__language_code", "code", "label"
        )
    )
    dutch = {key: (pk, code) for pk, key, language, code, _label in rows if language == default}
    labels: dict = {key: {} for key in dutch}
    for _pk, key, language, _code, label in rows:
        if key in labels:
            labels[key][language] = label
    periods: dict = {pk: [] for pk, _code in dutch.values()}
    for owner, amount, start, end, source_url in (
        NormPeriod.objects.filter(normbedrag_id__in=list(periods))
        .order_by("start")
        .values_list("normbedrag_id", "amount", "start", "end", "source_url")
    ):
        periods[owner].append(Period(amount, start, end, source_url))
    amounts, days = {}, set()
    for key, (pk, code) in dutch.items():
        amounts[code] = LiveAmount(code, tuple(periods[pk]), labels[key])
        for period in periods[pk]:
            days.add(period.start)
            if period.end is not None:
                days.add(period.end + ONE_DAY)
    days.update(notice_days())
    return AmountData(amounts, tuple(sorted(days)))


def notice_days() -> set[datetime.date]:
    """Days on which change notices alter pages: a page's banner appears
    HELDER_CHANGE_BANNER_DAYS before a notice's ingangsdatum, turns from "verandert" into
    "is veranderd" on it, and goes that many days after; the "Wat is er veranderd" lists
    move the notice on its ingangsdatum. Cached pages must not outlive those midnights."""
    window = datetime.timedelta(days=settings.HELDER_CHANGE_BANNER_DAYS)
    days = set()
    for effective in (
        ChangeNotice.objects.filter(live=True).values_list("effective_date", flat=True).distinct()
    ):
        days.update({effective - window, effective, effective + window})
    return days


def from_memo(memo: dict) -> AmountData:
    data = memo.get(MEMO_KEY)
    if data is None:
        data = memo[MEMO_KEY] = load()
    return data


def today() -> datetime.date:
    """Today where the site's readers are (TIME_ZONE, Europe/Amsterdam)."""
    return timezone.localdate()


def seconds_until(day: datetime.date) -> int:
    """Seconds from now until the start of `day` in the site's time zone."""
    midnight = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return max(int((midnight - timezone.now()).total_seconds()), 0)
