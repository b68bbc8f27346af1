"""One speech track per published revision and language, kept in Django's default storage.

`make_for` is the only place that runs espeak-ng; it is called from the background task
and from load_demo, never from a public view. `track_for` is what a view calls: a lookup.
"""

import logging

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from content_models.models import InformationPage, RightsDutiesPage
from translations.models import EasyReadVariant, SpeechTrack

from . import engine
from .text import spoken_text

logger = logging.getLogger(__name__)

# What gets a read-aloud: the pages citizens read, and their easy-read versions.
SPEAKABLE_TYPES = (InformationPage, RightsDutiesPage, EasyReadVariant)


def speakable(obj) -> bool:
    return isinstance(obj, SPEAKABLE_TYPES) and not getattr(obj, "alias_of_id", None)


def language_of(obj) -> str:
    return obj.locale.language_code


def track_for(obj) -> SpeechTrack | None:
    """The finished track of what is live now, or None: a lookup, nothing is generated."""
    if not speakable(obj) or not obj.live_revision_id:
        return None
    return SpeechTrack.objects.filter(
        revision_id=obj.live_revision_id, language=language_of(obj)
    ).first()


def make_for(obj, revision=None) -> SpeechTrack | None:
    """Generate the track of `revision` (default: the live one) unless it exists already.

    Raises engine.SpeechUnavailable when espeak-ng cannot speak; nothing is stored then.
    """
    revision = revision or obj.live_revision
    if revision is None or not speakable(obj):
        return None
    language = language_of(obj)
    existing = SpeechTrack.objects.filter(revision=revision, language=language).first()
    if existing is not None:
        return existing
    content = revision.as_object()
    text = spoken_text(content, language)
    audio = engine.synthesize(text, language)
    track = SpeechTrack(
        revision=revision,
        language=language,
        mime_type=audio.mime_type,
        duration=audio.duration,
        word_count=len(text.split()),
    )
    name = f"{slugify(content.title)[:60] or 'pagina'}-{revision.pk}.{audio.extension}"
    track.audio.save(name, ContentFile(audio.data), save=False)
    try:
        with transaction.atomic():
            track.save()
    except IntegrityError:
        # Another worker finished the same revision first: keep theirs.
        track.audio.delete(save=False)
        return SpeechTrack.objects.get(revision=revision, language=language)
    _forget_older_tracks(track)
    return track


def _forget_older_tracks(track):
    """Tracks of the object's earlier revisions are never played again: remove them."""
    revision = track.revision
    older = SpeechTrack.objects.filter(
        revision__base_content_type_id=revision.base_content_type_id,
        revision__object_id=revision.object_id,
        language=track.language,
    ).exclude(pk=track.pk)
    for old in older:
        old.delete()  # the file goes with it (signals.py)


def live_speakable_objects():
    """Every live page and easy-read version that should have a read-aloud."""
    for model in (InformationPage, RightsDutiesPage):
        yield from model.objects.live().filter(alias_of__isnull=True).select_related("locale")
    yield from EasyReadVariant.objects.filter(live=True).select_related("page__locale")


def make_missing() -> int:
    """Generate every missing track (load_demo, or after installing espeak-ng); the count made."""
    made = 0
    for obj in live_speakable_objects():
        if track_for(obj) is None and make_for(obj) is not None:
            made += 1
    return made


def revision_object(revision):
    """The object a revision belongs to, as it is now (None when it was deleted)."""
    model = revision.content_type.model_class()
    return model.objects.filter(pk=revision.object_id).first() if model else None
