"""Checks on a letter template's text: placeholder syntax and declared variables."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .letter_amounts import template_amount_errors
from .placeholders import malformed_fragments, placeholder_names


def declared_names(template) -> list[str]:
    return [block.value["name"] for block in template.variables if block.value.get("name")]


def text_fields(template):
    """(field name, text) for every piece of the template that may hold placeholders."""
    yield "subject", template.subject or ""
    for block in template.body:
        if block.block_type == "paragraph":
            yield "body", block.value.source
        elif block.block_type == "conditional":
            yield "body", block.value["text"].source


def block_errors(template, field_names) -> dict[str, list]:
    """Validation errors of the template's StreamFields, as the admin form would find them."""
    errors = {}
    for name in field_names:
        value = getattr(template, name)
        try:
            value.stream_block.clean(value)
        except ValidationError as error:
            errors[name] = [error]
    return errors


def template_errors(template) -> dict[str, list[str]]:
    """Editor-facing problems keyed by field name; empty when the template is fine."""
    errors: dict[str, list[str]] = {}
    declared = declared_names(template)

    seen = set()
    for name in declared:
        if name in seen:
            errors.setdefault("variables", []).append(
                _("De variabele '%(name)s' staat er twee keer in. Haal er één weg.")
                % {"name": name}
            )
        seen.add(name)
    for message in template_amount_errors([dict(block.value) for block in template.variables]):
        errors.setdefault("variables", []).append(message)

    for field, text in text_fields(template):
        for fragment in malformed_fragments(text):
            errors.setdefault(field, []).append(
                _(
                    "Hier klopt iets niet: '%(fragment)s'. Schrijf een variabele zo: {{ naam }}. "
                    "Andere codes met { } of %% mogen niet."
                )
                % {"fragment": fragment}
            )
        for name in placeholder_names(text):
            if name not in seen:
                errors.setdefault(field, []).append(
                    _(
                        "De variabele '%(name)s' staat in de tekst, maar niet bij Variabelen. "
                        "Voeg hem toe of haal hem uit de tekst."
                    )
                    % {"name": name}
                )

    for block in template.body:
        if block.block_type == "conditional" and block.value["variable"] not in seen:
            errors.setdefault("body", []).append(
                _(
                    "De tekst onder voorwaarde gebruikt '%(name)s'. "
                    "Die variabele staat niet bij Variabelen."
                )
                % {"name": block.value["variable"]}
            )
    return errors
