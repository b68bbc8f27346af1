"""Which change notices a visitor sees, in their language, with their pages and amounts.

Notices are written in Dutch and may be translated. A visitor reads the live version in
their own language; a notice without one is listed apart, in Dutch and marked as Dutch,
never shown as if it were in their language. Amounts come from the Dutch row of a
normbedrag (a translation only translates the label).
"""

import datetime
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import translation
from helder.public.languages import dutch_only_url
from wagtail.models import Locale, Page

from content_models.amount_periods import ONE_DAY, amount_on
from content_models.amounts import Normbedrag, live_amounts
from content_models.base import DOMAINS
from content_models.notices import ChangeNotice
from translations import locales
from translations.formatting import format_date_for, format_money_for
from translations.public_text import texts_for

TOPICS = [code for code, _label in DOMAINS]
ANCHOR = "wijziging-{pk}"


def is_topic(code: str) -> bool:
    return code in TOPICS


def topic_label(language: str, code: str) -> str:
    return texts_for(language).get(f"topic_{code}", code)


def list_url(language: str, topic: str | None = None) -> str:
    with translation.override(language):
        if topic:
            return reverse("changes:topic", kwargs={"topic": topic})
        return reverse("changes:all")


def notice_url(language: str, notice: ChangeNotice) -> str:
    """Where a notice is read: its topic's list, at the notice."""
    return f"{list_url(language, notice.topic)}#{ANCHOR.format(pk=notice.pk)}"


@dataclass
class Link:
    title: str
    url: str
    lang: str | None = None  # "nl" when the visitor gets the Dutch version


@dataclass
class AmountLine:
    label: str
    lang: str | None
    new: str
    old: str = ""


@dataclass
class Entry:
    notice: ChangeNotice  # the version shown: in the visitor's language, or the Dutch one
    source: ChangeNotice
    language: str
    lang: str | None  # "nl" when shown in Dutch to a visitor of another language
    date: str
    from_text: str
    topic: str
    topic_url: str
    url: str
    anchors: list[str] = field(default_factory=list)
    pages: list[Link] = field(default_factory=list)
    amounts: list[AmountLine] = field(default_factory=list)

    @property
    def effective_date(self) -> datetime.date:
        return self.source.effective_date


def _source_locale() -> Locale:
    return Locale.get_default()


def live_notices(topic: str | None = None, year: int | None = None):
    rows = ChangeNotice.objects.filter(live=True, locale=_source_locale())
    if topic:
        rows = rows.filter(topic=topic)
    if year:
        rows = rows.filter(effective_date__year=year)
    return rows.prefetch_related("pages", "amounts__periods")


def _translated(model, language: str, keys) -> dict:
    rows = model.objects.filter(
        live=True, locale__language_code=language, translation_key__in=list(keys)
    )
    return {row.translation_key: row for row in rows}


def _page_links(sources, language: str, request=None) -> dict:
    """{page pk: Link} for every page the notices name, in the visitor's language."""
    pages = {page.pk: page for notice in sources for page in notice.pages.all()}
    if not pages:
        return {}
    translated = {
        row.translation_key: row
        for row in Page.objects.live()
        .public()
        .filter(
            alias_of__isnull=True,
            locale__language_code=language,
            translation_key__in={page.translation_key for page in pages.values()},
        )
    }
    links = {}
    for pk, page in pages.items():
        if not page.live:
            continue
        own = translated.get(page.translation_key)
        if own is not None:
            links[pk] = Link(own.title, own.get_url(request))
        elif language == locales.source_language():
            links[pk] = Link(page.title, page.get_url(request))
        else:
            links[pk] = Link(page.title, dutch_only_url(page), lang=locales.source_language())
    return links


