import pytest

from tests.factories import InformationPageFactory, UserFactory, stream

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(topic):
    return InformationPageFactory(parent=topic, slug="huur", title="Huur betalen")


def test_anonymous_visitors_get_the_page_from_the_cache(client, page):
    first = client.get(page.url)
    second = client.get(page.url)
    assert first["X-Helder-Cache"] == "miss"
    assert second["X-Helder-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"]
    assert "max-age=300" in second["Cache-Control"]


def test_publishing_a_change_shows_it_at_once(client, page):
    client.get(page.url)
    assert client.get(page.url)["X-Helder-Cache"] == "hit"
    page.title = "Huur en energie betalen"
    page.save_revision().publish()
    response = client.get(page.url)
    assert response["X-Helder-Cache"] == "miss"
    assert "Huur en energie betalen" in response.content.decode()


def test_unpublishing_removes_the_page_and_its_link(client, page, topic):
    client.get(topic.url)
    assert "Huur betalen" in client.get(topic.url).content.decode()
    page.unpublish()
    assert "Huur betalen" not in client.get(topic.url).content.decode()
    assert client.get(page.url).status_code == 404


def test_logged_in_users_never_get_or_fill_the_shared_cache(client, page):
    client.get(page.url)  # cached for anonymous visitors
    client.force_login(UserFactory(username="redacteur"))
    response = client.get(page.url)
    assert "X-Helder-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "no-cache" in response["Cache-Control"]


def test_pages_with_a_query_string_are_private(client, page):
    response = client.get(page.url, {"bedankt": "1"})
    assert "X-Helder-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "Bedankt voor uw antwoord" in response.content.decode()


def test_pages_are_cached_per_language(client, page):
    client.get(page.url)
    response = client.get(page.url.replace("/nl/", "/en/", 1))
    assert response.get("X-Helder-Cache") != "hit"


def test_the_information_page_form_has_no_csrf_cookie(client, page):
    # A CSRF token would make the page personal; the feedback view is exempt instead.
    response = client.get(page.url)
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert not response.cookies


def test_page_parts_kept_for_uncached_visits_are_renewed_by_a_publish(client, page, topic):
    # A query string skips the page cache; header, breadcrumb and body then come from
    # their own cache, which must forget them when anything is published.
    url = page.url + "?bron=nieuwsbrief"
    first = client.get(url).content.decode()
    assert 'href="/nl/bijstand/">Bijstand</a>' in first
    page.body = stream(("paragraph", "<p>Betaal de huur op tijd. Dan blijft uw huis van u.</p>"))
    page.save_revision().publish()
    topic.title = "Geld en bijstand"
    topic.save_revision().publish()
    second = client.get(url).content.decode()
    assert "Dan blijft uw huis van u." in second
    assert 'href="/nl/bijstand/">Geld en bijstand</a>' in second


def test_saving_a_draft_keeps_the_cache_and_the_live_text(client, page):
    client.get(page.url)
    page.title = "Nog niet klaar"
    page.save_revision()
    response = client.get(page.url)
    assert response["X-Helder-Cache"] == "hit"
    assert "Nog niet klaar" not in response.content.decode()
    page.get_latest_revision().publish()
    response = client.get(page.url)
    assert response["X-Helder-Cache"] == "miss"
    assert "Nog niet klaar" in response.content.decode()
