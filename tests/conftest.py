import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from tests.factories import HomePageFactory, TopicPageFactory, UserFactory


@pytest.fixture(autouse=True)
def empty_cache():
    """The cache outlives each test's rolled-back transaction; start every test without it."""
    cache.clear()


@pytest.fixture
def home(db):
    """A published home page that is the root of the default site."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return home


@pytest.fixture
def topic(home):
    return TopicPageFactory(parent=home, title="Bijstand", slug="bijstand")


@pytest.fixture
def admin_client(client, db):
    user = UserFactory(username="admin", is_superuser=True, is_staff=True)
    client.force_login(user)
    return client
