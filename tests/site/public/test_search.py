import pytest
from django.db import connection
from wagtail.models import Locale

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


def test_dutch_word_forms_on_postgresql_whole_words_on_sqlite(client, topic):
    info(topic, "geld", "Geld elke maand", "Uw uitkering komt op de eerste van de maand.")
    _response, html = titles(client, "uitkeringen")
    if connection.vendor == "postgresql":
        # The Dutch configuration stems both words to the same form.
        assert "Geld elke maand" in html
    else:
        # SQLite's full-text index matches whole words only.
        assert "Geld elke maand" not in html
        assert "Geen resultaten" in html
    _response, html = titles(client, "uitkering")
    assert "Geld elke maand" in html


def test_a_glossary_term_also_finds_its_synonyms(client, topic):
    GlossaryTermFactory(term="bijstand", synonyms="bijstandsuitkering, algemene bijstand")
    info(topic, "aanvragen", "Aanvraag doen", "Vraag uw bijstandsuitkering op tijd aan.")
    _response, html = titles(client, "bijstand")
    assert "Aanvraag doen" in html
    assert "Wij zochten ook naar: bijstandsuitkering, algemene bijstand." in html


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
