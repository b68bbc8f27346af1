"""The demo's change notices for "Wat is er veranderd", with English and Arabic versions.

Runs after the pages (and the amounts, when that step is there): a notice names demo pages
by slug and normbedragen by code. A notice whose origin_key matches a draft Helder made
when the amounts were published finishes that draft, as an editor would. Published the
way code publishes (the gate alone); translations through wagtail-localize, like the other
demo translations.

Idempotent: a notice with the same title in Dutch is left alone.
"""

import datetime
import json
from collections import Counter
from pathlib import Path

from django.conf import settings
from wagtail.models import Locale, Page

from content_models.models import ChangeNotice, Normbedrag

from .translations import translate

FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "notices.json"
LANGUAGES = ("en", "ar")


def read_notices() -> list[dict]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))["notices"]


def _notice(spec, locale) -> tuple[ChangeNotice, bool]:
    existing = ChangeNotice.objects.filter(title=spec["title"], locale=locale).first()
    if existing is not None:
        return existing, False
    key = spec.get("origin_key", "")
    notice = (
        ChangeNotice.objects.filter(origin_key=key, locale=locale, live=False).first()
        if key
        else None
    ) or ChangeNotice(locale=locale, live=False, origin_key=key)
    notice.title = spec["title"]
    notice.summary = spec["summary"]
    notice.topic = spec["topic"]
    notice.effective_date = datetime.date.fromisoformat(spec["effective_date"])
    notice.pages = list(Page.objects.filter(slug__in=spec["pages"], locale=locale).order_by("path"))
    notice.amounts = list(
        Normbedrag.objects.filter(code__in=spec["amounts"], locale=locale).order_by("code")
    )
    notice.save()
    notice.save_revision().publish()
    return ChangeNotice.objects.get(pk=notice.pk), True


def load(created: Counter) -> Counter:
    locale = Locale.get_default()
    for spec in read_notices():
        notice, made = _notice(spec, locale)
        created["changenotice"] += made
        for code in LANGUAGES:
            target, _ = Locale.objects.get_or_create(language_code=code)
            values = {"title": spec[code]["title"], "summary": spec[code]["summary"]}
            if translate(notice, target, values):
                created[f"changenotice_{code}"] += 1
    return created
