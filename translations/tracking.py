"""Out-of-date detection: was a translation or variant made from the current original?

The original of a translation is the object with the same translation_key in the default
locale; the original of an accessible variant is its page. When a translation or variant
is published, `record_publication` stores which live version of the original it was made
from. It is outdated ("verouderd") once the original has a newer live version.
"""

import hashlib
import json

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import DraftStateMixin, Locale, Page, RevisionMixin, TranslatableMixin

from .models import VARIANT_MODELS, SourceRecord

MISSING, DRAFT, LIVE, OUTDATED = "missing", "draft", "live", "outdated"
STATUS_LABELS = {
    MISSING: "ontbreekt",
    DRAFT: "concept",
    LIVE: "live",
    OUTDATED: "verouderd",
}


def content_type_of(obj):
    return ContentType.objects.get_for_model(obj, for_concrete_model=False)


def is_variant(obj) -> bool:
    return isinstance(obj, VARIANT_MODELS)


def source_of(obj):
    """The original that `obj` translates or adapts, or None when `obj` is an original."""
    if is_variant(obj):
        return obj.page.specific if obj.page_id else None
    if not isinstance(obj, TranslatableMixin) or not obj.locale_id:
        return None
    default = Locale.get_default()
    if obj.locale_id == default.pk:
        return None
    model = type(obj)
    if isinstance(obj, Page):
        original = Page.objects.filter(translation_key=obj.translation_key, locale=default).first()
        return original.specific if original else None
    return model.objects.filter(translation_key=obj.translation_key, locale=default).first()


def fingerprint(obj) -> str:
    """A hash of the text of an original without revisions (glossary terms)."""
    from wagtail_localize.fields import get_translatable_fields

    values = {}
    for field in get_translatable_fields(type(obj)):
        if field.is_translated(obj):
            values[field.field_name] = str(field.get_value(obj))
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()


def _snapshot_time(obj, source):
    """When wagtail-localize took the snapshot this translation was made from, if it did."""
    from wagtail_localize.models import TranslationSource

    if is_variant(obj):
        return None
    snapshot = TranslationSource.objects.get_for_instance_or_none(source)
    return snapshot.last_updated_at if snapshot else None


def record_publication(obj, when=None):
    """Remember which version of its original `obj` was made from. Nothing for originals."""
    source = source_of(obj)
    if source is None:
        return None
    when = when or timezone.now()
    revision_id = getattr(source, "live_revision_id", None)
    source_published_at = getattr(source, "last_published_at", None)
    snapshot_time = _snapshot_time(obj, source)
    if (
        snapshot_time is not None
        and source_published_at is not None
        and snapshot_time < source_published_at
    ):
        # Translated from an older snapshot than the live original: honest, so outdated.
        revision_id, source_published_at = None, snapshot_time
    record, _ = SourceRecord.objects.update_or_create(
        content_type=content_type_of(obj),
        object_id=str(obj.pk),
        defaults={
            "source_content_type": content_type_of(source),
            "source_object_id": str(source.pk),
            "source_revision_id": revision_id,
            "source_published_at": source_published_at or when,
            "source_fingerprint": "" if isinstance(source, RevisionMixin) else fingerprint(source),
            "published_at": when,
        },
    )
    return record


def record_for(obj):
    return SourceRecord.objects.filter(
        content_type=content_type_of(obj), object_id=str(obj.pk)
    ).first()


def is_outdated(obj, source=None, record=None) -> bool:
    """True when the original has a newer live version than the one `obj` was made from."""
    source = source if source is not None else source_of(obj)
    if source is None:
        return False
    record = record if record is not None else record_for(obj)
    if not isinstance(source, RevisionMixin):
        if record is None:
            return False  # a glossary term saved before tracking: nothing to compare with
        return record.source_fingerprint != fingerprint(source)
    if not getattr(source, "live", True):
        return False  # an unpublished original cannot make anything outdated
    if record is None:
        # Published before this app kept records: compare publication dates instead.
        mine, theirs = getattr(obj, "last_published_at", None), source.last_published_at
        return bool(mine and theirs and mine < theirs)
    return record.source_revision_id != source.live_revision_id


def is_live(obj) -> bool:
    if isinstance(obj, Page):
        return obj.live and not obj.alias_of_id
    if isinstance(obj, DraftStateMixin):
        return obj.live
    return True  # models without drafts are live once saved


def status_of(obj, source=None, record=None) -> str:
    if obj is None or (isinstance(obj, Page) and obj.alias_of_id):
        # wagtail-localize's alias copies of parent pages show Dutch text: no translation.
        return MISSING
    if not is_live(obj):
        return DRAFT
    return OUTDATED if is_outdated(obj, source, record) else LIVE


def outdated_dates(obj):
    """(when `obj` was published, when the original last changed, the original), or None."""
    source = source_of(obj)
    if source is None or not is_outdated(obj, source):
        return None
    record = record_for(obj)
    made_on = getattr(obj, "last_published_at", None) or (record.published_at if record else None)
    return made_on, getattr(source, "last_published_at", None), source
