"""Every block renders, and the blocks refuse the input editors must not save."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from content_models.blocks import (
    ContactBlock,
    FaqBlock,
    HeadingBlock,
    ImageBlock,
    ImportantBlock,
    InformationBodyBlock,
    LawQuoteBlock,
    RightOrDutyBlock,
    StepsBlock,
)
from tests.factories import DUTY

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    return get_image_model().objects.create(title="Pictogram", file=get_test_image_file())


def render(block, raw):
    value = block.to_python(raw)
    block.clean(value)
    return block.render(value)


def test_paragraph_renders_rich_text():
    body = InformationBodyBlock()
    html = body.child_blocks["paragraph"].render(RichText("<p>Hallo <b>u</b></p>"))
    assert "<b>u</b>" in html


@pytest.mark.parametrize(("level", "tag"), [("h2", "<h2"), ("h3", "<h3")])
def test_heading_renders_its_level(level, tag):
    html = render(HeadingBlock(), {"text": "Wat moet u doen?", "level": level})
    assert tag in html and "Wat moet u doen?" in html


def test_heading_rejects_other_levels():
    with pytest.raises(ValidationError):
        HeadingBlock().clean(HeadingBlock().to_python({"text": "Kop", "level": "h1"}))


def test_steps_render_as_a_numbered_list():
    html = render(
        StepsBlock(),
        {
            "title": "Zo werkt het",
            "steps": [
                {"title": "Bel ons", "text": ""},
                {"title": "Kom langs", "text": "<p>Neem uw id mee.</p>"},
            ],
        },
    )
    assert "<ol" in html and html.index("Bel ons") < html.index("Kom langs")
    assert "Neem uw id mee." in html


def test_important_renders_a_callout():
    html = render(ImportantBlock(), {"title": "Let op", "text": "<p>Doe dit op tijd.</p>"})
    assert 'role="note"' in html and "Doe dit op tijd." in html


def test_faq_renders_questions_and_answers():
    html = render(FaqBlock(), {"items": [{"question": "Wat kost het?", "answer": "<p>Niets.</p>"}]})
    assert "<summary>Wat kost het?</summary>" in html and "Niets." in html


def test_contact_renders_clickable_phone_and_mail():
    html = render(
        ContactBlock(),
        {
            "title": "Contact",
            "phone": "0800 123 45 67",
            "email": "werk@helderstad.nl",
            "address": "Stadhuisplein 1",
            "opening_hours": "",
        },
    )
    assert 'href="tel:08001234567"' in html and 'href="mailto:werk@helderstad.nl"' in html


def test_contact_needs_at_least_one_way_to_reach_us():
    block = ContactBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(
            block.to_python(
                {
                    "title": "Contact",
                    "phone": "",
                    "email": "",
                    "address": "",
                    "opening_hours": "9-17",
                }
            )
        )
    assert "telefoonnummer" in str(error.value.as_json_data())


def test_image_renders_with_its_alt_text(image):
    html = render(
        ImageBlock(),
        {
            "image": image.pk,
            "alt": "Een kalender",
            "decorative": False,
            "caption": "Let op de datum",
        },
    )
    assert 'alt="Een kalender"' in html and "<figcaption>Let op de datum</figcaption>" in html


def test_decorative_image_renders_with_empty_alt(image):
    html = render(ImageBlock(), {"image": image.pk, "alt": "", "decorative": True, "caption": ""})
    assert 'alt=""' in html


def test_image_without_alt_text_is_refused_unless_decorative(image):
    block = ImageBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(
            block.to_python({"image": image.pk, "alt": "  ", "decorative": False, "caption": ""})
        )
    assert "alt-tekst" in str(error.value.as_json_data()["blockErrors"]["alt"])


def test_law_quote_renders_with_its_source():
    html = render(
        LawQuoteBlock(),
        {
            "text": "De wettekst.",
            "reference": "Participatiewet, artikel 17",
            "url": "https://wetten.overheid.nl/BWBR0015703/",
        },
    )
    assert "<blockquote" in html and "Participatiewet, artikel 17" in html


def test_right_or_duty_renders_all_parts():
    html = render(RightOrDutyBlock(), DUTY)
    for text in (
        "Geef veranderingen door",
        "binnen een week",
        "Log in op Mijn Helderstad.",
        "terugbetalen",
        "0800 123 45 67",
    ):
        assert text in html


def test_law_quote_must_be_followed_by_a_plain_explanation():
    body = InformationBodyBlock()
    quote = {
        "type": "law_quote",
        "value": {"text": "Wettekst.", "reference": "Pw, art. 17", "url": ""},
    }
    explained = body.to_python(
        [quote, {"type": "paragraph", "value": "<p>Dit betekent: u moet alles vertellen.</p>"}]
    )
    body.clean(explained)

    with pytest.raises(ValidationError) as error:
        body.clean(body.to_python([quote]))
    assert "gewone woorden" in str(error.value.as_json_data())

    with pytest.raises(ValidationError):
        body.clean(
            body.to_python([quote, {"type": "heading", "value": {"text": "Kop", "level": "h2"}}])
        )


def test_duty_without_consequences_is_refused():
    block = RightOrDutyBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({**DUTY, "consequences": "<p></p>"}))
    assert "consequences" in error.value.as_json_data()["blockErrors"]


def test_item_without_explanation_is_refused():
    block = RightOrDutyBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({**DUTY, "explanation": ""}))
    assert "explanation" in error.value.as_json_data()["blockErrors"]
