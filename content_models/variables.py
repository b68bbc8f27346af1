"""Typed letter variables: turning a caseworker's input into a checked value.

Used to check example values when an editor saves a template, and by the letter
service when a caseworker fills one in.

A `normbedrag` variable is the exception: nobody types it. It names a normbedrag by
its code, and the letter service fills in the amount valid on a date of the letter
(site/letters/amounts.py). Its example only serves the readability gate.
"""

import datetime
import re
from decimal import Decimal, InvalidOperation

MONEY_RE = re.compile(r"^-?\d+([.,]\d{1,2})?$")
NUMBER_RE = re.compile(r"^-?\d+$")

# Filled in by Helder, never by the caseworker.
COMPUTED_TYPES = ("normbedrag",)
# Scored by the readability gate in place of a normbedrag without an example: the
# letter is read with an amount in it, written as the letter writes amounts.
SAMPLE_AMOUNT_TEXT = "€\xa01.401,50"  # Babel writes a no-break space


def is_computed(variable: dict) -> bool:
    return variable.get("type") in COMPUTED_TYPES


class VariableValueError(ValueError):
    """A value does not fit its variable's type. The message is Dutch, for the user."""


def parse_value(var_type: str, raw, choices=()):
    """Return the typed value of `raw` for a variable of `var_type`.

    text → str, date → datetime.date (ISO 8601, YYYY-MM-DD), money (and the example of
    a normbedrag) → Decimal with at most two decimals (a dot or comma as separator),
    number → int,
    choice → str that must be one of `choices`.
    """
    text = raw if isinstance(raw, str) else ("" if raw is None else str(raw))
    text = text.strip()
    if var_type == "text":
        return text
    if var_type == "date":
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise VariableValueError(
                "Dit is geen datum. Schrijf de datum zo: 2027-01-31."
            ) from None
    if var_type in ("money", "normbedrag"):
        if not MONEY_RE.match(text):
            raise VariableValueError("Dit is geen bedrag. Schrijf het bedrag zo: 1234.56.")
        try:
            return Decimal(text.replace(",", "."))
        except InvalidOperation:
            raise VariableValueError(
                "Dit is geen bedrag. Schrijf het bedrag zo: 1234.56."
            ) from None
    if var_type == "number":
        if not NUMBER_RE.match(text):
            raise VariableValueError("Dit is geen heel getal. Schrijf alleen cijfers.")
        return int(text)
    if var_type == "choice":
        if text not in choices:
            raise VariableValueError("Kies een van deze waarden: " + ", ".join(choices) + ".")
        return text
    raise VariableValueError(f"Onbekende soort variabele: {var_type}.")


def example_error(variable: dict) -> str | None:
    """The Dutch message for an example value that does not fit the variable, or None."""
    example = (variable.get("example") or "").strip()
    if not example:
        return None
    try:
        parse_value(variable.get("type"), example, [c for c in variable.get("choices") or [] if c])
    except VariableValueError as error:
        return "Het voorbeeld klopt niet. " + str(error)
    return None
