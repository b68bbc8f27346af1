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
