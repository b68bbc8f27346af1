"""Every page's labels around the content come in the page's own language."""

import re

import pytest
from django.conf import settings

from translations.public_text import PAGE_TEXTS, texts_for

ARABIC = "نساعدك."


def test_every_site_language_has_every_page_label():
    for code, _name in settings.LANGUAGES:
        assert set(PAGE_TEXTS.get(code, {})) == set(PAGE_TEXTS["nl"]), code


def test_a_language_without_its_own_text_falls_back_to_dutch():
    assert texts_for("fy")["search_button"] == "Zoeken"
    assert texts_for("en-GB")["search_button"] == "Search"


@pytest.mark.django_db
def test_a_translated_page_carries_no_dutch_labels(client, settings, rights_page, translate):
    settings.HELDER_PUBLIC_PAGE_CACHE = False
    arabic = translate(rights_page, "ar", lambda text: ARABIC)
    response = client.get(arabic.url, HTTP_HOST="localhost")
    assert response.status_code == 200
    # The parent pages were copied, not translated, so their titles in the trail stay Dutch.
    html = re.sub(
        r"<ol class=\"helder-breadcrumb__list\">.*?</ol>", "", response.content.decode(), flags=re.S
    )
    for key, dutch in PAGE_TEXTS["nl"].items():
        if key in ("yes", "no"):  # too short to look for; the form values stay "ja"/"nee"
            continue
        assert dutch not in html, key
    for key in ("skip_link", "search_label", "rights", "duties", "feedback_title", "contact"):
        assert PAGE_TEXTS["ar"][key] in html, key
