"""Content models: public pages and the snippets behind letters and the word lists.

Admin wiring (viewsets, panels for snippets, hooks) lives in wagtail_hooks.py.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Locale,
    Page,
)
from wagtail.search import index

from . import letters
from .amount_preview import AmountPreviewMixin
from .base import DOMAINS, PublishableSnippet
from .blocks import (
    TEXT_FEATURES,
    InformationBodyBlock,
    LetterBodyBlock,
    LetterClosingBlock,
    LetterVariablesBlock,
    RightsDutiesBlock,
)
from .live_rows import GuardedRow
from .scoring import (
    HEADING,
    NOT_FOR_CITIZENS,
    PAGE_TEXT,
    PARAGRAPH,
    Scored,
    comma_separated,
    exempt,
    internal,
    scored,
)


class PublicPage(GuardedRow, Page):
    """Base of the pages citizens read.

    `citizen_text` declares what the gate scores (see scoring.py); the row changes only
    through the gate (see live_rows.py).

    Wagtail checks a page's view restrictions (its own and its ancestors') every time it
    serves the page: two queries. A page object read once and kept between requests reads
    them once; whoever keeps it must drop it when a restriction changes.
    """

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        # Amounts are filled in only in the page's rich text and blocks (amount_placeholders);
        # in a title or an intro, a reader would see "[[norm:…]]" itself.
        errors = {
            name: _("Een normbedrag kan alleen in de tekst van de pagina staan, niet hier.")
            for name, declared in self.citizen_text.items()
            if isinstance(declared, Scored)
            and _is_plain_text(self._meta.get_field(name))
            and "[[" in (getattr(self, name, "") or "")
        }
        if errors:
            raise ValidationError(errors)

    def get_view_restrictions(self):
        restrictions = getattr(self, "_view_restrictions", None)
        if restrictions is None:
            restrictions = super().get_view_restrictions()
            len(restrictions)  # runs the query once; iterating or exists() reuse the rows
            self._view_restrictions = restrictions
        return restrictions


def _is_plain_text(field) -> bool:
    return isinstance(field, models.CharField | models.TextField) and not isinstance(
        field, RichTextField
    )


class HomePage(PublicPage):
    intro = models.TextField(_("inleiding"), blank=True)

    citizen_text = {**PAGE_TEXT, "intro": scored(PARAGRAPH)}

    content_panels = [*Page.content_panels, "intro"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content_models.TopicPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("startpagina")

    def route(self, request, path_components):
        # Every public request not served from the page cache is routed from here. Wagtail
        # walks the path one level at a time (two queries per level); a page whose stored
        # url_path matches the whole path is found in one. Anything else (no such page, or
        # a page that routes sub-paths itself) takes Wagtail's walk.
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = (
                Page.objects.filter(url_path=url_path, path__startswith=self.path)
                .specific()
                .first()
            )
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)


class TopicPage(PublicPage):
    intro = models.TextField(_("inleiding"), blank=True)

    citizen_text = {**PAGE_TEXT, "intro": scored(PARAGRAPH)}

    content_panels = [*Page.content_panels, "intro"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["content_models.HomePage"]
    subpage_types = ["content_models.InformationPage", "content_models.RightsDutiesPage"]

    class Meta:
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")


class InformationPage(AmountPreviewMixin, PublicPage):
    intro = models.TextField(_("korte inleiding"), max_length=400)
    body = StreamField(InformationBodyBlock(), verbose_name=_("inhoud"))

    citizen_text = {**PAGE_TEXT, "intro": scored(PARAGRAPH), "body": scored(PARAGRAPH)}

    content_panels = [*Page.content_panels, "intro", "body"]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["content_models.TopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("informatiepagina")
        verbose_name_plural = _("informatiepagina's")


wetten_overheid_url = RegexValidator(
    r"^https://wetten\.overheid\.nl/",
    _("Gebruik een link naar wetten.overheid.nl."),
    # Its own code, so URLField's generic "invalid" message does not replace this one.
    code="not_wetten_overheid",
)


class RightsDutiesPage(AmountPreviewMixin, PublicPage):
    intro = models.TextField(_("korte inleiding"), max_length=400)
    items = StreamField(RightsDutiesBlock(min_num=1), verbose_name=_("rechten en plichten"))
    law = models.CharField(_("wet"), max_length=120, help_text=_("Bijvoorbeeld: Participatiewet"))
    article = models.CharField(
        _("artikel"), max_length=120, help_text=_("Bijvoorbeeld: artikel 17")
    )
    law_url = models.URLField(
        _("link naar de wet"),
        validators=[wetten_overheid_url],
        help_text="https://wetten.overheid.nl/…",
    )

    citizen_text = {
        **PAGE_TEXT,
        "intro": scored(PARAGRAPH),
        "items": scored(PARAGRAPH),
        "law": exempt("the name of the law, as the law names itself", max_words=8),
        "article": exempt("the article number of the law", max_words=8),
        "law_url": exempt("a link to wetten.overheid.nl, not prose"),
    }

    content_panels = [*Page.content_panels, "intro", "items", "law", "article", "law_url"]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("items"),
    ]

    parent_page_types = ["content_models.TopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("rechten en plichten")
        verbose_name_plural = _("rechten en plichten")

    @property
    def rights(self):
        return [item for item in self.items if item.value["kind"] == "right"]

    @property
    def duties(self):
        return [item for item in self.items if item.value["kind"] == "duty"]


class StandardText(PublishableSnippet):
    KINDS = [
        ("bezwaar", _("Bezwaar maken")),
        ("clientondersteuning", _("Onafhankelijke cliëntondersteuning")),
        ("contact", _("Contact")),
        ("overig", _("Overig")),
    ]

    title = models.CharField(_("titel"), max_length=200)
    key = models.SlugField(
        _("sleutel"),
        max_length=60,
        help_text=_("Vaste naam voor koppelingen, bijvoorbeeld: bezwaar. Verandert nooit."),
    )
    kind = models.CharField(_("soort"), max_length=30, choices=KINDS, default="overig")
    body = RichTextField(_("tekst"), features=TEXT_FEATURES)

    search_fields = [index.SearchField("title"), index.SearchField("body")]

    citizen_text = {
        "title": scored(HEADING),
        "key": exempt("a fixed name for links; never shown"),
        "kind": exempt("a label chosen from a list, for editors"),
        "body": scored(PARAGRAPH),
    }

    class Meta(PublishableSnippet.Meta):
        verbose_name = _("standaardtekst")
        verbose_name_plural = _("standaardteksten")
        constraints = [
            models.UniqueConstraint(
                fields=["key", "locale"], name="unique_standard_text_key_per_locale"
            )
        ]

    def __str__(self):
        return self.title

    def get_preview_template(self, request, mode_name):
        return "content_models/standard_text.html"


letter_code = RegexValidator(
    r"^[A-Z0-9]+(-[A-Z0-9]+)+$",
    _("Schrijf de code met hoofdletters, cijfers en streepjes. Bijvoorbeeld: PW-INL-001."),
)


class LetterTemplate(PublishableSnippet):
    code = models.CharField(
        _("code"), max_length=30, validators=[letter_code], help_text=_("Bijvoorbeeld: PW-INL-001")
    )
    title = models.CharField(_("titel"), max_length=200)
    domain = models.CharField(_("domein"), max_length=20, choices=DOMAINS)
    purpose = models.TextField(_("doel"), help_text=_("Wanneer gebruikt een consulent deze brief?"))
    case_type = models.CharField(_("zaaktype"), max_length=120)
    document_type = models.CharField(_("documenttype"), max_length=120)
    subject = models.CharField(_("onderwerp van de brief"), max_length=250)
    variables = StreamField(LetterVariablesBlock(), blank=True, verbose_name=_("variabelen"))
    body = StreamField(LetterBodyBlock(), verbose_name=_("tekst van de brief"))
    closing = StreamField(LetterClosingBlock(), blank=True, verbose_name=_("vaste slotteksten"))

    search_fields = [
        index.SearchField("code"),
        index.SearchField("title"),
        index.SearchField("subject"),
        index.FilterField("domain"),
    ]

    # Scored as the citizen gets the letter: placeholders filled with their examples
    # (readable_text.letter), every choice option, every conditional section.
    citizen_text = {
        "code": exempt("the letter's code, printed as a reference number"),
        "title": internal("the name caseworkers pick the letter by; not in the letter"),
        "domain": exempt("a label chosen from a list, for caseworkers"),
        "purpose": internal("help for the caseworker; not in the letter"),
        "case_type": internal("metadata for the case system"),
        "document_type": internal("metadata for the document archive"),
        "subject": scored(HEADING),
        "body": scored(PARAGRAPH),
        "closing": scored(PARAGRAPH),
        "variables": scored(PARAGRAPH),
    }

    class Meta(PublishableSnippet.Meta):
        verbose_name = _("briefsjabloon")
        verbose_name_plural = _("briefsjablonen")
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_letter_code_per_locale")
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    def get_preview_template(self, request, mode_name):
        return "content_models/letter_template.html"

    def clean(self):
        super().clean()
        # The admin form checks blocks itself; code and imports reach the model directly.
        errors = letters.block_errors(self, ["variables", "body", "closing"])
        for field, messages in letters.template_errors(self).items():
            errors.setdefault(field, []).extend(messages)
        if self.code and self._code_taken():
            errors.setdefault("code", []).append(
                _("Deze code is al in gebruik. Kies een andere code.")
            )
        if errors:
            raise ValidationError(errors)

    def _code_taken(self) -> bool:
        locale_id = self.locale_id or Locale.get_default().pk
        others = LetterTemplate.objects.filter(code=self.code, locale_id=locale_id)
        if self.pk:
            others = others.exclude(pk=self.pk)
        return others.exists()


class GlossaryTerm(PublishableSnippet):
    """A word and its plain explanation. Shown on every page that uses the word, so it has
    drafts, revisions, the workflow and the gate like any other published text."""

    term = models.CharField(_("woord"), max_length=120)
    explanation = models.TextField(_("uitleg in gewone woorden"))
    synonyms = models.TextField(
        _("andere woorden"),
        blank=True,
        help_text=_("Woorden met dezelfde betekenis. Zet een komma tussen de woorden."),
    )

    search_fields = [index.SearchField("term"), index.SearchField("synonyms")]

    citizen_text = {
        "term": scored(HEADING),
        "explanation": scored(PARAGRAPH),
        # Shown under the explanation on the public glossary ("Andere woorden: ..."). They
        # are often the hard words the term explains, so they are not scored; but each one
        # is a word or a short phrase, never a sentence.
        "synonyms": exempt(
            "other words with the same meaning, often the hard ones the term explains",
            max_words=6,
            read=comma_separated,
        ),
    }

    class Meta(PublishableSnippet.Meta):
        verbose_name = _("begrip")
        verbose_name_plural = _("begrippenlijst")
        ordering = ["term"]

    def __str__(self):
        return self.term

    def get_preview_template(self, request, mode_name):
        return "content_models/glossary_term.html"

    @property
    def synonym_list(self) -> list[str]:
        return comma_separated(self.synonyms)


class JargonEntry(index.Indexed, models.Model):
    """One line of the versimpelteam's word list; the readability engine reads it."""

    phrase = models.CharField(_("moeilijk woord of zinsdeel"), max_length=120, unique=True)
    alternatives = models.TextField(
        _("gewone woorden"), help_text=_("Zet elk gewoon woord op een eigen regel.")
    )
    note = models.CharField(_("toelichting"), max_length=300, blank=True)
    severity = models.CharField(
        _("gevolg"),
        max_length=10,
        choices=[
            ("warn", _("Waarschuwen: de tekst mag nog wel live")),
            ("block", _("Tegenhouden: de tekst mag zo niet live")),
        ],
        default="warn",
    )

    search_fields = [index.SearchField("phrase"), index.SearchField("alternatives")]

    citizen_text = NOT_FOR_CITIZENS("the versimpelteam's word list, read by the engine and editors")

    class Meta:
        verbose_name = _("moeilijk woord")
        verbose_name_plural = _("woordenlijst")
        ordering = ["phrase"]

    def __str__(self):
        return self.phrase

    def clean(self):
        self.phrase = " ".join(self.phrase.lower().split())
        if not self.alternative_list:
            raise ValidationError({"alternatives": _("Geef minstens één gewoon woord.")})

    @property
    def alternative_list(self) -> list[str]:
        return [line.strip() for line in self.alternatives.splitlines() if line.strip()]

    def as_engine_entry(self) -> dict:
        """The shape the readability engine takes for its `jargon` argument."""
        return {
            "phrase": self.phrase,
            "alternatives": self.alternative_list,
            "severity": self.severity,
        }


