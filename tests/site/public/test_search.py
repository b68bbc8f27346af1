import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from helder.public.cache import pages as pages_memo
from wagtail.models import Locale

from content_models.models import JargonEntry
from tests.factories import GlossaryTermFactory, InformationPageFactory, stream

pytestmark = pytest.mark.django_db


def info(topic, slug, title, text):
    return InformationPageFactory(
        parent=topic, slug=slug, title=title, body=stream(("paragraph", f"<p>{text}</p>"))
    )


def titles(client, query, language="nl"):
    response = client.get(f"/{language}/zoeken/", {"q": query})
    assert response.status_code == 200
    return response, response.content.decode()


def test_dutch_word_forms_on_every_database(client, topic):
    info(topic, "geld", "Geld elke maand", "Uw uitkering komt op de eerste van de maand.")
    info(topic, "stoppen", "Wanneer wij stoppen", "Dan stoppen wij met betalen.")
    for query in ("uitkeringen", "uitkering", "Uitkering"):
        assert "Geld elke maand" in titles(client, query)[1]
    assert "Wanneer wij stoppen" in titles(client, "stopt")[1]


def test_a_word_finds_the_compounds_it_is_part_of(client, topic):
    info(topic, "soorten", "Soorten hulp", "Een bijstandsuitkering is voor de kosten van elke dag.")
    assert "Soorten hulp" in titles(client, "uitkering")[1]


def test_a_glossary_term_also_finds_its_synonyms_without_showing_them(client, topic):
    GlossaryTermFactory(term="bijstand", synonyms="bijstandsuitkering, algemene bijstand")
    info(topic, "aanvragen", "Aanvraag doen", "Vraag uw bijstandsuitkering op tijd aan.")
    _response, html = titles(client, "bijstand")
    assert "Aanvraag doen" in html
    main = html.split("<main", 1)[1]
    assert "Wij zochten ook naar" not in main
    assert "algemene bijstand" not in main


def test_the_jargon_list_widens_the_search_both_ways(client, topic):
    JargonEntry.objects.create(phrase="terugvordering", alternatives="terugbetaling")
    info(topic, "terug", "Geld terug", "Bij een terugvordering vragen wij geld terug.")
    info(topic, "betalen", "Betalen in delen", "Een terugbetaling kan in delen.")
    html = titles(client, "terugbetaling")[1]
    assert "Geld terug" in html and "Betalen in delen" in html
    assert "terugvordering" not in html.split("<main", 1)[1].split("Geld terug", 1)[0]
    html = titles(client, "terugvordering")[1]
    assert "Geld terug" in html and "Betalen in delen" in html


def test_a_typo_gets_a_suggestion_and_its_results(client, topic):
    info(topic, "aanvragen", "Aanvraag doen", "Zo vraagt u bijstand aan.")
    response, html = titles(client, "bijstant")
    assert "Wij vonden niets voor “bijstant”. Hieronder staan de resultaten voor" in html
    assert 'href="/nl/zoeken/?q=bijstand"' in html
    assert "Aanvraag doen" in html
    # A word the site really uses is never "corrected".
    assert "zoeken/?q=" not in titles(client, "bijstand")[1].split("<main", 1)[1]


def test_pages_with_every_word_rank_first(client, topic):
    info(topic, "een", "Alleen huur", "Hier gaat het over huur. Huur, huur en nog eens huur.")
    info(topic, "twee", "Huur en toeslag", "Over huur en over toeslag.")
    html = titles(client, "huur toeslag")[1]
    assert html.index("Huur en toeslag") < html.index("Alleen huur")


def test_search_stores_no_query(client, topic):
    info(topic, "aanvragen", "Aanvraag doen", "Zo vraagt u bijstand aan.")
    titles(client, "bijstand")  # builds the index
    with CaptureQueriesContext(connection) as queries:
        titles(client, "bijstand 123456782")
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert not [sql for sql in writes if "123456782" in sql]
    stored = [key.encode() + value for key, value in cache._cache.items()]
    assert stored and not [item for item in stored if b"123456782" in item]
    assert "123456782" not in repr(pages_memo.current()[1])


def test_a_synonym_also_finds_the_term(client, topic):
    GlossaryTermFactory(term="bijstand", synonyms="bijstandsuitkering")
    info(topic, "rechten", "Wat mag u", "Met bijstand betaalt u de huur.")
    _response, html = titles(client, "bijstandsuitkering")
    assert "Wat mag u" in html


def test_only_live_pages_of_the_current_language(client, topic):
    info(topic, "live", "Huur betalen", "Zo betaalt u de huur.")
    draft = info(topic, "concept", "Huur concept", "Huur in een concept.")
    draft.unpublish()
    english, _created = Locale.objects.get_or_create(language_code="en")
    # Each copy is translated before it is published: the gate refuses Dutch text in English.
    home_en = topic.get_parent().copy_for_translation(english)
    home_en.title, home_en.intro = "Work, income and care", "What the city does for you."
    home_en.save_revision().publish()
    topic_en = topic.copy_for_translation(english)
    topic_en.title, topic_en.intro = "Social assistance", "All about this subject."
    topic_en.save_revision().publish()
    page_en = info(topic, "engels", "Huur in English", "Huur for English readers.")
    translated = page_en.copy_for_translation(english)
    translated.title, translated.intro = "Rent in English", "How to pay your rent."
    translated.save_revision().publish()

    _response, html = titles(client, "huur")
    assert "Huur betalen" in html
    assert "Huur concept" not in html
    assert "Rent in English" not in html
    _response, html = titles(client, "huur", language="en")
    assert "Rent in English" in html
    assert "Huur betalen" not in html


def test_no_results_gives_tips(client, home):
    _response, html = titles(client, "xyzzy")
    assert "Geen resultaten voor “xyzzy”" in html
    assert "Kijk of het woord goed gespeld is." in html


@pytest.mark.parametrize(
    "query",
    [
        "a" * 5000,
        "\x00bijstand",
        "'\"<script>",
        "   ",
        "((OR",
        "NOT",
        "AND OR NOT",
        "bijstand NEAR",
        "col:x*",
    ],
)
def test_odd_queries_never_break_the_page(client, home, query):
    response, html = titles(client, query)
    assert "<script>" not in html.split("<main", 1)[1]


def test_the_search_page_speaks_the_visitors_language(client, home):
    _response, html = titles(client, "xyzzy", language="en")
    assert "No results for “xyzzy”" in html
    assert "Check that the word is spelled correctly." in html
    assert "Kijk of het woord" not in html
