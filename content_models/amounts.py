"""Normbedragen as data: the amounts residents live on, each with its validity periods.

Pages and letters never hold these amounts as typed text; they name the amount by its
code and show the one valid on the day they are read or sent. Amounts live on the Dutch
(default-locale) row: a translation only translates the label and the explanation.
"""

import datetime

from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Locale
from wagtail.search import index

from .amount_periods import AmountOnDate, Period, amount_on
from .base import DOMAINS, PublishableSnippet
from .scoring import HEADING, PARAGRAPH, exempt, scored

amount_code = RegexValidator(
    r"^[A-Z0-9]+(-[A-Z0-9]+)+$",
    _("Schrijf de code met hoofdletters, cijfers en streepjes. Bijvoorbeeld: PW-ALL-21."),
)


class Normbedrag(PublishableSnippet, ClusterableModel):
    code = models.CharField(
        _("code"),
        max_length=40,
        validators=[amount_code],
        help_text=_(
            "Vaste naam voor pagina's en brieven, bijvoorbeeld: PW-ALL-21. Verandert nooit."
        ),
    )
    label = models.CharField(
        _("naam"),
        max_length=200,
        help_text=_("Bijvoorbeeld: bijstand voor een alleenstaande van 21 jaar of ouder."),
    )
    explanation = models.TextField(
        _("uitleg"), help_text=_("Voor wie is dit bedrag? Kort en simpel.")
    )
    scheme = models.CharField(_("regeling"), max_length=20, choices=DOMAINS)

    search_fields = [
        index.SearchField("code"),
        index.SearchField("label"),
        index.FilterField("scheme"),
    ]

    citizen_text = {
        "code": exempt("a fixed name for pages and letters; never shown"),
        "label": scored(HEADING),
        "explanation": scored(PARAGRAPH),
        "scheme": exempt("a label chosen from a list"),
    }

    class Meta(PublishableSnippet.Meta):
        verbose_name = _("normbedrag")
        verbose_name_plural = _("normbedragen")
        ordering = ["scheme", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_amount_code_per_locale")
        ]

    def __str__(self):
        return f"{self.code} {self.label}"

    def get_preview_template(self, request, mode_name):
        return "content_models/normbedrag.html"

    def period_list(self) -> list[Period]:
        return [period.as_period() for period in self.periods.all()]

    def on(self, day: datetime.date) -> AmountOnDate:
        return amount_on(self.period_list(), day)


class NormPeriod(models.Model):
    normbedrag = ParentalKey(Normbedrag, on_delete=models.CASCADE, related_name="periods")
    amount = models.DecimalField(
        _("bedrag in euro"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(0, _("Een bedrag kan niet lager zijn dan 0 euro."))],
    )
    start = models.DateField(_("geldig vanaf"))
    end = models.DateField(
        _("geldig tot en met"),
        null=True,
        blank=True,
        help_text=_("Leeg: geldt tot er een nieuw bedrag is."),
    )
    source_url = models.URLField(
        _("bron"), max_length=500, help_text=_("Link naar de Staatscourant of wetten.overheid.nl.")
    )

    class Meta:
        verbose_name = _("periode")
        verbose_name_plural = _("periodes")
        ordering = ["start"]

    def __str__(self):
        return f"{self.amount} vanaf {self.start:%Y-%m-%d}"

    def as_period(self) -> Period:
        return Period(
            amount=self.amount, start=self.start, end=self.end, source_url=self.source_url
        )


def live_amounts(codes=None) -> dict[str, Normbedrag]:
    """The live Dutch normbedragen by code, with their periods, in two queries."""
    rows = Normbedrag.objects.filter(live=True, locale=Locale.get_default()).prefetch_related(
        "periods"
    )
    if codes is not None:
        rows = rows.filter(code__in=list(codes))
    return {row.code: row for row in rows}
