"""Every bad input gets a structured answer naming the field, never a 500: API and pages.

Soft line break: a line break. Other control characters: 422. Out-of-range numbers and
money: 422. Too large: 413. Invalid or too deeply nested JSON: 400. Unknown letters and
versions: 404.
"""

import json

import pytest
from django.test import Client

from tests.site.letters.conftest import ADDRESS, GOOD_VALUES, render

pytestmark = pytest.mark.django_db

PAGE = "/medewerkers/brieven/PW-TST-100/"
TOO_LARGE = 2_621_440 + 1  # Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB), plus one


@pytest.fixture
def web(caseworker):
    client = Client()
    client.force_login(caseworker)
    return client


def only_problem(response, status=422):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    detail = response.json()["detail"]
    assert len(detail) == 1, detail
    return detail[0]


@pytest.mark.parametrize("fmt", ["text", "html", "docx", "pdf", "xml"])
def test_soft_line_break_becomes_a_line_break(api, letter, fmt):
    values = {**GOOD_VALUES, **ADDRESS, "toelichting": "Regel een\x0bRegel twee"}
    response = render(api, variables=values, format=fmt)
    assert response.status_code == 200, response.content[:300]
    if fmt == "text":
        assert "Let op: Regel een\nRegel twee" in response.json()["letter"]["content"]
    if fmt == "html":
        assert "Let op: Regel een<br>Regel twee" in response.json()["letter"]["content"]


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x0c", "\x7f", "\x85", "\u2029"])
@pytest.mark.parametrize("fmt", ["text", "docx"])
def test_other_control_characters_get_422_naming_the_variable(api, letter, char, fmt):
    values = {**GOOD_VALUES, **ADDRESS, "aanhef": f"heer{char}Jansen"}
    problem = only_problem(render(api, variables=values, format=fmt))
    assert (problem["field"], problem["variable"], problem["code"]) == (
        "variables",
        "aanhef",
        "control_character",
    )
    assert "teken" in problem["message"]


@pytest.mark.parametrize(
    ("name", "value", "code"),
    [
        ("bedrag", "1" * 27, "money_out_of_range"),
        ("bedrag", "9" * 13 + ".99", "money_out_of_range"),
        ("bedrag", 10**30, "money_out_of_range"),
        ("bedrag", -(10**13), "money_out_of_range"),
        ("aantal", "1" * 26, "number_out_of_range"),
        ("aantal", 10**25, "number_out_of_range"),
        ("aantal", 1e300, "invalid"),
        ("aantal", "-" + "9" * 40, "number_out_of_range"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "docx"])
def test_out_of_range_numbers_and_money_get_422(api, letter, name, value, code, fmt):
    values = {**GOOD_VALUES, **ADDRESS, name: value}
    problem = only_problem(render(api, variables=values, format=fmt))
    assert (problem["variable"], problem["code"]) == (name, code)


def test_largest_allowed_amounts_still_render(api, letter):
    values = {**GOOD_VALUES, **ADDRESS, "bedrag": "999999999999.99", "aantal": "9" * 15}
    response = render(api, variables=values, format="docx")
    assert response.status_code == 200


def test_body_over_the_limit_gets_413_in_json(api, letter):
    body = json.dumps({"variables": {**GOOD_VALUES, "toelichting": "x" * TOO_LARGE}})
    response = api.post(
        "/api/v1/letters/PW-TST-100/render", data=body, content_type="application/json"
    )
    problem = only_problem(response, 413)
    assert (problem["field"], problem["code"]) == ("body", "too_large")


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"variables": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_001,
        b'{"variables": {"aanhef": "x"',
        b"\x00\x01",
    ],
    ids=["nested-list", "nested-object", "truncated", "binary"],
)
def test_nested_or_invalid_json_gets_400_in_json(api, letter, raw):
    response = api.post(
        "/api/v1/letters/PW-TST-100/render", data=raw, content_type="application/json"
    )
    problem = only_problem(response, 400)
    assert problem["field"] == "body"
    assert problem["code"] in ("invalid_json", "too_deep", "not_an_object")


def test_unknown_codes_and_versions_get_404_in_json(api, letter):
    for response in (
        render(api, "PW-BESTAAT-NIET", variables=GOOD_VALUES),
        api.get("/api/v1/letters/PW-BESTAAT-NIET/"),
        api.get("/api/v1/letters/PW-TST-100/versions/" + "0" * 64),
        api.get("/api/v1/letters/PW-TST-100/versions/kort"),
        api.get("/api/v1/letters/PW-TST-100/structure?version=" + "a" * 64),
        render(api, variables=GOOD_VALUES, version="b" * 64),
        api.post(
            "/api/v1/letters/PW-TST-100/versions/" + "0" * 64 + "/render",
            data="{}",
            content_type="application/json",
        ),
    ):
        assert response.status_code == 404, response.content[:200]
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["detail"]


def test_a_letter_tool_can_pin_the_version(api, letter):
    first = render(api, variables=GOOD_VALUES).json()["version"]["sha256"]
    pinned = render(api, variables=GOOD_VALUES, version=first)
    assert pinned.status_code == 200
    assert pinned["X-Helder-Template-Sha256"] == first


# The same rules on the caseworker pages ---------------------------------------------


def test_page_soft_line_break_becomes_a_line_break(web, letter):
    values = {**GOOD_VALUES, "toelichting": "Regel een\x0bRegel twee", "action": "preview"}
    response = web.post(PAGE, values)
    assert response.status_code == 200
    assert "Let op: Regel een<br>Regel twee" in response.content.decode()


def test_page_control_character_gets_422_next_to_the_field(web, letter):
    response = web.post(PAGE, {**GOOD_VALUES, "aanhef": "heer\x00Jansen", "action": "preview"})
    assert response.status_code == 422
    page = response.content.decode()
    assert 'id="id_aanhef_fout"' in page and "onzichtbaar teken" in page
    assert "Null characters" not in page


@pytest.mark.parametrize(("name", "value"), [("bedrag", "1" * 27), ("aantal", "1" * 26)])
def test_page_out_of_range_gets_422_next_to_the_field(web, letter, name, value):
    response = web.post(PAGE, {**GOOD_VALUES, **ADDRESS, name: value, "action": "docx"})
    assert response.status_code == 422
    assert f'id="id_{name}_fout"' in response.content.decode()


def test_page_body_over_the_limit_gets_413(web, letter):
    response = web.post(PAGE, {**GOOD_VALUES, "toelichting": "x" * TOO_LARGE, "action": "preview"})
    assert response.status_code == 413
    assert "te veel tekst" in response.content.decode()


def test_page_unknown_letter_gets_404(web, letter):
    assert web.get("/medewerkers/brieven/PW-BESTAAT-NIET/").status_code == 404
    assert web.post("/medewerkers/brieven/PW-BESTAAT-NIET/", GOOD_VALUES).status_code == 404
