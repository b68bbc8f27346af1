"""Normbedrag variables in letter templates: the checks an editor gets when saving.

A normbedrag variable names an amount by its code; the letter service fills in the
amount (site/letters/amounts.py). These checks make sure that code exists, and that the
date and choice variables it refers to are in the same letter.
"""

from django.utils.translation import gettext as _
from wagtail.models import Locale

from .amounts import Normbedrag


def known_amount_codes(codes) -> set[str]:
    """The codes among `codes` of a normbedrag that exists (draft or live, Dutch row)."""
    codes = [code for code in codes if code]
    if not codes:
        return set()
    rows = Normbedrag.objects.filter(code__in=codes, locale=Locale.get_default())
    return set(rows.values_list("code", flat=True))


def template_amount_errors(variables: list[dict]) -> list[str]:
    """Editor messages for normbedrag variables whose date or choice variable is wrong.

    `variables` are the values of the template's variable blocks.
    """
    by_name = {variable.get("name"): variable for variable in variables if variable.get("name")}
    errors = []
    for variable in variables:
        if variable.get("type") != "normbedrag":
            continue
        name = variable.get("name")
        date_name = variable.get("amount_date") or ""
        if date_name and (by_name.get(date_name) or {}).get("type") != "date":
            errors.append(
                _(
                    "Het normbedrag '%(name)s' gebruikt de datum '%(date)s'. "
                    "Maak dat een variabele van de soort Datum, of laat het veld leeg."
                )
                % {"name": name, "date": date_name}
            )
        choice_name = variable.get("amount_choice") or ""
        if not choice_name:
            continue
        choice = by_name.get(choice_name) or {}
        if choice.get("type") != "choice":
            errors.append(
                _(
                    "Het normbedrag '%(name)s' hangt af van '%(choice)s'. "
                    "Maak dat een variabele van de soort Keuze."
                )
                % {"name": name, "choice": choice_name}
            )
            continue
        options = [option for option in choice.get("choices") or [] if option]
        for item in variable.get("amount_per_choice") or []:
            if item and item.get("choice") not in options:
                errors.append(
                    _(
                        "Bij het normbedrag '%(name)s' staat de keuze '%(option)s'. "
                        "Die staat niet bij de keuzes van '%(choice)s'."
                    )
                    % {"name": name, "option": item.get("choice"), "choice": choice_name}
                )
    return errors
