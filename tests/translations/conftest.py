"""Fixtures for translations: a live Dutch rights-and-duties page and a way to translate it
through wagtail-localize, as the admin's translation editor does."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.factories import RightsDutiesPageFactory


@pytest.fixture
def rights_page(topic):
    return live_rights_page(topic)


def make_translator(capture_on_commit):
    """translate(obj, "en", text_for) -> the published translation.

    `text_for(source_text)` gives the translation of each segment. wagtail-localize
    publishes on commit, so the callbacks run inside.
    """

    def run(obj, language_code, text_for, publish=True):
        locale = Locale.objects.get(language_code=language_code)
        if isinstance(obj, Page):
            # Parents first: a copy of a Dutch parent made for the child would still be
            # Dutch, and the gate keeps such a copy off the site.
            for ancestor in obj.get_ancestors().filter(depth__gt=1).specific():
                translated = ancestor.get_translation_or_none(locale)
                if translated is None or not translated.live:
                    translate_one(ancestor, locale, text_for, publish=True)
        return translate_one(obj, locale, text_for, publish)

    def translate_one(obj, locale, text_for, publish):
        source, _ = TranslationSource.update_or_create_from_instance(obj)
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
        for segment in source.stringsegment_set.select_related("string", "context"):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text_for(segment.string.data)},
            )
        with capture_on_commit(execute=True):
            translation.save_target(publish=publish)
        translated = obj.get_translation(locale)
        return translated.specific if isinstance(translated, Page) else translated

    return run


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    return make_translator(django_capture_on_commit_callbacks)


def live_rights_page(topic):
    page = RightsDutiesPageFactory(parent=topic, title="Uw plichten", slug="uw-plichten")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def english(text):
    """A short, plain English stand-in for any Dutch segment."""
    return "You get help from us." if len(text) > 3 else text
