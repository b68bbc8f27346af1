"""Each worker keeps the routes to public pages until the next publish, rename or privacy change."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from helder.public import routes
from helder.public.cache import pages
from wagtail.models import PageViewRestriction

from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db

# A query string keeps the page cache out of the way: Wagtail serves the page every time.
UNCACHED = {"bron": "test"}


@pytest.fixture
def page(topic):
    return InformationPageFactory(parent=topic, slug="huur", title="Huur betalen")


def test_a_page_served_again_is_found_without_asking_the_database(client, page):
    assert client.get(page.url, UNCACHED).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url, UNCACHED)
    assert response.status_code == 200
    assert "Huur betalen" in response.content.decode()
    routing_tables = ("wagtailcore_site", "wagtailcore_page", "wagtailcore_pageviewrestriction")
    assert not [q["sql"] for q in queries if any(t in q["sql"] for t in routing_tables)]


def test_an_unpublished_page_is_gone_at_once(client, page):
    assert client.get(page.url, UNCACHED).status_code == 200
    page.unpublish()
    assert client.get(page.url, UNCACHED).status_code == 404


def test_a_renamed_page_moves_to_its_new_address(client, page):
    old_url = page.url
    assert client.get(old_url, UNCACHED).status_code == 200
    page.slug = "huur-en-energie"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.url != old_url
    assert client.get(old_url, UNCACHED).status_code == 404
    assert client.get(page.url, UNCACHED).status_code == 200


@pytest.mark.parametrize("query", [UNCACHED, {}], ids=["uncached", "page-cache"])
def test_a_page_made_private_is_no_longer_shown_to_visitors(client, page, query):
    assert client.get(page.url, query).status_code == 200
    assert client.get(page.url, query).status_code == 200  # kept by the route and page caches
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url, query)
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]
    assert "Huur betalen" not in response.content.decode()


def test_a_page_limited_to_more_groups_asks_again(client, page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    assert client.get(page.url, UNCACHED).status_code == 302
    restriction.delete()
    assert client.get(page.url, UNCACHED).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Alleen intern"))
    assert client.get(page.url, UNCACHED).status_code == 302


def kept_routes():
    return [key for key in pages.current()[1] if isinstance(key, tuple) and key[0] == "route"]


def test_made_up_addresses_are_not_kept(client, page):
    client.get(page.url, UNCACHED)
    kept = kept_routes()
    for number in range(20):
        assert client.get(f"/nl/bestaat-niet-{number}/", UNCACHED).status_code == 404
        assert client.get(f"/en/bestaat-niet-{number}/", UNCACHED).status_code == 404
    assert kept_routes() == kept


def test_a_full_memo_still_serves_pages(client, page, monkeypatch):
    monkeypatch.setattr(routes, "MAX_ROUTES", 0)
    assert client.get(page.url, UNCACHED).status_code == 200
    assert client.get(page.url, UNCACHED).status_code == 200
    # The memo also holds the live normbedragen (amount_data.py); no route is kept.
    assert kept_routes() == []
