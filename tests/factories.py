"""Factories for Helder's content. Bodies are raw StreamField JSON, as editors' saves produce."""

import json

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from content_models.models import (
    GlossaryTerm,
    HomePage,
    InformationPage,
    JargonEntry,
    LetterTemplate,
    RightsDutiesPage,
    StandardText,
    TopicPage,
)

PLAIN_PARAGRAPH = "<p>U krijgt elke maand geld van de gemeente. Dat geld is voor huur en eten.</p>"


def stream(*blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@helderstad.example")
    password = factory.django.Password("geheim-voor-tests")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or []:
            self.groups.add(Group.objects.get(name=name))


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Werk, inkomen en zorg"
    intro = "Hier leest u wat de gemeente voor u doet."


class TopicPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TopicPage

    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    intro = "Alles over dit onderwerp."


class InformationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InformationPage

    title = factory.Sequence(lambda n: f"Informatie {n}")
    intro = "Hier leest u hoe het werkt."
    body = stream(("paragraph", PLAIN_PARAGRAPH))


RIGHT = {
    "kind": "right",
    "title": "U mag hulp vragen",
    "explanation": "<p>U mag altijd om hulp vragen.</p>",
    "consequences": "",
    "steps": ["Bel ons."],
    "help": "<p>Bel 0800 123 45 67.</p>",
}
DUTY = {
    "kind": "duty",
    "title": "Geef veranderingen door",
    "explanation": "<p>Verandert er iets in uw leven? Vertel het ons binnen een week.</p>",
    "consequences": "<p>Dan moet u misschien geld terugbetalen.</p>",
    "steps": ["Log in op Mijn Helderstad.", "Vul het formulier in."],
    "help": "<p>Bel 0800 123 45 67.</p>",
}


class RightsDutiesPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = RightsDutiesPage

    title = factory.Sequence(lambda n: f"Rechten en plichten {n}")
    intro = "Dit mag u en dit moet u doen."
    items = stream(("item", RIGHT), ("item", DUTY))
    law = "Participatiewet"
    article = "artikel 17"
    law_url = "https://wetten.overheid.nl/BWBR0015703/"


def default_locale():
    return Locale.get_default()


class StandardTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StandardText

    title = "Bent u het niet eens met dit besluit?"
    key = factory.Sequence(lambda n: f"tekst-{n}")
    kind = "bezwaar"
    body = "<p>Stuur ons binnen zes weken een brief.</p>"
    locale = factory.LazyFunction(default_locale)


VARIABLE_NAAM = {
    "name": "aanhef",
    "type": "text",
    "required": True,
    "example": "heer Jansen",
    "description": "Hoe u de klant aanspreekt",
    "choices": [],
}
VARIABLE_WOONSITUATIE = {
    "name": "woonsituatie",
    "type": "choice",
    "required": True,
    "example": "alleenstaand",
    "description": "De woonsituatie",
    "choices": ["alleenstaand", "samenwonend"],
}
VARIABLE_DATUM = {
    "name": "datum_besluit",
    "type": "date",
    "required": True,
    "example": "2027-01-15",
    "description": "Datum van het besluit",
    "choices": [],
}


class LetterTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LetterTemplate

    code = factory.Sequence(lambda n: f"PW-TST-{n:03d}")
    title = "Uw bijstand is toegekend"
    domain = "bijstand"
    purpose = "Gebruik deze brief als iemand bijstand krijgt."
    case_type = "Aanvraag levensonderhoud"
    document_type = "Beschikking"
    subject = "Uw aanvraag van {{ datum_besluit }}"
    variables = stream(("variable", VARIABLE_NAAM), ("variable", VARIABLE_DATUM))
    body = stream(("paragraph", "<p>Beste {{ aanhef }},</p><p>U krijgt bijstand.</p>"))
    closing = "[]"
    locale = factory.LazyFunction(default_locale)


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GlossaryTerm

    term = factory.Sequence(lambda n: f"begrip {n}")
    explanation = "Een gewone uitleg."
    synonyms = "woord, ander woord"
    locale = factory.LazyFunction(default_locale)


class JargonEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JargonEntry

    phrase = factory.Sequence(lambda n: f"moeilijk woord {n}")
    alternatives = "makkelijk woord"


def published_amount(code="PW-ALL-21", periods=(), label="Bijstand voor een alleenstaande"):
    """A live normbedrag with `periods` as (amount, start, end or None): published through
    the gate like an editor's, so the publish signals run."""
    import datetime
    from decimal import Decimal

    from content_models.models import Normbedrag, NormPeriod

    def day(value):
        return datetime.date.fromisoformat(value) if isinstance(value, str) else value

    amount = Normbedrag(
        code=code,
        label=label,
        explanation="Dit bedrag krijgt u als u alleen woont.",
        scheme="bijstand",
        locale=default_locale(),
        live=False,
    )
    amount.periods = [
        NormPeriod(
            amount=Decimal(value),
            start=day(start),
            end=day(end) if end else None,
            source_url="https://wetten.overheid.nl/BWBR0015703",
        )
        for value, start, end in periods
    ]
    amount.save()
    amount.save_revision().publish()
    return Normbedrag.objects.get(pk=amount.pk)
