"""A page with normbedragen in a real browser: the amount of today and the coming one are
visible, readable on a phone, and the page stays WCAG-clean."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from babel.dates import format_date
from django.core.cache import cache
from django.utils import timezone

from tests.factories import InformationPageFactory, published_amount, stream

from .test_public_site import AXE_OPTIONS


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def amount_page(topic):
    today = timezone.localdate()
    start, coming = today - datetime.timedelta(days=40), today + datetime.timedelta(days=10)
    published_amount(
        periods=[
            ("1401.50", start, coming - datetime.timedelta(days=1)),
            ("1432.10", coming, None),
        ]
    )
    page = InformationPageFactory(
        parent=topic,
        slug="hoeveel",
        title="Hoeveel bijstand krijgt u?",
        body=stream(
            ("amount", {"code": "PW-ALL-21", "text": "U woont alleen"}),
            ("paragraph", "<p>Woont u alleen? Dan krijgt u [[norm:PW-ALL-21]] per maand.</p>"),
        ),
    )
    return page, format_date(start, "long", locale="nl"), format_date(coming, "long", locale="nl")


@pytest.mark.parametrize(
    "viewport",
    [{"width": 1280, "height": 900}, {"width": 360, "height": 740}],
    ids=["desktop", "phone"],
)
def test_a_page_shows_the_amount_of_today_and_the_coming_one(
    browser, live_server, amount_page, artifacts, viewport
):
    page, since, coming = amount_page
    context = browser.new_context(
        locale="nl-NL", viewport=viewport, is_mobile=viewport["width"] < 500
    )
    tab = context.new_page()
    try:
        tab.goto(live_server.url + page.url)
        block = tab.locator(".helder-amount")
        assert block.locator(".helder-amount__label").inner_text() == "U woont alleen"
        assert block.locator(".helder-amount__now").inner_text() == "€\xa01.401,50"
        assert block.locator(".helder-amount__since").inner_text() == f"Geldig vanaf {since}."
        assert (
            block.locator(".helder-amount__coming").inner_text()
            == f"Vanaf {coming}: €\xa01.432,10."
        )
        sentence = tab.locator(".helder-article .utrecht-rich-text p").inner_text()
        assert sentence == (
            f"Woont u alleen? Dan krijgt u €\xa01.401,50 (geldig vanaf {since}; "
            f"vanaf {coming}: €\xa01.432,10) per maand."
        )
        # Readable on a phone: nothing scrolls sideways and the amount is on one line.
        width = viewport["width"]
        assert tab.evaluate("document.documentElement.scrollWidth") <= width
        now = block.locator(".helder-amount__now").bounding_box()
        assert now["height"] < 60 and now["x"] + now["width"] <= width
        tab.screenshot(path=str(artifacts / f"amounts-{width}.png"), full_page=True)
        results = Axe().run(tab, options=AXE_OPTIONS)
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()
