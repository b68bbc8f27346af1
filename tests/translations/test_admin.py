"""The variants side panel in the editor and the site-wide report."""

import re

import pytest
from django.urls import reverse

from tests.factories import GlossaryTermFactory, StandardTextFactory
from tests.translations.conftest import english
from tests.translations.test_workflow import republish_dutch

pytestmark = pytest.mark.django_db


def cell(html, language, form):
    match = re.search(rf'data-language="{language}" data-form="{form}" data-status="(\w*)"', html)
    return match.group(1) if match else None


def edit_page(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_panel_shows_every_language_and_form(admin_client, rights_page):
    html = edit_page(admin_client, rights_page)
    assert "Talen en varianten" in html
    assert cell(html, "nl", "translation") == "live"
    assert cell(html, "en", "translation") == "missing"
    assert cell(html, "nl", "easy_read") == "missing"
    assert cell(html, "nl", "large_print") == "live"
    assert cell(html, "ar", "sign_language") == ""  # NGT is for Dutch readers only
    translate_link = reverse("wagtail_localize:submit_page_translation", args=[rights_page.pk])
    assert translate_link in html
    assert f"?page={rights_page.pk}" in html


def test_the_panel_marks_an_outdated_translation(admin_client, rights_page, translate):
    translate(rights_page, "en", english)
    assert cell(edit_page(admin_client, rights_page), "en", "translation") == "live"

    republish_dutch(rights_page, "Uw plichten en rechten")
    html = edit_page(admin_client, rights_page)
    assert cell(html, "en", "translation") == "outdated"
    assert "verouderd" in html


def test_snippet_editors_show_the_panel_too(admin_client):
    text = StandardTextFactory(live=False)
    text.save_revision().publish()
    term = GlossaryTermFactory()
    for obj in (text, term):
        url = reverse(obj.snippet_viewset.get_url_name("edit"), args=[obj.pk])
        html = admin_client.get(url).content.decode()
        assert cell(html, "en", "translation") == "missing"
        assert cell(html, "nl", "easy_read") is None  # accessible forms are for pages


def test_the_report_lists_missing_and_outdated_versions(admin_client, rights_page, translate):
    translate(rights_page, "en", english)
    republish_dutch(rights_page, "Uw plichten en rechten")
    url = reverse("helder_variants_report_results")  # the table without the filter form

    html = admin_client.get(url, {"language": "en", "variant_form": "translation"}).content.decode()
    assert "Uw plichten en rechten" in html and "verouderd" in html

    html = admin_client.get(url, {"status": "missing", "language": "ar"}).content.decode()
    assert "ontbreekt" in html and "verouderd" not in html

    response = admin_client.get(reverse("helder_variants_report"), {"topic": "9", "type": "x"})
    assert response.status_code == 200  # bad filters: the whole report, not an error


def test_the_create_link_fills_in_the_page(admin_client, rights_page):
    url = reverse("wagtailsnippets_translations_easyreadvariant:add")
    html = admin_client.get(url, {"page": rights_page.pk}).content.decode()
    assert f'value="{rights_page.pk}"' in html
    assert admin_client.get(url, {"page": "niet-een-getal"}).status_code == 200
