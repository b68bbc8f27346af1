"""The public site in a real browser: WCAG checks with axe, a keyboard-only walk, small screens."""

import itertools
from contextlib import nullcontext

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from wagtail.models import Locale

from content_models.feedback import PageFeedback
from content_models.models import HomePage, InformationPage, RightsDutiesPage, TopicPage
from tests.factories import RightsDutiesPageFactory
from tests.translations.conftest import make_translator

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
VARIANT_PATHS = ("makkelijk-lezen", "gebarentaal", "grote-letters")
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def demo(demo_db):
    dutch = {"locale__language_code": "nl"}
    return {
        "home": HomePage.objects.get(**dutch),
        "topic": TopicPage.objects.get(slug="bijstand", **dutch),
        "information": InformationPage.objects.get(slug="bijstand-aanvragen", **dutch),
        "rights": RightsDutiesPage.objects.get(slug="inlichtingenplicht", **dutch),
    }


ARABIC = "نساعدك في الحصول على المال من البلدية. اتصل بنا إذا كان لديك سؤال."


def arabic_copy(demo):
    """An Arabic translation of the information page (and its parents where missing),
    made and published as the translation editor does: the gate keeps an untranslated
    copy (still Dutch) off the site."""
    Locale.objects.get_or_create(language_code="ar")
    # live_server commits each change, so wagtail-localize's on-commit publish runs at once.
    translate = make_translator(lambda execute: nullcontext())
    return translate(demo["information"], "ar", arabic_for)


def arabic_for(text: str) -> str:
    """A stand-in translation of about the same length: a name or number field stays
    within its word limit, as a translator's would."""
    if len(text) <= 3:
        return text
    return " ".join(ARABIC.split()[: len(text.split())])


def assert_no_violations(browser_page, url):
    browser_page.goto(url)
    results = Axe().run(browser_page, options=AXE_OPTIONS)
    assert results.violations_count == 0, f"{url}\n{results.generate_report()}"
    # Screen reader users jump by heading: the page title comes first and no level is skipped.
    levels = browser_page.locator("main").evaluate(
        "main => [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => +h.tagName[1])"
    )
    assert levels[:1] == [1], f"{url}: the first heading is not the h1 ({levels})"
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), f"{url}: {levels}"


def test_every_public_page_type_meets_wcag_2_2_aa(browser_page, live_server, demo):
    arabic_page = arabic_copy(demo)
    urls = [demo[name].url for name in ("home", "topic", "information", "rights")]
    urls += [
        "/nl/begrippen/",
        "/nl/zoeken/?q=bijstand",
        "/nl/zoeken/?q=xyzzy",
        demo["information"].url + "?bedankt=1",
        arabic_page.url,
        "/nl/bestaat-niet/",
    ]
    # The accessible versions of the rights page: easy-read, sign language, large print.
    urls += [f"/nl/{kind}/{demo['rights'].pk}/" for kind in VARIANT_PATHS]
    assert arabic_page.url.startswith("/ar/")
    for url in urls:
        assert_no_violations(browser_page, live_server.url + url)
    browser_page.goto(live_server.url + arabic_page.url)
    assert browser_page.locator("html").get_attribute("dir") == "rtl"


def focus_is_visible(browser_page) -> bool:
    return browser_page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
        }"""
    )


def focused(browser_page, expression):
    return browser_page.evaluate(f"() => document.activeElement.{expression}")


def skip_to_content(browser_page):
    browser_page.keyboard.press("Tab")
    assert focused(browser_page, "textContent.trim()") == "Naar de inhoud"
    assert focus_is_visible(browser_page)
    browser_page.keyboard.press("Enter")
    assert focused(browser_page, "id") == "inhoud"


def tab_to_link(browser_page, text, limit=10):
    """Tab forward until the link is focused; every stop on the way must show its focus."""
    for _ in range(limit):
        browser_page.keyboard.press("Tab")
        assert focus_is_visible(browser_page), focused(browser_page, "outerHTML")
        if focused(browser_page, "textContent.trim()") == text:
            return
    pytest.fail(f"{text!r} is not reached with {limit} presses of Tab")


def test_a_keyboard_user_reaches_and_sends_the_feedback_form(browser_page, live_server, topic):
    home = topic.get_parent()
    rights = RightsDutiesPageFactory(parent=topic, slug="plichten", title="Wat moet u doen?")
    browser_page.goto(live_server.url + home.url)

    skip_to_content(browser_page)
    tab_to_link(browser_page, "Bijstand")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url == live_server.url + topic.url

    skip_to_content(browser_page)
    tab_to_link(browser_page, "Wat moet u doen?")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url == live_server.url + rights.url

    skip_to_content(browser_page)
    for _ in range(20):
        browser_page.keyboard.press("Tab")
        if focused(browser_page, "name") == "clear":
            break
        # A <summary> opens a <details> (the explanation of a word): a control too.
        assert focused(browser_page, "tagName") in ("A", "BUTTON", "SUMMARY")
        assert focus_is_visible(browser_page), focused(browser_page, "outerHTML")
    else:
        pytest.fail("The feedback form cannot be reached with Tab")
    assert focus_is_visible(browser_page)
    browser_page.keyboard.press("Space")
    assert browser_page.is_checked("input[name=clear][value=ja]")
    browser_page.keyboard.press("Tab")
    assert focused(browser_page, "name") == "comment"
    browser_page.keyboard.press("Tab")
    # The honeypot is skipped: the next stop is the submit button.
    assert focused(browser_page, "textContent.trim()") == "Verstuur"
    assert focus_is_visible(browser_page)
    browser_page.keyboard.press("Enter")

    thanks = browser_page.locator("#feedback [role=status]")
    thanks.wait_for()
    assert "Bedankt voor uw antwoord" in thanks.inner_text()
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.clear, feedback.comment) == (rights.pk, True, "")


# 640 px is a 1280 px screen at 200% zoom.
@pytest.mark.parametrize("width", [320, 640, 1280])
def test_pages_fit_small_and_large_screens(browser, live_server, demo, artifacts, width):
    context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        for name in ("home", "information", "rights"):
            page.goto(live_server.url + demo[name].url)
            page.screenshot(path=str(artifacts / f"public-{name}-{width}.png"), full_page=True)
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            assert scroll_width <= width, f"{name} scrolls sideways at {width}px"
            if name != "home":  # the home page has no breadcrumb
                trail = page.locator(".helder-breadcrumb__list").bounding_box()
                title = page.locator("h1").bounding_box()
                assert abs(trail["x"] - title["x"]) < 2, f"{name}: breadcrumb not in line"
    finally:
        context.close()


def test_a_printed_page_keeps_the_text_and_shows_where_links_go(browser_page, live_server, demo):
    rights = demo["rights"]
    browser_page.goto(live_server.url + rights.url)
    browser_page.emulate_media(media="print")
    assert browser_page.locator("h1").is_visible()
    assert browser_page.get_by_role("heading", name="Uw plichten", exact=True).is_visible()
    for part in (".helder-breadcrumb", ".helder-feedback", ".helder-header__tools"):
        assert not browser_page.locator(part).is_visible(), f"{part} is printed"
    law_link = browser_page.locator(".helder-legal-basis a")
    printed_after = law_link.evaluate("a => getComputedStyle(a, '::after').content")
    assert rights.law_url in printed_after
