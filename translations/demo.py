"""Demo content for translations and accessible versions; called at the end of load_demo.

Idempotent: every object is looked up first. Adds, for every Dutch rights-and-duties page,
an English and an Arabic translation (made through wagtail-localize, segment by segment,
so they behave like real translations) and a Dutch easy-read version; and for the first
page a placeholder sign-language video with Dutch captions. The read-aloud is generated
speech (speech/), made by load_demo itself.
"""

import json
from collections import Counter
from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from content_models.models import RightsDutiesPage

from .demo_media import sign_video_webm
from .locales import language_codes
from .models import EasyReadVariant, SignLanguageVideo

CONTENT = Path(__file__).resolve().parent / "demo_content"
LANGUAGES = {"en": 1, "ar": 2}  # column in rights_duties_segments.json
MEDIA_PAGE_SLUG = "inlichtingenplicht"


def _read(name):
    return json.loads((CONTENT / name).read_text(encoding="utf-8"))


def load(created: Counter | None = None, body_block=None) -> Counter:
    """`body_block(block)` turns the demo's {"pictogram": name} images into image ids;
    without it (no image store at hand) easy-read versions are made without pictograms."""
    created = created if created is not None else Counter()
    for code in language_codes():
        Locale.objects.get_or_create(language_code=code)
    segments = _read("rights_duties_segments.json")
    easy_read = _read("easy_read.json")
    pages = RightsDutiesPage.objects.filter(locale=Locale.get_default(), live=True)
    for page in pages:
        for code, column in LANGUAGES.items():
            mapping = {row[0]: row[column] for row in segments}
            if translate_page(page, code, mapping):
                created[f"translation_{code}"] += 1
        spec = easy_read.get(page.slug)
        if spec is not None and easy_read_version(page, spec, body_block):
            created["easyreadvariant"] += 1
    media_page = pages.filter(slug=MEDIA_PAGE_SLUG).first()
    if media_page is not None:
        created["signlanguagevideo"] += sign_language_version(media_page)
    return created


def translate_page(page, code, mapping) -> bool:
    """Translate `page` through wagtail-localize and publish it; False when it exists."""
    locale = Locale.objects.get(language_code=code)
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.live and not existing.alias_of_id:
        return False
    source, _ = TranslationSource.update_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = mapping.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    # A draft first, then publish here: the gate judges it now, not after the commit.
    translation.save_target(publish=False)
    translated = page.get_translation(locale).specific
    translated.get_latest_revision().publish()
    return True


def easy_read_version(page, spec, body_block=None) -> bool:
    if EasyReadVariant.objects.filter(page=page).exists():
        return False
    body = [
        body_block(block) if body_block else block
        for block in spec["body"]
        if body_block or block["type"] != "image"
    ]
    variant = EasyReadVariant(
        page=page, title=spec["title"], intro=spec["intro"], body=json.dumps(body)
    )
    variant.live = False
    variant.full_clean()
    variant.save()
    variant.save_revision().publish()
    return True


def _media(title, media_type, name, data):
    from wagtailmedia.models import Media

    media = Media.objects.filter(title=title).first()
    if media is None:
        media = Media(title=title, type=media_type)
        media.file.save(name, ContentFile(data), save=False)
        media.save()
    return media


def sign_language_version(page) -> int:
    if SignLanguageVideo.objects.filter(page=page).exists():
        return 0
    video = sign_video_webm()
    if video is None:
        return 0  # no ffmpeg: the demo has no sign-language video rather than a broken one
    media = _media("Voorbeeldopname gebarentaal", "video", "gebarentaal.webm", video)
    variant = SignLanguageVideo(
        page=page,
        title="Deze pagina in gebarentaal (voorbeeldopname)",
        media=media,
        description="Een voorbeeldopname. Hier komt later een video in Nederlandse Gebarentaal.",
    )
    variant.captions.save(
        "gebarentaal.vtt", ContentFile((CONTENT / "captions.vtt").read_bytes()), save=False
    )
    variant.live = False
    variant.full_clean()
    variant.save()
    variant.save_revision().publish()
    return 1
