"""Rendering: formatting, conditional sections, escaping, DOCX, translations and every 422."""

import io
import json

import pytest
from docx import Document

from tests.site.letters.conftest import ADDRESS, GOOD_VALUES, render

pytestmark = pytest.mark.django_db


def test_text_render_formats_values_in_dutch(api, letter):
    response = render(api, variables=GOOD_VALUES, format="text")
    assert response.status_code == 200
    data = response.json()
    content = data["letter"]["content"]
    assert data["letter"]["subject"] == "Besluit van 1 januari 2027"
    assert "Beste mevrouw De Vries," in content
    assert "€\xa01.234,56" in content  # Babel: "€ 1.234,56" with a no-break space
    assert "- Uw woonsituatie: alleenstaand." in content
    assert "Bent u het niet eens met dit besluit?" in content
    assert "<" not in content
    assert data["translation"] is None and data["notice"] is None
    assert response["X-Helder-Template-Sha256"] == data["version"]["sha256"]
    assert response["Cache-Control"] == "no-store"


def test_format_defaults_to_text(api, letter):
    assert render(api, variables=GOOD_VALUES).json()["format"] == "text"


def test_conditional_sections_only_when_filled(api, letter):
    without = render(api, variables=GOOD_VALUES).json()["letter"]["content"]
    assert "Bij u wonen" not in without and "Let op" not in without
    filled = {**GOOD_VALUES, "aantal": 1234, "toelichting": "  "}
    content = render(api, variables=filled).json()["letter"]["content"]
    assert "Bij u wonen 1.234 mensen." in content  # format_decimal, nl
    assert "Let op" not in content  # blank is not filled


def test_values_are_escaped_in_html(api, letter):
    values = {**GOOD_VALUES, "aanhef": '<script>alert("x")</script> & <b>Jansen</b>'}
    content = render(api, variables=values, format="html").json()["letter"]["content"]
    assert "<script>" not in content
    assert "&lt;script&gt;" in content
    assert "&amp; &lt;b&gt;Jansen&lt;/b&gt;" in content
    assert "<strong>€\xa01.234,56</strong>" in content  # template markup survives


def test_template_syntax_in_values_is_not_interpreted(api, letter):
    values = {**GOOD_VALUES, "aanhef": "{{ bedrag }} {% now 'Y' %}"}
    content = render(api, variables=values).json()["letter"]["content"]
    assert "Beste {{ bedrag }} {% now 'Y' %}," in content


def test_docx_opens_and_holds_the_merged_values(api, letter):
    values = {**GOOD_VALUES, **ADDRESS, "aanhef": "Jansen <w:t>&"}
    response = render(api, variables=values, format="docx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["X-Helder-Template-Sha256"]
    assert response["X-Helder-Template-Revision"] == str(letter.live_revision_id)
    assert response["Cache-Control"] == "no-store"
    document = Document(io.BytesIO(response.content))
    texts = [p.text for p in document.paragraphs]
    subject = next(p for p in document.paragraphs if p.style.name == "Helder Onderwerp")
    assert subject.text == "Onderwerp\tBesluit van 1 januari 2027"
    assert "Beste Jansen <w:t>&," in texts
    assert any("€\xa01.234,56" in t for t in texts)
    items = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in items] == ["Uw woonsituatie: alleenstaand.", "Wij betalen elke maand."]
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert "€\xa01.234,56" in bold


def test_bilingual_render_holds_dutch_translation_and_notice(api, english_letter):
    values = {**GOOD_VALUES, "aantal": "2"}
    response = render(api, variables=values, format="text", language="en")
    assert response.status_code == 200
    data = response.json()
    assert data["letter"]["language"] == "nl"
    assert "Beste mevrouw De Vries," in data["letter"]["content"]
    assert data["translation"]["language"] == "en"
    assert data["translation"]["subject"] == "Decision of 1 January 2027"
    assert "2 people live with you." in data["translation"]["content"]
    assert data["translation"]["version"]["sha256"] != data["version"]["sha256"]
    assert data["notice"]["language"] == "en"
    assert "Dutch letter" in data["notice"]["text"]
    assert "Nederlandse brief" in data["notice"]["text_nl"]
    assert response["X-Helder-Translation-Sha256"] == data["translation"]["version"]["sha256"]


