"""Search on the demo's Dutch content: the queries citizens really typed (issue 17).

Runs on SQLite and on PostgreSQL (DATABASE_URL); both use the same engine, so the
answers must be the same.
"""

import re

import pytest
from helder.demo.loader import DemoLoader, read_fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def dutch_demo():
    """The demo's Dutch pages and word lists (translations and media are not needed here)."""
    loader = DemoLoader(with_users=False)
    for spec in read_fixture("jargon"):
        loader.jargon_entry(spec)
    for spec in read_fixture("glossary"):
        loader.glossary_term(spec)
    home = loader.home_page()
    topics = {spec["slug"]: loader.topic(home, spec) for spec in read_fixture("topics")}
    for spec in read_fixture("rights_duties"):
        loader.rights_duties_page(topics[spec["topic"]], spec)
    return home


def result_titles(client, query):
    response = client.get("/nl/zoeken/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    results = html.split('class="helder-results"', 1)
    titles = re.findall(r'<h3 class="utrecht-heading-3"><a [^>]*>([^<]+)</a>', results[-1])
    return html, titles if len(results) == 2 else []


def test_the_queries_citizens_typed(client, dutch_demo):
    """One test for the four queries of issue 17 (the demo takes long to load)."""
    # A typo: a suggestion that searches for it, and results for it straight away.
    html, titles = result_titles(client, "bijstant")
    assert 'href="/nl/zoeken/?q=bijstand">bijstand</a>' in html
    assert "Bijstand aanvragen" in titles

    # A verb form: the pages say "uw uitkering stoppen"; they come first.
    _html, titles = result_titles(client, "uitkering stopt")
    assert titles[0] in {"Uw plicht om informatie te geven", "Uw woonsituatie en samenwonen"}

    # Plain words find the page about terugvordering; so does the letter's official word.
    assert result_titles(client, "geld terug")[1][0] == "Geld terugbetalen aan de gemeente"
    assert result_titles(client, "terugvordering")[1][0] == "Geld terugbetalen aan de gemeente"

    # Relevance: the page about the fine first, pages that mention it after.
    _html, titles = result_titles(client, "boete")
    assert titles[0] == "Een boete van de gemeente"
    assert "Geld terugbetalen aan de gemeente" in titles[1:]

    # The glossary's synonyms widen the search but are never shown.
    html, titles = result_titles(client, "bijstand")
    main = html.split("<main", 1)[1]
    assert "Wij zochten ook naar" not in main and "uitkering levensonderhoud" not in main
    assert "Bedoelde u" not in main
