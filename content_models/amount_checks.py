"""Editor checks for amounts named in page text: every code must be a published normbedrag.

Messages are for editors: Dutch, short, saying what to do. A page saved with a good code
can still lose its amount later (an amount unpublished); the public page then shows a
harmless notice instead of the amount (helder.public.amounts), never an error.
"""

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .amount_placeholders import EXAMPLE, amount_codes, malformed_amounts


def live_codes(codes) -> set[str]:
    from .amounts import Normbedrag

    return set(
        Normbedrag.objects.filter(
            live=True, locale=Locale.get_default(), code__in=list(codes)
        ).values_list("code", flat=True)
    )


def amount_choices() -> list[tuple[str, str]]:
    """The published normbedragen, for the editor's list: "PW-ALL-21 – Bijstand ..."."""
    from .amounts import Normbedrag

    rows = Normbedrag.objects.filter(live=True, locale=Locale.get_default()).order_by("code")
    return [(code, f"{code} – {label}") for code, label in rows.values_list("code", "label")]


def unknown_codes_error(codes) -> str | None:
    codes = list(dict.fromkeys(codes))
    missing = [code for code in codes if code not in live_codes(codes)]
    if not missing:
        return None
    return _(
        "Er is geen gepubliceerd normbedrag met de code %(codes)s. "
        "Kijk bij Teksten > Normbedragen welke codes er zijn. Of publiceer eerst het normbedrag."
    ) % {"codes": ", ".join(missing)}


def placeholder_error(text: str) -> str | None:
    """A Dutch message for the first problem with amount placeholders in `text`, or None."""
    for fragment in malformed_amounts(text):
        return _(
            "Hier klopt iets niet: '%(fragment)s'. Schrijf een bedrag zo: %(example)s. "
            "Gebruik hoofdletters in de code."
        ) % {"fragment": strip_tags(fragment).strip(), "example": EXAMPLE}
    codes = amount_codes(text)
    return unknown_codes_error(codes) if codes else None
