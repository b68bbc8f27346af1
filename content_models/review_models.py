"""What the review around the gate records: publications without review, human B1
confirmations in the grey zone, and the answers of experts by experience.

Each row names the page or snippet by content type and id (pages and snippets share it)
and the text it is about by the hash of the scored text (see exceptions.text_hash). No
citizen data: only editors and their reasons.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewedObject(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True

    @property
    def content_object(self):
        model = self.content_type.model_class()
        return model._default_manager.filter(pk=self.object_id).first() if model else None


class ForcedPublication(ReviewedObject):
    """Published without a Versimpeltoets, with a reason; "nog niet getoetst" until a
    second person approves it afterwards."""

    reason = models.TextField(_("reden"))
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("achteraf getoetst door"),
    )
    approved_at = models.DateTimeField(_("achteraf getoetst op"), null=True, blank=True)

    class Meta:
        verbose_name = _("publicatie zonder toets")
        verbose_name_plural = _("publicaties zonder toets")
        ordering = ["-created_at", "-pk"]
        permissions = [("publish_without_review", _("Mag publiceren zonder toets"))]

    def __str__(self):
        return f"{self.content_type} {self.object_id}, {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_approved(self) -> bool:
        return self.approved_at is not None


class HumanCheckConfirmation(ReviewedObject):
    """A Versimpelteam member confirmed "dit is B1" for a text in the grey zone."""

    text_hash = models.CharField(max_length=64, db_index=True)
    reason = models.TextField(_("waarom dit B1 is"))

    # The gate logs a publication allowed by this confirmation under this verdict.
    gate_verdict = "confirmed"

    class Meta:
        verbose_name = _("B1 bevestigd door een mens")
        verbose_name_plural = _("B1 bevestigd door een mens")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.content_type} {self.object_id}: {self.reason[:40]}"


class ReaderAnswer(ReviewedObject):
    """An expert by experience read the text in review: understood or not, and where."""

    task_state = models.ForeignKey(
        "wagtailcore.TaskState", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # None: a remark on a passage while reading; the task goes on.
    understood = models.BooleanField(_("begrepen"), null=True)
    passage = models.TextField(_("stuk tekst"), blank=True)
    comment = models.TextField(_("toelichting"), blank=True)

    class Meta:
        verbose_name = _("antwoord van een meelezer")
        verbose_name_plural = _("antwoorden van meelezers")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        answer = {True: "ja", False: "nee", None: "opmerking"}[self.understood]
        return f"{self.content_type} {self.object_id}: {answer}"
