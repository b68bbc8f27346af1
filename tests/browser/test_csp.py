"""No Content-Security-Policy violation in Chromium: the public pages under the strict
policy, and Wagtail's admin (login, dashboard, page edit, publish) under the
admin policy. A violation fires `securitypolicyviolation`; the test collects every one.
"""

from playwright.sync_api import expect

from tests.factories import InformationPageFactory, UserFactory

COLLECT = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}` +
      (event.sample ? ` (${event.sample})` : "")
  );
});
"""


def violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations || []")


def walk_public_site(page, url, page_obj):
    found = []
    for path in ["/nl/", page_obj.url, "/nl/zoeken/?q=bijstand", "/nl/niet-bestaand/"]:
        page.goto(url + path)
        page.wait_for_load_state("networkidle")
        found += violations(page)
    return found


def walk_admin(page, url, page_obj):
    """What an editor does: log in, open the dashboard, edit (Draftail and the readability
    panel) and publish a page. The preview panel is left out: on the in-memory SQLite test
    database its parallel requests lock the page table; it renders the public templates,
    which the public-site test checks under the stricter policy."""
    found = []
    page.goto(f"{url}/admin/login/")
    found += violations(page)
    page.fill("input[name=username]", "redacteur")
    page.fill("input[name=password]", "geheim-voor-tests")
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/admin/")
    page.wait_for_load_state("networkidle")
    found += violations(page)

    page.goto(f"{url}/admin/pages/{page_obj.pk}/edit/")
    page.wait_for_load_state("networkidle")
    # The schedule dialog's date-time pickers start from a static file, not inline scripts.
    page.wait_for_function("document.querySelectorAll('.xdsoft_datetimepicker').length >= 2")
    editor = page.locator("[data-contentpath='body'] .Draftail-Editor [contenteditable=true]")
    editor.first.click()
    page.keyboard.press("End")
    page.keyboard.insert_text(" Bel ons als u vragen heeft.")
    page.click("[data-side-panel-toggle='leesbaarheid']")
    page.wait_for_timeout(1000)
    found += violations(page)

    # A person publishes after a Versimpeltoets, or (a superuser may) "Publiceren zonder
    # toets…" with a reason: its dialog runs under the admin policy too.
    button = page.get_by_role("button", name="Publiceren zonder toets…")
    if not button.is_visible():
        page.locator(".w-dropdown-button [data-w-dropdown-target='toggle']").first.click()
    button.click()
    dialog = page.locator("dialog[data-helder-force-dialog]")
    expect(dialog).to_be_visible()
    dialog.locator("textarea").fill("Test van de CSP bij publiceren, zonder Versimpeltoets.")
    found += violations(page)
    dialog.get_by_role("button", name="Publiceren zonder toets").click()
    page.wait_for_url(f"{url}/admin/pages/{page_obj.get_parent().pk}/")
    expect(page.locator(".messages")).to_contain_text("gepubliceerd")
    found += violations(page)
    return found


def test_the_public_site_runs_without_csp_violations(browser_page, live_server, topic, artifacts):
    page_obj = InformationPageFactory(parent=topic, title="Geld voor huur", slug="geld-voor-huur")
    browser_page.add_init_script(COLLECT)
    assert walk_public_site(browser_page, live_server.url, page_obj) == []


def test_the_admin_runs_without_csp_violations_under_its_policy(
    browser_page, live_server, topic, artifacts
):
    page_obj = InformationPageFactory(parent=topic, title="Geld voor huur", slug="geld-voor-huur")
    UserFactory(username="redacteur", is_superuser=True, is_staff=True)
    browser_page.add_init_script(COLLECT)
    found = walk_admin(browser_page, live_server.url, page_obj)
    browser_page.screenshot(path=str(artifacts / "admin-csp-after-publish.png"))
    assert found == []
