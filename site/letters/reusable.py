"""Reusable blocks for letters: approved standard texts and the rights-and-duties pages.

As for letters, only what was published counts: the live revision, never a draft.
"""

from __future__ import annotations

from content_models.models import RightsDutiesPage, StandardText

from .approved import standard_text_revision_content
from .present import safe_html


def live_standard_texts(language: str | None = None):
    texts = StandardText.objects.filter(live=True, live_revision__isnull=False).select_related(
        "locale"
    )
    if language:
        texts = texts.filter(locale__language_code=language)
    return texts.order_by("locale__language_code", "pk")


def standard_text_data(text: StandardText) -> dict:
    data = standard_text_revision_content(text.live_revision_id)
    return {
        "id": text.pk,
        "key": data["key"],
        "title": data["title"],
        "kind": data["kind"],
        "language": text.locale.language_code,
        "body": safe_html(data["body"]),
        "version": {"revision_id": text.live_revision_id, "approved_at": text.last_published_at},
    }


def live_rights_duties_pages(language: str | None = None):
    pages = RightsDutiesPage.objects.live().select_related("locale", "live_revision")
    if language:
        pages = pages.filter(locale__language_code=language)
    return pages.order_by("path")


def rights_duties_data(page: RightsDutiesPage) -> dict:
    # A page row holds its live content, but a revision is the record of what was approved.
    live = page.live_revision.as_object() if page.live_revision_id else page
    return {
        "id": page.pk,
        "title": live.title,
        "language": page.locale.language_code,
        "intro": live.intro,
        "law": live.law,
        "article": live.article,
        "law_url": live.law_url,
        "items": [
            {
                "kind": item.value["kind"],
                "title": item.value["title"],
                "explanation": safe_html(_source(item.value["explanation"])),
                "consequences": safe_html(_source(item.value["consequences"])),
                "steps": [step for step in item.value["steps"] if step],
                "help": safe_html(_source(item.value["help"])),
            }
            for item in live.items
        ],
        "version": {
            "revision_id": page.live_revision_id,
            "approved_at": page.last_published_at,
        },
    }


def _source(value) -> str:
    return getattr(value, "source", value) or ""
