"""A new amount period gets a drafted change notice, for the editors to finish.

When a normbedrag is published with a period that follows an earlier one (a change of the
amount) and that period is not over yet, Helder writes a draft notice with the old and the
new amount. It never publishes it: the notice goes through the workflow and the gate like
any text an editor writes. Each change is drafted once, even when the amount is published
again or the draft was deleted (AutoDraft).
"""

import datetime
import json
import re
from contextvars import ContextVar
from itertools import pairwise

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Locale

from content_models.amounts import Normbedrag
from content_models.models import InformationPage, RightsDutiesPage
from content_models.notices import SUMMARY_MAX, ChangeNotice
from translations.formatting import format_date_for, format_money_for

from .models import AutoDraft

TITLE_MAX = ChangeNotice._meta.get_field("title").max_length

# While an editor's request publishes an amount, the drafts made are kept here, so the
# admin can tell the editor about them (wagtail_hooks.py). None outside such a request.
_collected: ContextVar[list | None] = ContextVar("helder_drafted_notices", default=None)


def start_collecting():
    return _collected.set([])


def stop_collecting(token) -> list[ChangeNotice]:
    found = _collected.get() or []
    _collected.reset(token)
    return found


def origin_key(code: str, start: datetime.date) -> str:
    return f"{code}@{start.isoformat()}"


def _title(amount: Normbedrag, start: datetime.date) -> str:
    return f"Nieuw bedrag vanaf {format_date_for('nl', start)}: {amount.label}"[:TITLE_MAX]


def _summary(amount: Normbedrag, previous, period) -> str:
    sentences = [
        f"Vanaf {format_date_for('nl', period.start)} verandert dit bedrag: {amount.label}.",
        f"Het nieuwe bedrag is {format_money_for('nl', period.amount)}.",
    ]
    if previous.end is not None:
        sentences.append(
            f"Tot en met {format_date_for('nl', previous.end)} is het "
            f"{format_money_for('nl', previous.amount)}."
        )
    return " ".join(sentences)[:SUMMARY_MAX]


# The page types that show amounts, and the stream fields they show them in.
PAGES_WITH_AMOUNTS = {InformationPage: "body", RightsDutiesPage: "items"}


def pages_showing(code: str) -> list:
    """The live Dutch pages whose text or amount block names `code`: the notice concerns them."""
    exact = re.compile(rf"(?<![A-Z0-9-]){re.escape(code)}(?![A-Z0-9-])")
    found = []
    for model, field in PAGES_WITH_AMOUNTS.items():
        candidates = model.objects.live().filter(
            locale=Locale.get_default(), **{f"{field}__icontains": code}
        )
        found += [
            page.page_ptr
            for page in candidates
            if exact.search(json.dumps(list(getattr(page, field).raw_data)))
        ]
    return sorted(found, key=lambda page: page.path)


def draft_notices(amount: Normbedrag, today: datetime.date | None = None) -> list[ChangeNotice]:
    """Draft a notice for each new period of `amount` that has none yet; returns the drafts."""
    if amount.locale_id != Locale.get_default().pk:
        return []  # a translation only translates the label; the amounts are the Dutch row's
    today = today or timezone.localdate()
    periods = sorted(amount.periods.all(), key=lambda period: period.start)
    drafted = []
    for previous, period in pairwise(periods):
        if period.end is not None and period.end < today:
            continue  # a change long gone is no news
        key = origin_key(amount.code, period.start)
        try:
            with transaction.atomic():
                AutoDraft.objects.create(origin_key=key)
                if ChangeNotice.objects.filter(origin_key=key).exists():
                    continue  # an editor (or the demo) wrote the notice for it already
                notice = ChangeNotice(
                    title=_title(amount, period.start),
                    summary=_summary(amount, previous, period),
                    topic=amount.scheme,
                    effective_date=period.start,
                    origin_key=key,
                    locale=amount.locale,
                    live=False,
                )
                notice.amounts = [amount]
                notice.pages = pages_showing(amount.code)
                notice.save()
                notice.save_revision()
        except IntegrityError:
            continue  # drafted before (or by a publish running at the same moment)
        drafted.append(notice)
    bucket = _collected.get()
    if bucket is not None:
        bucket.extend(drafted)
    return drafted
