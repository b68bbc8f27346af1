import pytest
from wagtail.models import Page, PageViewRestriction

from content_models.models import HomePage, InformationPage, RightsDutiesPage, TopicPage
from tests.factories import (
    InformationPageFactory,
    RightsDutiesPageFactory,
    TopicPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "allowed_parent"),
    [
        (HomePage, Page),
        (TopicPage, HomePage),
        (InformationPage, TopicPage),
        (RightsDutiesPage, TopicPage),
    ],
)
def test_page_types_have_exactly_their_intended_parent(model, allowed_parent):
    assert model.allowed_parent_page_models() == [allowed_parent]


def test_information_pages_cannot_be_placed_under_the_home_page(home):
    assert not InformationPage.can_create_at(home)
    assert TopicPage.can_create_at(home)


def test_every_page_type_renders_with_a_language_attribute(client, home, topic):
    info = InformationPageFactory(parent=topic, slug="info")
    rights = RightsDutiesPageFactory(parent=topic, slug="plichten")
    for page in (home, topic, info, rights):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert html.startswith("<!DOCTYPE html>")
        assert '<html lang="nl" dir="ltr"' in html
        assert f'<h1 class="utrecht-heading-1">{page.title}</h1>' in html
        # The skip link is the first thing in the body.
        assert html.index('href="#inhoud"') < html.index("<header")


def test_rights_and_duties_are_shown_in_separate_sections(client, topic):
    page = RightsDutiesPageFactory(parent=topic, slug="plichten")
    html = client.get(page.url).content.decode()
    rights_at, duties_at = html.index('id="rechten"'), html.index('id="plichten"')
    assert rights_at < html.index("U mag hulp vragen") < duties_at
    assert duties_at < html.index("Geef veranderingen door")
    assert "Wat gebeurt er als u dit niet doet?" in html
    assert 'href="https://wetten.overheid.nl/BWBR0015703/"' in html


def test_a_second_home_page_is_not_allowed(home):
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_topic_lists_its_live_children(client, home):
    topic = TopicPageFactory(parent=home, slug="wmo", title="Wmo")
    InformationPageFactory(parent=topic, slug="hulp", title="Hulp in huis")
    draft = InformationPageFactory(parent=topic, slug="concept", title="Nog niet klaar")
    draft.unpublish()
    html = client.get(topic.url).content.decode()
    assert "Hulp in huis" in html
    assert "Nog niet klaar" not in html


def test_pages_are_found_at_their_path_and_only_while_live(client, home, topic):
    page = InformationPageFactory(parent=topic, slug="aanvragen", title="Aanvragen")
    assert client.get("/nl/bijstand/aanvragen/").status_code == 200
    assert client.get("/nl/bijstand/aanvragen/extra/").status_code == 404
    assert client.get("/nl/aanvragen/").status_code == 404  # not a child of home
    page.unpublish()
    assert client.get("/nl/bijstand/aanvragen/").status_code == 404


def test_a_moved_page_is_found_at_its_new_path(client, home, topic):
    other = TopicPageFactory(parent=home, slug="wmo", title="Wmo")
    page = InformationPageFactory(parent=topic, slug="hulp", title="Hulp in huis")
    page.move(other, pos="last-child")
    assert client.get("/nl/wmo/hulp/").status_code == 200
    old = client.get("/nl/bijstand/hulp/")  # old links keep working (Wagtail's redirect)
    assert old.status_code == 301 and old["Location"].endswith("/nl/wmo/hulp/")


def test_a_page_object_reads_its_view_restrictions_once(topic, django_assert_num_queries):
    page = InformationPageFactory(parent=topic, slug="huur")
    with django_assert_num_queries(2):  # ancestors, then the restrictions
        assert not page.get_view_restrictions().exists()
    with django_assert_num_queries(0):
        assert list(page.get_view_restrictions()) == []
    restriction = PageViewRestriction.objects.create(
        page=topic, restriction_type=PageViewRestriction.LOGIN
    )
    fresh = InformationPage.objects.get(pk=page.pk)
    assert list(fresh.get_view_restrictions()) == [restriction]
