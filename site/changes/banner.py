"""The banner "Dit is veranderd op …" on the pages a live change notice concerns.

A page shows it from HELDER_CHANGE_BANNER_DAYS days before the notice's ingangsdatum
("Dit verandert op …") until that many days after it ("Dit is veranderd op …"). The
lookup runs once per worker, language and day: its answer is kept for the generation of the
pages memo, which every publish (a notice too) starts afresh, and the day is part of the
key, so the banner comes and goes at midnight without a publish.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from helder.memo import is_shared
from helder.public.cache import pages as pages_memo
from wagtail.models import Locale, Page

from content_models.notices import ChangeNotice
from translations import locales
from translations.formatting import format_date_for
from translations.public_text import texts_for

from .listing import notice_url

DEFAULT_DAYS = 30

# This worker's banners for one generation of the pages memo: {(language, day): {key: [...]}}.
_kept: dict = {"generation": None, "banners": {}}


@dataclass(frozen=True)
class Banner:
    heading: str
    title: str  # empty when the notice is not in the visitor's language
    link_text: str
    url: str
    hreflang: str | None
    anchor: str


def banner_days() -> int:
    return int(getattr(settings, "HELDER_CHANGE_BANNER_DAYS", DEFAULT_DAYS))


def _build(language: str, day: datetime.date) -> dict[str, list[Banner]]:
    """{page translation key: banners}, for every notice shown on `day`."""
    days = datetime.timedelta(days=banner_days())
    source_language = locales.source_language()
    sources = list(
        ChangeNotice.objects.filter(
            live=True,
            locale=Locale.get_default(),
            effective_date__gt=day - days,
            effective_date__lte=day + days,
        )
        .order_by("effective_date", "pk")
        .prefetch_related("pages")
    )
    if not sources:
        return {}
    own = {}
    if language != source_language:
        own = {
            row.translation_key: row
            for row in ChangeNotice.objects.filter(
                live=True,
                locale__language_code=language,
                translation_key__in=[n.translation_key for n in sources],
            )
        }
    texts = texts_for(language)
    found: dict[str, list[Banner]] = {}
    for source in sources:
        notice = source if language == source_language else own.get(source.translation_key)
        date = format_date_for(language, source.effective_date)
        heading = texts["banner_past" if source.effective_date <= day else "banner_coming"]
        banner = Banner(
            heading=heading.format(date=date),
            title=notice.title if notice else "",
            link_text=texts["banner_read" if notice else "banner_read_dutch"],
            url=notice_url(language if notice else source_language, notice or source),
            hreflang=None if notice else source_language,
            anchor=f"veranderd-{source.pk}",
        )
        for page in source.pages.all():
            found.setdefault(str(page.translation_key), []).append(banner)
    return found


def banners_for(page, language: str | None = None) -> list[Banner]:
    if not isinstance(page, Page):
        return []
    language = language or locales.source_language()
    day = timezone.localdate()
    generation, _values = pages_memo.current()
    if not is_shared(generation):  # nobody could tell this worker about a publish
        return _build(language, day).get(str(page.translation_key), [])
    if _kept["generation"] != generation:
        _kept["generation"], _kept["banners"] = generation, {}
    key = (language, day.isoformat())
    if key not in _kept["banners"]:
        # Yesterday's banners are not needed any more.
        kept = {k: v for k, v in _kept["banners"].items() if k[1] == key[1]}
        kept[key] = _build(language, day)
        _kept["banners"] = kept
    return _kept["banners"][key].get(str(page.translation_key), [])
