"""Normbedragen on public pages: the amount valid on the day the page is read.

A page names an amount by its code, in an amount block or inline as `[[norm:CODE]]`. Both
show the amount in the page's language (Babel: "€ 1.401,50" in Dutch), the date it is
valid from, and the coming amount once it is known. A code that is no longer live shows
a short notice instead: a page never breaks because an amount went away.

The day is today in Europe/Amsterdam, or the day an editor chose in the preview
("zoals op datum …", content_models.amount_preview). Cached pages and parts carry the
amounts' epoch in their key (cache.py, amount_data.py), so no amount outlives its day.
"""

import datetime
import functools
import logging

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from content_models.amount_placeholders import replace_amounts
from content_models.amount_preview import DAY_ATTRIBUTE

from . import amount_data
from .cache import generation_for

logger = logging.getLogger(__name__)

TEXTS = {
    "nl": {
        "since": "Geldig vanaf {date}.",
        "until": "Geldig tot en met {date}.",
        "coming": "Vanaf {date}: {amount}.",
        "unknown": "Dit bedrag kunnen wij nu niet laten zien. Bel ons gratis, dan zoeken wij het op.",
        "unknown_inline": "bedrag nu niet bekend",
    },
    "en": {
        "since": "Valid from {date}.",
        "until": "Valid until {date}.",
        "coming": "From {date}: {amount}.",
        "unknown": "We cannot show this amount right now. Call us for free and we will look it up.",
        "unknown_inline": "amount not known right now",
    },
    "ar": {
        "since": "ساري من {date}.",
        "until": "ساري حتى {date}.",
        "coming": "ابتداءً من {date}: {amount}.",
        "unknown": "لا يمكننا عرض هذا المبلغ الآن. اتصل بنا مجانًا وسنبحث عنه لك.",
        "unknown_inline": "المبلغ غير معروف الآن",
    },
    "tr": {
        "since": "{date} tarihinden itibaren geçerli.",
        "until": "{date} tarihine kadar geçerli.",
        "coming": "{date} tarihinden itibaren: {amount}.",
        "unknown": "Bu tutarı şu anda gösteremiyoruz. Bizi ücretsiz arayın, sizin için bakalım.",
        "unknown_inline": "tutar şu anda bilinmiyor",
    },
    "pl": {
        "since": "Obowiązuje od {date}.",
        "until": "Obowiązuje do {date}.",
        "coming": "Od {date}: {amount}.",
        "unknown": "Nie możemy teraz pokazać tej kwoty. Zadzwoń do nas bezpłatnie, a sprawdzimy ją.",
        "unknown_inline": "kwota obecnie nieznana",
    },
    "uk": {
        "since": "Діє з {date}.",
        "until": "Діє до {date}.",
        "coming": "З {date}: {amount}.",
        "unknown": "Ми не можемо зараз показати цю суму. Зателефонуйте нам безкоштовно, і ми її знайдемо.",
        "unknown_inline": "сума зараз невідома",
    },
}


def _language(context) -> str:
    page = context.get("page")
    locale = getattr(page, "locale", None)
    language = locale.language_code if locale is not None else get_language()
    return (language or "nl").split("-")[0]


def _texts(language: str) -> dict:
    return TEXTS.get(language, TEXTS["nl"])


