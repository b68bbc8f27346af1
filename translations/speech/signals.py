"""A publish enqueues the read-aloud after the commit; a removed track takes its file along."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import published

from translations.models import SpeechTrack

from . import service


def on_published(sender, instance, revision=None, **kwargs):
    if revision is None or not getattr(settings, "HELDER_SPEECH_ON_PUBLISH", True):
        return
    if not service.speakable(instance):
        return
    from .tasks import make_speech

    # After the commit: the worker must find the revision, and a refused or rolled-back
    # publish must make no sound.
    transaction.on_commit(lambda: make_speech.enqueue(revision.pk))


def on_track_deleted(sender, instance, **kwargs):
    if instance.audio:
        instance.audio.delete(save=False)


def install():
    published.connect(on_published, dispatch_uid="translations_speech_on_publish")
    post_delete.connect(
        on_track_deleted, sender=SpeechTrack, dispatch_uid="translations_speech_file"
    )
