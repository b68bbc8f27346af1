import pytest
from wagtail.models import Locale

from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_live_pages_in_every_language(client, topic):
    live = InformationPageFactory(parent=topic, slug="huur")
    draft = InformationPageFactory(parent=topic, slug="concept")
    draft.unpublish()
    english, _created = Locale.objects.get_or_create(language_code="en")
    home = topic.get_parent()
    home.copy_for_translation(english).save_revision().publish()
    topic.copy_for_translation(english).save_revision().publish()
    live.copy_for_translation(english).save_revision().publish()

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "<loc>http://localhost/nl/bijstand/huur/</loc>" in xml
    assert "<loc>http://localhost/en/bijstand/huur/</loc>" in xml
    assert "concept" not in xml


def test_robots_allows_all_points_to_the_sitemap_and_keeps_out_of_admin_and_api(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Allow: /" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /api/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
