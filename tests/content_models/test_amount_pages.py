"""Amounts named in pages: editors get a Dutch message for a code that does not exist, and
the gate reads a sentence with an amount as citizens will read it."""

import html

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content_models import readable_text
from content_models.amount_placeholders import amount_codes, malformed_amounts
from content_models.gate import evaluate
from content_models.models import InformationPage
from tests.factories import InformationPageFactory, published_amount, stream

pytestmark = pytest.mark.django_db

PERIODS = [("1401.50", "2027-01-01", "2027-06-30"), ("1432.10", "2027-07-01", None)]


def page_form(*blocks):
    return nested_form_data(
        {
            "title": "Hoeveel bijstand krijgt u?",
            "slug": "hoeveel",
            "intro": "Zo veel geld krijgt u.",
            "body": streamfield(list(blocks)),
        }
    )


def add(admin_client, topic, *blocks):
    url = f"/admin/pages/add/content_models/informationpage/{topic.pk}/"
    response = admin_client.post(url, page_form(*blocks))
    return response, html.unescape(response.content.decode())


def test_placeholders_are_found_and_typos_are_caught():
    text = "<p>U krijgt [[norm:PW-ALL-21]] of [[ norm:PW-GEH-21 ]] en [[norm:pw-all-21]].</p>"
    assert amount_codes(text) == ["PW-ALL-21", "PW-GEH-21"]
    assert malformed_amounts(text) == ["[[norm:pw-all-21]]"]
    (unclosed,) = malformed_amounts("<p>U krijgt [[norm:PW-ALL-21 per maand.</p>")
    assert "krijgt [[norm:PW-ALL-21 per" in unclosed


def test_a_page_with_a_known_amount_is_saved(admin_client, topic):
    published_amount(periods=PERIODS)
    response, _text = add(
        admin_client,
        topic,
        ("amount", {"code": "PW-ALL-21", "text": "Bijstand per maand"}),
        ("paragraph", rich_text("<p>U krijgt [[norm:PW-ALL-21]] per maand.</p>")),
    )
    assert response.status_code == 302
    page = InformationPage.objects.get(slug="hoeveel")
    assert page.body[0].value["code"] == "PW-ALL-21"


def test_an_unknown_code_in_the_text_is_refused_with_a_dutch_message(admin_client, topic):
    published_amount(periods=PERIODS)
    response, text = add(
        admin_client,
        topic,
        ("paragraph", rich_text("<p>U krijgt [[norm:PW-XYZ-21]] per maand.</p>")),
    )
    assert response.status_code == 200
    assert "Er is geen gepubliceerd normbedrag met de code PW-XYZ-21." in text
    assert not InformationPage.objects.exists()


def test_a_badly_written_placeholder_is_refused_and_shown(admin_client, topic):
    published_amount(periods=PERIODS)
    response, text = add(
        admin_client, topic, ("paragraph", rich_text("<p>U krijgt [[norm:pw-all-21]].</p>"))
    )
    assert response.status_code == 200
    assert "Schrijf een bedrag zo: [[norm:PW-ALL-21]]." in text
    assert "[[norm:pw-all-21]]" in text
    assert not InformationPage.objects.exists()


def test_an_unknown_code_in_the_amount_block_is_refused(admin_client, topic):
    published_amount(periods=PERIODS)
    response, text = add(admin_client, topic, ("amount", {"code": "PW-ALL-99", "text": ""}))
    assert response.status_code == 200
    assert "Er is geen gepubliceerd normbedrag met de code PW-ALL-99." in text
    assert not InformationPage.objects.exists()


def test_an_amount_in_draft_is_not_yet_a_choice(admin_client, topic):
    amount = published_amount(code="PW-ALL-AOW", periods=PERIODS)
    amount.unpublish()
    response, text = add(admin_client, topic, ("amount", {"code": "PW-ALL-AOW", "text": ""}))
    assert "Of publiceer eerst het normbedrag." in text
    assert not InformationPage.objects.exists()


def test_the_gate_reads_an_amount_where_the_text_names_one(topic):
    published_amount(periods=PERIODS)
    page = InformationPageFactory(
        parent=topic,
        body=stream(("paragraph", "<p>Woont u alleen? Dan krijgt u [[norm:PW-ALL-21]].</p>")),
    )
    texts = " ".join(block["text"] for block in readable_text.declared(page))
    assert "[[norm:" not in texts
    assert "Dan krijgt u €\xa01.401,50." in texts
    assert evaluate(page).passes


def test_the_gate_reads_an_amount_in_an_easy_read_version_too(topic):
    from translations.models import EasyReadVariant

    published_amount(periods=PERIODS)
    page = InformationPageFactory(parent=topic)
    variant = EasyReadVariant(
        page=page,
        title="Hoeveel geld krijgt u?",
        intro="Dit leest u hier.",
        body='[{"type": "paragraph", "value": "<p>U krijgt [[norm:PW-ALL-21]] per maand.</p>"}]',
    )
    texts = " ".join(block["text"] for block in readable_text.declared(variant))
    assert "[[norm:" not in texts
    assert "U krijgt €\xa01.401,50 per maand." in texts


def test_an_amount_in_the_intro_is_refused_where_it_cannot_be_filled_in(admin_client, topic):
    published_amount(periods=PERIODS)
    url = f"/admin/pages/add/content_models/informationpage/{topic.pk}/"
    form = page_form(("paragraph", rich_text("<p>Dan krijgt u [[norm:PW-ALL-21]].</p>")))
    form["intro"] = "U krijgt [[norm:PW-ALL-21]] per maand."
    response = admin_client.post(url, form)
    assert response.status_code == 200
    assert "Een normbedrag kan alleen in de tekst van de pagina staan" in html.unescape(
        response.content.decode()
    )
    assert not InformationPage.objects.filter(slug="hoeveel").exists()
