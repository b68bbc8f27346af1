"""Which recorded decision lets a text through the gate: bound to the text, not a revision.

An exception (Beheer) or a human "dit is B1" confirmation (Versimpelteam, grey zone) is
stored with the hash of the text the gate scores. Publishing the same text again, from
any path and in any new revision, finds it; any change to the scored text gives another
hash and voids it.
"""

import hashlib
import json

from django.contrib.contenttypes.models import ContentType

from .models import ReadabilityException
from .review_models import HumanCheckConfirmation


def text_hash(blocks) -> str:
    """A stable fingerprint of the scored blocks (`gate.gated_type(obj).blocks(obj)`)."""
    serialized = json.dumps(
        blocks, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(serialized.encode("utf-8")).hexdigest()


def _for_object(model, obj):
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    return model.objects.filter(content_type=content_type, object_id=str(obj.pk))


def matching(obj, blocks, decision):
    """The exception or human confirmation that covers exactly this text, if any."""
    if obj.pk is None:
        return None
    digest = text_hash(blocks)
    found = _for_object(ReadabilityException, obj).filter(text_hash=digest).last()
    if found is None and decision.human_check:
        found = _for_object(HumanCheckConfirmation, obj).filter(text_hash=digest).first()
    return found
