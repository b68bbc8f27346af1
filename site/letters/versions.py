"""Recording approved letter texts and finding them back by sha256.

Every approved text the service serves or publishes is recorded (once) before a
response leaves, so any sha256 a caseworker ever received can be fetched and
rendered again later, also after the template was edited or its revisions purged.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db import IntegrityError, transaction
from helder.memo import GenerationMemo
from wagtail.log_actions import registry as log_registry
from wagtail.models import Revision

from content_models.models import LetterTemplate

from .approved import (
    CACHE_PREFIX,
    ApprovedLetter,
    approved_letter,
    find_letter_family,
    live_templates,
)
from .models import ApprovedLetterVersion


def record(letter: ApprovedLetter) -> None:
    """Store `letter`'s approved text if this exact text is not stored yet."""
    flag = f"{CACHE_PREFIX}:recorded:{letter.sha256}"
    if cache.get(flag):
        return
    _store(letter)
    cache.set(flag, True, timeout=None)


def _store(letter: ApprovedLetter) -> bool:
    """Insert the text unless present; True if it was new."""
    if ApprovedLetterVersion.objects.filter(sha256=letter.sha256).exists():
        return False
    try:
        # A savepoint, so a concurrent insert of the same text does not break
        # an outer transaction (the publish action runs in one).
        with transaction.atomic():
            ApprovedLetterVersion.objects.create(
                sha256=letter.sha256,
                code=letter.code,
                language=letter.language,
                translation_key=letter.translation_key,
                revision_id=letter.revision_id,
                approved_at=letter.approved_at,
                content=letter.content,
                metadata=letter.metadata,
            )
    except IntegrityError:
        return False  # recorded by a parallel request in the meantime
    return True


# Resolved and recorded letter families, dropped whenever a letter or standard text row
# changes (signals.py): a render then reads one cache key instead of running queries.
families = GenerationMemo("letter-families")


def letter_family(code: str) -> dict[str, ApprovedLetter]:
    """The approved letter `code` in each language it is approved in, Dutch first; each
    one recorded. Empty if there is no approved Dutch letter with this code."""
    family = families.get(code)
    if family is None:
        family = _resolve_family(code)
        if family:  # unknown codes are not kept: anyone can send any number of them
            families.set(code, family)
    return family


def _resolve_family(code: str) -> dict[str, ApprovedLetter]:
    letter, rows = find_letter_family(code)
    if letter is None:
        return {}
    family = {letter.language: letter}
    for language, row in rows.items():
        if language != letter.language and (translation := approved_letter(row)):
            family[language] = translation
    for member in family.values():
        record(member)
    return family


def record_all_live_letters() -> None:
    """After a standard text is published: letters that end with it have a new text."""
    # Resolving closing texts per letter is cheap and publishing is rare, so record
    # every live letter instead of guessing which ones use the text (or its translation).
    for template in live_templates():
        letter = approved_letter(template)
        if letter:
            record(letter)


def find_version(code: str, sha256: str) -> ApprovedLetterVersion | None:
    """The recorded approved text with this sha256 for the letter `code` (any language)."""
    version = ApprovedLetterVersion.objects.filter(sha256=sha256, code=code).first()
    if version is None and backfill_published_revisions(code):
        version = ApprovedLetterVersion.objects.filter(sha256=sha256, code=code).first()
    return version


def backfill_published_revisions(code: str) -> int:
    """Record letter revisions that were published before this service recorded them.

    Old revisions are combined with the standard texts that are live *now*: what they
    were at the time is not known. Returns how many new texts were recorded.
    """
    added = 0
    for template in LetterTemplate.objects.filter(code=code).select_related("locale"):
        published_ids = set(
            log_registry.get_logs_for_instance(template)
            .filter(action="wagtail.publish", revision__isnull=False)
            .values_list("revision_id", flat=True)
        )
        for revision in Revision.objects.filter(pk__in=published_ids).order_by("created_at"):
            letter = _letter_at_revision(template, revision)
            if letter.code == code and _store(letter):
                added += 1
    return added


def _letter_at_revision(template: LetterTemplate, revision: Revision) -> ApprovedLetter:
    # Build the approved text as if `revision` were live, without touching the row.
    snapshot = LetterTemplate(
        pk=template.pk,
        live=True,
        live_revision_id=revision.pk,
        locale=template.locale,
        translation_key=template.translation_key,
        last_published_at=revision.created_at,
    )
    return approved_letter(snapshot)