@functools.cache
def _babel_locale(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except (ValueError, UnknownLocaleError):
        # A language Babel does not know is shown the Dutch way rather than not at all.
        return Locale.parse("nl")


def money(amount, language: str) -> str:
    return format_currency(amount, "EUR", locale=_babel_locale(language))


def long_date(day: datetime.date, language: str) -> str:
    return format_date(day, "long", locale=_babel_locale(language))


class _RequestAmounts:
    """The data, the day and the finished HTML for one request, read once.

    For today, the HTML of each amount (per language and wording) is kept in the pages memo
    with the data it was made from, so a page with many amounts costs a dict lookup each;
    a publish or a new day starts afresh. A preview of another day keeps nothing."""

    def __init__(self, request):
        today = amount_data.today()
        self.day = getattr(request, DAY_ATTRIBUTE, None) or today if request else today
        if request is None:
            self.data, self.html = amount_data.load(), {}
            return
        memo = generation_for(request)[1]
        self.data = amount_data.from_memo(memo)
        kept = memo.get(HTML_MEMO_KEY)
        if self.day != today:
            self.html = {}
        elif kept is not None and kept[0] == today:
            self.html = kept[1]
        else:
            self.html = {}
            memo[HTML_MEMO_KEY] = (today, self.html)


HTML_MEMO_KEY = "normbedragen-html"


def _amounts_for(context) -> _RequestAmounts:
    request = context.get("request")
    if request is None:
        return _RequestAmounts(None)
    state = getattr(request, "_helder_amounts", None)
    if state is None:
        state = request._helder_amounts = _RequestAmounts(request)
    return state


def _notes(seen, language) -> list[tuple[str, str]]:
    """(css modifier, text) for each line shown next to the amount."""
    texts = _texts(language)
    notes = []
    current, coming = seen.current, seen.coming
    if current is not None:
        notes.append(("since", texts["since"].format(date=long_date(current.start, language))))
    if coming is not None:
        notes.append(
            (
                "coming",
                texts["coming"].format(
                    date=long_date(coming.start, language), amount=money(coming.amount, language)
                ),
            )
        )
    elif current is not None and current.end is not None:
        notes.append(("until", texts["until"].format(date=long_date(current.end, language))))
    return notes


class AmountView:
    """What one amount looks like on one page on one day."""

    def __init__(self, context, code: str, state: _RequestAmounts):
        self.code = code
        self.language = _language(context)
        self.amount = state.data.amounts.get(code)
        self.seen = self.amount.on(state.day) if self.amount is not None else None
        if self.seen is None or (self.seen.current is None and self.seen.coming is None):
            page = context.get("page")
            logger.warning(
                "Normbedrag %s is not live; page %s shows a notice", code, page.pk if page else "-"
            )

    @property
    def known(self) -> bool:
        return self.seen is not None and (self.seen.current or self.seen.coming) is not None

    def value_html(self):
        current = self.seen.current
        return format_html(
            '<data class="helder-amount__value" value="{}">{}</data>',
            current.amount,
            money(current.amount, self.language),
        )

    def block(self, text: str = "") -> SafeString:
        label = text or (self.amount.label(self.language) if self.amount else "")
        if not self.known:
            return format_html(
                '<div class="helder-amount helder-amount--unknown">{}<p class="utrecht-paragraph">{}</p></div>',
                format_html('<p class="utrecht-paragraph helder-amount__label">{}</p>', label)
                if label
                else "",
                _texts(self.language)["unknown"],
            )
        value = (
            format_html('<p class="utrecht-paragraph helder-amount__now">{}</p>', self.value_html())
            if self.seen.current is not None
            else ""
        )
        return format_html(
            '<div class="helder-amount">{}{}{}</div>',
            format_html('<p class="utrecht-paragraph helder-amount__label">{}</p>', label)
            if label
            else "",
            value,
            format_html_join(
                "",
                '<p class="utrecht-paragraph helder-amount__{}">{}</p>',
                self._notes(),
            ),
        )

    def inline(self) -> SafeString:
        if not self.known:
            return format_html(
                '<span class="helder-amount-inline helder-amount--unknown">({})</span>',
                _texts(self.language)["unknown_inline"],
            )
        notes = "; ".join(_lower_first(text.rstrip(".")) for _kind, text in self._notes())
        value = self.value_html() if self.seen.current is not None else ""
        return format_html(
            '<span class="helder-amount-inline">{}{}<span class="helder-amount-inline__note">({})</span></span>',
            value,
            " " if value else "",
            notes,
        )

    def _notes(self):
        return _notes(self.seen, self.language)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _kept(context, key, make):
    state = _amounts_for(context)
    key = (*key, _language(context))
    html = state.html.get(key)
    if html is None:
        html = state.html[key] = make(state)
    return html


def amount_block(context, code: str, text: str = "") -> SafeString:
    return _kept(context, ("block", code, text), lambda s: AmountView(context, code, s).block(text))


def fill_placeholders(context, html: str) -> SafeString:
    """`html` (already safe page HTML) with every `[[norm:CODE]]` shown as its amount."""

    def render(code):
        return _kept(context, ("inline", code), lambda s: AmountView(context, code, s).inline())

    return mark_safe(replace_amounts(str(html), render))  # noqa: S308 (input and parts are escaped)
