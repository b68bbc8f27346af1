"""Normbedrag variables in letter templates: checked when the editor saves, scored with an amount."""

import html

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content_models import readable_text
from content_models.models import LetterTemplate
from tests.amount_data import make_demo_amounts
from tests.factories import VARIABLE_NAAM, VARIABLE_WOONSITUATIE, LetterTemplateFactory, stream

pytestmark = pytest.mark.django_db

LETTER_ADD_URL = "/admin/snippets/content_models/lettertemplate/add/"
KEUZE = VARIABLE_WOONSITUATIE
DATUM = {
    "name": "ingangsdatum",
    "type": "date",
    "required": True,
    "example": "2027-01-01",
    "description": "Vanaf wanneer",
    "choices": [],
}


def normbedrag(**amount):
    return {
        "name": "bedrag",
        "type": "normbedrag",
        "required": False,
        "example": "",
        "description": "Het bedrag per maand",
        "choices": [],
        "amount_code": "PW-ALL-21",
        "amount_moment": "op_datum",
        "amount_date": "",
        "amount_choice": "",
        "amount_per_choice": [],
        **amount,
    }


def template(*variables):
    return LetterTemplateFactory.build(
        subject="Uw bijstand",
        variables=stream(*[("variable", v) for v in (VARIABLE_NAAM, *variables)]),
        body=stream(("paragraph", "<p>Beste {{ aanhef }},</p><p>U krijgt {{ bedrag }}.</p>")),
    )


def block_errors(letter) -> dict:
    """The errors of the last variable block, by field, as the admin shows them."""
    with pytest.raises(ValidationError) as error:
        letter.full_clean()
    data = error.value.error_dict["variables"][0].as_json_data()["blockErrors"]
    return {name: " ".join(m["messages"]) for name, m in data[max(data)]["blockErrors"].items()}


def messages(letter) -> list[str]:
    with pytest.raises(ValidationError) as error:
        letter.full_clean()
    return error.value.message_dict["variables"]


@pytest.fixture
def amounts(db):
    return make_demo_amounts()


def test_a_normbedrag_with_a_known_code_is_valid(amounts):
    template(
        KEUZE,
        DATUM,
        normbedrag(
            amount_date="ingangsdatum",
            amount_moment="vorig",
            amount_choice="woonsituatie",
            amount_per_choice=[{"choice": "samenwonend", "code": "PW-GEH-21"}],
        ),
    ).full_clean()


def test_a_normbedrag_needs_a_code(amounts):
    errors = block_errors(template(normbedrag(amount_code="")))
    assert errors["amount_code"] == "Geef de code van een normbedrag, bijvoorbeeld PW-ALL-21."


def test_an_unknown_code_is_an_error_naming_it(amounts):
    errors = block_errors(template(normbedrag(amount_code="PW-ALL-99")))
    assert "Er is geen normbedrag met de code 'PW-ALL-99'." in errors["amount_code"]


def test_an_unknown_code_per_choice_is_an_error_naming_it(amounts):
    variable = normbedrag(
        amount_choice="woonsituatie",
        amount_per_choice=[{"choice": "samenwonend", "code": "PW-XXX-21"}],
    )
    errors = block_errors(template(KEUZE, variable))
    assert "Er is geen normbedrag met de code 'PW-XXX-21'." in errors["amount_per_choice"]


def test_the_date_must_be_a_date_variable_of_the_letter(amounts):
    found = messages(template(KEUZE, normbedrag(amount_date="woonsituatie")))
    assert (
        "Het normbedrag 'bedrag' gebruikt de datum 'woonsituatie'. "
        "Maak dat een variabele van de soort Datum, of laat het veld leeg."
    ) in found


def test_a_choice_option_must_exist(amounts):
    variable = normbedrag(
        amount_choice="woonsituatie",
        amount_per_choice=[{"choice": "gehuwd", "code": "PW-GEH-21"}],
    )
    found = messages(template(KEUZE, variable))
    assert (
        "Bij het normbedrag 'bedrag' staat de keuze 'gehuwd'. "
        "Die staat niet bij de keuzes van 'woonsituatie'."
    ) in found


def test_the_gate_scores_the_letter_with_a_sample_amount(amounts):
    letter = template(normbedrag())
    texts = [block["text"] for block in readable_text.letter_with_examples(letter)]
    assert "<p>Beste heer Jansen,</p><p>U krijgt €\xa01.401,50.</p>" in texts


def amount_form(code):
    variable = {
        "name": "bedrag",
        "type": "normbedrag",
        "example": "",
        "description": "Het bedrag per maand",
        "choices": {"count": "0"},
        "amount_code": code,
        "amount_moment": "op_datum",
        "amount_date": "",
        "amount_choice": "",
        "amount_per_choice": {"count": "0"},
    }
    return nested_form_data(
        {
            "code": "PW-TST-200",
            "title": "Uw bijstand",
            "domain": "bijstand",
            "purpose": "Als de bijstand verandert.",
            "case_type": "Herziening",
            "document_type": "Brief",
            "subject": "Uw bijstand",
            "variables": streamfield([("variable", variable)]),
            "body": streamfield([("paragraph", rich_text("<p>U krijgt {{ bedrag }}.</p>"))]),
            "closing": streamfield([]),
        }
    )


def test_admin_refuses_an_unknown_code_in_dutch_and_saves_nothing(admin_client, amounts):
    response = admin_client.post(LETTER_ADD_URL, amount_form("PW-ONB-21"))
    assert response.status_code == 200
    assert "Er is geen normbedrag met de code 'PW-ONB-21'." in html.unescape(
        response.content.decode()
    )
    assert not LetterTemplate.objects.exists()
    saved = admin_client.post(LETTER_ADD_URL, amount_form("PW-ALL-21"))
    assert saved.status_code == 302
    assert LetterTemplate.objects.get(code="PW-TST-200")


def test_admin_form_folds_the_normbedrag_settings_into_their_own_group(admin_client):
    page = admin_client.get(LETTER_ADD_URL)
    assert page.status_code == 200
    assert "Normbedrag (alleen bij soort Normbedrag)" in html.unescape(page.content.decode())
