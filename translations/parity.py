"""Structural parity: a translation must keep every section, step and item of its source.

wagtail-localize copies the structure of a StreamField, but a translator can still empty
a step, and an editor can delete blocks after converting a translation to manual
editing. The gate runs `parity_problems` on every publish (registered in gating.py) and
refuses a translation that has fewer parts than the version it was translated from.
"""

import re

from django.utils.translation import gettext as _
from wagtail.models import Page

from content_models.models import InformationPage, LetterTemplate, RightsDutiesPage, StandardText

from . import tracking

LIST_ITEM = re.compile(r"<li[\s>]", re.IGNORECASE)

# (key, Dutch singular, Dutch plural) in the order the message names them.
PARTS = [
    ("sections", "kop", "koppen"),
    ("steps", "stap", "stappen"),
    ("faq", "vraag met antwoord", "vragen met antwoord"),
    ("rights_duties", "recht of plicht", "rechten en plichten"),
    ("list_items", "punt in een opsomming", "punten in opsommingen"),
    ("paragraphs", "alinea in de brief", "alinea's in de brief"),
]


def _text(value) -> str:
    return str(getattr(value, "source", value) or "").strip()


def _has_text(value) -> bool:
    return bool(re.sub(r"<[^>]+>", "", _text(value)).strip())


def _list_items(value) -> int:
    return len(LIST_ITEM.findall(_text(value)))


def count_parts(obj) -> dict[str, int]:
    """How many sections, steps and items `obj` has; only parts with text count."""
    counts = {key: 0 for key, _one, _many in PARTS}
    if isinstance(obj, InformationPage):
        for child in obj.body:
            kind, value = child.block_type, child.value
            if kind == "heading" and _has_text(value["text"]):
                counts["sections"] += 1
            elif kind == "steps":
                counts["steps"] += sum(1 for step in value["steps"] if _has_text(step["title"]))
                counts["list_items"] += sum(_list_items(step["text"]) for step in value["steps"])
            elif kind == "faq":
                counts["faq"] += sum(
                    1
                    for item in value["items"]
                    if _has_text(item["question"]) and _has_text(item["answer"])
                )
                counts["list_items"] += sum(_list_items(item["answer"]) for item in value["items"])
            elif kind in ("paragraph", "important"):
                counts["list_items"] += _list_items(value if kind == "paragraph" else value["text"])
    elif isinstance(obj, RightsDutiesPage):
        for child in obj.items:
            value = child.value
            if _has_text(value["title"]) and _has_text(value["explanation"]):
                counts["rights_duties"] += 1
            counts["steps"] += sum(1 for step in value["steps"] if _has_text(step))
            for name in ("explanation", "consequences", "help"):
                counts["list_items"] += _list_items(value[name])
    elif isinstance(obj, LetterTemplate):
        for child in obj.body:
            text = child.value if child.block_type == "paragraph" else child.value["text"]
            counts["paragraphs"] += 1 if _has_text(text) else 0
            counts["list_items"] += _list_items(text)
    elif isinstance(obj, StandardText):
        counts["list_items"] += _list_items(obj.body)
    return counts


def _snapshot_of(source):
    """The source as it was when it was sent for translation, or the live source."""
    from wagtail_localize.models import TranslationSource

    snapshot = TranslationSource.objects.get_for_instance_or_none(source)
    if snapshot is None:
        return source
    try:
        return snapshot.as_instance()
    except Exception:  # noqa: BLE001  (an old snapshot may no longer fit the model)
        return source


def _variable_signature(letter):
    return [(block.value["name"], block.value["type"]) for block in letter.variables]


def parity_problems(obj) -> list[tuple[str, str]]:
    if tracking.is_variant(obj) or not isinstance(
        obj, InformationPage | RightsDutiesPage | LetterTemplate | StandardText
    ):
        return []
    source = tracking.source_of(obj)
    if source is None:
        return []
    if isinstance(source, Page):
        source = source.specific
    original = _snapshot_of(source)
    mine, theirs = count_parts(obj), count_parts(original)
    problems = []
    for key, one, many in PARTS:
        if mine[key] < theirs[key]:
            problems.append(
                (
                    f"parity.{key}",
                    _(
                        "De vertaling heeft %(mine)s %(mine_word)s, het origineel %(theirs)s. "
                        "Vertaal alle %(many)s."
                    )
                    % {
                        "mine": mine[key],
                        "mine_word": one if mine[key] == 1 else many,
                        "theirs": theirs[key],
                        "many": many,
                    },
                )
            )
    if isinstance(obj, LetterTemplate) and _variable_signature(obj) != _variable_signature(
        original
    ):
        problems.append(
            (
                "parity.variables",
                _(
                    "De variabelen van de vertaling zijn anders dan in het origineel. "
                    "Namen en soorten van variabelen moeten precies hetzelfde blijven."
                ),
            )
        )
    return problems
