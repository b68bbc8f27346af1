"""Citizens' answer to "Was deze informatie duidelijk?": per page, with no personal data."""

from django.db import models
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
    # Only the day: the time of a visit could help identify a reader.
    submitted_on = models.DateField(_("datum"), auto_now_add=True)

    class Meta:
        verbose_name = _("reactie van een lezer")
        verbose_name_plural = _("reacties van lezers")
        ordering = ["-submitted_on", "-pk"]

    def __str__(self):
        return f"{self.page_id}: {'ja' if self.clear else 'nee'}"
