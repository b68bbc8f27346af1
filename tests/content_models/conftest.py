import pytest

from tests.content_models.review_helpers import LIVE_TEXT
from tests.factories import InformationPageFactory, UserFactory, stream

# A real text near the B1 boundary: the engine's verdict is "human_check" (its estimate
# lies inside the calibrated band), so only a person may say it is B1.
GREY_ZONE_TEXT = (
    "<p>Wanneer u een bijstandsuitkering ontvangt, bent u verplicht om wijzigingen in uw "
    "inkomsten en vermogen tijdig te melden. De gemeente controleert regelmatig of de "
    "verstrekte gegevens juist zijn. Onjuiste informatie kan leiden tot terugvordering van "
    "de uitkering.</p>"
)


@pytest.fixture
def grey_zone_text():
    return GREY_ZONE_TEXT


@pytest.fixture
def live_page(topic):
    """A published information page with a short B1 text (review_helpers.LIVE_TEXT)."""
    page = InformationPageFactory(
        parent=topic,
        title="Informatie geven",
        slug="informatie-geven",
        body=stream(("paragraph", LIVE_TEXT)),
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def editor(db):
    return UserFactory(username="redacteur", groups=["Communicatie"])


@pytest.fixture
def simplifier(db):
    return UserFactory(username="versimpelaar", groups=["Versimpelteam"])


@pytest.fixture
def manager(db):
    return UserFactory(username="beheerder", groups=["Beheer"])
