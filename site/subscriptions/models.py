"""A subscription and the record of which notices it was sent.

Unsubscribing deletes the row (and its delivery records): nothing is kept "just in case".
A subscription never confirmed is deleted after HELDER_SUBSCRIPTIONS_CONFIRM_DAYS days.
"""

from django.db import models
from django.utils import timezone

WEEKLY = "weekly"
ON_PUBLICATION = "publication"
FREQUENCIES = [(WEEKLY, "Een keer per week"), (ON_PUBLICATION, "Meteen bij elke wijziging")]


def join_topics(codes) -> str:
    # ",bijstand,wmo,": one column both databases can search with a plain LIKE.
    return "," + ",".join(sorted(set(codes))) + "," if codes else ""


class Subscription(models.Model):
    email = models.EmailField("e-mailadres", max_length=254, unique=True)
    topics = models.CharField("onderwerpen", max_length=200)
    frequency = models.CharField("hoe vaak", max_length=20, choices=FREQUENCIES)
    language = models.CharField("taal", max_length=10)
    requested_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # A new choice by someone who is already subscribed waits here until it is confirmed.
    pending_topics = models.CharField(max_length=200, blank=True)
    pending_frequency = models.CharField(max_length=20, blank=True)
    pending_language = models.CharField(max_length=10, blank=True)
    # Random values behind the links in mails (see tokens.py). Only with SECRET_KEY do they
    # make a working link, so the table alone cannot be used to confirm or unsubscribe.
    confirm_nonce = models.CharField(max_length=64, blank=True)
    unsubscribe_nonce = models.CharField(max_length=64)
    # Mails the receiving server refused for good (5xx) in a row; at the limit the address
    # does not work and the subscription is deleted (see tasks.record_bounce).
    bounces = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "aanmelding"
        verbose_name_plural = "aanmeldingen"
        indexes = [models.Index(fields=["frequency", "confirmed_at"])]

    def __str__(self):
        # Never the address: this may end up in a log line or a traceback.
        return f"Aanmelding {self.pk}"

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def topic_list(self) -> list[str]:
        return [code for code in self.topics.split(",") if code]


class Delivery(models.Model):
    """A notice that reached this subscriber's mail server. A notice without a row is
    still to be sent: a failed mail leaves none, so the next run sends it again."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    notice = models.ForeignKey(
        "content_models.ChangeNotice", on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "notice"], name="one_delivery_per_notice"
            )
        ]

    def __str__(self):
        return f"Wijziging {self.notice_id} aan aanmelding {self.subscription_id}"
