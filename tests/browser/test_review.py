"""Review in the browser, as editors use it: an exception for one text, publishing without
review only with the permission and a reason, and an expert by experience who answers."""

import re

from django.contrib.auth.models import Permission
from playwright.sync_api import expect
from wagtail.models import Workflow

from content_models.models import InformationPage, RightsDutiesPage
from tests.factories import InformationPageFactory, RightsDutiesPageFactory, UserFactory, stream

LIVE = "<p>U krijgt elke maand geld van de gemeente. Dat geld is voor huur en eten.</p>"
OFFICIALESE = (
    "Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat de "
    "uitkering middels een besluit kan worden herzien, hetgeen kan leiden tot terugvordering van "
    "ten onrechte verstrekte bijstand alsmede het opleggen van een maatregel."
)
PLAIN = (
    "Geef ons op tijd de informatie die wij vragen. Doet u dat niet? Dan stoppen wij uw uitkering."
)
REASON = "Het college besloot vandaag; inwoners moeten dit nu lezen."


def live_page(topic):
    page = InformationPageFactory(
        parent=topic, title="Informatie geven", slug="informatie-geven",
        body=stream(("paragraph", LIVE)),
    )  # fmt: skip
    page.save_revision().publish()
    return InformationPage.objects.get(pk=page.pk)


def replace_body_text(page, text):
    editor = page.locator("[data-contentpath='body'] .Draftail-Editor [contenteditable=true]").first
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(text)
    expect(editor).to_contain_text(text[:40])
    expect(editor).not_to_contain_text("U krijgt elke maand")
    page.wait_for_timeout(500)  # Draftail writes the form field after a short debounce
    # The Leesbaarheid panel checks the text in the background; let it finish first (the
    # test database is SQLite, which locks a table for a concurrent request).
    page.wait_for_load_state("networkidle")


def click_action(page, button):
    """Click a button of the editor's footer; most sit in its "more actions" drop-up."""
    if not button.is_visible():
        page.locator(".w-dropdown-button [data-w-dropdown-target='toggle']").first.click()
    button.click()


def log_out_and_in(browser_page, live_server, login, username):
    browser_page.context.clear_cookies()
    login(username)


def test_beheer_grants_an_exception_and_the_author_publishes_the_same_text(
    browser_page, live_server, login, topic, artifacts
):
    page_obj = live_page(topic)
    UserFactory(username="redacteur", groups=["Communicatie"])
    UserFactory(username="beheerder", groups=["Beheer"])
    UserFactory(username="versimpelaar", groups=["Versimpelteam"])
    page = browser_page
    edit_url = f"{live_server.url}/admin/pages/{page_obj.pk}/edit/"

    login("redacteur")
    page.goto(edit_url)
    replace_body_text(page, OFFICIALESE)
    click_action(page, page.locator("button[name='action-submit']").first)
    expect(page.locator(".messages")).to_contain_text("te moeilijk")
    expect(page.locator(".messages")).to_contain_text("ambtelijke taal")

    log_out_and_in(page, live_server, login, "beheerder")
    page.goto(edit_url)
    findings = page.locator(".messages a", has_text="Bekijk alle punten")
    if findings.count() == 0:
        from django.contrib.contenttypes.models import ContentType

        ct = ContentType.objects.get_for_model(InformationPage)
        page.goto(f"{live_server.url}/admin/leesbaarheid/{ct.pk}/{page_obj.pk}/")
    else:
        findings.first.click()
    page.get_by_role("link", name="Uitzondering vastleggen").click()
    page.get_by_role("button", name="Uitzondering vastleggen").click()
    expect(page.locator(".w-field__errors", has_text="Schrijf een reden op.")).to_be_visible()
    page.fill("textarea[name=reason]", "Letterlijke tekst uit een uitspraak van de rechter.")
    page.get_by_role("button", name="Uitzondering vastleggen").click()
    expect(page.locator(".messages")).to_contain_text("uitzondering is vastgelegd")

    log_out_and_in(page, live_server, login, "redacteur")
    page.goto(edit_url)
    click_action(page, page.locator("button[name='action-submit']").first)
    expect(page.locator(".messages")).not_to_contain_text("te moeilijk")
    assert InformationPage.objects.get(pk=page_obj.pk).current_workflow_state is not None

    log_out_and_in(page, live_server, login, "versimpelaar")
    page.goto(edit_url)
    click_action(page, page.get_by_role("button", name=re.compile("^Goedkeuren")).first)
    expect(page.locator(".messages")).to_be_visible()
    page.screenshot(path=str(artifacts / "review-exception-approved.png"))

    page.context.clear_cookies()
    response = page.goto(f"{live_server.url}{page_obj.url}")
    assert response.status == 200
    expect(page.locator("main")).to_contain_text("inlichtingenplicht")


