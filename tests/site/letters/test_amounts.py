"""Normbedragen in letters: Helder fills in the amount valid on the letter's date.

The caseworker never types these amounts. The API refuses a value for them, and says so
per variable when no amount is valid on the date.
"""

import datetime
import io
from xml.etree import ElementTree as ET

import pytest
import time_machine
from django.test import Client
from docx import Document
from pypdf import PdfReader

from tests.amount_data import make_demo_amounts
from tests.factories import VARIABLE_NAAM, VARIABLE_WOONSITUATIE, LetterTemplateFactory, stream
from tests.site.letters.conftest import ADDRESS, publish, render

pytestmark = pytest.mark.django_db

CODE = "PW-BED-100"
OLD, NEW = "€\xa01.401,50", "€\xa01.432,10"  # PW-ALL-21 up to 2026, from 2027
OLD_COUPLE, NEW_COUPLE = "€\xa02.002,14", "€\xa02.045,86"  # PW-GEH-21

VARIABLES = [
    VARIABLE_NAAM,
    VARIABLE_WOONSITUATIE,
    {
        "name": "ingangsdatum",
        "type": "date",
        "required": True,
        "example": "2027-01-01",
        "description": "Vanaf wanneer het nieuwe bedrag geldt",
        "choices": [],
    },
    {
        "name": "norm",
        "type": "normbedrag",
        "required": False,
        "example": "",
        "description": "Het bedrag op de datum van de brief",
        "choices": [],
        "amount_code": "PW-ALL-21",
        "amount_moment": "op_datum",
        "amount_date": "",
        "amount_choice": "woonsituatie",
        "amount_per_choice": [{"choice": "samenwonend", "code": "PW-GEH-21"}],
    },
    {
        "name": "oude_norm",
        "type": "normbedrag",
        "required": False,
        "example": "",
        "description": "Het bedrag van voor de ingangsdatum",
        "choices": [],
        "amount_code": "PW-ALL-21",
        "amount_moment": "vorig",
        "amount_date": "ingangsdatum",
        "amount_choice": "",
        "amount_per_choice": [],
    },
]
BODY = [
    (
        "paragraph",
        "<p>Beste {{ aanhef }},</p><p>Uw bijstand is <b>{{ norm }}</b> per maand. "
        "Tot {{ ingangsdatum }} was dat {{ oude_norm }}.</p>",
    ),
]
VALUES = {
    "aanhef": "mevrouw De Vries",
    "woonsituatie": "alleenstaand",
    "ingangsdatum": "2027-01-01",
}


@pytest.fixture
def amounts(db):
    return make_demo_amounts()


@pytest.fixture
def amount_letter(amounts, closing_text):
    template = LetterTemplateFactory(
        code=CODE,
        title="Uw bijstand per maand",
        subject="Uw bijstand per maand",
        variables=stream(*[("variable", v) for v in VARIABLES]),
        body=stream(*BODY),
    )
    template.full_clean()  # the checks an editor's save gets
    publish(template)
    return template


def text_of(response) -> str:
    assert response.status_code == 200, response.content[:800]
    return response.json()["letter"]["content"]


@pytest.mark.parametrize(
    ("letter_date", "expected"),
    [
        ("2026-12-31", OLD),  # the day before the new period starts
        ("2027-01-01", NEW),  # the first day of the new period
        ("2027-03-15", NEW),  # later in the new period
    ],
)
def test_amount_is_the_one_valid_on_the_letter_date(api, amount_letter, letter_date, expected):
    content = text_of(render(api, CODE, variables={**VALUES, "datum_brief": letter_date}))
    assert f"Uw bijstand is {expected} per maand." in content


def test_without_a_letter_date_the_amount_of_today_is_used(api, amount_letter):
    with time_machine.travel(datetime.datetime(2026, 12, 31, 23, 30, tzinfo=datetime.UTC)):
        # 00:30 on 1 January in the Netherlands: the letter is dated 1 January.
        content = text_of(render(api, CODE, variables=VALUES))
    assert f"Uw bijstand is {NEW} per maand." in content
    assert "1 januari 2027" in content


def test_previous_amount_is_the_one_before_the_period_of_the_date(api, amount_letter):
    for start in ("2027-01-01", "2027-04-30"):  # any day in the period: the same old amount
        content = text_of(
            render(
                api, CODE, variables={**VALUES, "ingangsdatum": start, "datum_brief": "2026-12-01"}
            )
        )
        assert f"was dat {OLD}." in content


def test_a_choice_picks_the_normbedrag(api, amount_letter):
    values = {**VALUES, "woonsituatie": "samenwonend", "datum_brief": "2027-02-01"}
    assert f"Uw bijstand is {NEW_COUPLE} per maand." in text_of(render(api, CODE, variables=values))


def test_a_caseworker_value_for_a_normbedrag_is_refused_by_name(api, amount_letter):
    response = render(api, CODE, variables={**VALUES, "norm": "999.99"})
    assert response.status_code == 422
    problems = response.json()["detail"]
    assert {
        "field": "variables",
        "variable": "norm",
        "code": "computed",
        "message": "Dit bedrag vult Helder zelf in uit de normbedragen. Stuur hier niets voor mee.",
    } in problems
    # An empty value (a tool that sends every field) is no typed amount: it is accepted.
    ok = render(api, CODE, variables={**VALUES, "norm": None, "oude_norm": ""})
    assert ok.status_code == 200


