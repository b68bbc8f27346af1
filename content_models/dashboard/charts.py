"""Charts for the readability dashboard, drawn on the server as inline SVG.

No script and no style attributes (a strict Content-Security-Policy is coming): the
geometry is SVG attributes computed here, the colours are classes in
static/content_models/css/dashboard.css, and every chart comes with the same figures as
a table for screen readers and for anyone who prefers numbers.

* `distribution`: how many texts pass, need a human B1 check (grey zone) or are blocked,
  for the whole site and per topic (TopicPage ancestor, or the letter's domain).
* `trend`: the same split per week, replayed from the gate's audit log (every publish
  decision is logged; a re-check is not, as it publishes nothing).
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import ModelLogEntry, PageLogEntry

BANDS = ["pass", "human_check", "block", "unchecked"]
BAND_LABELS = {
    "pass": gettext_lazy("goedgekeurd"),
    "human_check": gettext_lazy("B1-toets door een mens"),
    "block": gettext_lazy("tegengehouden"),
    "unchecked": gettext_lazy("nog niet gecontroleerd"),
}
# Audit-log actions of a publish decision → band. A published exception, or a grey-zone
# text a Versimpelteam member confirmed as B1, went live: pass (as in the stored verdict).
ACTION_BANDS = {
    "helder.gate.pass": "pass",
    "helder.gate.exception": "pass",
    "helder.gate.confirmed": "pass",
    "helder.gate.human_check": "human_check",
    "helder.gate.block": "block",
}
TREND_WEEKS = 12
MONTHS = [
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
]

# Drawing sizes in SVG user units (the SVG scales to the width it gets).
WIDTH = 640
LABEL_WIDTH = 200
BAR_HEIGHT = 22
BAR_GAP = 10
TREND_HEIGHT = 160


@dataclass
class Segment:
    band: str
    count: int
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0

    @property
    def label(self) -> str:
        return str(BAND_LABELS[self.band])


@dataclass
class Bar:
    label: str
    total: int
    segments: list[Segment] = field(default_factory=list)
    y: float = 0  # Horizontal bars: the row's top. Vertical bars: the label's baseline.
    x: float = 0
    short_label: str = ""

    def count(self, band: str) -> int:
        return next((s.count for s in self.segments if s.band == band), 0)

    @property
    def counts(self) -> list[int]:
        return [self.count(band) for band in BANDS]

    @property
    def summary(self) -> str:
        parts = [f"{s.count} {s.label}" for s in self.segments if s.count]
        return f"{self.label}: " + (", ".join(parts) if parts else _("geen teksten"))


@dataclass
class Chart:
    title: str
    bars: list[Bar]
    slug: str = "grafiek"  # Unique on the page: the ids of its title and description.
    width: int = WIDTH
    height: int = 0
    bands: list = field(default_factory=lambda: [(b, str(BAND_LABELS[b])) for b in BANDS])

    @property
    def description(self) -> str:
        return ". ".join(bar.summary for bar in self.bars) + "."

    @property
    def is_empty(self) -> bool:
        return not any(bar.total for bar in self.bars)


def _counts(bands) -> dict[str, int]:
    counts = dict.fromkeys(BANDS, 0)
    for band in bands:
        counts[band if band in counts else "unchecked"] += 1
    return counts


def _horizontal(slug: str, title: str, groups: list[tuple[str, dict[str, int]]]) -> Chart:
    """One stacked bar per group, each as wide as 100% of its own texts."""
    bars = []
    span = WIDTH - LABEL_WIDTH
    for index, (label, counts) in enumerate(groups):
        total = sum(counts.values())
        y = index * (BAR_HEIGHT + BAR_GAP)
        bar = Bar(label=label, total=total, y=y)
        x = float(LABEL_WIDTH)
        for band in BANDS:
            width = span * counts[band] / total if total else 0
            bar.segments.append(
                Segment(
                    band, counts[band], x=round(x, 2), y=y, width=round(width, 2), height=BAR_HEIGHT
                )
            )
            x += width
        bars.append(bar)
    height = max(len(bars) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP, BAR_HEIGHT)
    return Chart(title=title, bars=bars, height=height, slug=slug)


def distribution(rows) -> list[Chart]:
    """The split of the listed rows: whole site first, then one bar per topic."""
    site = [(str(_("Hele site")), _counts(row.band or "unchecked" for row in rows))]
    topics: dict[str, list] = {}
    for row in rows:
        topics.setdefault(row.topic or str(_("Zonder onderwerp")), []).append(
            row.band or "unchecked"
        )
    per_topic = [(name, _counts(bands)) for name, bands in sorted(topics.items())]
    return [
        _horizontal("verdeling-site", _("Oordeel voor de hele site"), site),
        _horizontal("verdeling-onderwerp", _("Oordeel per onderwerp"), per_topic),
    ]


def _week_start(moment: datetime.datetime) -> datetime.date:
    day = timezone.localtime(moment).date()
    return day - datetime.timedelta(days=day.weekday())


def _day_label(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


# A deleted text leaves the count from the moment it was deleted (its log entries stay).
DELETED = "wagtail.delete"


def _gate_entries(until: datetime.datetime):
    """(object key, band, time) of every publish decision and deletion (band None), oldest
    first."""
    actions = [*ACTION_BANDS, DELETED]
    entries = [
        (("page", page_id), ACTION_BANDS.get(action), timestamp)
        for page_id, action, timestamp in PageLogEntry.objects.filter(
            action__in=actions, timestamp__lt=until
        ).values_list("page_id", "action", "timestamp")
    ]
    entries += [
        ((content_type_id, object_id), ACTION_BANDS.get(action), timestamp)
        for content_type_id, object_id, action, timestamp in ModelLogEntry.objects.filter(
            action__in=actions, timestamp__lt=until
        ).values_list("content_type_id", "object_id", "action", "timestamp")
    ]
    entries.sort(key=lambda entry: entry[2])
    return entries


def trend(now: datetime.datetime | None = None, weeks: int = TREND_WEEKS) -> Chart:
    """Per week: each text's latest decision at the end of that week (this week: now)."""
    now = now or timezone.now()
    this_week = _week_start(now)
    starts = [this_week - datetime.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    zone = timezone.get_current_timezone()
    ends = [
        datetime.datetime.combine(start + datetime.timedelta(days=7), datetime.time(), zone)
        for start in starts
    ]
    ends[-1] = min(ends[-1], now)
    latest: dict = {}
    snapshots = []
    entries = iter(_gate_entries(ends[-1]))
    pending = next(entries, None)
    for end in ends:
        while pending is not None and pending[2] < end:
            key, band, _when = pending
            if band is None:
                latest.pop(key, None)
            else:
                latest[key] = band
            pending = next(entries, None)
        snapshots.append(_counts(latest.values()))

    highest = max((sum(counts.values()) for counts in snapshots), default=0) or 1
    slot = (WIDTH - 40) / weeks
    bars = []
    for index, (start, counts) in enumerate(zip(starts, snapshots, strict=True)):
        total = sum(counts.values())
        bar = Bar(
            label=_("week van %(day)s") % {"day": _day_label(start)},
            total=total,
            x=round(40 + index * slot + slot / 2, 2),
            y=TREND_HEIGHT + 16,
        )
        top = float(TREND_HEIGHT)
        for band in BANDS:
            height = TREND_HEIGHT * counts[band] / highest
            top -= height
            bar.segments.append(
                Segment(
                    band,
                    counts[band],
                    x=round(40 + index * slot + slot * 0.15, 2),
                    y=round(top, 2),
                    width=round(slot * 0.7, 2),
                    height=round(height, 2),
                )
            )
        bar.short_label = _day_label(start)
        bars.append(bar)
    chart = Chart(
        title=_("Oordeel per week, laatste %(weeks)s weken") % {"weeks": weeks},
        bars=bars,
        height=TREND_HEIGHT + 24,
        slug="trend",
        # The audit log has only decisions, so "not checked yet" never shows here.
        bands=[(band, str(BAND_LABELS[band])) for band in BANDS if band != "unchecked"],
    )
    chart.highest = highest
    return chart
