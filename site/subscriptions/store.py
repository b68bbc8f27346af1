"""Asking for a subscription, confirming it and ending it: the database side.

Every path that a visitor can start answers the same way whether or not the address is
known; what differs happens in the mail, which only the owner of the address reads.
"""

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import tokens
from .models import Subscription, join_topics
from .tasks import confirm_days, schedule_expiry, send_confirmation, send_unsubscribe_link


def _mail_allowed(email: str) -> bool:
    """At most HELDER_SUBSCRIPTIONS_MAILS_PER_ADDRESS mails a day started from the site to
    one address, so the form cannot be used to flood somebody's mailbox. The cache key is
    a keyed hash: the address itself is never in the cache."""
    limit = getattr(settings, "HELDER_SUBSCRIPTIONS_MAILS_PER_ADDRESS", 3)
    salt = f"{settings.SECRET_KEY}:subscriptions-address".encode()
    key = "helder-subscriptions:mails:" + hmac.new(salt, email.encode(), hashlib.sha256).hexdigest()
    if cache.add(key, 1, 24 * 3600):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        return cache.add(key, 1, 24 * 3600)


def request(email: str, topics: list[str], frequency: str, language: str) -> None:
    """Store the choice as waiting for confirmation and queue the confirmation mail."""
    if not _mail_allowed(email):
        return
    now = timezone.now()
    nonce = tokens.new_nonce()
    try:
        with transaction.atomic():
            subscription = Subscription.objects.select_for_update().filter(email=email).first()
            if subscription is None:
                subscription = Subscription.objects.create(
                    email=email,
                    topics=join_topics(topics),
                    frequency=frequency,
                    language=language,
                    requested_at=now,
                    confirm_nonce=nonce,
                    unsubscribe_nonce=tokens.new_nonce(),
                )
            elif not subscription.confirmed:
                subscription.topics = join_topics(topics)
                subscription.frequency = frequency
                subscription.language = language
                subscription.requested_at = now
                subscription.confirm_nonce = nonce
                subscription.save()
            else:
                # Already subscribed: the new choice waits for the owner's confirmation.
                subscription.pending_topics = join_topics(topics)
                subscription.pending_frequency = frequency
                subscription.pending_language = language
                subscription.requested_at = now
                subscription.confirm_nonce = nonce
                subscription.save()
    except IntegrityError:
        # The same address asked twice at the same moment; the other request sends a mail.
        return
    subscription_id = subscription.pk
    transaction.on_commit(lambda: send_confirmation.enqueue(subscription_id))
    transaction.on_commit(schedule_expiry)


def _by_token(purpose: str, token: str, nonce_field: str, queryset=None):
    pk = tokens.split(token)
    if pk is None:
        return None
    subscription = (queryset or Subscription.objects).filter(pk=pk).first()
    if subscription is None:
        return None
    if not tokens.matches(purpose, token, pk, getattr(subscription, nonce_field)):
        return None
    return subscription


def confirmable(token: str):
    """The subscription this confirmation link is for, or None when the link was used,
    is older than the confirm period, or was never ours."""
    subscription = _by_token(tokens.CONFIRM, token, "confirm_nonce")
    if subscription is None:
        return None
    if subscription.requested_at < timezone.now() - timedelta(days=confirm_days()):
        return None
    return subscription


def confirm(token: str) -> bool:
    with transaction.atomic():
        subscription = _by_token(
            tokens.CONFIRM, token, "confirm_nonce", Subscription.objects.select_for_update()
        )
        if subscription is None or confirmable(token) is None:
            return False
        if subscription.pending_topics:
            subscription.topics = subscription.pending_topics
            subscription.frequency = subscription.pending_frequency
            subscription.language = subscription.pending_language
        subscription.pending_topics = subscription.pending_frequency = ""
        subscription.pending_language = ""
        # Kept on a change of choice: notices since the first confirmation stay due.
        subscription.confirmed_at = subscription.confirmed_at or timezone.now()
        subscription.confirm_nonce = ""  # the link works once
        subscription.save()
    return True


def unsubscribe(token: str) -> bool:
    """Delete the subscription this link is for (with its delivery records), if any."""
    subscription = _by_token(tokens.UNSUBSCRIBE, token, "unsubscribe_nonce")
    if subscription is None:
        return False
    subscription.delete()
    return True


def send_unsubscribe_link_to(email: str) -> None:
    subscription = Subscription.objects.filter(email=email, confirmed_at__isnull=False).first()
    if subscription is None or not _mail_allowed(email):
        return
    subscription_id = subscription.pk
    transaction.on_commit(lambda: send_unsubscribe_link.enqueue(subscription_id))