def _amount_lines(notice, language: str, labels: dict, texts) -> list[AmountLine]:
    lines = []
    day = notice.effective_date
    for amount in notice.amounts.all():
        if not amount.live:
            continue
        periods = amount.period_list()
        new = amount_on(periods, day).current
        if new is None:
            continue
        before = amount_on(periods, day - ONE_DAY).current
        own = labels.get(amount.translation_key)
        lines.append(
            AmountLine(
                label=own.label if own else amount.label,
                lang=None if own or language == locales.source_language() else "nl",
                new=texts["changes_new_amount"].format(
                    amount=format_money_for(language, new.amount)
                ),
                old=texts["changes_old_amount"].format(
                    amount=format_money_for(language, before.amount)
                )
                if before is not None and before != new
                else "",
            )
        )
    return lines


def entries(language: str, topic: str | None = None, year: int | None = None, request=None):
    """(entries in the visitor's language, entries only in Dutch), newest date first."""
    texts = texts_for(language)
    source_language = locales.source_language()
    sources = list(live_notices(topic, year))
    own = {}
    labels = {}
    if language != source_language:
        own = _translated(ChangeNotice, language, {n.translation_key for n in sources})
        amount_keys = {a.translation_key for n in sources for a in n.amounts.all()}
        labels = _translated(Normbedrag, language, amount_keys) if amount_keys else {}
    links = _page_links(sources, language, request)
    shown, dutch_only = [], []
    for source in sources:
        notice = source if language == source_language else own.get(source.translation_key)
        in_dutch = notice is None
        notice = notice or source
        shown_in = source_language if in_dutch else language
        entry = Entry(
            notice=notice,
            source=source,
            language=shown_in,
            lang=source_language if in_dutch else None,
            date=format_date_for(language, source.effective_date),
            from_text=texts["changes_from"].format(
                date=format_date_for(language, source.effective_date)
            ),
            topic=topic_label(language, source.topic),
            topic_url=list_url(language, source.topic),
            url=notice_url(shown_in, notice),
            anchors=sorted({ANCHOR.format(pk=notice.pk), ANCHOR.format(pk=source.pk)}),
            pages=[links[page.pk] for page in source.pages.all() if page.pk in links],
            amounts=_amount_lines(source, language, labels, texts),
        )
        (dutch_only if in_dutch else shown).append(entry)
    return shown, dutch_only


def split_by_today(items, today: datetime.date):
    """(coming, soonest first; past, most recent first)."""
    coming = sorted((e for e in items if e.effective_date > today), key=lambda e: e.effective_date)
    past = sorted(
        (e for e in items if e.effective_date <= today),
        key=lambda e: e.effective_date,
        reverse=True,
    )
    return coming, past


@dataclass
class AmountRow:
    label: str
    lang: str | None
    old: str
    new: str
    start: str


def year_amounts(language: str, topic: str, year: int) -> list[AmountRow]:
    """The amounts of a scheme in `year`: each change with the old and the new amount, and
    the amounts that stay the same all year."""
    texts = texts_for(language)
    amounts = [a for a in live_amounts().values() if a.scheme == topic]
    labels = _translated(Normbedrag, language, {a.translation_key for a in amounts})
    first_day = datetime.date(year, 1, 1)
    rows = []
    for amount in sorted(amounts, key=lambda a: a.code):
        own = labels.get(amount.translation_key)
        label = own.label if own else amount.label
        lang = None if own or language == locales.source_language() else "nl"
        periods = sorted(amount.period_list(), key=lambda p: p.start)
        starting = [p for p in periods if p.start.year == year]
        for period in starting:
            before = amount_on(periods, period.start - ONE_DAY).current
            rows.append(
                AmountRow(
                    label=label,
                    lang=lang,
                    old=format_money_for(language, before.amount) if before else "",
                    new=format_money_for(language, period.amount),
                    start=texts["changes_from"].format(
                        date=format_date_for(language, period.start)
                    ),
                )
            )
        if not starting:
            valid = amount_on(periods, first_day).current
            if valid is not None:
                rows.append(
                    AmountRow(
                        label=label,
                        lang=lang,
                        old=format_money_for(language, valid.amount),
                        new="",
                        start="",
                    )
                )
    return rows
