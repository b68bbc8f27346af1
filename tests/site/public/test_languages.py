"""Languages on the public site: the switcher offers only languages a page exists in, a page
without a translation gets a notice in the visitor's language, never Dutch text under a
foreign header (issue 17)."""

import re

import pytest
from wagtail.models import Locale

from tests.factories import InformationPageFactory
from tests.translations.conftest import live_rights_page, make_translator

pytestmark = pytest.mark.django_db

TRANSLATED_TITLES = {
    "Werk, inkomen en zorg": "Work, income and care",
    "Bijstand": "Social assistance",
    "Uw plichten": "Your duties",
}


def to_english(text):
    if re.fullmatch(r"[a-z0-9-]+", text):
        return text  # slugs stay the same
    return TRANSLATED_TITLES.get(text, "You get help from us.")


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    return make_translator(django_capture_on_commit_callbacks)


@pytest.fixture
def rights_page(topic):
    return live_rights_page(topic)


@pytest.fixture
def locales(db):
    for code in ("en", "ar", "tr"):
        Locale.objects.get_or_create(language_code=code)


@pytest.fixture
def english_site(home, topic, locales, translate):
    """Home and topic translated into English; a Dutch-only page under the topic."""
    dutch_only = InformationPageFactory(parent=topic, slug="alleen-nl", title="Huur betalen")
    dutch_only.save_revision().publish()
    english_home = translate(home, "en", to_english)
    english_topic = translate(topic, "en", to_english)
    return {"home": english_home, "topic": english_topic, "dutch_only": dutch_only}


def switcher_languages(html):
    nav = re.search(r'<nav class="helder-languages".*?</nav>', html, re.S)
    return re.findall(r'hreflang="([a-z]+)"', nav.group(0)) if nav else []


def test_the_switcher_offers_only_languages_the_page_exists_in(client, english_site):
    for url in ("/nl/", "/en/", "/nl/bijstand/", "/en/bijstand/"):
        html = client.get(url).content.decode()
        assert switcher_languages(html) == ["nl", "en"], url
    # A page that is only in Dutch offers no other language.
    html = client.get(english_site["dutch_only"].url).content.decode()
    assert switcher_languages(html) == []


def test_pages_without_a_page_offer_only_languages_with_content(client, english_site):
    for url in ("/nl/zoeken/?q=huur", "/en/begrippen/"):
        html = client.get(url).content.decode()
        assert switcher_languages(html) == ["nl", "en"], url
    html = client.get("/nl/zoeken/?q=huur").content.decode()
    assert 'href="/en/zoeken/?q=huur"' in html
    assert "Türkçe" not in html and "العربية" not in html


def test_a_page_not_in_the_visitors_language_gets_a_notice_in_that_language(client, english_site):
    dutch_only = english_site["dutch_only"]
    response = client.get("/en/bijstand/alleen-nl/")
    notice_url = f"/en/nederlands/{dutch_only.pk}/"
    assert response.status_code == 302 and response["Location"] == notice_url
    html = client.get(notice_url).content.decode()
    assert '<html lang="en" dir="ltr"' in html
    main = html.split("<main", 1)[1]
    assert "This page is only available in Dutch" in main
    assert '<span lang="nl" dir="ltr">Huur betalen</span>' in main
    assert f'href="{dutch_only.url}" hreflang="nl"' in main
    assert f'href="{dutch_only.url}#luisteren"' in main
    assert "Help with reading" in main and 'href="tel:+318001234567"' in main
    # Nothing of the Dutch page itself.
    assert "Hier leest u hoe het werkt." not in html
    assert switcher_languages(html) == ["nl", "en"]


def test_a_language_without_content_never_shows_the_dutch_home_page(client, english_site):
    response = client.get("/tr/")
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert '<html lang="tr"' in html
    assert "Bu sayfa yalnızca Felemenkçe" in html
    assert "Hier leest u wat de gemeente voor u doet." not in html


def test_a_translated_topic_lists_its_dutch_only_pages_as_dutch(client, english_site):
    html = client.get("/en/bijstand/").content.decode()
    section = html.split('class="helder-dutch-only-list"', 1)[1].split("</section>", 1)[0]
    assert "Only in Dutch" in section
    notice = f"/en/nederlands/{english_site['dutch_only'].pk}/"
    assert f'<a class="utrecht-link" href="{notice}"><span lang="nl" dir="ltr">Huur betalen' in (
        section
    )
    # The Dutch topic has no such list.
    assert "helder-dutch-only-list" not in client.get("/nl/bijstand/").content.decode()


def test_the_notice_for_a_translated_page_goes_to_the_translation(client, english_site):
    topic = english_site["topic"]
    dutch_topic = topic.get_translation(Locale.objects.get(language_code="nl"))
    response = client.get(f"/en/nederlands/{dutch_topic.pk}/")
    assert response.status_code == 302 and response["Location"] == topic.url


def test_breadcrumbs_and_labels_are_in_the_pages_language(
    client, english_site, translate, rights_page
):
    english_rights = translate(rights_page, "en", to_english)
    html = client.get(english_rights.url).content.decode()
    crumbs = html.split('class="helder-breadcrumb"', 1)[1].split("</nav>", 1)[0]
    assert "Work, income and care" in crumbs and "Social assistance" in crumbs
    assert "Bijstand" not in crumbs
    home_html = client.get("/en/").content.decode()
    assert ">Topics</h2>" in home_html and "Onderwerpen" not in home_html
    assert "Do you need help?" in home_html and "Komt u er niet uit?" not in home_html


def test_phone_numbers_and_addresses_keep_left_to_right_in_arabic(client, english_site):
    html = client.get("/ar/nederlands/{}/".format(english_site["dutch_only"].pk)).content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert '<bdi class="helder-ltr" dir="ltr">0800 123 45 67</bdi>' in html
    assert '<bdi class="helder-ltr" dir="ltr">werkeninkomen@helderstad.nl</bdi>' in html
    assert re.search(
        r'<p class="utrecht-paragraph helder-ltr" dir="ltr" lang="nl">[^<]*<br>[^<]*<br>1234 AB Helderstad',
        html,
    )
