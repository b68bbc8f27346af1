"""Wijzigingen per mail in a real browser: by keyboard alone on a phone, axe-clean in
Dutch and Arabic, with the error messages where a screen reader finds them."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from helder.subscriptions.models import Subscription

from tests.browser.test_public_site import AXE_OPTIONS

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def open_page(browser, viewport, locale="nl-NL"):
    context = browser.new_context(locale=locale, viewport=viewport, has_touch=viewport == PHONE)
    return context, context.new_page()


def assert_axe_clean(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def test_subscribing_with_the_keyboard_alone_on_a_phone(browser, live_server):
    context, page = open_page(browser, PHONE)
    try:
        page.goto(live_server.url + "/nl/wijzigingen-per-mail/")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        # Skip link, then straight into the form.
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "veld-email"
        page.keyboard.type("Lezer@Voorbeeld.nl")
        page.keyboard.press("Tab")
        page.keyboard.press("Space")  # the first topic: Bijstand
        for _topic in range(5):
            page.keyboard.press("Tab")
        page.keyboard.press("Tab")  # into the radio group
        page.keyboard.press("Space")  # 1 keer per week
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.type") == "submit"
        page.keyboard.press("Enter")
        page.wait_for_url("**/nl/wijzigingen-per-mail/verstuurd/")
        assert page.get_by_role("heading", level=1).inner_text() == "Kijk in uw mailbox"
        assert_axe_clean(page)
    finally:
        context.close()

    subscription = Subscription.objects.get()
    assert subscription.email == "lezer@voorbeeld.nl"
    assert subscription.topic_list == ["bijstand"] and subscription.frequency == "weekly"
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_wrong_address_is_named_next_to_the_field_and_in_the_summary(
    browser, live_server, viewport
):
    context, page = open_page(browser, viewport)
    try:
        page.goto(live_server.url + "/nl/wijzigingen-per-mail/")
        page.fill("#veld-email", "lezer@")
        page.get_by_role("button", name="Aanmelden").click()
        alert = page.get_by_role("alert")
        assert "Uw aanmelding is niet verstuurd" in alert.inner_text()
        email = page.get_by_label("Uw e-mailadres")
        assert email.get_attribute("aria-invalid") == "true"
        assert email.input_value() == "lezer@"  # kept, so it can be corrected
        assert "Het e-mailadres klopt niet" in page.locator("#veld-email-fout").inner_text()
        alert.get_by_role("link", name="Het e-mailadres klopt niet").first.click()
        assert page.evaluate("document.activeElement.id") == "veld-email"
        assert_axe_clean(page)
    finally:
        context.close()
    assert not Subscription.objects.exists()


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_pages_pass_axe(browser, live_server, language):
    context, page = open_page(browser, PHONE, locale=f"{language}-NL")
    try:
        for part in ("", "privacy/", "afmelden/", "verstuurd/", f"bevestigen/1.{'0' * 40}/"):
            page.goto(f"{live_server.url}/{language}/wijzigingen-per-mail/{part}")
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            assert_axe_clean(page)
    finally:
        context.close()
