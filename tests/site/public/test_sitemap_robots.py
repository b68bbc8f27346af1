import pytest
from wagtail.models import Locale

from tests.factories import InformationPageFactory, stream

pytestmark = pytest.mark.django_db


def test_sitemap_lists_live_pages_in_every_language(client, topic):
    live = InformationPageFactory(parent=topic, slug="huur")
    draft = InformationPageFactory(parent=topic, slug="concept")
    draft.unpublish()
    english, _created = Locale.objects.get_or_create(language_code="en")
    home = topic.get_parent()
    # Each copy is translated before it is published: the gate refuses Dutch text in English.
    english_texts = [
        ("Work, income and care", "What the city does for you."),
        ("Social assistance", "All about this subject."),
        ("Information", "How it works for you."),
    ]
    for page, (title, intro) in zip([home, topic, live], english_texts, strict=True):
        copy = page.copy_for_translation(english)
        copy.title, copy.intro = title, intro
        if hasattr(copy, "body"):
            copy.body = stream(("paragraph", "<p>You get money from the city every month.</p>"))
        copy.save_revision().publish()

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
