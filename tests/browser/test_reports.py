"""Reports → Leesbaarheid and Vertalingen en varianten, as an editor uses them in Chromium."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from content_models.gate import PublicationBlocked
from content_models.models import InformationPage, PageFeedback, ReadabilityCheck, RecheckRun
from tests.factories import InformationPageFactory, LetterTemplateFactory, UserFactory, stream
from tests.translations.conftest import live_rights_page

OFFICIALESE = (
    "<p>Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat "
    "de uitkering middels een besluit kan worden herzien, hetgeen kan leiden tot terugvordering "
    "van ten onrechte verstrekte bijstand alsmede het opleggen van een maatregel.</p>"
)


def watch_errors(page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def open_filters(page):
    page.locator("#filters-drilldown button.w-slim-header-action-button").click()


@pytest.fixture
def texts(topic):
    for number in range(3):
        page = InformationPageFactory(
            parent=topic,
            title=f"Een lange titel over geld voor de huur en de zorg, deel {number}",
            slug=f"huur-{number}",
        )
        page.save_revision().publish()
    refused = InformationPageFactory(parent=topic, title="Informatie geven", slug="info")
    draft = refused.save_revision()
    draft.publish()
    refused.refresh_from_db()
    refused.body = stream(("paragraph", OFFICIALESE))
    with pytest.raises(PublicationBlocked):
        refused.save_revision().publish()
    LetterTemplateFactory(code="PW-TST-001").save_revision().publish()


def test_dashboard_draws_charts_fits_1280_and_filters_on_level(
    browser_page, live_server, login, texts, artifacts
):
    UserFactory(username="redacteur", groups=["Communicatie"])
    login("redacteur")
    page = browser_page
    errors = watch_errors(page)
    page.goto(f"{live_server.url}/admin/leesbaarheid/overzicht/")

    charts = page.locator("svg[data-helder-chart]")
    expect(charts).to_have_count(3)
    site_chart = page.locator("#verdeling-site-titel + ul + svg")
    expect(site_chart.locator("rect.helder-chart__band--pass")).to_have_count(1)
    expect(site_chart.locator("rect.helder-chart__band--block")).to_have_count(1)
    # The text alternative says the same as the bars.
    description = page.locator("#verdeling-site-svg-uitleg").text_content()
    assert "4 goedgekeurd" in description and "1 tegengehouden" in description
    bar = site_chart.locator("rect.helder-chart__band--pass").bounding_box()
    assert bar["width"] > 50 and bar["height"] > 5  # really drawn, not an empty box
    trend = page.locator("#trend-svg-uitleg").text_content()
    assert "4 goedgekeurd, 1 tegengehouden" in trend
    # Each chart's table opens from its own control; a screen reader hears which one.
    summaries = page.locator(".helder-chart__details summary").all_text_contents()
    assert len(set(summaries)) == len(summaries) == 3, summaries

    # Wagtail's admin scrolls inside its own box: a tall window shows the whole report.
    page.set_viewport_size({"width": 1280, "height": 2400})
    page.screenshot(path=str(artifacts / "dashboard-leesbaarheid.png"))
    page.set_viewport_size({"width": 1280, "height": 900})
    # Readable at 1280 px: no sideways scrolling of the page, and a title column that
    # keeps room for words.
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    table_box = page.locator(".helder-table-scroll").bounding_box()
    assert table_box["x"] + table_box["width"] <= 1280
    # Every column is on screen: the table fits its box, no sideways scrolling needed.
    widths = page.evaluate(
        "(() => { const box = document.querySelector('.helder-table-scroll');"
        " return [box.scrollWidth, box.clientWidth]; })()"
    )
    columns = page.evaluate(
        "[...document.querySelectorAll('.helder-table-scroll thead th')]"
        ".map(th => th.textContent.trim() + ' ' + Math.round(th.getBoundingClientRect().width))"
    )
    assert widths[0] <= widths[1], (widths, columns)
    last_header = page.locator(".helder-table-scroll thead th").last.bounding_box()
    assert last_header["x"] + last_header["width"] <= 1280
    # The title's own box (the cell minus its padding) keeps room for a few words.
    title_width = page.evaluate(
        "document.querySelector('td.helder-col-title .title-wrapper').getBoundingClientRect().width"
    )
    assert title_width >= 150
    # No title runs out of its cell (words are not cut).
    assert page.evaluate(
        "[...document.querySelectorAll('td.helder-col-title')]"
        ".every(td => td.scrollWidth <= td.clientWidth)"
    )

    # The level filter, through Wagtail's filter drawer (refreshes without a reload).
    open_filters(page)
    page.locator("#filters-drilldown button", has_text="Niveau").click()
    refused_level = ReadabilityCheck.objects.get(passes=False).level
    page.locator(f"#filters-drilldown input[name=level][value={refused_level}]").check()
    expect(page).to_have_url(
        f"{live_server.url}/admin/leesbaarheid/overzicht/?level={refused_level}"
    )
    titles = page.locator("#listing-results td.helder-col-title")
    expect(titles.filter(has_text="Informatie geven")).to_have_count(1)
    expected = ReadabilityCheck.objects.filter(level=refused_level).count()
    expect(titles).to_have_count(expected)

    # On a phone the charts' tables scroll in their own box: every column can be reached.
    page.set_viewport_size({"width": 390, "height": 844})
    page.locator(".helder-chart__details summary").first.click()
    total = page.locator(".helder-chart__table").first.locator("thead th").last
    expect(total).to_have_text("Totaal")
    assert total.evaluate("th => th.closest('table').scrollWidth") > 390 - 40  # wider than room
    # The first box that is too narrow for the table lets the user scroll (not clips).
    clipped_by = total.evaluate(
        "th => { for (let e = th.parentElement; e; e = e.parentElement) {"
        " if (e.scrollWidth > e.clientWidth + 1) return [e.className, getComputedStyle(e).overflowX];"
        " } return null; }"
    )
    assert clipped_by is None or clipped_by[1] in ("auto", "scroll"), clipped_by
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    # A reader's comment without spaces wraps in its cell instead of being cut off.
    commented = InformationPage.objects.get(slug="huur-0")
    PageFeedback.objects.create(page=commented, clear=False, comment="https://x.nl/" + "a" * 300)
    page.goto(f"{live_server.url}/admin/leesbaarheid/reacties/{commented.pk}/")
    cell = page.locator("#listing-results tbody tr").first.locator("td").last
    expect(cell).to_contain_text("https://x.nl/")
    assert cell.evaluate("td => td.scrollWidth <= td.clientWidth")
    assert cell.bounding_box()["x"] + cell.bounding_box()["width"] <= 390
    assert not errors


def test_translation_report_filters_in_the_browser(browser_page, live_server, login, topic):
    live_rights_page(topic)
    UserFactory(username="beheer", is_superuser=True, is_staff=True)
    login("beheer")
    page = browser_page
    errors = watch_errors(page)
    page.goto(f"{live_server.url}/admin/vertalingen/overzicht/")
    rows = page.locator("#listing-results tbody tr")
    expect(rows.first).to_be_visible()
    before = rows.count()

    open_filters(page)
    page.locator("#filters-drilldown button", has_text="Taal").click()
    page.locator("#filters-drilldown select[name=language]").select_option("en")
    expect(page).to_have_url(f"{live_server.url}/admin/vertalingen/overzicht/?language=en")
    expect(page.locator("#listing-results tbody tr").first).to_contain_text("Engels")
    after = page.locator("#listing-results tbody tr").count()
    assert 0 < after < before

    # The filtered address can be shared: it opens with the filter set, and filters combine.
    page.goto(page.url)
    open_filters(page)
    page.locator("#filters-drilldown button", has_text="Vorm").click()
    page.locator("#filters-drilldown select[name=variant_form]").select_option("translation")
    expect(page).to_have_url(
        f"{live_server.url}/admin/vertalingen/overzicht/?language=en&variant_form=translation"
    )
    assert not errors, errors


def test_recheck_progress_updates_without_a_reload(browser_page, live_server, login, topic):
    run = RecheckRun.objects.create(total=8, done=2)
    UserFactory(username="redacteur", groups=["Communicatie"])
    login("redacteur")
    page = browser_page
    errors = watch_errors(page)
    page.goto(f"{live_server.url}/admin/leesbaarheid/overzicht/")
    bar = page.locator("[data-helder-progress-bar]")
    expect(bar).to_have_attribute("value", "25")
    # With the script, the page updates itself: the refresh link is not needed.
    expect(page.locator("[data-helder-progress-refresh]")).to_be_hidden()
    page.evaluate("window.helderMarker = 1")

    RecheckRun.objects.filter(pk=run.pk).update(done=6)
    expect(bar).to_have_attribute("value", "75", timeout=10000)
    RecheckRun.objects.filter(pk=run.pk).update(done=8, finished_at=timezone.now())
    box = page.locator("[data-helder-progress]")
    expect(box).to_have_attribute("data-state", "finished", timeout=10000)
    expect(box).to_contain_text("Klaar: 8 van 8 teksten gecontroleerd.")
    assert page.evaluate("window.helderMarker") == 1  # the same page: no reload
    assert not errors


def test_recheck_progress_without_javascript_offers_a_refresh_link(browser, live_server, topic):
    RecheckRun.objects.create(total=8, done=2)
    UserFactory(username="redacteur", groups=["Communicatie"])
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "redacteur")
    page.fill("input[name=password]", "geheim-voor-tests")
    page.click("button[type=submit]")
    page.goto(f"{live_server.url}/admin/leesbaarheid/overzicht/")
    link = page.locator("[data-helder-progress-refresh] a")
    expect(link).to_be_visible()
    RecheckRun.objects.update(done=8, finished_at=timezone.now())
    link.click()
    expect(page.locator("[data-helder-progress]")).to_contain_text("Laatste controle: 8 van 8")
    context.close()
