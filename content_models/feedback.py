"""Citizens' answer to "Was deze informatie duidelijk?": per page, with no personal data."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="feedback",
        verbose_name=_("pagina"),
    )
    # Which text the reader saw, so the team can compare versions of a page.
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    clear = models.BooleanField(_("duidelijk"))
    comment = models.TextField(_("opmerking"), blank=True, max_length=1000)
    submitted_on = models.DateField(_("datum"), auto_now_add=True)
    # When the answer was sent (aware, UTC in the database), to the minute: editors match a
    # comment to the version of the page that was live then. Answers stored before this
    # field existed have only their day, so it stays empty for them.
    submitted_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("reactie van een lezer")
        verbose_name_plural = _("reacties van lezers")
        ordering = ["-submitted_on", "-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.page_id}: {'ja' if self.clear else 'nee'}"

    def save(self, *args, **kwargs):
        if self._state.adding and self.submitted_at is None:
            # Seconds add nothing for editors and only make a visit easier to single out.
            self.submitted_at = timezone.now().replace(second=0, microsecond=0)
        super().save(*args, **kwargs)
