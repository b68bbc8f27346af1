"""What the content models share: the domains of the department and the base of snippets
citizens read."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from .live_rows import GuardedRow

DOMAINS = [
    ("bijstand", _("Bijstand (Participatiewet)")),
    ("wmo", _("Wmo")),
    ("jeugd", _("Jeugd")),
    ("pgb", _("Pgb")),
    ("schulden", _("Schulden")),
    ("algemeen", _("Algemeen")),
]


class PublishableSnippet(
    GuardedRow,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """Snippets that citizens read: drafts, revisions, locking, workflow and translation."""

    class Meta(TranslatableMixin.Meta):
        abstract = True
