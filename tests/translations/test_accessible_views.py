"""The accessible forms and phone-first details, as HTML (browser checks are in tests/browser)."""

import re

import pytest
from django.core.cache import cache

from translations.contact_links import link_contacts
from translations.models import EasyReadVariant


@pytest.fixture
def public(client, settings):
    settings.HELDER_PUBLIC_PAGE_CACHE = False
    cache.clear()
    return client


def get(client, url):
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200, url
    return response.content.decode()


def test_phone_numbers_and_email_addresses_become_links():
    html = link_contacts("<p>Bel 0800 123 45 67. Of mail naar hulp@helderstad.nl.</p>")
    assert '<a class="utrecht-link" href="tel:+318001234567" dir="ltr">0800 123 45 67</a>' in html
    assert 'href="mailto:hulp@helderstad.nl" dir="ltr">hulp@helderstad.nl</a>.' in html


def test_existing_links_and_other_numbers_are_left_alone():
    linked = '<p><a href="tel:+31201234567">020 123 45 67</a> kost 1200 euro.</p>'
    assert link_contacts(linked) == linked


def test_the_help_boxes_link_phone_and_email(public, rights_page):
    html = get(public, rights_page.url)
    help_boxes = re.findall(r'<div class="helder-item__help">.*?</div>', html, re.S)
    assert help_boxes and all('href="tel:+318001234567"' in box for box in help_boxes)


def test_the_other_forms_are_one_control(public, rights_page):
    html = get(public, rights_page.url)
    control = re.search(r"<details class=\"helder-forms\".*?</details>", html, re.S).group(0)
    assert "<summary" in control and "Andere vormen van deze pagina" in control
    for label in ("Luisteren", "Grote letters", "Printen"):
        assert f">{label}</a>" in control


def test_the_print_view_names_the_municipality_and_each_address_once(public, rights_page):
    html = get(public, f"/nl/grote-letters/{rights_page.pk}/?printen=1")
    article = re.search(r"<article.*?</article>", html, re.S).group(0)
    assert "Gemeente Helderstad" in article
    assert article.count(rights_page.law_url) == 2  # the link's href, and once written out
    assert article.count(f"({rights_page.law_url})") == 1
    page_address = rights_page.get_full_url()
    assert article.count(page_address) == 1 and "printen" not in article


def test_easy_read_has_the_feedback_form(public, rights_page):
    variant = EasyReadVariant(
        page=rights_page,
        title="Vertel het ons",
        intro="Er verandert iets. Vertel het ons.",
        body='[{"type": "paragraph", "value": "<p>Bel ons.</p>"}]',
    )
    variant.live = False
    variant.save()
    variant.save_revision().publish()
    html = get(public, f"/nl/makkelijk-lezen/{rights_page.pk}/")
    assert "data-feedback-form" in html
    assert f'action="/nl/feedback/{rights_page.pk}/"' in html


def test_favicon_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # the ICO signature
    assert "max-age" in response["Cache-Control"]
