"""'Wat is er veranderd' in a real browser: axe-clean in Dutch and Arabic, reached and used
with the keyboard, fit for a phone, printable; the banner on the page a change concerns."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale

from tests.browser.test_public_site import (
    assert_no_violations,
    focus_is_visible,
    focused,
    skip_to_content,
    tab_to_link,
)
from tests.factories import InformationPageFactory
from tests.site.changes.conftest import make_amount, make_notice, publish


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def changes(topic):
    today = timezone.localdate()
    soon = today + datetime.timedelta(days=5)
    page = publish(
        InformationPageFactory(parent=topic, title="Hoeveel bijstand krijgt u?", slug="hoeveel")
    )
    amount = make_amount(
        periods=(
            ("1401.50", today - datetime.timedelta(days=200), soon - datetime.timedelta(days=1)),
            ("1432.10", soon, None),
        )
    )
    coming = make_notice(
        "De bijstand gaat omhoog", soon, pages=[page], amounts=[amount],
        summary="De bijstand wordt hoger. U krijgt het nieuwe bedrag vanzelf. U hoeft niets te doen.",
    )  # fmt: skip
    arabic = coming.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.title = "المساعدة الاجتماعية ترتفع"
    arabic.summary = (
        "يصبح مبلغ المساعدة أعلى. تحصل على المبلغ الجديد تلقائيًا. لا تحتاج أن تفعل شيئًا."
    )
    arabic.save()
    publish(arabic)
    make_notice("Nieuw formulier voor de Wmo", today - datetime.timedelta(days=40), topic="wmo")
    return {"page": page, "year": soon.year}


def test_the_change_pages_meet_wcag_2_2_aa_in_dutch_and_arabic(browser_page, live_server, changes):
    year = changes["year"]
    for language in ("nl", "ar"):
        for path in ("veranderd/", "veranderd/bijstand/", f"veranderd/bijstand/{year}/"):
            assert_no_violations(browser_page, f"{live_server.url}/{language}/{path}")
        assert browser_page.locator("html").get_attribute("dir") == (
            "rtl" if language == "ar" else "ltr"
        )
    browser_page.goto(f"{live_server.url}/ar/veranderd/")
    assert browser_page.get_by_role("heading", name="المساعدة الاجتماعية ترتفع").is_visible()
    # The Wmo notice has no Arabic version: listed apart, marked as Dutch.
    dutch = browser_page.locator("#alleen-nederlands ~ ul [lang=nl]")
    assert dutch.inner_text() == "Nieuw formulier voor de Wmo"
    assert_no_violations(browser_page, live_server.url + changes["page"].url)


def test_a_keyboard_user_goes_from_the_banner_to_the_change(browser_page, live_server, changes):
    browser_page.goto(live_server.url + changes["page"].url)
    banner = browser_page.locator("[data-change-banner]")
    assert "Dit verandert op" in banner.inner_text()
    skip_to_content(browser_page)
    tab_to_link(browser_page, "Lees wat er verandert", limit=15)
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert "/nl/veranderd/bijstand/#wijziging-" in browser_page.url
    assert browser_page.locator(":target h3").inner_text() == "De bijstand gaat omhoog"
    # The next Tab continues inside the notice the link led to, not at the top of the page.
    browser_page.keyboard.press("Tab")
    assert focused(browser_page, "closest('article')?.id") == browser_page.url.split("#")[1]
    assert focus_is_visible(browser_page)

    browser_page.goto(f"{live_server.url}/nl/veranderd/")
    skip_to_content(browser_page)
    tab_to_link(browser_page, "Alle onderwerpen")
    tab_to_link(browser_page, "Bijstand", limit=1)
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url == f"{live_server.url}/nl/veranderd/bijstand/"


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_change_pages_fit_a_phone(browser, live_server, changes, artifacts, language):
    context = browser.new_context(viewport={"width": 320, "height": 700})
    page = context.new_page()
    try:
        for path in ("veranderd/", f"veranderd/bijstand/{changes['year']}/"):
            page.goto(f"{live_server.url}/{language}/{path}")
            name = path.strip("/").replace("/", "-")
            page.screenshot(path=str(artifacts / f"changes-{language}-{name}.png"), full_page=True)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 320, f"/{language}/{path} scrolls sideways"
    finally:
        context.close()


def test_the_yearly_overview_prints_without_the_site_around_it(browser_page, live_server, changes):
    browser_page.goto(f"{live_server.url}/nl/veranderd/bijstand/{changes['year']}/")
    button = browser_page.get_by_role("button", name="Print deze pagina")
    assert button.is_visible()
    assert "€\u00a01.432,10" in browser_page.locator("table").inner_text()
    browser_page.emulate_media(media="print")
    assert browser_page.locator("h1").is_visible()
    assert not button.is_visible()
    assert not browser_page.locator(".helder-breadcrumb").is_visible()
