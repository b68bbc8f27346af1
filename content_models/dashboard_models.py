"""Progress of a "re-check everything" run, for the readability dashboard.

Only counts and the editor who started it: no citizen data.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RecheckRun(models.Model):
    started_at = models.DateTimeField(_("gestart op"), auto_now_add=True)
    finished_at = models.DateTimeField(_("klaar op"), null=True, blank=True)
    total = models.PositiveIntegerField(_("aantal teksten"), default=0)
    done = models.PositiveIntegerField(_("gecontroleerd"), default=0)
    # Texts the check could not read (odd data); they are logged, the run goes on.
    failed = models.PositiveIntegerField(_("niet gelukt"), default=0)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("gestart door"),
    )
    # The django-tasks result of the run: tells whether a worker has picked it up yet.
    task_id = models.CharField(_("taak"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("hercontrole")
        verbose_name_plural = _("hercontroles")
        ordering = ["-started_at", "-pk"]

    def __str__(self):
        return f"{self.done}/{self.total} ({self.started_at:%Y-%m-%d %H:%M})"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None
