"""Search engines find the "Wat is er veranderd" pages: the sitemap lists them per language."""

import datetime

import pytest
from wagtail.models import Locale

from tests.site.changes.conftest import make_notice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home")]


def test_the_sitemap_lists_the_change_pages_of_topics_with_a_notice(client):
    Locale.objects.get_or_create(language_code="ar")
    make_notice("De bijstand gaat omhoog", datetime.date(2027, 1, 1), topic="bijstand")
    xml = client.get("/sitemap.xml").content.decode()
    for language in ("nl", "ar"):
        assert f"/{language}/veranderd/</loc>" in xml
        assert f"/{language}/veranderd/bijstand/</loc>" in xml
    assert "/nl/veranderd/wmo/</loc>" not in xml  # no notice on that topic
    assert "<loc>http://localhost/nl/veranderd/</loc>" in xml  # the host of the pages
    assert "<loc>http://localhost/nl/</loc>" in xml  # and the pages are still listed
