"""Background work: sending the mails, and deleting subscriptions nobody confirmed.

Tasks take ids, never addresses: task rows and their tracebacks stay free of personal
data. Sending goes through Django's mail backend (SMTP in production). A failed send
raises, so `retried_task` tries again later; a notice is only marked as sent (Delivery)
once the mail server accepted the mail, so a failure never loses a notice: the next
attempt, or the next run, sends it again.
"""

from __future__ import annotations

import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task
from helder.tasks.retry import retried_task

from content_models.notices import ChangeNotice
from translations import locales

from . import mails
from .models import ON_PUBLICATION, WEEKLY, Delivery, Subscription

# Five attempts, 5 minutes apart and doubling: about 2.5 hours for a mail server to return.
ATTEMPTS = 5
BACKOFF = 300


def confirm_days() -> int:
    return getattr(settings, "HELDER_SUBSCRIPTIONS_CONFIRM_DAYS", 7)


class MailNotSent(Exception):
    """A send that failed, without the address: the task row keeps this traceback."""


class MailRefused(MailNotSent):
    """The receiving server refused the address for good (5xx): a hard bounce."""


def max_bounces() -> int:
    return getattr(settings, "HELDER_SUBSCRIPTIONS_MAX_BOUNCES", 10)


def _send(message) -> None:
    try:
        with get_connection(fail_silently=False) as connection:
            message.connection = connection
            message.send(fail_silently=False)
    except (smtplib.SMTPException, OSError) as error:
        # smtplib's errors can quote the recipient ("550 <naam@…> unknown"); keep only the
        # kind of error and the server's code. `from None` drops the original traceback.
        if isinstance(error, smtplib.SMTPRecipientsRefused):
            codes = [code for code, _reply in error.recipients.values()]
            kind = MailRefused if codes and min(codes) >= 500 else MailNotSent
            raise kind(f"SMTPRecipientsRefused {' '.join(map(str, codes))}") from None
        code = getattr(error, "smtp_code", None) or getattr(error, "errno", None) or ""
        raise MailNotSent(f"{type(error).__name__} {code}".strip()) from None


@retried_task(attempts=ATTEMPTS, backoff=BACKOFF)
def send_confirmation(subscription_id: int) -> str:
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None or not subscription.confirm_nonce:
        return "nothing to confirm"  # expired, unsubscribed or confirmed meanwhile
    _send(mails.confirmation(subscription))
    return "sent"


@retried_task(attempts=ATTEMPTS, backoff=BACKOFF)
def send_unsubscribe_link(subscription_id: int) -> str:
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None:
        return "already unsubscribed"
    _send(mails.unsubscribe_link(subscription))
    return "sent"


def due_notices(subscription: Subscription) -> list[ChangeNotice]:
    """Live Dutch notices on the subscriber's topics, published since they confirmed, that
    their mail server has not accepted yet (oldest ingangsdatum first)."""
    if not subscription.confirmed:
        return []
    sent = Delivery.objects.filter(subscription=subscription).values("notice_id")
    return list(
        ChangeNotice.objects.filter(
            live=True,
            locale__language_code=locales.source_language(),
            topic__in=subscription.topic_list,
            first_published_at__gte=subscription.confirmed_at,
        )
        .exclude(pk__in=sent)
        .select_related("locale")
        .order_by("effective_date", "pk")
    )


def record_bounce(subscription_id: int) -> None:
    """Count a hard bounce; at HELDER_SUBSCRIPTIONS_MAX_BOUNCES in a row the address does
    not work, and keeping it serves nobody: the subscription is deleted."""
    Subscription.objects.filter(pk=subscription_id).update(bounces=F("bounces") + 1)
    Subscription.objects.filter(pk=subscription_id, bounces__gte=max_bounces()).delete()


@retried_task(attempts=ATTEMPTS, backoff=BACKOFF)
def send_digest(subscription_id: int) -> dict:
    try:
        return _send_digest(subscription_id)
    except MailRefused:
        record_bounce(subscription_id)
        raise


def _send_digest(subscription_id: int) -> dict:
    with transaction.atomic():
        # The row lock keeps two runs for one subscriber (a publication during the weekly
        # run) from sending the same notice twice.
        subscription = Subscription.objects.select_for_update().filter(pk=subscription_id).first()
        if subscription is None:
            return {"sent": 0}
        notices = due_notices(subscription)
        if not notices:
            return {"sent": 0}
        _send(mails.digest(subscription, notices))
        if subscription.bounces:
            Subscription.objects.filter(pk=subscription.pk).update(bounces=0)
        Delivery.objects.bulk_create(
            [Delivery(subscription=subscription, notice=notice) for notice in notices],
            ignore_conflicts=True,
        )
    return {"sent": len(notices)}


def _enqueue_digests(subscriptions) -> int:
    count = 0
    for subscription_id in subscriptions.values_list("pk", flat=True).iterator():
        send_digest.enqueue(subscription_id)
        count += 1
    return count


@task()
def dispatch_notice(notice_id: int) -> dict:
    """A notice was published: one mail task per "meteen" subscriber of its topic."""
    notice = ChangeNotice.objects.filter(pk=notice_id, live=True).first()
    if notice is None:
        return {"queued": 0}
    subscriptions = Subscription.objects.filter(
        frequency=ON_PUBLICATION,
        confirmed_at__isnull=False,
        topics__contains=f",{notice.topic},",
    )
    return {"queued": _enqueue_digests(subscriptions)}


@task()
def send_weekly() -> dict:
    """The weekly run (cron: `manage.py send_weekly_digest`): a mail task per weekly
    subscriber; subscribers without anything new get no mail."""
    subscriptions = Subscription.objects.filter(frequency=WEEKLY, confirmed_at__isnull=False)
    return {"queued": _enqueue_digests(subscriptions)}


@task()
def send_overdue() -> dict:
    """The catch-up (cron: `manage.py send_overdue_mails`): "meteen" subscribers whose mail
    failed on every attempt get it now, so a long mail-server outage loses nothing."""
    subscriptions = Subscription.objects.filter(
        frequency=ON_PUBLICATION, confirmed_at__isnull=False
    )
    overdue = [
        subscription for subscription in subscriptions.iterator() if due_notices(subscription)
    ]
    for subscription in overdue:
        send_digest.enqueue(subscription.pk)
    return {"queued": len(overdue)}


def expire(now=None) -> dict:
    """Delete subscriptions never confirmed within the confirm period, and forget changes
    to confirmed ones that were never confirmed (their links stop working)."""
    limit = (now or timezone.now()) - timedelta(days=confirm_days())
    _total, detail = Subscription.objects.filter(
        confirmed_at__isnull=True, requested_at__lt=limit
    ).delete()
    forgotten = (
        Subscription.objects.filter(confirmed_at__isnull=False, requested_at__lt=limit)
        .exclude(confirm_nonce="")
        .update(confirm_nonce="", pending_topics="", pending_frequency="", pending_language="")
    )
    return {"deleted": detail.get(Subscription._meta.label, 0), "forgotten": forgotten}


@task()
def expire_unconfirmed() -> dict:
    return expire()


def schedule_expiry() -> None:
    """Queue a clean-up for when a new request's link runs out, where the queue can wait
    (the database backend); elsewhere the daily cron command does it."""
    if not expire_unconfirmed.get_backend().supports_defer:
        return
    run_after = timezone.now() + timedelta(days=confirm_days(), minutes=5)
    expire_unconfirmed.using(run_after=run_after).enqueue()
