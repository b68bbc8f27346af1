"""The public side: language switcher, hreflang, outdated notice, RTL, variant pages."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import override_settings

from content_models.gate import PublicationBlocked
from tests.factories import GlossaryTermFactory, stream
from tests.translations.conftest import english
from tests.translations.test_workflow import republish_dutch
from translations.models import EasyReadVariant, SignLanguageVideo

pytestmark = pytest.mark.django_db

ARABIC = "نساعدك."


def get(client, url):
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def public(client, settings):
    settings.HELDER_PUBLIC_PAGE_CACHE = False
    return client


def test_hreflang_links_name_every_live_translation_and_x_default(public, rights_page, translate):
    english_page = translate(rights_page, "en", english)
    html = get(public, english_page.url)
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))
    assert alternates["nl"].endswith(rights_page.url)
    assert alternates["en"].endswith(english_page.url)
    assert alternates["x-default"] == alternates["nl"]
    assert "ar" not in alternates


def test_the_language_switcher_links_each_language_in_its_own_script(
    public, rights_page, translate
):
    translate(rights_page, "ar", lambda text: ARABIC)
    html = get(public, rights_page.url)
    switcher = re.search(r'<nav class="helder-languages".*?</nav>', html, re.S).group(0)
    assert 'lang="ar" hreflang="ar" dir="rtl"' in switcher and "العربية" in switcher
    assert re.search(r'lang="nl"[^>]*aria-current="page"[^>]*>Nederlands<', switcher)


def test_the_arabic_page_is_right_to_left(public, rights_page, translate):
    arabic = translate(rights_page, "ar", lambda text: ARABIC)
    html = get(public, arabic.url)
    assert re.search(r'<html lang="ar" dir="rtl"', html)


def test_an_outdated_translation_says_so_in_its_own_language(public, rights_page, translate):
    english_page = translate(rights_page, "en", english)
    assert "data-outdated-notice" not in get(public, english_page.url)

    republish_dutch(rights_page, "Uw plichten en rechten")
    html = get(public, english_page.url)
    notice = re.search(r"<div[^>]*data-outdated-notice.*?</div>", html, re.S).group(0)
    assert "This text may be out of date" in notice
    assert "The Dutch text was changed on" in notice
    assert re.search(r"\w+ \d{1,2}, \d{4}\. The Dutch", notice)  # English dates
    assert f'href="{rights_page.url}"' in notice


def test_the_outdated_notice_in_arabic_has_arabic_dates(public, rights_page, translate):
    arabic = translate(rights_page, "ar", lambda text: ARABIC)
    republish_dutch(rights_page, "Uw plichten en rechten")
    html = get(public, arabic.url)
    assert "قد لا يكون هذا النص محدّثًا" in html
    assert "تغيّر النص الهولندي في" in html


def test_a_translated_page_explains_words_with_the_translated_glossary(
    public, rights_page, translate
):
    dutch = GlossaryTermFactory(term="hulp", explanation="Iemand doet iets voor u.")
    translate(dutch, "en", lambda text: {"hulp": "help"}.get(text, "Someone does it for you."))
    english_page = translate(rights_page, "en", english)  # "You get help from us."
    html = get(public, english_page.url)
    assert "Someone does it for you." in html
    assert "Iemand doet iets voor u." not in html
    assert "Difficult words on this page" in html and "Back to the text" in html
    assert "Moeilijke woorden op deze pagina" not in html


def test_large_print_writes_out_link_addresses(public, rights_page):
    html = get(public, f"/nl/grote-letters/{rights_page.pk}/")
    assert "helder-large-print" in html
    assert f"({rights_page.law_url})" in html


@pytest.mark.parametrize(
    "url", ["/nl/grote-letters/0/", "/en/makkelijk-lezen/1/", "/nl/gebarentaal/x/"]
)
def test_bad_variant_urls_are_not_found(public, url, rights_page):
    assert public.get(url, HTTP_HOST="localhost").status_code == 404


EASY = [
    ("heading", {"text": "Wat moet u doen?", "level": "h2"}),
    ("paragraph", "<p>Er verandert iets in uw leven. Vertel het ons. Doe dat snel.</p>"),
]
HARD = [
    (
        "paragraph",
        "<p>Indien er zich wijzigingen voordoen in uw persoonlijke omstandigheden, bent u "
        "verplicht deze onverwijld aan de gemeente door te geven.</p>",
    )
]


def easy_read(page, body):
    variant = EasyReadVariant(
        page=page, title="Vertel het ons", intro="Dit is makkelijk.", body=stream(*body)
    )
    variant.live = False
    variant.save()
    return variant


def test_easy_read_is_held_to_a2_by_the_gate(rights_page, public):
    hard = easy_read(rights_page, HARD)
    with pytest.raises(PublicationBlocked) as refused:
        hard.save_revision().publish()
    assert refused.value.decision.rules  # refused for its sentences, not by accident
    assert (
        public.get(f"/nl/makkelijk-lezen/{rights_page.pk}/", HTTP_HOST="localhost").status_code
        == 404
    )

    hard.delete()
    variant = easy_read(rights_page, EASY)
    variant.save_revision().publish()
    html = get(public, f"/nl/makkelijk-lezen/{rights_page.pk}/")
    assert "Vertel het ons" in html
    assert f'href="/nl/makkelijk-lezen/{rights_page.pk}/"' in get(public, rights_page.url)


@override_settings(MEDIA_ROOT="/tmp/helder-test-media")
def test_a_sign_language_video_needs_captions_and_shows_them(rights_page, public):
    from wagtailmedia.models import Media

    media = Media.objects.create(
        title="NGT", type="video", file=ContentFile(b"\x1a\x45\xdf\xa3", name="ngt.webm")
    )
    video = SignLanguageVideo(page=rights_page, title="In gebarentaal", media=media)
    with pytest.raises(ValidationError) as error:
        video.full_clean()
    assert "ondertiteling" in str(error.value)

    video.captions.save(
        "ngt.vtt", ContentFile(b"WEBVTT\n\n00:00.000 --> 00:02.000\nWelkom.\n"), save=False
    )
    video.full_clean()
    video.live = False
    video.save()
    video.save_revision().publish()
    html = get(public, f"/nl/gebarentaal/{rights_page.pk}/")
    assert '<track kind="captions"' in html and 'srclang="nl" label="Nederlands" default' in html
