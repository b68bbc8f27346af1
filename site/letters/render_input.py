"""Reading a render request body, with a clear problem for each wrong field.

The body is parsed here instead of by django-ninja, so malformed JSON and wrong
fields get the same structured 422 as wrong values (ninja answers 400 for bad JSON).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .schemas import FORMATS
from .values import Problem, check_values

FIELDS = ("variables", "format", "language")


@dataclass
class RenderInput:
    values: dict = field(default_factory=dict)
    format: str = "text"
    language: str = "nl"


def _problem(field_name: str, code: str, message: str) -> dict:
    return {"field": field_name, "variable": None, "code": code, "message": message}


def _variable_problem(problem: Problem) -> dict:
    return {"field": "variables", **problem.as_dict()}


def read_render_request(
    body: bytes, schema: list[dict], languages: list[str]
) -> tuple[RenderInput, list[dict]]:
    """The checked request, and the problems (empty when the request is fine)."""
    try:
        data = json.loads(body or b"")
    except (ValueError, UnicodeDecodeError):
        return RenderInput(), [
            _problem("body", "invalid_json", "Dit is geen geldige JSON. Stuur een JSON-object.")
        ]
    if not isinstance(data, dict):
        return RenderInput(), [
            _problem(
                "body",
                "not_an_object",
                'Stuur een JSON-object, bijvoorbeeld: {"variables": {}, "format": "text"}.',
            )
        ]

    problems = [
        _problem(
            str(name)[:100],
            "unknown_field",
            "Dit veld kennen wij niet. Gebruik alleen: variables, format en language.",
        )
        for name in data
        if name not in FIELDS
    ]
    checked = RenderInput()

    output_format = data.get("format", "text")
    if output_format not in FORMATS:
        problems.append(
            _problem("format", "invalid_choice", "Kies een van deze vormen: text, html of docx.")
        )
    else:
        checked.format = output_format

    language = data.get("language", "nl")
    if not isinstance(language, str) or language not in languages:
        problems.append(
            _problem(
                "language",
                "unknown_language",
                "Deze brief is er niet in deze taal. Kies uit: " + ", ".join(languages) + ".",
            )
        )
    else:
        checked.language = language

    submitted = data.get("variables", {})
    if not isinstance(submitted, dict):
        problems.append(
            _problem(
                "variables",
                "not_an_object",
                'Stuur de variabelen als JSON-object, bijvoorbeeld: {"aanhef": "heer Jansen"}.',
            )
        )
    else:
        checked.values, value_problems = check_values(schema, submitted)
        problems += [_variable_problem(problem) for problem in value_problems]
    return checked, problems
