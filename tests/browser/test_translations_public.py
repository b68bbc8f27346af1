"""Translations in a real browser: switch language, read the outdated notice, Lees voor."""

import pytest
from django.core.cache import cache

from tests.translations.conftest import english, live_rights_page, make_translator
from tests.translations.test_workflow import republish_dutch


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def rights_page(topic):
    return live_rights_page(topic)


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    return make_translator(django_capture_on_commit_callbacks)


def collect_errors(page):
    """Script errors and console errors; the missing favicon is not ours to judge."""
    errors = []

    def on_console(message):
        if message.type == "error" and "favicon" not in message.location.get("url", ""):
            errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def test_switch_the_language_with_the_keyboard(browser_page, live_server, rights_page, translate):
    english_page = translate(rights_page, "en", english)
    errors = collect_errors(browser_page)
    browser_page.goto(live_server.url + rights_page.url)

    link = browser_page.locator('.helder-languages a[hreflang="en"]')
    assert link.get_attribute("lang") == "en" and link.inner_text() == "English"
    link.focus()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url(live_server.url + english_page.url)

    assert browser_page.locator("html").get_attribute("lang") == "en"
    current = browser_page.locator(".helder-languages a[aria-current]")
    assert current.inner_text() == "English"
    assert errors == []


def test_read_the_outdated_notice(browser_page, live_server, rights_page, translate, artifacts):
    english_page = translate(rights_page, "en", english)
    republish_dutch(rights_page, "Uw plichten en rechten")
    cache.clear()

    browser_page.goto(live_server.url + english_page.url)
    notice = browser_page.locator("[data-outdated-notice]")
    assert notice.is_visible()
    assert "This text may be out of date" in notice.inner_text()
    browser_page.screenshot(path=artifacts / "translations-outdated-notice.png", full_page=True)

    notice.get_by_role("link", name="Read the Dutch text").click()
    browser_page.wait_for_url(live_server.url + rights_page.url)
    assert browser_page.locator("html").get_attribute("lang") == "nl"


def test_read_aloud_with_the_keyboard(browser_page, live_server, rights_page):
    """The browser's voice is an extra: reached by keyboard, and it never fails silently."""
    errors = collect_errors(browser_page)
    browser_page.goto(live_server.url + rights_page.url)
    button = browser_page.locator("[data-read-aloud]")
    button.wait_for(state="visible")

    for _ in range(60):  # Tab through the page until the button has focus
        browser_page.keyboard.press("Tab")
        if browser_page.evaluate("document.activeElement.hasAttribute('data-read-aloud')"):
            break
    else:
        pytest.fail("Tab never reached the Lees voor button")
    assert button.get_attribute("aria-pressed") == "false"

    has_voice = browser_page.evaluate(
        "() => speechSynthesis.getVoices().some(v => v.lang.toLowerCase().startsWith('nl'))"
    )
    browser_page.keyboard.press("Enter")
    status = browser_page.locator("[data-read-aloud-status]")
    if has_voice:
        browser_page.keyboard.press(" ")  # Space stops it again
        browser_page.wait_for_function(
            "document.querySelector('[data-read-aloud]').getAttribute('aria-pressed') === 'false'"
        )
        assert status.inner_text() == "Voorlezen is gestopt."
    else:
        # Headless Chromium has no voices: the page says so instead of staying silent.
        assert status.inner_text() == "Uw browser heeft geen stem om voor te lezen."
        assert status.is_visible() and button.get_attribute("aria-pressed") == "false"
    assert errors == []
