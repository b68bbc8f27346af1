"""Standard texts and rights-and-duties explanations: approved versions only."""

import pytest
from django.test import Client

from content_models.models import StandardText
from tests.factories import RightsDutiesPageFactory, StandardTextFactory
from tests.site.letters.conftest import publish

pytestmark = pytest.mark.django_db


def test_texts_list_only_live_texts_with_the_approved_body(api, closing_text):
    StandardTextFactory(key="nooit-gepubliceerd")  # no live revision
    draft = StandardText.objects.get(pk=closing_text.pk)
    draft.body = "<p>CONCEPT</p>"
    draft.save_revision()
    data = api.get("/api/v1/texts/").json()
    assert [item["key"] for item in data["items"]] == ["bezwaar"]
    assert data["items"][0]["body"] == "<p>Stuur ons binnen zes weken een brief.</p>"
    detail = api.get(f"/api/v1/texts/{closing_text.pk}/").json()
    assert detail["version"]["revision_id"] == closing_text.live_revision_id
    assert "CONCEPT" not in detail["body"]


def test_unknown_text_is_404(api, closing_text):
    assert api.get("/api/v1/texts/999999/").status_code == 404


def test_rights_duties_from_live_pages(api, topic):
    page = RightsDutiesPageFactory(parent=topic, title="Uw rechten en plichten")
    publish(page)
    data = api.get("/api/v1/rights-duties/").json()
    assert data["count"] == 1
    item = data["items"][0]
    assert item["law"] == "Participatiewet"
    assert item["law_url"].startswith("https://wetten.overheid.nl/")
    assert {i["kind"] for i in item["items"]} == {"right", "duty"}
    detail = api.get(f"/api/v1/rights-duties/{page.pk}/").json()
    assert detail["title"] == "Uw rechten en plichten"


def test_unpublished_rights_duties_page_is_404(api, topic):
    page = RightsDutiesPageFactory(parent=topic, live=False)
    assert api.get(f"/api/v1/rights-duties/{page.pk}/").status_code == 404
    assert Client().get(f"/api/v1/rights-duties/{page.pk}/").status_code == 401
