"""What helder.changes keeps of its own: which amount changes it already drafted a notice for."""

from django.db import models


class AutoDraft(models.Model):
    """One row per new amount period ("PW-ALL-21@2027-01-01") that got a drafted notice.

    Kept apart from the notice, so an editor who deletes a draft they do not need is not
    handed the same draft again at the next publish of the amount."""

    origin_key = models.CharField(max_length=80, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "automatisch gemaakte wijziging"
        verbose_name_plural = "automatisch gemaakte wijzigingen"

    def __str__(self):
        return self.origin_key
