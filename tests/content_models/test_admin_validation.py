"""Bad input in the admin gives a Dutch message and saves nothing."""

import html

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content_models.models import InformationPage, LetterTemplate, RightsDutiesPage
from tests.factories import RIGHT, LetterTemplateFactory

pytestmark = pytest.mark.django_db

LETTER_ADD_URL = "/admin/snippets/content_models/lettertemplate/add/"


def variable_form(name="aanhef", var_type="text", example="heer Jansen"):
    return {
        "name": name,
        "type": var_type,
        "required": "on",
        "example": example,
        "description": "Hoe u de klant aanspreekt",
        "choices": {"count": "0"},
        "amount_per_choice": {"count": "0"},  # the admin always posts the list's count
    }


def letter_form(code="PW-TST-100", body_text="<p>Beste {{ aanhef }},</p>"):
    return nested_form_data(
        {
            "code": code,
            "title": "Uitnodiging",
            "domain": "bijstand",
            "purpose": "Voor een gesprek.",
            "case_type": "Gesprek",
            "document_type": "Brief",
            "subject": "Uitnodiging voor een gesprek",
            "variables": streamfield([("variable", variable_form())]),
            "body": streamfield([("paragraph", rich_text(body_text))]),
            "closing": streamfield([]),
        }
    )


def page_text(response):
    return html.unescape(response.content.decode())


def test_a_valid_letter_is_saved(admin_client):
    response = admin_client.post(LETTER_ADD_URL, letter_form())
    assert response.status_code == 302
    assert LetterTemplate.objects.get(code="PW-TST-100").title == "Uitnodiging"


def test_malformed_placeholder_is_refused_with_a_dutch_message(admin_client):
    response = admin_client.post(LETTER_ADD_URL, letter_form(body_text="<p>Beste {{ aanhef }</p>"))
    assert response.status_code == 200
    assert "Schrijf een variabele zo: {{ naam }}" in page_text(response)
    assert not LetterTemplate.objects.exists()


def test_undeclared_variable_is_refused_and_named(admin_client):
    response = admin_client.post(
        LETTER_ADD_URL, letter_form(body_text="<p>U krijgt {{ bedrag }}.</p>")
    )
    assert response.status_code == 200
    assert "De variabele 'bedrag' staat in de tekst, maar niet bij Variabelen." in page_text(
        response
    )
    assert not LetterTemplate.objects.exists()


def test_duplicate_code_is_refused(admin_client):
    LetterTemplateFactory(code="PW-TST-100")
    response = admin_client.post(LETTER_ADD_URL, letter_form(code="PW-TST-100"))
    assert response.status_code == 200
    assert "Deze code is al in gebruik. Kies een andere code." in page_text(response)
    assert LetterTemplate.objects.filter(code="PW-TST-100").count() == 1


def test_image_without_alt_text_is_refused(admin_client, topic):
    image = get_image_model().objects.create(title="Foto", file=get_test_image_file())
    data = nested_form_data(
        {
            "title": "Met een foto",
            "slug": "met-een-foto",
            "intro": "Een pagina met een foto.",
            "body": streamfield([("image", {"image": image.pk, "alt": "", "caption": ""})]),
        }
    )
    url = f"/admin/pages/add/content_models/informationpage/{topic.pk}/"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Schrijf een alt-tekst." in page_text(response)
    assert not InformationPage.objects.exists()


def rights_page_form(explanation, law_url="https://wetten.overheid.nl/BWBR0015703/"):
    item = {
        **RIGHT,
        "explanation": rich_text(explanation),
        "consequences": rich_text(""),
        "help": rich_text(RIGHT["help"]),
        "steps": {"count": "0"},
    }
    return nested_form_data(
        {
            "title": "Uw rechten",
            "slug": "uw-rechten",
            "intro": "Wat u mag.",
            "items": streamfield([("item", item)]),
            "law": "Participatiewet",
            "article": "artikel 17",
            "law_url": law_url,
        }
    )


def test_right_or_duty_without_explanation_is_refused(admin_client, topic):
    url = f"/admin/pages/add/content_models/rightsdutiespage/{topic.pk}/"
    response = admin_client.post(url, rights_page_form(explanation=""))
    assert response.status_code == 200
    assert "Leg in gewone woorden uit wat dit recht of deze plicht is." in page_text(response)
    assert not RightsDutiesPage.objects.exists()


def test_law_link_must_point_to_wetten_overheid(admin_client, topic):
    url = f"/admin/pages/add/content_models/rightsdutiespage/{topic.pk}/"
    data = rights_page_form(RIGHT["explanation"], law_url="https://example.org/wet")
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Gebruik een link naar wetten.overheid.nl." in page_text(response)
    assert not RightsDutiesPage.objects.exists()
