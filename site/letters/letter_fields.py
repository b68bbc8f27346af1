"""The fields every letter has besides its own variables: recipient, date, references, signer.

Declared once here; the API schema, the letter-tool structure, the caseworker form and
the Word template all read this list. Values are checked like letter variables
(values.check_value) and are never stored.
"""

from __future__ import annotations

import datetime
import re

from django.utils import timezone

POSTCODE_RE = re.compile(r"^[1-9][0-9]{3} ?[A-Za-z]{2}$")

# Needed for a letter that goes in the post (docx, pdf, xml); optional for text and html.
ADDRESS_FIELDS = (
    "ontvanger_naam",
    "ontvanger_straat_huisnummer",
    "ontvanger_postcode",
    "ontvanger_plaats",
)

LETTER_FIELDS: list[dict] = [
    {
        "name": "ontvanger_naam",
        "type": "text",
        "required": False,
        "description": "Naam van de ontvanger, zoals op de envelop.",
        "example": "Mevrouw A. de Vries",
        "choices": [],
    },
    {
        "name": "ontvanger_straat_huisnummer",
        "type": "text",
        "required": False,
        "description": "Straat en huisnummer van de ontvanger.",
        "example": "Lindelaan 12 A",
        "choices": [],
    },
    {
        "name": "ontvanger_postcode",
        "type": "text",
        "required": False,
        "description": "Postcode van de ontvanger, bijvoorbeeld 1234 AB.",
        "example": "1234 AB",
        "choices": [],
    },
    {
        "name": "ontvanger_plaats",
        "type": "text",
        "required": False,
        "description": "Woonplaats van de ontvanger.",
        "example": "Helderstad",
        "choices": [],
    },
    {
        "name": "datum_brief",
        "type": "date",
        "required": False,
        "description": "Datum van de brief. Leeg: vandaag. Termijnen rekenen wij vanaf deze datum.",
        "example": "2026-12-01",
        "choices": [],
    },
    {
        "name": "ons_kenmerk",
        "type": "text",
        "required": False,
        "description": "Ons kenmerk: het zaaknummer.",
        "example": "Z-2026-004512",
        "choices": [],
    },
    {
        "name": "uw_kenmerk",
        "type": "text",
        "required": False,
        "description": "Uw kenmerk: het kenmerk van de klant, als die er een noemde.",
        "example": "",
        "choices": [],
    },
    {
        "name": "ondertekenaar_naam",
        "type": "text",
        "required": False,
        "description": "Naam onder de brief. Leeg: uw eigen naam.",
        "example": "Sanne Bakker",
        "choices": [],
    },
    {
        "name": "ondertekenaar_functie",
        "type": "text",
        "required": False,
        "description": "Functie onder de brief. Leeg: de functie uit uw profiel.",
        "example": "Consulent Werk en Inkomen",
        "choices": [],
    },
]

LETTER_FIELD_NAMES = frozenset(field["name"] for field in LETTER_FIELDS)
MAX_FIELD_LENGTH = 200
MESSAGES = {
    "postcode": "Dit is geen Nederlandse postcode. Schrijf de postcode zo: 1234 AB.",
    "too_long": f"Dit is te lang. Gebruik niet meer dan {MAX_FIELD_LENGTH} tekens.",
    "multiline": "Gebruik hier geen nieuwe regel.",
}


def field_problem(name: str, value) -> tuple[str, str] | None:
    """(code, message) for a letter field value that cannot go on an envelope, else None."""
    if not isinstance(value, str):
        return None
    if len(value) > MAX_FIELD_LENGTH:
        return "too_long", MESSAGES["too_long"]
    if "\n" in value:
        return "multiline", MESSAGES["multiline"]
    if name == "ontvanger_postcode" and value and not POSTCODE_RE.match(value):
        return "invalid", MESSAGES["postcode"]
    return None


def normalise_postcode(value: str) -> str:
    """ "1234ab" → "1234 AB" (PostNL's format)."""
    compact = value.replace(" ", "").upper()
    return f"{compact[:4]} {compact[4:]}"


def letter_day(fields: dict) -> datetime.date:
    """The letter's date: the one given, or today."""
    return fields.get("datum_brief") or timezone.localdate()
