"""Approved letters: what the live revisions say, never the draft fields on the row.

A LetterTemplate row holds the latest *draft* when there are unpublished changes,
so every read here goes through `live_revision`. Revision content never changes,
so the parsed content of a revision is cached without expiry.

Canonical content and its hash
------------------------------
The version of a letter is the sha256 of this JSON document (UTF-8,
``json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))``)::

    {"schema": 1, "code": ..., "language": "nl",
     "subject": "...",                     # plain text with {{ placeholders }}
     "variables": [{"name", "type", "required", "description", "example", "choices"}],
                                           # a normbedrag variable also has "amount":
                                           # {"code", "moment", "date_variable",
                                           #  "choice_variable", "per_choice"}
     "body": [{"type": "paragraph", "html": "..."},
              {"type": "conditional", "variable": "...", "html": "..."}],
     "closing": [{"key", "title", "body"}]}   # the live standard texts, resolved

Rich text is hashed as stored (Wagtail's database HTML). Title, domain, case type
and other descriptive fields are left out: they do not change what a citizen reads.
Because closing texts are resolved, publishing a standard text gives the letters
that use it a new sha256 too: the letter a citizen receives has changed.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Revision

from content_models.models import LetterTemplate, StandardText

CACHE_PREFIX = "helder.letters"
SCHEMA_VERSION = 1
METADATA_FIELDS = ["title", "domain", "purpose", "case_type", "document_type"]


@dataclass(frozen=True)
class ApprovedLetter:
    """One approved letter text in one language, with what identifies its version."""

    template_pk: int
    translation_key: str
    language: str
    revision_id: int
    approved_at: datetime.datetime
    content: dict
    metadata: dict
    sha256: str = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "sha256", canonical_sha256(self.content))

    @property
    def code(self) -> str:
        return self.content["code"]

    @property
    def variables(self) -> list[dict]:
        return self.content["variables"]

    def version(self) -> dict:
        return {
            "revision_id": self.revision_id,
            "sha256": self.sha256,
            "approved_at": self.approved_at,
        }


def canonical_json(content: dict) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical_sha256(content: dict) -> str:
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def source_language() -> str:
    """The language of the binding letters (Dutch); no database query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def _rich_source(value) -> str:
    return getattr(value, "source", value) or ""


def letter_revision_content(revision_id: int) -> dict:
    """The letter fields of one revision, as plain data (cached: revisions are immutable)."""
    key = f"{CACHE_PREFIX}:letter-revision:{revision_id}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    revision = Revision.objects.get(pk=revision_id)
    letter = revision.as_object()
    body = []
    for block in letter.body:
        if block.block_type == "paragraph":
            body.append({"type": "paragraph", "html": _rich_source(block.value)})
        elif block.block_type == "conditional":
            body.append(
                {
                    "type": "conditional",
                    "variable": block.value["variable"],
                    "html": _rich_source(block.value["text"]),
                }
            )
    data = {
        "object_id": str(revision.object_id),
        "code": letter.code,
        "subject": letter.subject,
        "variables": [variable_content(block.value) for block in letter.variables],
        "body": body,
        # Raw ids: the chooser block would fetch each snippet's draft row otherwise.
        "closing_ids": [
            item["value"] for item in letter.closing.raw_data if item.get("type") == "standard_text"
        ],
        "metadata": {name: getattr(letter, name) for name in METADATA_FIELDS},
    }
    cache.set(key, data, timeout=None)
    return data


def variable_content(value) -> dict:
    """One variable as approved content; a normbedrag also says which amount it shows."""
    data = {
        "name": value["name"],
        "type": value["type"],
        "required": bool(value["required"]),
        "description": value["description"],
        "example": value["example"] or "",
        "choices": [choice for choice in value["choices"] if choice],
    }
    if value["type"] == "normbedrag":
        # Only on normbedrag variables, so the sha256 of every other letter stays the same.
        data["required"] = False  # nobody fills it in
        data["amount"] = {
            "code": value.get("amount_code") or "",
            "moment": value.get("amount_moment") or "op_datum",
            "date_variable": value.get("amount_date") or None,
            "choice_variable": value.get("amount_choice") or None,
            "per_choice": {
                item["choice"]: item["code"]
                for item in value.get("amount_per_choice") or []
                if item and item.get("choice") and item.get("code")
            },
        }
    return data


def standard_text_revision_content(revision_id: int) -> dict:
    key = f"{CACHE_PREFIX}:text-revision:{revision_id}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    text = Revision.objects.get(pk=revision_id).as_object()
    data = {
        "key": text.key,
        "title": text.title,
        "kind": text.kind,
        "body": _rich_source(text.body),
    }
    cache.set(key, data, timeout=None)
    return data


