"""Dates and amounts the way each language writes them, through Babel (CLDR data).

Both functions take a Wagtail `Locale`, a language code or None (then Dutch). Amounts are
always euros: the municipality pays in euros whatever language the reader reads.
"""

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from babel.dates import format_date
from babel.numbers import format_currency
from django.utils import timezone

from .locales import source_language


def _code(locale) -> str:
    code = getattr(locale, "language_code", locale) or source_language()
    return str(code).replace("-", "_")


def format_date_for(locale, value: date | datetime | None, format: str = "long") -> str:
    """ "5 maart 2027", "March 5, 2027", "5 مارس 2027" … An empty string for no date."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        # A publication time in UTC can fall on the previous day; readers live in NL.
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return format_date(value, format=format, locale=_code(locale))


def format_money_for(locale, amount, currency: str = "EUR") -> str:
    """ "€ 1.234,50", "€1,234.50", "1 234,50 €" … An empty string for a missing amount."""
    if amount is None or amount == "":
        return ""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return ""
    return format_currency(value, currency, locale=_code(locale))
