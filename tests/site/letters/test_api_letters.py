"""Listing and reading approved letters; drafts stay invisible; versions by sha256."""

import pytest

from content_models.models import LetterTemplate
from tests.factories import LetterTemplateFactory
from tests.site.letters.conftest import GOOD_VALUES, publish, render

pytestmark = pytest.mark.django_db


def test_list_shows_approved_letters_with_version_and_level(api, letter, english_letter):
    data = api.get("/api/v1/letters/").json()
    assert data["count"] == 1
    item = data["items"][0]
    assert item["code"] == "PW-TST-100"
    assert item["languages"] == ["nl", "en"]
    assert item["readability_level"] in {"A1", "A2", "B1", "B2", "C1", "C2"}
    assert item["version"]["revision_id"] == letter.live_revision_id
    assert len(item["version"]["sha256"]) == 64
    assert item["version"]["approved_at"]


def test_list_leaves_out_letters_never_published(api, letter):
    LetterTemplateFactory(code="PW-TST-200")  # a row, but no live revision
    draft = LetterTemplateFactory(code="PW-TST-201", live=False)
    draft.save_revision()
    codes = [item["code"] for item in api.get("/api/v1/letters/").json()["items"]]
    assert codes == ["PW-TST-100"]


def test_list_filters_search_and_pagination(api, letter, english_letter):
    other = LetterTemplateFactory(code="WMO-TST-001", title="Hulpmiddel", domain="wmo")
    publish(other)
    assert api.get("/api/v1/letters/?domain=wmo").json()["count"] == 1
    assert api.get("/api/v1/letters/?language=en").json()["items"][0]["code"] == "PW-TST-100"
    assert api.get("/api/v1/letters/?q=hulpmiddel").json()["items"][0]["code"] == "WMO-TST-001"
    assert api.get("/api/v1/letters/?q=bestaatniet").json()["count"] == 0
    page = api.get("/api/v1/letters/?limit=1&offset=1").json()
    assert page["count"] == 2 and len(page["items"]) == 1 and page["offset"] == 1


@pytest.mark.parametrize("query", ["limit=0", "limit=abc", "offset=-1", "limit=1000"])
def test_bad_query_parameters_get_422_naming_the_field(api, letter, query):
    response = api.get(f"/api/v1/letters/?{query}")
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == query.split("=")[0]


def test_detail_has_variable_schema_body_and_standard_blocks(api, letter):
    response = api.get("/api/v1/letters/PW-TST-100/")
    data = response.json()
    assert response["X-Helder-Template-Sha256"] == data["version"]["sha256"]
    assert [v["name"] for v in data["variables"]][:3] == ["aanhef", "datum_besluit", "bedrag"]
    choice = next(v for v in data["variables"] if v["type"] == "choice")
    assert choice["choices"] == ["alleenstaand", "samenwonend"]
    conditional = [s for s in data["body"] if s["type"] == "conditional"]
    assert [s["variable"] for s in conditional] == ["aantal", "toelichting"]
    assert data["standard_blocks"][0]["key"] == "bezwaar"
    assert data["subject"] == "Besluit van {{ datum_besluit }}"


def test_unknown_letter_is_404(api, letter):
    assert api.get("/api/v1/letters/XX-NIET-001/").status_code == 404
    assert render(api, code="XX-NIET-001", variables={}).status_code == 404


def test_draft_changes_stay_invisible_until_published(api, letter):
    before = api.get("/api/v1/letters/PW-TST-100/").json()
    draft = LetterTemplate.objects.get(pk=letter.pk)
    draft.subject = "GEHEIM CONCEPT {{ datum_besluit }}"
    draft.title = "Concepttitel"
    draft.domain = "wmo"
    draft.save_revision()

    after = api.get("/api/v1/letters/PW-TST-100/").json()
    assert after["subject"] == before["subject"]
    assert after["title"] == before["title"]
    assert after["version"] == before["version"]
    assert api.get("/api/v1/letters/?domain=wmo").json()["count"] == 0
    rendered = render(api, variables=GOOD_VALUES).json()
    assert "GEHEIM" not in rendered["letter"]["content"]
    assert rendered["version"]["sha256"] == before["version"]["sha256"]


