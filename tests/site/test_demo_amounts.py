"""The demo normbedragen and the demo page that shows them."""

import datetime
import zoneinfo

import pytest
import time_machine
from helder.demo import amounts as demo_amounts
from helder.demo.loader import DemoLoader

from content_models.amount_periods import period_problems
from content_models.amounts import live_amounts
from content_models.models import InformationPage

pytestmark = pytest.mark.django_db

CODES = {"PW-ALL-21", "PW-GEH-21", "PW-ALL-AOW", "PW-GEH-AOW", "VAKANTIETOESLAG-ALL-21"}


def test_demo_amounts_pass_the_gate_and_the_demo_page_shows_them(client, topic):
    loader = DemoLoader(with_users=False)
    demo_amounts.load(loader, {"bijstand": topic})
    demo_amounts.load(loader, {"bijstand": topic})  # a second run creates nothing

    amounts = live_amounts()
    assert set(amounts) == CODES
    assert loader.created["normbedrag"] == len(CODES)
    for amount in amounts.values():
        periods = amount.period_list()
        assert len(periods) == 2 and not period_problems(periods)

    page = InformationPage.objects.live().get(slug="hoeveel-bijstand")
    moment = datetime.datetime(2026, 11, 29, 12, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Amsterdam"))
    with time_machine.travel(moment, tick=False):
        body = client.get(page.url).content.decode()
    assert body.count('class="helder-amount"') == 4
    assert "€\xa01.401,50" in body and "Vanaf 1 januari 2027: €\xa01.432,10." in body
    assert "€\xa073,76" in body  # the vakantiegeld named inside a sentence
    assert "[[norm:" not in body
