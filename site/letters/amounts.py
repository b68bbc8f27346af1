"""Normbedrag variables: the amounts Helder fills in, never the caseworker.

A normbedrag variable names a normbedrag by its code (or a code per option of a choice
variable, such as the living situation). The service fills in the amount valid on the
letter's date, or on a date variable of the letter, or (moment "vorig") the amount that
was valid just before that period began. Only live amounts are used.

A caseworker or letter tool that sends a value for such a variable gets a structured
error naming it (code "computed"): a typed amount would silently lose to the data.
When no amount is valid on the date, the error names the variable as well.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from content_models.amount_periods import ONE_DAY, amount_on
from content_models.amounts import live_amounts

from .values import Problem, format_date_long


def no_date_message(date_variable: str) -> str:
    return f"Vul eerst de datum '{date_variable}' in. Dan vult Helder dit bedrag in."


def no_amount_message(code: str, day: datetime.date) -> str:
    return (
        f"Er is geen normbedrag {code} dat geldt op {format_date_long(day, 'nl')}. "
        "Kijk of de datum klopt. Klopt die? Vraag dan de beheerder van de normbedragen "
        "om het bedrag."
    )


def no_previous_message(code: str, start: datetime.date) -> str:
    return (
        f"Er is geen normbedrag {code} van vóór {format_date_long(start, 'nl')}. "
        "Vraag de beheerder van de normbedragen om het vorige bedrag."
    )


def amount_variables(schema: list[dict]) -> list[dict]:
    return [variable for variable in schema if variable["type"] == "normbedrag"]


def amount_codes(variable: dict) -> list[str]:
    spec = variable["amount"]
    return [spec["code"], *spec["per_choice"].values()]


def chosen_code(variable: dict, values: dict) -> str:
    spec = variable["amount"]
    if spec["choice_variable"]:
        return spec["per_choice"].get(values.get(spec["choice_variable"]), spec["code"])
    return spec["code"]


def fill_amounts(
    schema: list[dict], values: dict, letter_day: datetime.date, skip=()
) -> tuple[dict[str, Decimal], list[Problem]]:
    """The amount of every normbedrag variable in `schema`, and a problem for each one missing.

    `values` are the checked values of the other variables; `skip` names variables whose
    date or choice already has a problem (the caseworker fixes that first).
    """
    variables = [v for v in amount_variables(schema) if v["name"] not in skip]
    if not variables:
        return {}, []
    rows = live_amounts({code for variable in variables for code in amount_codes(variable)})
    filled, problems = {}, []
    for variable in variables:
        spec, name = variable["amount"], variable["name"]
        day = values.get(spec["date_variable"]) if spec["date_variable"] else letter_day
        if not isinstance(day, datetime.date):
            problems.append(Problem(name, "no_date", no_date_message(spec["date_variable"])))
            continue
        code = chosen_code(variable, values)
        periods = rows[code].period_list() if code in rows else []
        current = amount_on(periods, day).current
        if current is None:
            problems.append(Problem(name, "no_amount", no_amount_message(code, day)))
            continue
        if spec["moment"] == "vorig":
            before = current.start - ONE_DAY if current.start > datetime.date.min else None
            previous = amount_on(periods, before).current if before else None
            if previous is None:
                problems.append(
                    Problem(name, "no_amount", no_previous_message(code, current.start))
                )
                continue
            current = previous
        filled[name] = current.amount
    return filled, problems


def depends_on(variable: dict) -> list[str]:
    spec = variable["amount"]
    return [name for name in (spec["date_variable"], spec["choice_variable"]) if name]
