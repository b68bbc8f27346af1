"""Checking and formatting the values a caseworker fills in.

Problems are reported per variable with a code and a Dutch (B1) message. Messages
never repeat the submitted value: it may be personal data.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from content_models.variables import VariableValueError, parse_value

MAX_VALUE_LENGTH = 2000
MAX_NAME_LENGTH = 100

# Babel needs a territory for currency formats ("€ 1.234,56" in nl_NL).
BABEL_LOCALES = {
    "nl": "nl_NL",
    "en": "en_GB",
    "ar": "ar",
    "tr": "tr_TR",
    "pl": "pl_PL",
    "uk": "uk_UA",
}

MESSAGES = {
    "unknown": "Deze variabele hoort niet bij deze brief. Haal hem weg of kijk of de naam klopt.",
    "required": "Vul dit in. Dit is verplicht.",
    "wrong_type": "Vul hier tekst of een getal in.",
    "too_long": f"Dit is te lang. Gebruik niet meer dan {MAX_VALUE_LENGTH} tekens.",
}


@dataclass(frozen=True)
class Problem:
    variable: str
    code: str
    message: str

    def as_dict(self) -> dict:
        return {"variable": self.variable, "code": self.code, "message": self.message}


def check_values(schema: list[dict], submitted: dict) -> tuple[dict, list[Problem]]:
    """Typed values for every variable in `schema` (None when left empty), and the problems.

    Accepts strings, numbers and null as JSON values; an empty string or null
    means "not filled in".
    """
    problems: list[Problem] = []
    by_name = {variable["name"]: variable for variable in schema}
    for name in submitted:
        if name not in by_name:
            problems.append(Problem(str(name)[:MAX_NAME_LENGTH], "unknown", MESSAGES["unknown"]))

    values: dict = {}
    for name, variable in by_name.items():
        raw = submitted.get(name)
        if isinstance(raw, bool) or not isinstance(raw, str | int | float | type(None)):
            problems.append(Problem(name, "wrong_type", MESSAGES["wrong_type"]))
            continue
        text = "" if raw is None else str(raw).strip()
        if len(text) > MAX_VALUE_LENGTH:
            problems.append(Problem(name, "too_long", MESSAGES["too_long"]))
            continue
        if not text:
            if variable["required"]:
                problems.append(Problem(name, "required", MESSAGES["required"]))
            values[name] = None
            continue
        try:
            values[name] = parse_value(variable["type"], text, variable["choices"])
        except VariableValueError as error:
            problems.append(Problem(name, "invalid", str(error)))
    return values, problems


@lru_cache(maxsize=64)
def babel_locale(language: str) -> Locale:
    # Parsed once: Babel parses a locale name again on every call that gets a string.
    return Locale.parse(BABEL_LOCALES.get(language, language))


def format_value(value, language: str) -> str:
    """The value as a reader of `language` expects it: "1 januari 2027", "€ 1.234,56"."""
    locale = babel_locale(language)
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return format_date(value, format="long", locale=locale)
    if isinstance(value, Decimal):
        return format_currency(value, "EUR", locale=locale)
    if isinstance(value, int):
        return format_decimal(value, locale=locale)
    return str(value)


def is_filled(value) -> bool:
    return value is not None and value != ""