def test_bilingual_docx_has_both_letters_and_the_notice(api, english_letter):
    response = render(api, variables={**GOOD_VALUES, **ADDRESS}, format="docx", language="en")
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "Beste mevrouw De Vries," in text
    assert "Dear mevrouw De Vries," in text
    assert "Only the Dutch letter is official" in text
    assert "Alleen de Nederlandse brief is officieel" in text


def test_unpublished_translation_is_not_a_language(api, letter, english_locale):
    translation = letter.copy_for_translation(english_locale)
    translation.save()
    translation.save_revision()  # a draft translation only
    response = render(api, variables=GOOD_VALUES, language="en")
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "language"


def problems(response):
    assert response.status_code == 422, response.content
    return {(p["field"], p["variable"], p["code"]) for p in response.json()["detail"]}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"onbekend": "x"}, ("variables", "onbekend", "unknown")),
        ({"aanhef": ""}, ("variables", "aanhef", "required")),
        ({"aanhef": None}, ("variables", "aanhef", "required")),
        ({"datum_besluit": "31-01-2027"}, ("variables", "datum_besluit", "invalid")),
        ({"datum_besluit": "2027-02-30"}, ("variables", "datum_besluit", "invalid")),
        ({"bedrag": "twaalf"}, ("variables", "bedrag", "invalid")),
        ({"bedrag": "12.345"}, ("variables", "bedrag", "invalid")),
        ({"aantal": "2,5"}, ("variables", "aantal", "invalid")),
        ({"aantal": 2.5}, ("variables", "aantal", "invalid")),
        ({"woonsituatie": "getrouwd"}, ("variables", "woonsituatie", "invalid")),
        ({"aanhef": ["a"]}, ("variables", "aanhef", "wrong_type")),
        ({"aanhef": True}, ("variables", "aanhef", "wrong_type")),
        ({"aanhef": "x" * 2001}, ("variables", "aanhef", "too_long")),
    ],
)
def test_each_bad_value_gets_a_422_naming_the_variable(api, letter, change, expected):
    response = render(api, variables={**GOOD_VALUES, **change})
    assert problems(response) == {expected}
    message = response.json()["detail"][0]["message"]
    assert message and message[0].isupper()


def test_missing_required_variables_are_all_listed(api, letter):
    found = problems(render(api, variables={}))
    assert found == {
        ("variables", name, "required")
        for name in ("aanhef", "datum_besluit", "bedrag", "woonsituatie")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"variables": GOOD_VALUES, "format": "odt"}, ("format", None, "invalid_choice")),
        ({"variables": GOOD_VALUES, "language": "fr"}, ("language", None, "unknown_language")),
        ({"variables": GOOD_VALUES, "language": 5}, ("language", None, "unknown_language")),
        ({"variables": GOOD_VALUES, "extra": 1}, ("extra", None, "unknown_field")),
        ({"variables": ["a"]}, ("variables", None, "not_an_object")),
    ],
)
def test_wrong_top_level_fields_get_a_422_naming_the_field(api, letter, body, expected):
    assert problems(render(api, **body)) == {expected}


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"{not json", "invalid_json"),
        (b"", "invalid_json"),
        (b"[1, 2]", "not_an_object"),
        (b'"tekst"', "not_an_object"),
        (b"\xff\xfe", "invalid_json"),
    ],
)
def test_malformed_body_gets_a_400(api, letter, raw, code):
    response = api.post(
        "/api/v1/letters/PW-TST-100/render", data=raw, content_type="application/json"
    )
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    detail = response.json()["detail"]
    assert {(p["field"], p["variable"], p["code"]) for p in detail} == {("body", None, code)}


def test_error_messages_never_echo_the_submitted_value(api, letter):
    secret = "123456782-geheim"
    response = render(api, variables={**GOOD_VALUES, "datum_besluit": secret, "bedrag": secret})
    assert secret not in json.dumps(response.json())
