"""The record of approved letter texts, so a sent letter can always be reproduced.

A letter's text is identified by the sha256 of its canonical content (see
`approved.canonical_sha256`). Each distinct approved text is stored here once,
with the content itself: revisions can be purged, this record cannot.
Nothing a caseworker submits (variable values, rendered letters) is ever stored.
"""

from django.db import models


class ApprovedLetterVersion(models.Model):
    sha256 = models.CharField(max_length=64, unique=True)
    code = models.CharField(max_length=30, db_index=True)
    language = models.CharField(max_length=10)
    translation_key = models.UUIDField(db_index=True)
    # The first letter revision that had this text. Not a foreign key on purpose:
    # `purge_revisions` may delete old revisions, the approved text must survive.
    revision_id = models.PositiveBigIntegerField(db_index=True)
    approved_at = models.DateTimeField()
    content = models.JSONField(help_text="The canonical content the sha256 is computed from.")
    metadata = models.JSONField(help_text="Title, domain and other fields outside the hash.")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "goedgekeurde brieftekst"
        verbose_name_plural = "goedgekeurde briefteksten"
        ordering = ["code", "-approved_at"]

    def __str__(self):
        return f"{self.code} ({self.language}) {self.sha256[:12]}"


class WordTemplate(models.Model):
    """One uploaded version of the municipality's Word template for letters (house style).

    Every upload is kept (the file is small), so an earlier version can be made current
    again. The file lives in the database so every app server reads the same one.
    Without an upload the default template from fixtures/letters/ is used.
    """

    name = models.CharField("naam", max_length=120)
    file = models.BinaryField("Word-bestand")
    sha256 = models.CharField(max_length=64, editable=False)
    is_current = models.BooleanField("in gebruik", default=False)
    uploaded_at = models.DateTimeField("geüpload op", auto_now_add=True)
    uploaded_by = models.ForeignKey(
        "auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField("wat is er veranderd?", max_length=250, blank=True)

    class Meta:
        verbose_name = "huisstijl voor brieven (Word)"
        verbose_name_plural = "huisstijl voor brieven (Word)"
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return f"{self.name} ({self.sha256[:12]})"
