"""Checking and formatting the values a caseworker fills in.

Problems are reported per variable with a code and a Dutch (B1) message. Messages
never repeat the submitted value: it may be personal data.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from content_models.variables import VariableValueError, is_computed, parse_value

MAX_VALUE_LENGTH = 2000
MAX_NAME_LENGTH = 100
# Far above any amount or count in a social-services letter, far below what Babel and
# Decimal's default precision (28 digits) can format.
MAX_MONEY = Decimal("1000000000000")  # exclusive: up to 999.999.999.999,99
MAX_NUMBER = 10**15  # exclusive

# Word writes a soft line break (Shift+Enter) as a vertical tab; it means "new line".
LINE_BREAKS_RE = re.compile(r"\r\n|[\r\x0b\u2028]")
# Every other control character (C0 except tab and newline, DEL, C1, paragraph separator).
CONTROL_RE = re.compile(r"[\x00-\x08\x0c\x0e-\x1f\x7f-\x9f\u2029\ufffe\uffff]")

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
    "control_character": "Hier staat een onzichtbaar teken dat niet in een brief past. "
    "Typ de tekst opnieuw of plak hem zonder opmaak.",
    "money_out_of_range": "Dit bedrag is te groot. Kijk of het bedrag klopt.",
    "number_out_of_range": "Dit getal is te groot. Kijk of het getal klopt.",
    "multiline": "Gebruik hier geen nieuwe regel.",
}


COMPUTED_MESSAGE = "Dit bedrag vult Helder zelf in uit de normbedragen. Stuur hier niets voor mee."


@dataclass(frozen=True)
class Problem:
    variable: str
    code: str
    message: str

    def as_dict(self) -> dict:
        return {"variable": self.variable, "code": self.code, "message": self.message}


def clean_text(raw: str) -> tuple[str, str | None]:
    """`raw` with line breaks made uniform ("\\n"), and a problem code or None."""
    text = LINE_BREAKS_RE.sub("\n", raw)
    if CONTROL_RE.search(text):
        return text, "control_character"
    return text, None


def check_values(schema: list[dict], submitted: dict) -> tuple[dict, list[Problem]]:
    """Typed values for every variable in `schema` (None when left empty), and the problems.

    Accepts strings, numbers and null as JSON values; an empty string or null
    means "not filled in".
    """
    problems: list[Problem] = []
    by_name = {variable["name"]: variable for variable in schema}
    for name in submitted:
        if name not in by_name:
            problems.append(Problem(_safe_name(name), "unknown", MESSAGES["unknown"]))

    values: dict = {}
    for name, variable in by_name.items():
        if is_computed(variable):
            # Filled in by the service (amounts.py); a value sent for it is refused.
            if is_filled(submitted.get(name)):
                problems.append(Problem(name, "computed", COMPUTED_MESSAGE))
            continue
        value, code, message = check_value(variable, submitted.get(name))
        if code:
            problems.append(Problem(name, code, message or MESSAGES[code]))
        else:
            values[name] = value
    return values, problems


def check_value(variable: dict, raw) -> tuple[object, str | None, str | None]:
    """(typed value, problem code, message); the code is None when the value is fine."""
    if isinstance(raw, bool) or not isinstance(raw, str | int | float | type(None)):
        return None, "wrong_type", None
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < MAX_NUMBER:
        raw = int(raw)  # JSON 12.0: a whole number
    text = "" if raw is None else str(raw)
    if len(text) > MAX_VALUE_LENGTH:
        return None, "too_long", None
    text, problem = clean_text(text)
    if problem:
        return None, problem, None
    text = text.strip()
    if not text:
        if variable["required"]:
            return None, "required", None
        return None, None, None
    if "\n" in text and variable["type"] not in ("text",):
        return None, "multiline", None
    try:
        value = parse_value(variable["type"], text, variable.get("choices") or [])
    except VariableValueError as error:
        return None, "invalid", str(error)
    if isinstance(value, Decimal) and not abs(value) < MAX_MONEY:
        return None, "money_out_of_range", None
    if isinstance(value, int) and not abs(value) < MAX_NUMBER:
        return None, "number_out_of_range", None
    return value, None, None


def _safe_name(name) -> str:
    # An unknown name is echoed back so the caller can find it; never a control character.
    return CONTROL_RE.sub("?", LINE_BREAKS_RE.sub(" ", str(name)))[:MAX_NAME_LENGTH]


@lru_cache(maxsize=64)
def babel_locale(language: str) -> Locale:
    # Parsed once: Babel parses a locale name again on every call that gets a string.
    return Locale.parse(BABEL_LOCALES.get(language, language))


def format_date_long(value: datetime.date, language: str) -> str:
    return format_date(value, format="long", locale=babel_locale(language))


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
