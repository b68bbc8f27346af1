"""Change notices: short texts that tell residents what changes, from which date.

Editors write them; they go through the workflow and the gate like every text citizens
read. A notice names the pages and the normbedragen it concerns, so those pages can say
"Dit is veranderd" and the feeds and mails can point to them.
"""

from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.search import index

from .amounts import Normbedrag
from .base import DOMAINS, PublishableSnippet
from .scoring import HEADING, PARAGRAPH, exempt, internal, scored

SUMMARY_MAX = 600


class ChangeNotice(PublishableSnippet, ClusterableModel):
    title = models.CharField(
        _("titel"),
        max_length=150,
        help_text=_("Wat verandert er? Bijvoorbeeld: De bijstand gaat omhoog."),
    )
    summary = models.TextField(
        _("bericht"),
        validators=[MaxLengthValidator(SUMMARY_MAX)],
        help_text=_(
            "Wat betekent de verandering voor de lezer? Wat moet die doen? Kort en simpel."
        ),
    )
    topic = models.CharField(_("onderwerp"), max_length=20, choices=DOMAINS)
    effective_date = models.DateField(
        _("ingangsdatum"), help_text=_("Vanaf deze dag geldt de verandering.")
    )
    pages = ParentalManyToManyField(
        "wagtailcore.Page", blank=True, related_name="change_notices", verbose_name=_("pagina's")
    )
    amounts = ParentalManyToManyField(
        Normbedrag, blank=True, related_name="change_notices", verbose_name=_("normbedragen")
    )
    # Set when Helder drafted the notice for a new amount period, so it drafts it once.
    origin_key = models.CharField(max_length=80, blank=True, editable=False, db_index=True)

    search_fields = [
        index.SearchField("title"),
        index.SearchField("summary"),
        index.FilterField("topic"),
        index.FilterField("effective_date"),
    ]

    citizen_text = {
        "title": scored(HEADING),
        "summary": scored(PARAGRAPH),
        "topic": exempt("a label chosen from a list"),
        "origin_key": internal("an internal key; never shown"),
    }

    class Meta(PublishableSnippet.Meta):
        verbose_name = _("wijziging")
        verbose_name_plural = _("wijzigingen")
        ordering = ["-effective_date", "title"]

    def __str__(self):
        return self.title

    def get_preview_template(self, request, mode_name):
        return "content_models/change_notice.html"
