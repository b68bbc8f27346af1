"""Text a citizen reads that is not a plain scored field: the gate reads it too.

Found by trying to get C1 text in front of citizens outside the paths the earlier issues
listed: synonyms on the public glossary, the captions of a sign-language video, the alt
text and tooltips inside rich text, a sentence typed where only a name or number belongs
(a law, an article, a phone number), officialese wrapped in "<style>" in a plain field,
letter examples that turn a paragraph into markup the engine skips, and one C1 sentence
between plain paragraphs (a person decides). Each is refused with a Dutch reason and
nothing a citizen sees changes; the plain version goes live through the same path.
"""

import pytest
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content_models import review
from content_models.gate import PublicationBlocked
from content_models.models import GlossaryTerm, LetterTemplate, RightsDutiesPage
from tests.factories import (
    PLAIN_PARAGRAPH,
    RIGHT,
    VARIABLE_DATUM,
    VARIABLE_NAAM,
    GlossaryTermFactory,
    LetterTemplateFactory,
    stream,
)

pytestmark = pytest.mark.django_db

MARKER = "tenuitvoerlegging"
C1 = (
    "Onverminderd het bepaalde in artikel 4 geschiedt de tenuitvoerlegging van de beschikking "
    "door het college overeenkomstig de daartoe strekkende bepalingen, waarbij de "
    "belanghebbende wordt geacht kennis te hebben genomen van de aan hem toegezonden mededeling"
)
# The same officialese, short enough for a name field (law: 120 characters).
C1_SHORT = "Onverminderd het bepaalde geschiedt de tenuitvoerlegging van de beschikking ambtshalve"


def seen(url) -> str:
    response = Client().get(url)
    return response.content.decode() if response.status_code == 200 else ""


def posted(admin_client, url, form) -> str:
    """The page the editor sees after sending an admin form (no error page)."""
    response = admin_client.post(url, nested_form_data(form), follow=True)
    assert response.status_code == 200
    return response.content.decode()


def refused(obj) -> PublicationBlocked:
    with pytest.raises(PublicationBlocked) as blocked:
        obj.save_revision().publish()
    return blocked.value


# --- the public glossary shows synonyms ------------------------------------------------


def test_a_sentence_typed_as_glossary_synonyms_is_refused(home):
    term = GlossaryTermFactory(term="bijstand", explanation="Geld van de gemeente.")
    term.save_revision().publish()
    draft = GlossaryTerm.objects.get(pk=term.pk)
    draft.synonyms = C1
    assert "exempt.too_long" in refused(draft).decision.rules
    assert GlossaryTerm.objects.get(pk=term.pk).synonyms == term.synonyms
    assert MARKER not in seen("/nl/begrippen/")

    draft.synonyms = "bijstandsuitkering, uitkering levensonderhoud, algemene bijstand"
    draft.save_revision().publish()
    assert "uitkering levensonderhoud" in seen("/nl/begrippen/")


# --- the captions of a sign-language video ---------------------------------------------


def captions(text: str, header="WEBVTT\n\n") -> ContentFile:
    return ContentFile(f"{header}00:00.000 --> 00:09.000\n<v Tolk>{text}\n".encode())


# A cue right under the header line is shown too (the WebVTT parser starts a cue there).
@pytest.mark.parametrize("header", ["WEBVTT\n\n", "WEBVTT\n"], ids=["cue", "cue_in_header"])
@override_settings(MEDIA_ROOT="/tmp/helder-test-media")
def test_c1_captions_of_a_sign_language_video_are_refused(live_page, header):
    from wagtailmedia.models import Media

    from translations.models import SignLanguageVideo

    media = Media.objects.create(
        title="NGT", type="video", file=ContentFile(b"\x1a\x45\xdf\xa3", name="ngt.webm")
    )
    video = SignLanguageVideo(page=live_page, title="In gebarentaal", media=media, live=False)
    video.captions.save("ngt.vtt", captions(C1, header), save=False)
    video.full_clean()
    video.save()
    blocked = refused(video)
    assert "C1" in str(blocked) or "C2" in str(blocked)
    assert not SignLanguageVideo.objects.get(pk=video.pk).live
    assert Client().get(f"/nl/gebarentaal/{live_page.pk}/").status_code == 404

    video.captions.save("ngt.vtt", captions("Welkom. Hier leest u wat u moet doen."), save=False)
    video.save_revision().publish()
    assert "In gebarentaal" in seen(f"/nl/gebarentaal/{live_page.pk}/")


# --- rich text: an image's alt text and a tooltip --------------------------------------


@pytest.fixture
def image(db):
    return Image.objects.create(title="Foto", file=get_test_image_file())


@pytest.mark.parametrize(
    "markup",
    [
        '<embed embedtype="image" id="{image}" format="left" alt="{text}"/>',
        '<p><a href="https://www.helderstad.nl/" title="{text}">Lees meer</a></p>',
    ],
    ids=["image_alt", "link_title"],
)
def test_text_in_rich_text_attributes_is_scored(live_page, image, markup):
    before = seen(live_page.url)
    draft = live_page.get_latest_revision_as_object()
    draft.body = stream(("paragraph", PLAIN_PARAGRAPH + markup.format(image=image.pk, text=C1)))
    refused(draft)
    assert seen(live_page.url) == before and MARKER not in before

    plain = "Een vrouw vult een formulier in."
    draft.body = stream(("paragraph", PLAIN_PARAGRAPH + markup.format(image=image.pk, text=plain)))
    draft.save_revision().publish()
    assert plain in seen(live_page.url)


# --- a sentence where only a name or number belongs ------------------------------------


def _contact(phone):
    contact = {"title": "Contact", "phone": phone, "email": "", "address": "", "opening_hours": ""}
    return {"body": stream(("paragraph", PLAIN_PARAGRAPH), ("contact", contact))}


