"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server."""

import os
import sqlite3
from pathlib import Path

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
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


class DemoSnapshot:
    """The database as `load_demo` leaves it: loaded once per session, put back per test.

    `load_demo` takes 10-30 s; putting back a copy of every table takes about a second, and
    the test sees the same rows a fresh load makes (see "CI time" in benchmarks/RESULTS.md)."""

    SCHEMA = "helder_demo_snapshot"  # PostgreSQL: the copy's tables live beside the real ones

    def __init__(self):
        self.taken = False

    def load(self):
        if self.taken:
            self.restore()
        else:
            call_command("load_demo", verbosity=0)
            self.take()
            self.taken = True
        # Memos start a new generation, as they would after the writes of a real load.
        cache.clear()

    def tables(self):
        quote = connection.ops.quote_name
        names = connection.introspection.django_table_names(only_existing=True, include_views=False)
        return [quote(name) for name in sorted(names)]

    def take(self):
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            # The whole in-memory database, sqlite_sequence included.
            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)
            return
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {self.SCHEMA} CASCADE")
            cursor.execute(f"CREATE SCHEMA {self.SCHEMA}")
            for table in self.tables():
                cursor.execute(f"CREATE TABLE {self.SCHEMA}.{table} AS TABLE {table}")

    def restore(self):
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            self.copy.backup(connection.connection)
            return
        tables = self.tables()
        models = apps.get_models(include_auto_created=True)
        # Django's foreign keys are checked at the commit, so the tables go in any order.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("TRUNCATE " + ", ".join(tables))
            for table in tables:
                cursor.execute(f"INSERT INTO {table} SELECT * FROM {self.SCHEMA}.{table}")
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)


@pytest.fixture(scope="session")
def demo_snapshot():
    return DemoSnapshot()


@pytest.fixture
def demo_db(db, demo_snapshot):
    """The demo content in the database, as `python3 dev.py run` shows it."""
    demo_snapshot.load()
