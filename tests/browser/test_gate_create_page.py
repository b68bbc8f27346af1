"""An editor creates a page and publishes C1 text: the editor sees the Dutch reasons, and an
anonymous visitor gets a 404. The B1 rewrite then goes live from the same editor."""

import re

from playwright.sync_api import expect

from content_models.models import InformationPage
from tests.factories import UserFactory

OFFICIALESE = (
    "Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat de "
    "uitkering middels een besluit kan worden herzien, hetgeen kan leiden tot terugvordering van "
    "ten onrechte verstrekte bijstand alsmede het opleggen van een maatregel."
)
PLAIN = (
    "Geef ons op tijd de informatie die wij vragen. Doet u dat niet? Dan stoppen wij uw uitkering."
)


def write_body(page, text):
    editor = page.locator("[data-contentpath='body'] .Draftail-Editor [contenteditable=true]").first
    expect(editor).to_be_visible()
    editor.click()
    editor.press("Control+A")
    page.keyboard.insert_text(text)
    expect(editor).to_contain_text(text[:20])
    # Draftail writes its hidden form field when the editor loses focus.
    page.locator("#id_intro").click()
    hidden = page.locator("[data-contentpath='body'] input[type=hidden][name$='-value']").first
    expect(hidden).to_have_value(re.compile(re.escape(text[:20])))


REASON = "Test van de B1-toets bij een nieuwe pagina, zonder Versimpeltoets."


def publish(page):
    # A person publishes only after a Versimpeltoets, or (this superuser may) "Publiceren
    # zonder toets…" with a reason; the subject here is the readability gate.
    button = page.get_by_role("button", name="Publiceren zonder toets…")
    if not button.is_visible():
        page.locator(".w-dropdown-button [data-w-dropdown-target='toggle']").first.click()
    button.click()
    dialog = page.locator("dialog[data-helder-force-dialog]")
    expect(dialog).to_be_visible()
    dialog.locator("textarea").fill(REASON)
    with page.expect_navigation():
        dialog.get_by_role("button", name="Publiceren zonder toets").click()


def test_a_refused_new_page_is_not_live_and_the_editor_sees_why(
    browser, browser_page, live_server, login, topic, artifacts
):
    UserFactory(username="redacteur", is_superuser=True, is_staff=True)
    login("redacteur")
    page = browser_page
    page.goto(f"{live_server.url}/admin/pages/add/content_models/informationpage/{topic.pk}/")
    page.fill("#id_title", "Informatie geven")
    page.locator("#id_title").press("Tab")
    # The slug is on the "Promoten" tab; Wagtail fills it from the title.
    expect(page.locator("#id_slug")).to_have_value("informatie-geven")
    page.fill("#id_intro", "Wat u moet doen.")
    body = page.locator("[data-contentpath='body']")
    body.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Tekst").first.click()
    write_body(page, OFFICIALESE)
    publish(page)

    messages = page.locator(".messages")
    expect(messages).to_contain_text("Niet gepubliceerd. De tekst is nog te moeilijk")
    expect(messages).to_contain_text("ambtelijke taal")
    page.screenshot(path=str(artifacts / "gate-create-refused.png"))

    created = InformationPage.objects.get(slug="informatie-geven")
    assert not created.live and created.live_revision_id is None
    visitor = browser.new_context()
    response = visitor.new_page().goto(f"{live_server.url}/nl/bijstand/informatie-geven/")
    assert response.status == 404

    # The editor stays on the draft, rewrites it and publishes: now it is live.
    page.goto(f"{live_server.url}/admin/pages/{created.pk}/edit/")
    write_body(page, PLAIN)
    publish(page)
    response = visitor.new_page().goto(f"{live_server.url}/nl/bijstand/informatie-geven/")
    assert response.status == 200
    visitor.close()
