import pytest
from helder.public.glossary import Term, mark_first_use

from tests.factories import GlossaryTermFactory, InformationPageFactory, stream

BIJSTAND = Term("bijstand", "Geld van de gemeente.", ("bijstand", "bijstandsuitkering"))
BIJZONDER = Term("bijzondere bijstand", "Extra geld.", ("bijzondere bijstand",))


def test_only_the_first_use_of_a_term_is_marked():
    html, used = mark_first_use("<p>U krijgt bijstand. De bijstand is per maand.</p>", [BIJSTAND])
    assert html.count("<dfn") == 1
    assert html.startswith('<p>U krijgt <dfn class="helder-term"')
    assert "De bijstand is per maand." in html
    assert used == [BIJSTAND]


def test_a_synonym_counts_as_a_use_of_the_same_term():
    html, used = mark_first_use(
        "<p>Uw bijstandsuitkering komt elke maand. Bijstand is geld.</p>", [BIJSTAND]
    )
    assert html.count("<dfn") == 1
    assert 'href="#begrip-bijstand"' in html
    assert ">bijstandsuitkering</a></dfn> komt" in html
    assert used == [BIJSTAND]


def test_headings_links_and_tag_attributes_are_left_alone():
    source = (
        "<h2>Bijstand aanvragen</h2>"
        '<p><a href="/nl/bijstand/" title="bijstand">Lees over bijstand</a></p>'
        "<p>Hier staat bijstand in gewone tekst.</p>"
    )
    html, _used = mark_first_use(source, [BIJSTAND])
    assert "<h2>Bijstand aanvragen</h2>" in html
    assert '<a href="/nl/bijstand/" title="bijstand">Lees over bijstand</a>' in html
    assert html.count("<dfn") == 1
    assert "<p>Hier staat <dfn" in html


def test_the_longest_term_wins_and_word_parts_do_not_match():
    html, used = mark_first_use(
        "<p>Vraag bijzondere bijstand aan. Bijstandsgerechtigden lezen dit.</p>",
        [BIJSTAND, BIJZONDER],
    )
    assert 'href="#begrip-bijzondere-bijstand"' in html
    assert ">bijzondere bijstand</a></dfn> aan." in html
    # "bijstand" inside "Bijstandsgerechtigden" is not the term.
    assert "Bijstandsgerechtigden lezen" in html
    assert used == [BIJZONDER]


@pytest.mark.django_db
def test_an_information_page_explains_its_terms_on_the_page(client, topic):
    GlossaryTermFactory(term="bijstand", explanation="Geld van de gemeente om van te leven.")
    page = InformationPageFactory(
        parent=topic,
        slug="uitleg",
        body=stream(("paragraph", "<p>U vraagt bijstand aan. Bijstand is voor iedereen.</p>")),
    )
    html = client.get(page.url).content.decode()
    assert html.count('class="helder-term"') == 1
    # The explanation is on the page itself and linked to the term, not in a tooltip.
    assert 'aria-describedby="begrip-bijstand-uitleg"' in html
    assert 'id="begrip-bijstand-uitleg">Geld van de gemeente om van te leven.' in html
    assert 'href="/nl/begrippen/"' in html


@pytest.mark.django_db
def test_the_glossary_page_lists_terms_from_a_to_z(client, home):
    GlossaryTermFactory(term="Wmo", explanation="Wet voor hulp thuis.", synonyms="")
    GlossaryTermFactory(term="bijstand", explanation="Geld van de gemeente.", synonyms="uitkering")
    html = client.get("/nl/begrippen/").content.decode()
    assert html.index('id="letter-B"') < html.index("bijstand") < html.index('id="letter-W"')
    assert html.index('id="letter-W"') < html.index("Wet voor hulp thuis.")
    assert "Andere woorden hiervoor: uitkering" in html
