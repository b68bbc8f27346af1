"""A caseworker fills in a letter with normbedragen: no amount to type, the amounts in the preview."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.amount_data import make_demo_amounts
from tests.factories import LetterTemplateFactory, UserFactory, stream
from tests.site.letters.test_amounts import BODY, NEW, OLD, VARIABLES

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}


@pytest.fixture
def amount_letter(db):
    make_demo_amounts()
    template = LetterTemplateFactory(
        code="PW-BED-100",
        title="Uw bijstand per maand",
        subject="Uw bijstand per maand",
        variables=stream(*[("variable", v) for v in VARIABLES]),
        body=stream(*BODY),
    )
    template.save_revision().publish()
    UserFactory(username="consulent", groups=["Medewerkers"])
    return template


def assert_axe_clean(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_caseworker_fills_in_a_letter_and_sees_the_amounts(
    browser_page, live_server, amount_letter
):
    page = browser_page
    page.goto(f"{live_server.url}/medewerkers/inloggen/")
    page.fill("input[name=username]", "consulent")
    page.fill("input[name=password]", "geheim-voor-tests")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(f"{live_server.url}/medewerkers/brieven/")
    page.goto(f"{live_server.url}/medewerkers/brieven/PW-BED-100/")

    computed = page.get_by_role("region", name="Dit vult Helder zelf in")
    assert "Normbedrag PW-ALL-21 of PW-GEH-21" in computed.inner_text()
    assert page.locator("[name=norm], [name=oude_norm]").count() == 0
    assert_axe_clean(page)

    page.fill("[name=aanhef]", "mevrouw De Vries")
    page.select_option("[name=woonsituatie]", "alleenstaand")
    page.fill("[name=ingangsdatum]", "2027-01-01")
    page.fill("[name=datum_brief]", "2027-01-04")
    page.get_by_role("button", name="Bekijk de brief").click()
    preview = page.get_by_role("region", name="Voorbeeld van de brief")
    text = preview.inner_text().replace("\xa0", " ")
    new, old = NEW.replace("\xa0", " "), OLD.replace("\xa0", " ")
    assert f"Uw bijstand is {new} per maand. Tot 1 januari 2027 was dat {old}." in text
    assert_axe_clean(page)
