"""The Leesbaarheid panel in the editors, and the live check behind it."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils.timezone import now
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content_models.models import InformationPage, LetterTemplate, ReadabilityCheck
from tests.content_models.test_gate import OFFICIALESE, PLAIN
from tests.factories import InformationPageFactory, LetterTemplateFactory, UserFactory

pytestmark = pytest.mark.django_db


def live_url(model, pk=None):
    content_type = ContentType.objects.get_for_model(model)
    return f"/admin/leesbaarheid/live/{content_type.pk}/" + (f"{pk}/" if pk else "")


def page_form(page, text):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text(text))]),
        }
    )


@pytest.fixture
def page(topic):
    return InformationPageFactory(parent=topic, slug="info")


def test_page_and_snippet_editors_show_the_panel(admin_client, page, topic):
    for url in (
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/add/content_models/informationpage/{topic.pk}/",
        f"/admin/snippets/content_models/lettertemplate/edit/{LetterTemplateFactory().pk}/",
    ):
        html = admin_client.get(url).content.decode()
        assert "data-helder-readability" in html, url
        assert "content_models/js/readability-panel.js" in html


def test_editors_of_non_gated_snippets_have_no_panel(admin_client):
    html = admin_client.get("/admin/snippets/content_models/jargonentry/add/").content.decode()
    assert "data-helder-readability" not in html


def test_live_check_blocks_officialese_above_b1(admin_client, page):
    result = admin_client.post(
        live_url(InformationPage, page.pk), page_form(page, OFFICIALESE)
    ).json()
    assert result["ok"] and not result["passes"]
    assert "boven B1" in result["verdict"]
    assert any(f["excerpt"].lower() == "indien" for f in result["findings"])


def test_live_check_lists_sentences_hardest_first_with_suggestions(admin_client, page):
    """The panel's "Moeilijkste zinnen eerst" list comes from this JSON."""
    result = admin_client.post(
        live_url(InformationPage, page.pk), page_form(page, PLAIN + " " + OFFICIALESE)
    ).json()
    sentences = result["sentences"]
    assert [s["rank"] for s in sentences] == list(range(len(sentences)))
    scores = [s["score"] for s in sentences]
    assert scores == sorted(scores, reverse=True)
    hardest = sentences[0]
    assert hardest["text"].startswith("Indien")
    assert hardest["level"] not in ("A1", "A2", "B1")
    assert hardest["suggestions"] and all(t["message"] for t in hardest["suggestions"])
    assert any(s["text"].startswith("Geef ons") for s in sentences[1:])


def test_live_check_passes_the_plain_rewrite_and_saves_nothing(admin_client, page):
    revisions = page.revisions.count()
    result = admin_client.post(live_url(InformationPage, page.pk), page_form(page, PLAIN)).json()
    assert result["ok"] and result["passes"]
    assert "B1 of makkelijker" in result["verdict"]
    assert page.revisions.count() == revisions


def test_live_check_works_on_the_create_form(admin_client, topic):
    data = page_form(InformationPage(title="Nieuw", slug="nieuw", intro="Kort."), OFFICIALESE)
    data["helder_parent_page"] = topic.pk
    result = admin_client.post(live_url(InformationPage), data).json()
    assert result["ok"] and not result["passes"]


def test_live_check_asks_for_required_fields_first(admin_client, page):
    result = admin_client.post(live_url(InformationPage, page.pk), {"title": ""}).json()
    assert not result["ok"] and "verplichte velden" in result["message"]


def test_live_check_needs_edit_rights(client, page):
    reader = UserFactory(groups=["Ervaringsdeskundigen"])
    client.force_login(reader)
    response = client.post(live_url(InformationPage, page.pk), page_form(page, PLAIN))
    assert response.status_code in (302, 403)


def test_live_check_for_a_letter_template(admin_client):
    letter = LetterTemplateFactory()
    data = {
        "code": letter.code,
        "title": letter.title,
        "domain": "bijstand",
        "purpose": "Test.",
        "case_type": "x",
        "document_type": "y",
        "subject": "Uw brief",
        **nested_form_data(
            {
                "variables": streamfield([]),
                "body": streamfield([("paragraph", rich_text(OFFICIALESE))]),
                "closing": streamfield([]),
            }
        ),
    }
    result = admin_client.post(live_url(LetterTemplate, letter.pk), data).json()
    assert result["ok"] and not result["passes"]


def test_live_check_sends_a_grey_zone_text_to_a_person_not_away(
    admin_client, live_page, grey_zone_text
):
    """Near the boundary the panel says a person decides, not "zo kan de tekst niet live"."""
    result = admin_client.post(
        live_url(InformationPage, live_page.pk), page_form(live_page, grey_zone_text)
    ).json()
    assert result["ok"] and not result["passes"] and result["human_check"]
    assert "Een mens beslist" in result["verdict"]
    assert "niet live" not in result["verdict"] and "tegen" not in result["verdict"]
    assert any("Versimpeltoets" in reason for reason in result["reasons"])

    # The panel's first line (the stored check) names the grey zone too.
    ReadabilityCheck.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(InformationPage),
        object_id=str(live_page.pk),
        defaults={"level": "B1", "passes": False, "verdict": "human_check", "checked_at": now()},
    )
    html = admin_client.get(f"/admin/pages/{live_page.pk}/edit/").content.decode()
    assert "niveau B1, B1-toets door een mens." in html
    assert "tegengehouden" not in html