def test_draft_renaming_the_code_does_not_move_the_letter(api, letter):
    draft = LetterTemplate.objects.get(pk=letter.pk)
    draft.code = "PW-TST-999"
    draft.save()  # the row now holds the draft code
    draft.save_revision()
    assert api.get("/api/v1/letters/PW-TST-100/").status_code == 200
    assert api.get("/api/v1/letters/PW-TST-999/").status_code == 404


def test_historic_version_stays_available_after_edit_and_publish(api, letter):
    old = api.get("/api/v1/letters/PW-TST-100/").json()
    edited = LetterTemplate.objects.get(pk=letter.pk)
    edited.subject = "Nieuw besluit van {{ datum_besluit }}"
    publish(edited)

    new = api.get("/api/v1/letters/PW-TST-100/").json()
    assert new["version"]["sha256"] != old["version"]["sha256"]
    assert new["version"]["revision_id"] != old["version"]["revision_id"]

    sha = old["version"]["sha256"]
    historic = api.get(f"/api/v1/letters/PW-TST-100/versions/{sha}")
    assert historic.status_code == 200
    assert historic.json()["subject"] == "Besluit van {{ datum_besluit }}"
    assert historic.json()["version"]["revision_id"] == old["version"]["revision_id"]

    rendered = api.post(
        f"/api/v1/letters/PW-TST-100/versions/{sha}/render",
        data={"variables": GOOD_VALUES},
        content_type="application/json",
    ).json()
    assert rendered["letter"]["subject"] == "Besluit van 1 januari 2027"
    assert rendered["version"]["sha256"] == sha


def test_version_is_found_even_if_it_was_never_served_or_recorded(api, letter):
    from helder.letters.approved import approved_letter
    from helder.letters.models import ApprovedLetterVersion

    sha = approved_letter(letter).sha256
    ApprovedLetterVersion.objects.all().delete()  # as if published before the service existed
    response = api.get(f"/api/v1/letters/PW-TST-100/versions/{sha}")
    assert response.status_code == 200
    assert response.json()["version"]["sha256"] == sha


def test_unknown_or_malformed_sha_is_404(api, letter):
    assert api.get("/api/v1/letters/PW-TST-100/versions/" + "0" * 64).status_code == 404
    assert api.get("/api/v1/letters/PW-TST-100/versions/abc").status_code == 404


def test_a_draft_revision_sha_cannot_be_fetched(api, letter):
    from helder.letters.approved import approved_letter

    draft = LetterTemplate.objects.get(pk=letter.pk)
    draft.subject = "Concept {{ datum_besluit }}"
    revision = draft.save_revision()
    # The sha the draft would have if it were published.
    snapshot = LetterTemplate(
        pk=letter.pk,
        live=True,
        live_revision_id=revision.pk,
        locale=letter.locale,
        translation_key=letter.translation_key,
        last_published_at=revision.created_at,
    )
    draft_sha = approved_letter(snapshot).sha256
    assert api.get(f"/api/v1/letters/PW-TST-100/versions/{draft_sha}").status_code == 404


def test_republishing_a_closing_text_changes_the_version(api, letter, closing_text):
    old_sha = api.get("/api/v1/letters/PW-TST-100/").json()["version"]["sha256"]
    closing_text.body = "<p>Stuur ons binnen zes weken een brief of bel ons.</p>"
    publish(closing_text)
    new = api.get("/api/v1/letters/PW-TST-100/").json()
    assert new["version"]["sha256"] != old_sha
    assert "bel ons" in new["standard_blocks"][0]["body"]
    assert api.get(f"/api/v1/letters/PW-TST-100/versions/{old_sha}").status_code == 200


def test_draft_of_a_closing_text_stays_invisible(api, letter, closing_text):
    closing_text.body = "<p>CONCEPT</p>"
    closing_text.save_revision()
    data = api.get("/api/v1/letters/PW-TST-100/").json()
    assert "CONCEPT" not in data["standard_blocks"][0]["body"]