def _law_quote(reference):
    quote = {"text": "Het college stelt het recht op bijstand vast.", "reference": reference}
    return {
        "body": stream(
            ("law_quote", {**quote, "url": ""}),
            ("paragraph", PLAIN_PARAGRAPH),
            ("paragraph", PLAIN_PARAGRAPH),
        )
    }


NAME_FIELDS = {
    "contact_phone": (
        _contact,
        "Bel ons gerust over de tenuitvoerlegging daarvan",
        "0800 123 45 67",
    ),
    "law_quote_reference": (_law_quote, C1[:200], "Participatiewet, artikel 43, eerste lid"),
}


@pytest.mark.parametrize("field", NAME_FIELDS)
def test_a_sentence_in_a_name_field_of_a_page_is_refused(live_page, field):
    fields, sentence, name = NAME_FIELDS[field]
    before = seen(live_page.url)
    draft = live_page.get_latest_revision_as_object()
    for attribute, value in fields(sentence).items():
        setattr(draft, attribute, value)
    blocked = refused(draft)
    assert "exempt.too_long" in blocked.decision.rules
    assert seen(live_page.url) == before

    for attribute, value in fields(name).items():
        setattr(draft, attribute, value)
    draft.save_revision().publish()
    assert name in seen(live_page.url)


def test_a_sentence_as_the_name_of_the_law_is_refused_in_the_editor(admin_client, topic):
    item = {
        **RIGHT,
        "explanation": rich_text(RIGHT["explanation"]),
        "consequences": rich_text(""),
        "help": rich_text(RIGHT["help"]),
        "steps": {"count": "0"},
    }
    form = {
        "title": "Uw rechten",
        "slug": "uw-rechten",
        "intro": "Wat u mag.",
        "items": streamfield([("item", item)]),
        "law": C1_SHORT,
        "article": "artikel 17",
        "law_url": "https://wetten.overheid.nl/BWBR0015703/",
        "action-publish": "publish",
        review.FORCE_FIELD: "Test van de B1-toets op de naam van de wet.",
    }
    url = f"/admin/pages/add/content_models/rightsdutiespage/{topic.pk}/"
    assert "Hier horen alleen namen, nummers of losse woorden" in posted(admin_client, url, form)
    page = RightsDutiesPage.objects.get(slug="uw-rechten")
    assert not page.live and page.latest_revision_id  # the draft is kept
    assert Client().get("/nl/bijstand/uw-rechten/").status_code == 404


# --- tags typed into a plain-text field ------------------------------------------------


@pytest.mark.parametrize("tag", ["style", "script", "noscript", "template", "title"])
def test_officialese_wrapped_in_tags_in_a_plain_field_is_read(admin_client, live_page, tag):
    """A plain field shows what was typed, tags included; the engine must read the words
    inside instead of skipping them as if the browser hid them."""
    before = seen(live_page.url)
    form = {
        "title": live_page.title,
        "slug": live_page.slug,
        "intro": f"<{tag}>{C1}</{tag}>"[:400],
        "body": streamfield([("paragraph", rich_text(PLAIN_PARAGRAPH))]),
        "action-publish": "publish",
        review.FORCE_FIELD: "Test van de B1-toets op tekst tussen codes.",
    }
    url = f"/admin/pages/{live_page.pk}/edit/"
    assert "Niet gepubliceerd" in posted(admin_client, url, form)
    assert seen(live_page.url) == before and MARKER not in before


# --- one hard sentence between plain paragraphs -----------------------------------------

PLAIN_LONG = (
    "<p>U krijgt elke maand geld van de gemeente. Dat geld is voor huur en eten. Verandert er "
    "iets in uw leven? Vertel het ons dan op tijd. Dan krijgt u het goede bedrag. Wij helpen u "
    "graag als u vragen heeft. Bel ons of kom langs op het stadhuis.</p>"
)
ONE_HARD_SENTENCE = (
    "Onverminderd het bepaalde in artikel 4 geschiedt de tenuitvoerlegging van de beschikking "
    "door het college overeenkomstig de daartoe strekkende bepalingen van de verordening."
)


def test_one_c1_sentence_between_plain_paragraphs_is_refused(live_page):
    draft = live_page.get_latest_revision_as_object()
    paragraphs = [("paragraph", PLAIN_LONG)] * 6
    paragraphs.insert(3, ("paragraph", f"<p>{ONE_HARD_SENTENCE}</p>"))
    draft.body = stream(*paragraphs)
    decision = refused(draft).decision
    # One sentence is weak evidence: a person of the Versimpelteam decides.
    assert decision.human_check
    assert decision.reasons[0].startswith("Eén zin is veel moeilijker dan B1")


# --- letters: example values are read as text ------------------------------------------


def test_example_values_cannot_hide_letter_text_from_the_gate():
    """The gate reads a letter with each variable's example filled in. An example is
    never printed, so it must not turn the text around it into markup the engine skips."""

    def variable(name, example):
        return ("variable", {**VARIABLE_NAAM, "name": name, "example": example})

    letter = LetterTemplateFactory(
        variables=stream(
            ("variable", VARIABLE_NAAM),
            ("variable", VARIABLE_DATUM),
            variable("kenmerk", "<style>"),
            variable("afdeling", "</style>"),
        ),
        body=stream(
            ("paragraph", "<p>Beste {{ aanhef }},</p><p>U krijgt bijstand.</p>"),
            ("paragraph", f"<p>{{{{ kenmerk }}}}{C1}{{{{ afdeling }}}}</p>"),
        ),
    )
    with pytest.raises(PublicationBlocked):
        letter.save_revision().publish()
    assert not LetterTemplate.objects.get(pk=letter.pk).live_revision_id
