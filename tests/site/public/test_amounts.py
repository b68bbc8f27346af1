"""Normbedragen on public pages: the amount of the day the page is read, in the page's
language, and never a stale one after midnight (whole-page cache and page parts)."""

import datetime
import zoneinfo
from decimal import Decimal
from types import SimpleNamespace

import pytest
import time_machine
from helder.public.amounts import amount_block
from wagtail.models import Locale

from content_models.models import NormPeriod
from tests.factories import (
    DUTY,
    InformationPageFactory,
    RightsDutiesPageFactory,
    published_amount,
    stream,
)

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
NBSP = "\xa0"
OLD = f"€{NBSP}1.401,50"
NEW = f"€{NBSP}1.432,10"


def at(*args):
    """A frozen clock at a local time in Amsterdam (midnight is Amsterdam's midnight)."""
    return time_machine.travel(datetime.datetime(*args, tzinfo=AMSTERDAM), tick=False)


@pytest.fixture
def amount(db):
    return published_amount(
        periods=[("1401.50", "2027-01-01", "2027-06-30"), ("1432.10", "2027-07-01", None)]
    )


@pytest.fixture
def page(topic, amount):
    return InformationPageFactory(
        parent=topic,
        slug="bedragen",
        title="Hoeveel bijstand krijgt u?",
        body=stream(
            ("amount", {"code": "PW-ALL-21", "text": "Bijstand per maand"}),
            ("paragraph", "<p>Woont u alleen? Dan krijgt u [[norm:PW-ALL-21]] per maand.</p>"),
        ),
    )


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def test_before_the_start_date_the_page_shows_the_amount_now_and_the_coming_one(client, page):
    with at(2027, 6, 30, 12, 0):
        body = text(client.get(page.url))
    assert body.count(OLD) == 2  # the block and the sentence
    assert "Geldig vanaf 1 januari 2027." in body
    assert f"Vanaf 1 juli 2027: {NEW}." in body
    assert f"({'geldig vanaf 1 januari 2027'}; vanaf 1 juli 2027: {NEW})" in body
    assert "[[norm:" not in body


@pytest.mark.parametrize("day", [datetime.date(2027, 7, 1), datetime.date(2027, 12, 31)])
def test_on_and_after_the_start_date_the_page_shows_the_new_amount(client, page, day):
    with at(day.year, day.month, day.day, 9, 0):
        body = text(client.get(page.url))
    assert OLD not in body
    assert body.count(NEW) == 2
    assert "Geldig vanaf 1 juli 2027." in body
    assert "Vanaf " not in body  # nothing new is known yet


def test_the_page_cache_does_not_keep_the_old_amount_past_midnight(client, page):
    with at(2027, 6, 30, 23, 59, 30):
        assert client.get(page.url)["X-Helder-Cache"] == "miss"
        evening = client.get(page.url)
        assert evening["X-Helder-Cache"] == "hit"
        assert OLD in text(evening)
        # Browsers and proxies may keep it only until midnight, not for the usual 5 minutes.
        assert "max-age=30" in evening["Cache-Control"]
    with at(2027, 7, 1, 0, 0, 5):
        night = client.get(page.url)
        assert night["X-Helder-Cache"] == "miss"
        assert OLD not in text(night)
        assert NEW in text(night)


def test_page_parts_do_not_keep_the_old_amount_past_midnight(client, page, settings):
    settings.HELDER_PUBLIC_PAGE_CACHE = False  # only the cached parts of the page remain
    with at(2027, 6, 30, 23, 59, 59):
        assert OLD in text(client.get(page.url))
    with at(2027, 7, 1, 0, 0, 1):
        body = text(client.get(page.url))
    assert OLD not in body
    assert body.count(NEW) == 2


def test_a_midnight_without_a_new_amount_keeps_the_cache(client, page):
    with at(2027, 3, 10, 23, 59):
        client.get(page.url)
    with at(2027, 3, 11, 0, 1):
        assert client.get(page.url)["X-Helder-Cache"] == "hit"


def test_a_coming_amount_shows_at_once_when_it_is_published(client, topic):
    amount = published_amount(
        code="PW-GEH-21", periods=[("2002.14", "2027-01-01", None)], label="Bijstand voor gehuwden"
    )
    page = InformationPageFactory(
        parent=topic, slug="samen", body=stream(("amount", {"code": "PW-GEH-21", "text": ""}))
    )
    with at(2027, 3, 10, 12, 0):
        before = text(client.get(page.url))
        assert client.get(page.url)["X-Helder-Cache"] == "hit"
        # The editor enters the new amount months ahead and publishes the normbedrag only.
        first = amount.periods.get()
        amount.periods = [
            NormPeriod(
                amount=first.amount,
                start=first.start,
                end=datetime.date(2027, 6, 30),
                source_url=first.source_url,
            ),
            NormPeriod(
                amount=Decimal("2045.86"),
                start=datetime.date(2027, 7, 1),
                source_url=first.source_url,
            ),
        ]
        amount.save_revision().publish()
        after = client.get(page.url)
    assert "Vanaf 1 juli" not in before
    assert after["X-Helder-Cache"] == "miss"
    assert f"€{NBSP}2.002,14" in text(after)
    assert f"Vanaf 1 juli 2027: €{NBSP}2.045,86." in text(after)
    assert "Bijstand voor gehuwden" in text(after)  # the amount's own label when the block has none


def test_an_amount_that_went_away_shows_a_notice_not_an_error(client, page, amount):
    with at(2027, 3, 10, 12, 0):
        text(client.get(page.url))
        amount.unpublish()
        body = text(client.get(page.url))
    assert OLD not in body
    assert "Dit bedrag kunnen wij nu niet laten zien." in body
    assert "(bedrag nu niet bekend)" in body
    assert "[[norm:" not in body


def test_amounts_are_written_the_way_the_pages_language_writes_money(amount):
    def shown(language):
        context = {"page": SimpleNamespace(locale=Locale(language_code=language), pk=1)}
        with at(2027, 3, 10, 12, 0):
            return str(amount_block(context, "PW-ALL-21"))

    assert OLD in shown("nl")
    assert "€1,401.50" in shown("en") and "Valid from January 1, 2027." in shown("en")
    arabic = shown("ar")
    assert "1,401.50" in arabic and "ساري من" in arabic
    assert "Obowiązuje od 1 stycznia 2027." in shown("pl")


def test_preview_shows_the_page_as_on_a_chosen_day(page):
    with at(2027, 3, 10, 12, 0):
        modes = dict(page.preview_modes)
        assert modes["op-2027-07-01"] == "Zoals op 1 juli 2027"
        today = page.make_preview_request(None, "").content.decode()
        later = page.make_preview_request(None, "op-2027-07-01").content.decode()
    assert OLD in today and NEW in today
    assert OLD not in later and "Geldig vanaf 1 juli 2027." in later


def test_rights_and_duties_pages_show_amounts_in_their_text_too(client, topic, amount):
    duty = {
        **DUTY,
        "consequences": "<p>Dan krijgt u misschien minder dan [[norm:PW-ALL-21]] per maand.</p>",
    }
    page = RightsDutiesPageFactory(parent=topic, slug="plichten", items=stream(("item", duty)))
    with at(2027, 7, 2, 12, 0):
        body = text(client.get(page.url))
    inline = '<span class="helder-amount-inline"><data class="helder-amount__value"'
    assert f'minder dan {inline} value="1432.10">{NEW}</data>' in body
    assert "[[norm:" not in body
