"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
# Flags for a headless root run on a machine without network beyond loopback.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"

# Playwright's sync API keeps an event loop in this thread; the test code's database
# access is still synchronous, which Django would otherwise refuse here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)
            # The live server needs committed data; serialized rollback puts back what the
            # migrations made (root page, roles, workflows) for the tests that follow.
            # First in line, so it wins over any plainer django_db marker on the test.
            item.add_marker(
                pytest.mark.django_db(transaction=True, serialized_rollback=True), append=False
            )


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def login(browser_page, live_server):
    """Log a user in through the Wagtail admin login form."""

    def log_in(username, password="geheim-voor-tests"):
        browser_page.goto(f"{live_server.url}/admin/login/")
        browser_page.fill("input[name=username]", username)
        browser_page.fill("input[name=password]", password)
        browser_page.click("button[type=submit]")
        browser_page.wait_for_url(f"{live_server.url}/admin/")

    return log_in
