"""Translations' bookkeeping and the accessible variants of a page.

* `SourceRecord`: which published version of the Dutch original a translation or variant
  was made from. Written when the translation/variant is published (signals.py); the
  outdated check (tracking.py) compares it with the original's current live version.
* `EasyReadVariant`, `AudioVariant`, `SignLanguageVideo`: accessible forms of one page.
  They are snippets, not pages: content_models' pages allow no children and this app may
  not change that. Each has drafts, revisions and workflow like other publishable texts,
  goes through the publication gate, and is shown at its own public URL (urls.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from content_models.blocks import (
    ContactBlock,
    HeadingBlock,
    ImageBlock,
    ImportantBlock,
    StepsBlock,
    rich_text,
)
from content_models.live_rows import GuardedRow
from content_models.models import InformationPage, RightsDutiesPage
from content_models.scoring import HEADING, PARAGRAPH, scored

from .vtt import caption_text, validate_webvtt

# Pages that citizens read and that therefore get accessible variants.
VARIANT_PAGE_TYPES = (InformationPage, RightsDutiesPage)


class SourceRecord(models.Model):
    """The version of the original that one translation or variant was made from."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    source_content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    source_object_id = models.CharField(max_length=255)
    # Empty when the translation was made from an older snapshot than the live original,
    # or when the original has no revisions (glossary terms: see source_fingerprint).
    source_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_published_at = models.DateTimeField(_("versie van het origineel"), null=True)
    # A hash of the original's text, for originals without revisions.
    source_fingerprint = models.CharField(max_length=64, blank=True)
    published_at = models.DateTimeField(_("gepubliceerd op"))

    class Meta:
        verbose_name = _("bron van een vertaling")
        verbose_name_plural = _("bronnen van vertalingen")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_source_record_per_object"
            )
        ]

    def __str__(self):
        return f"{self.content_type} {self.object_id} ← {self.source_object_id}"


class EasyReadBodyBlock(blocks.StreamBlock):
    citizen_text = {
        "paragraph": scored(PARAGRAPH),
        "heading": scored(HEADING),
        "steps": scored(PARAGRAPH),
        "important": scored(PARAGRAPH),
        "image": scored(PARAGRAPH),
        # The contact block's title, address and opening hours, as on the pages.
        "contact": scored(PARAGRAPH),
    }

    paragraph = rich_text(label=_("Tekst"), template="content_models/blocks/paragraph.html")
    heading = HeadingBlock()
    steps = StepsBlock()
    important = ImportantBlock()
    # Pictograms help readers of easy-read text; same block as on the pages.
    image = ImageBlock(label=_("Pictogram of afbeelding"))
    contact = ContactBlock()


class PageVariant(
    GuardedRow, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    """An accessible form of one page, in that page's language."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("De pagina waar deze versie bij hoort."),
    )
    title = models.CharField(_("titel"), max_length=200)

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    @property
    def locale(self):
        # The gate reads the language from `obj.locale`: a variant has its page's language.
        return self.page.locale if self.page_id else None

    def clean(self):
        super().clean()
        if self.page_id and not isinstance(self.page.specific, VARIANT_PAGE_TYPES):
            raise ValidationError(
                {"page": _("Kies een informatiepagina of een pagina over rechten en plichten.")}
            )
        duplicates = type(self).objects.filter(page_id=self.page_id).exclude(pk=self.pk)
        if self.page_id and duplicates.exists():
            raise ValidationError(
                {"page": _("Deze pagina heeft deze versie al. Pas die versie aan.")}
            )


class EasyReadVariant(PageVariant):
    """Makkelijk lezen: the page's message in short, simple sentences (A2)."""

    kind = "easy_read"
    intro = models.TextField(_("korte inleiding"), max_length=300)
    body = StreamField(EasyReadBodyBlock(), verbose_name=_("inhoud"))

    citizen_text = {"title": scored(HEADING), "intro": scored(PARAGRAPH), "body": scored()}

    class Meta:
        verbose_name = _("makkelijk lezen")
        verbose_name_plural = _("makkelijk lezen")
        constraints = [
            models.UniqueConstraint(fields=["page"], name="one_easy_read_per_page"),
        ]


def _media_of_type(media, media_type, message):
    if media is not None and media.type != media_type:
        raise ValidationError({"media": message})


class AudioVariant(PageVariant):
    """Luisteren: a recording of the page, read out by a person."""

    kind = "audio"
    media = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("geluidsbestand"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    description = models.TextField(
        _("wat hoort u?"),
        blank=True,
        help_text=_("Bijvoorbeeld: Een medewerker leest de pagina voor. Duurt 3 minuten."),
    )

    citizen_text = {"title": scored(HEADING), "description": scored(PARAGRAPH)}

    class Meta:
        verbose_name = _("luisterversie")
        verbose_name_plural = _("luisterversies")
        constraints = [models.UniqueConstraint(fields=["page"], name="one_audio_per_page")]

    def clean(self):
        super().clean()
        if self.media_id:
            _media_of_type(self.media, "audio", _("Kies een geluidsbestand, geen video."))


class SignLanguageVideo(PageVariant):
    """Gebarentaal: the page in Nederlandse Gebarentaal (NGT), with Dutch captions."""

    kind = "sign_language"
    media = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("video"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    captions = models.FileField(
        _("ondertiteling (WebVTT)"),
        upload_to="gebarentaal/ondertiteling/",
        validators=[validate_webvtt],
        help_text=_("Verplicht. Een .vtt-bestand met de Nederlandse ondertiteling."),
    )
    description = models.TextField(_("wat ziet u?"), blank=True)

    citizen_text = {
        "title": scored(HEADING),
        # Viewers read the subtitles; nothing ties them to the page's scored text.
        "captions": scored(PARAGRAPH, read=caption_text),
        "description": scored(PARAGRAPH),
    }

    class Meta:
        verbose_name = _("gebarentaalvideo")
        verbose_name_plural = _("gebarentaalvideo's")
        constraints = [models.UniqueConstraint(fields=["page"], name="one_sign_video_per_page")]

    def clean(self):
        super().clean()
        if self.media_id:
            _media_of_type(self.media, "video", _("Kies een video, geen geluidsbestand."))
        if not self.captions:
            raise ValidationError(
                {
                    "captions": _(
                        "Voeg de ondertiteling toe. Zonder ondertiteling mag dit niet live."
                    )
                }
            )


VARIANT_MODELS = (EasyReadVariant, AudioVariant, SignLanguageVideo)


def _speech_upload_to(track, filename):
    return f"voorlezen/{track.language}/{filename}"


class SpeechTrack(models.Model):
    """Generated speech (espeak-ng) of one published revision in one language.

    Made by a background task after a publish (speech/), never while a visitor waits.
    The public page looks it up by its live revision, so a changed text never plays
    the old recording: until the new one is made, the page says there is none yet.
    """

    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("taal"), max_length=10)
    audio = models.FileField(_("geluidsbestand"), upload_to=_speech_upload_to)
    mime_type = models.CharField(max_length=40)
    duration = models.FloatField(_("duur in seconden"))
    word_count = models.PositiveIntegerField(_("woorden"))
    created_at = models.DateTimeField(_("gemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("voorleesversie")
        verbose_name_plural = _("voorleesversies")
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "language"], name="one_speech_track_per_revision_language"
            )
        ]

    def __str__(self):
        return f"{self.revision_id} ({self.language}, {self.duration:.0f} s)"