def test_no_amount_on_the_date_is_a_structured_error(api, amount_letter):
    response = render(api, CODE, variables={**VALUES, "datum_brief": "2026-06-30"})
    assert response.status_code == 422
    (problem,) = response.json()["detail"]
    assert problem["variable"] == "norm" and problem["code"] == "no_amount"
    assert "Er is geen normbedrag PW-ALL-21 dat geldt op 30 juni 2026." in problem["message"]


def test_no_previous_amount_is_a_structured_error(api, amount_letter):
    values = {**VALUES, "ingangsdatum": "2026-08-01", "datum_brief": "2026-08-01"}
    response = render(api, CODE, variables=values)
    assert response.status_code == 422
    (problem,) = response.json()["detail"]
    assert problem["variable"] == "oude_norm" and problem["code"] == "no_amount"
    assert "van vóór 1 juli 2026" in problem["message"]


def test_a_wrong_date_is_reported_once_and_not_as_a_missing_amount(api, amount_letter):
    response = render(api, CODE, variables={**VALUES, "ingangsdatum": "1-1-2027"})
    assert response.status_code == 422
    assert [(p["variable"], p["code"]) for p in response.json()["detail"]] == [
        ("ingangsdatum", "invalid")
    ]


def test_an_empty_optional_date_is_asked_for_before_its_amount(api, amounts, closing_text):
    optional = [{**v, "required": False} if v["name"] == "ingangsdatum" else v for v in VARIABLES]
    publish(
        LetterTemplateFactory(
            code=CODE,
            subject="Uw bijstand",
            variables=stream(*[("variable", v) for v in optional]),
            body=stream(*BODY),
        )
    )
    values = {**VALUES, "ingangsdatum": "", "datum_brief": "2027-01-04"}
    response = render(api, CODE, variables=values)
    assert response.status_code == 422
    assert response.json()["detail"] == [
        {
            "field": "variables",
            "variable": "oude_norm",
            "code": "no_date",
            "message": "Vul eerst de datum 'ingangsdatum' in. Dan vult Helder dit bedrag in.",
        }
    ]


def test_an_unpublished_normbedrag_gives_a_clear_error_not_a_500(api, amount_letter, amounts):
    amounts["PW-ALL-21"].unpublish()
    response = render(api, CODE, variables={**VALUES, "datum_brief": "2027-01-05"})
    assert response.status_code == 422
    codes = {(p["variable"], p["code"]) for p in response.json()["detail"]}
    assert codes == {("norm", "no_amount"), ("oude_norm", "no_amount")}


def test_on_the_start_date_letters_show_the_new_amount_without_a_new_approval(api, amount_letter):
    versions, contents = set(), []
    for moment in ("2026-12-31T12:00:00+01:00", "2027-01-01T08:00:00+01:00"):
        with time_machine.travel(datetime.datetime.fromisoformat(moment)):
            response = render(api, CODE, variables=VALUES)
            contents.append(text_of(response))
            versions.add(response["X-Helder-Template-Sha256"])
    assert f"Uw bijstand is {OLD} per maand." in contents[0]
    assert f"Uw bijstand is {NEW} per maand." in contents[1]
    assert len(versions) == 1  # the same approved letter: the data changed, not the text


def test_word_xml_and_pdf_show_the_formatted_amount(api, amount_letter):
    values = {**VALUES, **ADDRESS, "datum_brief": "2027-01-04"}
    word = render(api, CODE, variables=values, format="docx")
    assert word.status_code == 200
    texts = [p.text for p in Document(io.BytesIO(word.content)).paragraphs]
    assert any(
        f"Uw bijstand is {NEW} per maand. Tot 1 januari 2027 was dat {OLD}." in t for t in texts
    )

    xml = render(api, CODE, variables=values, format="xml")
    assert xml.status_code == 200
    paragraphs = ET.fromstring(xml.content).iterfind(
        ".//h:original/h:body/h:paragraph", {"h": "urn:helder:letter:1"}
    )
    assert any(NEW in "".join(p.itertext()) for p in paragraphs)

    pdf = render(api, CODE, variables=values, format="pdf")
    assert pdf.status_code == 200
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "1.432,10" in text and "1.401,50" in text


def test_a_translation_shows_the_same_amount_in_its_own_format(api, amount_letter, english_locale):
    translation = amount_letter.copy_for_translation(english_locale)
    translation.subject = "Your benefit per month"
    translation.body = stream(
        (
            "paragraph",
            "<p>Dear {{ aanhef }},</p><p>Your benefit is <b>{{ norm }}</b> a month. "
            "Until {{ ingangsdatum }} it was {{ oude_norm }}.</p>",
        ),
    )
    translation.save()
    publish(translation)
    values = {**VALUES, "datum_brief": "2027-01-04"}
    data = render(api, CODE, variables=values, language="en").json()
    assert f"Uw bijstand is {NEW} per maand." in data["letter"]["content"]
    assert (
        "Your benefit is €1,432.10 a month. Until 1 January 2027 it was €1,401.50."
        in (data["translation"]["content"])
    )


