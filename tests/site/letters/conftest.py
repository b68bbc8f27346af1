"""Fixtures for the letter service: a published letter with every variable type, and clients."""

import json

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import APIToken, Locale

from tests.amount_data import make_demo_amounts
from tests.factories import (
    VARIABLE_NAAM,
    VARIABLE_WOONSITUATIE,
    LetterTemplateFactory,
    StandardTextFactory,
    UserFactory,
    stream,
)

VARIABLES = [
    VARIABLE_NAAM,
    {
        "name": "datum_besluit",
        "type": "date",
        "required": True,
        "example": "2027-01-15",
        "description": "Datum van het besluit",
        "choices": [],
    },
    {
        "name": "bedrag",
        "type": "money",
        "required": True,
        "example": "1234.56",
        "description": "Bedrag per maand",
        "choices": [],
    },
    {
        "name": "aantal",
        "type": "number",
        "required": False,
        "example": "2",
        "description": "Aantal mensen in huis",
        "choices": [],
    },
    VARIABLE_WOONSITUATIE,
    {
        "name": "toelichting",
        "type": "text",
        "required": False,
        "example": "",
        "description": "Extra uitleg",
        "choices": [],
    },
]

BODY = [
    (
        "paragraph",
        "<p>Beste {{ aanhef }},</p><p>Op {{ datum_besluit }} hebben wij besloten. "
        "U krijgt <b>{{ bedrag }}</b> per maand.</p>"
        "<ul><li>Uw woonsituatie: {{ woonsituatie }}.</li><li>Wij betalen elke maand.</li></ul>",
    ),
    ("conditional", {"variable": "aantal", "text": "<p>Bij u wonen {{ aantal }} mensen.</p>"}),
    ("conditional", {"variable": "toelichting", "text": "<p>Let op: {{ toelichting }}</p>"}),
]

GOOD_VALUES = {
    "aanhef": "mevrouw De Vries",
    "datum_besluit": "2027-01-01",
    "bedrag": "1234.56",
    "woonsituatie": "alleenstaand",
}
# The letter fields a letter in the post needs (docx, pdf, xml).
ADDRESS = {
    "ontvanger_naam": "Mevrouw A. de Vries",
    "ontvanger_straat_huisnummer": "Lindelaan 12 A",
    "ontvanger_postcode": "1234ab",
    "ontvanger_plaats": "Helderstad",
}


def publish(obj):
    revision = obj.save_revision()
    revision.publish()
    obj.refresh_from_db()
    return revision


@pytest.fixture(autouse=True)
def clear_cache():
    # The local-memory cache outlives a test's database transaction.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def closing_text(db):
    text = StandardTextFactory(
        key="bezwaar",
        title="Bent u het niet eens met dit besluit?",
        body="<p>Stuur ons binnen zes weken een brief.</p>",
    )
    publish(text)
    return text


@pytest.fixture
def letter(db, closing_text):
    template = LetterTemplateFactory(
        code="PW-TST-100",
        title="Besluit over uw bijstand",
        subject="Besluit van {{ datum_besluit }}",
        variables=stream(*[("variable", v) for v in VARIABLES]),
        body=stream(*BODY),
        closing=json.dumps([{"type": "standard_text", "value": closing_text.pk}]),
    )
    publish(template)
    return template


@pytest.fixture
def english_locale(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def english_letter(letter, english_locale):
    translation = letter.copy_for_translation(english_locale)
    translation.subject = "Decision of {{ datum_besluit }}"
    # The same structure as the Dutch letter: the publication gate checks translation parity.
    translation.body = stream(
        (
            "paragraph",
            "<p>Dear {{ aanhef }},</p><p>On {{ datum_besluit }} we decided. "
            "You get <b>{{ bedrag }}</b> a month.</p>"
            "<ul><li>Where you live: {{ woonsituatie }}.</li><li>We pay every month.</li></ul>",
        ),
        (
            "conditional",
            {"variable": "aantal", "text": "<p>{{ aantal }} people live with you.</p>"},
        ),
        ("conditional", {"variable": "toelichting", "text": "<p>Note: {{ toelichting }}</p>"}),
    )
    translation.save()
    publish(translation)
    return translation


@pytest.fixture
def caseworker(db):
    return UserFactory(username="consulent", groups=["Medewerkers"])


@pytest.fixture
def outsider(db):
    return UserFactory(username="redacteur", groups=["Communicatie"])


def token_for(user, name="test"):
    return APIToken.create_token(user=user, name=name)


@pytest.fixture
def token(caseworker):
    return token_for(caseworker)[1]


def bearer_client(plaintext):
    return Client(HTTP_AUTHORIZATION=f"Bearer {plaintext}")


@pytest.fixture
def api(token):
    return bearer_client(token)


def render(client, code="PW-TST-100", **body):
    return client.post(
        f"/api/v1/letters/{code}/render", data=json.dumps(body), content_type="application/json"
    )


@pytest.fixture
def demo_letters(db):
    """The demo letters and the standard texts they end with, as load_demo makes them."""
    from helder.demo.loader import DemoLoader, read_fixture

    loader = DemoLoader(with_users=False)
    for spec in read_fixture("jargon"):  # the publication gate reads the jargon list
        loader.jargon_entry(spec)
    make_demo_amounts()  # "Wijziging normbedragen" names two of them
    texts = {spec["key"]: loader.standard_text(spec) for spec in read_fixture("standard_texts")}
    specs = read_fixture("letters")
    for spec in specs:
        loader.letter(spec, texts)
    return specs


def example_values(spec: dict) -> dict:
    """A demo letter's example values plus a full address, date and reference."""
    values = {v["name"]: v["example"] for v in spec["variables"] if v["example"]}
    return {
        **values,
        **ADDRESS,
        "datum_brief": "2026-12-01",
        "ons_kenmerk": "Z-2026-004512",
        "ondertekenaar_naam": "Sanne Bakker",
    }