class ReadabilityCheck(models.Model):
    """The latest gate verdict for one page or snippet; the dashboard lists these."""

    VERDICTS = [
        ("pass", _("goedgekeurd")),
        ("human_check", _("B1-toets door een mens")),
        ("block", _("tegengehouden")),
    ]

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=255)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Empty where no level can be estimated (languages without a calibrated model).
    level = models.CharField(_("niveau"), max_length=2, blank=True)
    score = models.FloatField(_("score"), null=True, blank=True)
    passes = models.BooleanField(_("goedgekeurd"))
    # The three-way outcome: pass, grey zone ("B1-toets door een mens") or block. A text let
    # through by an exception counts as pass here; the exception itself is recorded apart.
    verdict = models.CharField(_("oordeel"), max_length=12, choices=VERDICTS, default="pass")
    word_count = models.PositiveIntegerField(_("woorden"), default=0)
    reasons = models.JSONField(_("redenen"), default=list)
    findings = models.JSONField(_("bevindingen"), default=list)
    rule_counts = models.JSONField(default=dict)
    checked_at = models.DateTimeField(_("gecontroleerd op"))

    class Meta:
        verbose_name = _("leesbaarheidscontrole")
        verbose_name_plural = _("leesbaarheidscontroles")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_readability_check_per_object"
            )
        ]

    def __str__(self):
        return f"{self.content_type} {self.object_id}: {self.level or '-'} ({self.get_verdict_display()})"

    @classmethod
    def verdict_for(cls, decision_verdict: str) -> str:
        """The stored verdict for a gate decision's verdict; anything let through is "pass"."""
        return decision_verdict if decision_verdict in ("human_check", "block") else "pass"


class ReadabilityException(models.Model):
    """A recorded decision to let one text go live although the gate refuses it.

    Bound to the text (`text_hash`, see exceptions.py), not to the revision it was
    granted on: the same text publishes from any path, any change to it voids it.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=255)
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="readability_exceptions"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("reden"))
    created_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)
    text_hash = models.CharField(max_length=64, db_index=True, default="")

    class Meta:
        verbose_name = _("uitzondering op de B1-toets")
        verbose_name_plural = _("uitzonderingen op de B1-toets")
        permissions = [
            ("grant_readabilityexception", _("Mag een uitzondering op de B1-toets vastleggen"))
        ]

    def __str__(self):
        return f"{self.content_type} {self.object_id}, versie {self.revision_id}"


# Models kept in their own modules; importing them here registers them.
from .amounts import Normbedrag, NormPeriod  # noqa: E402, F401
from .dashboard_models import RecheckRun  # noqa: E402, F401
from .feedback import PageFeedback  # noqa: E402, F401
from .notices import ChangeNotice  # noqa: E402, F401
from .review_models import ForcedPublication, HumanCheckConfirmation, ReaderAnswer  # noqa: E402, F401
from .workflows import BegrijpelijkheidTask, VersimpeltoetsTask  # noqa: E402, F401