# The letter-tool interface ------------------------------------------------------------------


def test_letter_detail_lists_normbedragen_as_computed(api, amount_letter):
    variables = {v["name"]: v for v in api.get(f"/api/v1/letters/{CODE}/").json()["variables"]}
    assert variables["aanhef"]["computed"] is False and variables["aanhef"]["amount"] is None
    assert variables["norm"]["computed"] is True
    assert variables["norm"]["type"] == "normbedrag"
    assert variables["norm"]["required"] is False
    assert variables["norm"]["amount"] == {
        "code": "PW-ALL-21",
        "moment": "op_datum",
        "date_variable": None,
        "choice_variable": "woonsituatie",
        "per_choice": {"samenwonend": "PW-GEH-21"},
    }
    assert variables["oude_norm"]["amount"]["moment"] == "vorig"
    assert variables["oude_norm"]["amount"]["date_variable"] == "ingangsdatum"


def test_structure_puts_normbedragen_in_the_computed_group(api, amount_letter):
    fields = api.get(f"/api/v1/letters/{CODE}/structure").json()["fields"]
    groups = {f["name"]: f["group"] for f in fields}
    assert groups["norm"] == groups["oude_norm"] == "computed"
    assert groups["aanhef"] == "variable" and groups["datum_brief"] == "letter"


def test_openapi_schema_documents_computed_variables(db):
    schema = Client().get("/api/v1/openapi.json").json()["components"]["schemas"]
    variable = schema["Variable"]["properties"]
    assert "normbedrag" in variable["type"]["enum"]
    assert "computed" in variable and "amount" in variable
    assert set(schema["AmountSource"]["properties"]) == {
        "code",
        "moment",
        "date_variable",
        "choice_variable",
        "per_choice",
    }
    assert "computed" in schema["FieldOut"]["properties"]["group"]["enum"]


def test_other_letters_keep_their_version_hash(letter):
    # Only normbedrag variables carry the new "amount" key: no other letter gets a new sha256.
    from helder.letters.approved import approved_letter

    content = approved_letter(letter).content
    assert all("amount" not in variable for variable in content["variables"])


# The caseworker's page ----------------------------------------------------------------------


@pytest.fixture
def web(caseworker):
    client = Client()
    client.force_login(caseworker)
    return client


def test_caseworker_page_lists_amounts_without_an_input(web, amount_letter):
    page = web.get(f"/medewerkers/brieven/{CODE}/").content.decode()
    assert "Dit vult Helder zelf in" in page
    assert (
        "Normbedrag PW-ALL-21 of PW-GEH-21: het bedrag dat geldt op de datum van de brief." in page
    )
    assert 'name="norm"' not in page and 'name="oude_norm"' not in page
    assert 'name="ingangsdatum"' in page


def test_caseworker_preview_shows_the_amounts(web, amount_letter):
    response = web.post(
        f"/medewerkers/brieven/{CODE}/",
        {**VALUES, "datum_brief": "2027-01-04", "action": "preview"},
    )
    assert response.status_code == 200
    assert f"Uw bijstand is <strong>{NEW}</strong> per maand." in response.content.decode()


def test_caseworker_gets_a_dutch_message_when_no_amount_is_valid(web, amount_letter):
    response = web.post(
        f"/medewerkers/brieven/{CODE}/",
        {**VALUES, "datum_brief": "2026-01-05", "action": "preview"},
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "Norm: Er is geen normbedrag PW-ALL-21 dat geldt op 5 januari 2026." in page
    assert "Voorbeeld van de brief" not in page


# The demo letter ----------------------------------------------------------------------------


def test_demo_letter_shows_old_and_new_amount_from_the_data(api, demo_letters):
    values = {
        "aanhef": "heer Jansen",
        "ingangsdatum": "2027-01-01",
        "woonsituatie": "alleenstaand",
        "datum_brief": "2026-12-01",
    }
    content = text_of(render(api, "PW-NOR-001", variables=values))
    assert f"Uw bedrag tot nu toe: {OLD} per maand" in content
    assert f"Uw nieuwe bedrag: {NEW} per maand" in content

    couple = text_of(
        render(api, "PW-NOR-001", variables={**values, "woonsituatie": "gehuwd of samenwonend"})
    )
    assert f"Uw bedrag tot nu toe: {OLD_COUPLE} per maand" in couple
    assert f"Uw nieuwe bedrag: {NEW_COUPLE} per maand" in couple


def test_demo_letter_has_no_amount_a_caseworker_types(api, demo_letters):
    variables = api.get("/api/v1/letters/PW-NOR-001/").json()["variables"]
    money = [v["name"] for v in variables if v["type"] == "money"]
    computed = sorted(v["name"] for v in variables if v["computed"])
    assert money == [] and computed == ["nieuw_bedrag", "oud_bedrag"]
