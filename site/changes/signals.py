"""Draft a notice when an amount changes; forget shown banners when a live notice goes."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from helder.public.cache import invalidate_all
from wagtail.signals import published

from content_models.amounts import Normbedrag
from content_models.notices import ChangeNotice

from .drafts import draft_notices


@receiver(published, sender=Normbedrag, dispatch_uid="helder.changes.draft_notices")
def draft_notices_for_new_periods(sender, instance, **kwargs):
    if instance.live:  # a publish scheduled for later sends the signal too
        draft_notices(instance)


@receiver(post_delete, sender=ChangeNotice, dispatch_uid="helder.changes.forget_deleted")
def forget_deleted_notice(sender, instance, **kwargs):
    # Publishing and unpublishing already start a new generation (helder.public.signals);
    # deleting a live notice must take its banner and list entry away too.
    if instance.live:
        invalidate_all()
