"""A published change notice goes out by mail once the publish is committed."""

from django.db import transaction
from wagtail.signals import published

from content_models.notices import ChangeNotice
from translations import locales


def notice_published(sender, instance, **kwargs):
    # Mails are built from the Dutch notice (and its translations at sending time); a
    # translation's own publish sends nothing new.
    if instance.locale.language_code != locales.source_language():
        return
    from .tasks import dispatch_notice

    notice_id = instance.pk
    transaction.on_commit(lambda: dispatch_notice.enqueue(notice_id))


published.connect(notice_published, sender=ChangeNotice, dispatch_uid="subscriptions-notice")
