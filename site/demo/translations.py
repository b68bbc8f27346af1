"""English and Arabic versions of the demo's home page, topic pages and glossary.

Made the way an editor's translation is made: wagtail-localize takes a snapshot of the
Dutch page or term (TranslationSource), the strings get their translation
(StringTranslation), and the target is saved from them. Nothing falls back to Dutch: a
string without a translation stops the demo (MissingTranslationError) rather than
showing Dutch text under an English or Arabic header. Slugs stay the same in every
language, so /en/bijstand/ and /ar/bijstand/ are the Dutch /nl/bijstand/ translated.

Idempotent: an object that already has its translation in a language is left alone.
"""

import json
from collections import Counter
from pathlib import Path

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import (
    MissingTranslationError,
    StringTranslation,
    Translation,
    TranslationSource,
)

from content_models.models import GlossaryTerm, HomePage, TopicPage

FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "translations.json"
UNCHANGED_FIELDS = {"slug"}


def read_translations() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def _already_translated(instance, locale) -> bool:
    existing = instance.get_translation_or_none(locale)
    if existing is None or getattr(existing, "alias_of_id", None):
        return False
    if getattr(existing, "live", True) is False:
        return False
    return Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale=locale
    ).exists()


def _text_for(field_path: str, values: dict, source_text: str) -> str | None:
    if field_path in UNCHANGED_FIELDS:
        return source_text
    value = values.get(field_path)
    if isinstance(value, list):
        return ", ".join(value)
    return value


def translate(instance, locale, values: dict) -> bool:
    """Translate `instance` into `locale` with `values` (field name -> text); publish pages."""
    if _already_translated(instance, locale):
        return False
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = _text_for(segment.context.path, values, segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    is_page = hasattr(instance, "get_url_parts")
    # Pages: a draft first, then publish here, so the B1 gate judges it now.
    try:
        source.create_or_update_translation(
            locale, publish=not is_page, fallback=False, copy_parent_pages=True
        )
    except MissingTranslationError as error:
        field = error.segment.context.path
        raise ValueError(
            f"Demo translation of {instance!r} into {locale.language_code} lacks {field!r}."
        ) from error
    if is_page:
        translated = instance.get_translation(locale).specific
        translated.get_latest_revision().publish()
    return True


def load(created: Counter) -> Counter:
    data = read_translations()
    default = Locale.get_default()
    home = HomePage.objects.filter(locale=default).first()
    if home is None:
        return created
    topics = TopicPage.objects.child_of(home).filter(locale=default).specific()
    terms = GlossaryTerm.objects.filter(locale=default)
    for code in ("en", "ar"):
        locale, _ = Locale.objects.get_or_create(language_code=code)
        # Parents before children: a child's translation then hangs under a real one.
        if translate(home, locale, data["pages"]["home"][code]):
            created[f"translation_{code}"] += 1
        for topic in topics:
            if translate(topic, locale, data["pages"][topic.slug][code]):
                created[f"translation_{code}"] += 1
        for term in terms:
            if translate(term, locale, data["glossary"][term.term][code]):
                created[f"glossaryterm_{code}"] += 1
    return created
