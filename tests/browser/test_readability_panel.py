"""An editor types officialese and sees, within two seconds, why it cannot go live."""

import re

from playwright.sync_api import expect

from tests.factories import InformationPageFactory, UserFactory

OFFICIALESE = (
    "Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat de "
    "uitkering middels een besluit kan worden herzien, hetgeen kan leiden tot terugvordering van "
    "ten onrechte verstrekte bijstand alsmede het opleggen van een maatregel."
)
PLAIN = (
    "Geef ons op tijd de informatie die wij vragen. Doet u dat niet? Dan stoppen wij uw uitkering."
)


def replace_body_text(page, text):
    editor = page.locator("[data-contentpath='body'] .Draftail-Editor [contenteditable=true]").first
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(text)


def test_panel_shows_above_b1_while_typing_and_turns_green_when_fixed(
    browser_page, live_server, login, topic, artifacts
):
    page_obj = InformationPageFactory(parent=topic, title="Informatie geven", slug="informatie")
    UserFactory(username="redacteur", is_superuser=True, is_staff=True)
    login("redacteur")
    page = browser_page
    page.goto(f"{live_server.url}/admin/pages/{page_obj.pk}/edit/")
    page.click("[data-side-panel-toggle='leesbaarheid']")
    panel = page.locator("[data-helder-readability]")
    expect(panel).to_be_visible()

    replace_body_text(page, OFFICIALESE)
    expect(panel.locator(".helder-readability__verdict.is-blocked").first).to_contain_text(
        "boven B1", timeout=2000
    )
    # The hardest sentence is listed first, with its own level and a concrete suggestion.
    sentences = panel.locator("[data-helder-sentences] .helder-readability__sentence")
    expect(panel.locator("[data-helder-sentences-heading]")).to_be_visible()
    hardest = sentences.first
    expect(hardest.locator(".helder-readability__excerpt")).to_contain_text("Indien")
    expect(hardest.locator(".helder-readability__level")).to_contain_text(
        re.compile(r"Niveau (B2|C1|C2)")
    )
    expect(hardest.locator(".helder-readability__tips li").first).not_to_be_empty()
    finding = panel.locator(".helder-readability__finding", has_text="Indien").first
    expect(finding).to_be_visible()
    finding.locator("button").click()
    assert page.evaluate("CSS.highlights.has('helder-finding')")
    page.screenshot(path=str(artifacts / "readability-panel-blocked.png"))

    replace_body_text(page, PLAIN)
    expect(panel.locator(".helder-readability__verdict.is-ok")).to_contain_text(
        "B1 of makkelijker", timeout=2000
    )
    page.screenshot(path=str(artifacts / "readability-panel-ok.png"))
