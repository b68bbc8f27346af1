"""The demo's change notices: live in Dutch, English and Arabic, linked to their pages,
finishing Helder's draft for the amount change, and loaded once."""

import datetime
from collections import Counter

import pytest
import time_machine
from helder.demo import notices as demo_notices
from wagtail.models import Locale

from content_models.models import ChangeNotice
from tests.factories import InformationPageFactory, TopicPageFactory
from tests.site.changes.conftest import TWO_PERIODS, make_amount, publish
from tests.site.changes.test_pages import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_pages(home):
    slugs = {spec_page for spec in demo_notices.read_notices() for spec_page in spec["pages"]}
    topic = TopicPageFactory(parent=home, title="Onderwerp", slug="onderwerp")
    for slug in slugs:
        publish(InformationPageFactory(parent=topic, title=slug.replace("-", " "), slug=slug))
    return slugs


@time_machine.travel(TODAY, tick=False)
def test_demo_notices_are_live_translated_linked_and_loaded_once(demo_pages):
    make_amount(periods=TWO_PERIODS)  # Helder drafts a notice for the change of 1 January
    specs = demo_notices.read_notices()
    created = demo_notices.load(Counter())
    assert created["changenotice"] == len(specs)
    dutch = ChangeNotice.objects.filter(locale=Locale.get_default())
    assert dutch.count() == len(specs)  # the draft was finished, not duplicated
    assert all(notice.live for notice in dutch)
    finished = dutch.get(origin_key="PW-ALL-21@2027-01-01")
    assert finished.title == "De bijstand gaat omhoog op 1 januari 2027"
    assert [amount.code for amount in finished.amounts.all()] == ["PW-ALL-21"]
    assert all(notice.pages.exists() for notice in dutch)
    for code in ("en", "ar"):
        assert ChangeNotice.objects.filter(locale__language_code=code, live=True).count() == len(
            specs
        )
    assert demo_notices.load(Counter()) == Counter()
    assert ChangeNotice.objects.count() == 3 * len(specs)
    assert datetime.date(2027, 1, 1) in {n.effective_date for n in dutch}
