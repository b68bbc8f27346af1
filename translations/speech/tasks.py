"""The background task that makes a read-aloud after a publish (django-tasks)."""

import logging

from django_tasks import task
from wagtail.models import Revision

from . import engine, service

logger = logging.getLogger(__name__)


@task()
def make_speech(revision_id: int) -> dict:
    """Speak the revision if it is still the live one; a newer publish has its own task."""
    revision = Revision.objects.filter(pk=revision_id).first()
    obj = service.revision_object(revision) if revision is not None else None
    if obj is None or not getattr(obj, "live", False) or obj.live_revision_id != revision_id:
        return {"made": False, "reason": "not live"}
    try:
        track = service.make_for(obj, revision)
    except engine.SpeechUnavailable as error:
        # Logged without content: the page says plainly that there is no read-aloud yet.
        logger.warning("No read-aloud for revision %s: %s", revision_id, error)
        return {"made": False, "reason": "unavailable"}
    return {"made": track is not None, "duration": track.duration if track else 0}
