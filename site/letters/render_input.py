"""Reading a render request (JSON body or form data), with a problem for each wrong field.

The body is parsed here instead of by django-ninja, so malformed or too deeply nested
JSON gets a structured 400 and wrong fields a structured 422 that names the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .amounts import amount_variables, depends_on, fill_amounts
from .letter_fields import (
    ADDRESS_FIELDS,
    LETTER_FIELDS,
    field_problem,
    letter_day,
    normalise_postcode,
)
from .values import Problem, check_values

FORMATS = ("text", "html", "docx", "pdf", "xml")
DOCUMENT_FORMATS = ("docx", "pdf", "xml")  # letters that go in the post: an address is needed
FIELDS = ("variables", "format", "language", "version")


class BadRequest(Exception):
    """The body is not JSON we can read at all (400)."""

    def __init__(self, problems: list[dict]):
        super().__init__("bad request")
        self.problems = problems


@dataclass
class RenderInput:
    values: dict = field(default_factory=dict)  # the letter's own variables, typed
    fields: dict = field(default_factory=dict)  # letter fields (letter_fields.py), typed
    format: str = "text"
    language: str = "nl"
    version: str | None = None  # a pinned sha256


def problem(field_name: str, code: str, message: str, variable: str | None = None) -> dict:
    return {"field": field_name, "variable": variable, "code": code, "message": message}


def _variable_problem(item: Problem) -> dict:
    return {"field": "variables", **item.as_dict()}


def parse_json_body(body: bytes) -> dict:
    """The JSON object in `body`; BadRequest (400) when it is no JSON object."""
    try:
        data = json.loads(body or b"")
    except RecursionError:
        raise BadRequest(
            [
                problem(
                    "body", "too_deep", "Deze JSON is te diep genest. Stuur een plat JSON-object."
                )
            ]
        ) from None
    except (ValueError, UnicodeDecodeError):
        raise BadRequest(
            [problem("body", "invalid_json", "Dit is geen geldige JSON. Stuur een JSON-object.")]
        ) from None
    if not isinstance(data, dict):
        raise BadRequest(
            [
                problem(
                    "body",
                    "not_an_object",
                    'Stuur een JSON-object, bijvoorbeeld: {"variables": {}, "format": "text"}.',
                )
            ]
        )
    return data


def read_render_request(
    body: bytes, schema: list[dict], languages: list[str]
) -> tuple[RenderInput, list[dict]]:
    """The checked request, and the problems (empty when the request is fine)."""
    data = parse_json_body(body)
    problems = [
        problem(
            _short(name),
            "unknown_field",
            "Dit veld kennen wij niet. Gebruik alleen: variables, format, language en version.",
        )
        for name in data
        if name not in FIELDS
    ]
    checked = RenderInput()

    output_format = data.get("format", "text")
    if not isinstance(output_format, str) or output_format not in FORMATS:
        problems.append(
            problem(
                "format",
                "invalid_choice",
                "Kies een van deze vormen: " + ", ".join(FORMATS) + ".",
            )
        )
    else:
        checked.format = output_format

    language = data.get("language", "nl")
    if not isinstance(language, str) or language not in languages:
        problems.append(
            problem(
                "language",
                "unknown_language",
                "Deze brief is er niet in deze taal. Kies uit: " + ", ".join(languages) + ".",
            )
        )
    else:
        checked.language = language

    version = data.get("version")
    if version is not None and not isinstance(version, str):
        problems.append(
            problem("version", "invalid", "Geef de versie als sha256-tekst van 64 tekens.")
        )
    else:
        checked.version = version.lower() if version else None

    submitted = data.get("variables", {})
    if not isinstance(submitted, dict):
        problems.append(
            problem(
                "variables",
                "not_an_object",
                'Stuur de variabelen als JSON-object, bijvoorbeeld: {"aanhef": "heer Jansen"}.',
            )
        )
    else:
        problems += check_submitted(checked, schema, submitted)
    return checked, problems


def check_submitted(checked: RenderInput, schema: list[dict], submitted: dict) -> list[dict]:
    """Fill `checked.values` and `checked.fields` from `submitted`; the problems found."""
    own = {variable["name"] for variable in schema}
    extra = [f for f in LETTER_FIELDS if f["name"] not in own]
    if checked.format in DOCUMENT_FORMATS:
        extra = [{**f, "required": f["name"] in ADDRESS_FIELDS or f["required"]} for f in extra]
    values, found = check_values(schema + extra, submitted)
    problems = [_variable_problem(item) for item in found]
    field_names = {f["name"] for f in extra}
    for name in field_names:
        value = values.get(name)
        if (issue := field_problem(name, value)) is not None:
            problems.append(problem("variables", issue[0], issue[1], variable=name))
    checked.values = {k: v for k, v in values.items() if k not in field_names}
    checked.fields = {k: v for k, v in values.items() if k in field_names}
    if checked.fields.get("ontvanger_postcode"):
        checked.fields["ontvanger_postcode"] = normalise_postcode(
            checked.fields["ontvanger_postcode"]
        )
    # Normbedragen last: they read the letter date and the date and choice variables.
    wrong = {item.variable for item in found}
    skip = {v["name"] for v in amount_variables(schema) if wrong & {*depends_on(v), v["name"]}}
    if "datum_brief" in wrong:
        skip |= {v["name"] for v in amount_variables(schema)}
    amounts, missing = fill_amounts(schema, checked.values, letter_day(checked.fields), skip)
    checked.values.update(amounts)
    problems += [_variable_problem(item) for item in missing]
    return problems


def _short(name) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in str(name))[:100]