def _closing_texts(closing_ids: list, locale_id: int) -> tuple[list[dict], list]:
    """The live standard texts a letter ends with, in the letter's language where one exists."""
    if not closing_ids:
        return [], []
    referenced = {
        text.pk: text
        for text in StandardText.objects.filter(pk__in=closing_ids, live=True).only(
            "pk", "translation_key", "locale_id", "live_revision_id", "last_published_at"
        )
    }
    foreign_keys = [t.translation_key for t in referenced.values() if t.locale_id != locale_id]
    localised = {}
    if foreign_keys:
        localised = {
            text.translation_key: text
            for text in StandardText.objects.filter(
                translation_key__in=foreign_keys, locale_id=locale_id, live=True
            ).only("pk", "translation_key", "live_revision_id", "last_published_at")
        }
    texts, published_at = [], []
    for pk in closing_ids:
        text = referenced.get(pk)
        if text is None or text.live_revision_id is None:
            continue  # withdrawn texts are not part of an approved letter
        text = localised.get(text.translation_key, text)
        data = standard_text_revision_content(text.live_revision_id)
        texts.append({name: data[name] for name in ("key", "title", "body")})
        published_at.append(text.last_published_at)
    return texts, published_at


def approved_letter(template: LetterTemplate) -> ApprovedLetter | None:
    """The approved text of `template` (any locale), or None if nothing is live."""
    if not template.live or template.live_revision_id is None:
        return None
    data = letter_revision_content(template.live_revision_id)
    if data["object_id"] != str(template.pk):
        # A copy (e.g. copy_for_translation) can carry its source's live revision
        # pointer before it was ever published itself; that is not its approved text.
        return None
    closing, closing_published = _closing_texts(data["closing_ids"], template.locale_id)
    content = {
        "schema": SCHEMA_VERSION,
        "code": data["code"],
        "language": template.locale.language_code,
        "subject": data["subject"],
        "variables": data["variables"],
        "body": data["body"],
        "closing": closing,
    }
    moments = [m for m in [template.last_published_at, *closing_published] if m]
    return ApprovedLetter(
        template_pk=template.pk,
        translation_key=str(template.translation_key),
        language=template.locale.language_code,
        revision_id=template.live_revision_id,
        approved_at=max(moments) if moments else template.first_published_at,
        content=content,
        metadata=data["metadata"],
    )


ROW_FIELDS = [
    "pk",
    "code",
    "translation_key",
    "locale__language_code",
    "live",
    "live_revision_id",
    "last_published_at",
    "first_published_at",
]


def live_templates():
    # Only the bookkeeping columns: the content comes from the live revision, and
    # loading the StreamFields of the row (the draft) would only cost time.
    return (
        LetterTemplate.objects.filter(live=True, live_revision__isnull=False)
        .select_related("locale")
        .only(*ROW_FIELDS)
    )


def approved_source_letters() -> list[ApprovedLetter]:
    """Every approved letter in the source language (Dutch), ordered by code."""
    templates = live_templates().filter(locale__language_code=source_language())
    letters = [approved_letter(template) for template in templates]
    return sorted((letter for letter in letters if letter), key=lambda letter: letter.code)


def find_letter_family(code: str) -> tuple[ApprovedLetter | None, dict]:
    """The approved Dutch letter whose *approved* code is `code`, and its live language rows.

    The second value maps each language with a live version (Dutch first) to its row.
    One query on the usual path: it renders on every request.
    """
    source = source_language()
    same_letter = LetterTemplate.objects.filter(code=code, locale__language_code=source)
    rows = list(live_templates().filter(translation_key__in=same_letter.values("translation_key")))
    for template in rows:
        if template.locale.language_code != source:
            continue
        letter = approved_letter(template)
        # A draft may have renamed the row's code; the approved content decides.
        if letter and letter.code == code:
            family = [row for row in rows if row.translation_key == template.translation_key]
            return letter, _by_language(family)
    for letter in approved_source_letters():  # renamed in a draft: scan the approved codes
        if letter.code == code:
            family = live_templates().filter(translation_key=letter.translation_key)
            return letter, _by_language(family)
    return None, {}


def _by_language(rows) -> dict:
    source = source_language()
    ordered = sorted(
        rows, key=lambda row: (row.locale.language_code != source, row.locale.language_code)
    )
    return {row.locale.language_code: row for row in ordered}


def available_languages(translation_keys) -> dict[str, list[str]]:
    """For each translation key: the languages with a live version, Dutch first."""
    source = source_language()
    found: dict[str, set[str]] = {}
    rows = live_templates().filter(translation_key__in=list(translation_keys))
    for key, language in rows.values_list("translation_key", "locale__language_code"):
        found.setdefault(str(key), set()).add(language)
    return {
        key: sorted(languages, key=lambda lang: (lang != source, lang))
        for key, languages in found.items()
    }