def test_communicatie_publishes_without_review_only_with_the_permission_and_a_reason(
    browser_page, live_server, login, topic, artifacts
):
    page_obj = live_page(topic)
    author = UserFactory(username="redacteur", groups=["Communicatie"])
    page = browser_page
    edit_url = f"{live_server.url}/admin/pages/{page_obj.pk}/edit/"

    login("redacteur")
    page.goto(edit_url)
    expect(page.locator("button[name='action-submit']").first).to_be_attached()
    expect(page.locator("button[name='action-publish']")).to_have_count(0)
    expect(page.get_by_text("Publiceren zonder toets")).to_have_count(0)

    author.user_permissions.add(Permission.objects.get(codename="publish_without_review"))
    page.goto(edit_url)
    replace_body_text(page, PLAIN)
    click_action(page, page.get_by_role("button", name="Publiceren zonder toets…"))
    dialog = page.locator("dialog[data-helder-force-dialog]")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Publiceren zonder toets").click()
    expect(dialog.locator("#helder-force-error")).to_be_visible()
    assert "Geef ons" not in InformationPage.objects.get(pk=page_obj.pk).body[0].value.source

    dialog.locator("textarea").fill(REASON)
    page.screenshot(path=str(artifacts / "review-force-dialog.png"))
    dialog.get_by_role("button", name="Publiceren zonder toets").click()
    expect(page.locator(".messages")).to_be_visible()
    assert "Geef ons" in InformationPage.objects.get(pk=page_obj.pk).body[0].value.source

    page.goto(f"{live_server.url}/admin/")
    panel = page.locator(".helder-review-panel")
    expect(panel).to_contain_text("Nog niet getoetst")
    expect(panel).to_contain_text(REASON)

    page.context.clear_cookies()
    page.goto(f"{live_server.url}{page_obj.url}")
    expect(page.locator("main")).to_contain_text("Geef ons op tijd")


def test_an_expert_reads_comments_says_not_understood_and_the_author_sees_it(
    browser, live_server, topic, artifacts
):
    author = UserFactory(username="redacteur", groups=["Communicatie"])
    UserFactory(username="meelezer", groups=["Ervaringsdeskundigen"])
    rights = RightsDutiesPageFactory(parent=topic, title="Uw plichten", slug="uw-plichten")
    rights.save_revision(user=author)
    rights = RightsDutiesPage.objects.get(pk=rights.pk)
    assert rights.get_workflow().name == "Versimpeltoets met ervaringsdeskundigen"
    Workflow.objects.get(name="Versimpeltoets met ervaringsdeskundigen").start(rights, author)

    # The expert reads on a phone.
    phone = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    page = phone.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "meelezer")
    page.fill("input[name=password]", "geheim-voor-tests")
    page.click("button[type=submit]")
    page.get_by_role("link", name="Uw plichten").click()
    text = page.locator("[data-helder-reading-text]")
    expect(text).to_contain_text("Vertel het ons binnen een week.")

    # Mark a passage by selecting it.
    text.get_by_text("Vertel het ons binnen een week.").first.select_text()
    text.get_by_text("Vertel het ons binnen een week.").first.dispatch_event("mouseup")
    expect(page.locator("textarea[name=passage]")).to_have_value(
        re.compile("Vertel het ons binnen een week")
    )
    page.fill("textarea[name=comment]", "Bedoelt u werkdagen?")
    page.get_by_role("button", name="Alleen opmerking opslaan").click()
    expect(page.locator(".messages")).to_contain_text("opmerking is opgeslagen")
    # The answer buttons are still there after the comment.
    expect(page.get_by_role("button", name="Dit begrijp ik niet")).to_be_visible()

    page.get_by_role("button", name="Dit begrijp ik niet").click()
    expect(
        page.locator(".w-field__errors", has_text="Schrijf op wat u niet begrijpt.")
    ).to_be_visible()
    page.fill("textarea[name=comment]", "Wat moet ik vertellen? En aan wie?")
    page.get_by_role("button", name="Dit begrijp ik niet").click()
    expect(page.locator(".messages")).to_contain_text("terug naar de schrijver")
    page.screenshot(path=str(artifacts / "review-expert-phone.png"))
    phone.close()

    desk = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = desk.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "redacteur")
    page.fill("input[name=password]", "geheim-voor-tests")
    page.click("button[type=submit]")
    page.goto(f"{live_server.url}/admin/pages/{rights.pk}/edit/")
    page.click("[data-side-panel-toggle='meelezers']")
    panel = page.locator(".helder-review-side")
    expect(panel).to_contain_text("Dit begrijp ik niet")
    expect(panel).to_contain_text("Wat moet ik vertellen? En aan wie?")
    expect(panel).to_contain_text("Bedoelt u werkdagen?")
    page.screenshot(path=str(artifacts / "review-author-sees-answer.png"))
    desk.close()
