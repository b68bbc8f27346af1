"""Loads the demo content from fixtures/demo/ into the database.

Every object is found by its natural key first (slug, code, key, term, phrase,
username), so a second run finds everything and creates nothing.
"""

import io
import json
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

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
from translations import demo as translations_demo

from . import amounts as demo_amounts
from . import notices as demo_notices
from . import translations as demo_translations
from .pictograms import render_png

FIXTURES = Path(settings.BASE_DIR) / "fixtures" / "demo"

# Printed by the command; only ever used on a developer's own machine.
DEMO_PASSWORD = "helder-demo"  # noqa: S105
DEMO_USERS = {
    "communicatie": "Communicatie",
    "versimpelaar": "Versimpelteam",
    "ervaringsdeskundige": "Ervaringsdeskundigen",
    "consulent": "Medewerkers",
    "beheerder": "Beheer",
}


def read_fixture(name):
    with open(FIXTURES / f"{name}.json", encoding="utf-8") as handle:
        return json.load(handle)


class DemoLoader:
    read_fixture = staticmethod(read_fixture)

    def __init__(self, with_users=True):
        self.with_users = with_users
        self.created = Counter()
        self.locale = Locale.get_default()
        self._images = {}

    @transaction.atomic
    def run(self) -> Counter:
        # Word lists first: the publication gate reads the jargon list.
        for spec in read_fixture("jargon"):
            self.jargon_entry(spec)
        for spec in read_fixture("glossary"):
            self.glossary_term(spec)
        home = self.home_page()
        topics = {topic["slug"]: self.topic(home, topic) for topic in read_fixture("topics")}
        demo_amounts.load(self, topics)
        for spec in read_fixture("rights_duties"):
            self.rights_duties_page(topics[spec["topic"]], spec)
        standard_texts = {
            spec["key"]: self.standard_text(spec) for spec in read_fixture("standard_texts")
        }
        for spec in read_fixture("letters"):
            self.letter(spec, standard_texts)
        if self.with_users:
            for username, group in DEMO_USERS.items():
                self.user(username, group)
        # English and Arabic home, topics and glossary first: the rights-and-duties
        # translations below then hang under real translated parents. Then easy-read
        # versions (with pictograms), audio and sign language.
        demo_translations.load(self.created)
        translations_demo.load(self.created, body_block=self.body_block)
        # After the pages and the amounts: notices name both ("Wat is er veranderd").
        demo_notices.load(self.created)
        return +self.created  # drops the kinds of which nothing was created

    # Pages ---------------------------------------------------------------

    def home_page(self):
        home = HomePage.objects.filter(locale=self.locale).first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(
                title="Werk, inkomen en zorg",
                slug="home-helderstad",
                intro="Hier leest u wat de gemeente voor u kan doen. En wat u zelf moet doen.",
                locale=self.locale,
            )
            root.add_child(instance=home)
            self.publish(home)
            self.created["home"] += 1
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        elif site.root_page_id != home.pk:
            starter = site.root_page
            site.root_page = home
            site.site_name = "Gemeente Helderstad"
            site.save()
            # Wagtail's "Welcome" page has nothing to say to citizens.
            if starter.specific_class is Page and starter.depth == 2:
                starter.delete()
        return home

    def child_page(self, parent, model, slug, **fields):
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, locale=self.locale, **fields)
        parent.add_child(instance=page)
        self.publish(page)
        self.created[model._meta.model_name] += 1
        return page

    def topic(self, home, spec):
        topic = self.child_page(
            home, TopicPage, spec["slug"], title=spec["title"], intro=spec["intro"]
        )
        for page in spec["pages"]:
            self.child_page(
                topic,
                InformationPage,
                page["slug"],
                title=page["title"],
                intro=page["intro"],
                body=json.dumps([self.body_block(block) for block in page["body"]]),
            )
        return topic

    def body_block(self, block):
        if block["type"] != "image":
            return block
        value = dict(block["value"])
        value["image"] = self.pictogram(value.pop("pictogram")).pk
        return {"type": "image", "value": value}

    def rights_duties_page(self, topic, spec):
        items = [{"type": "item", "value": item} for item in spec["items"]]
        self.child_page(
            topic,
            RightsDutiesPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            law=spec["law"],
            article=spec["article"],
            law_url=spec["law_url"],
            items=json.dumps(items),
        )

    # Snippets ------------------------------------------------------------

    def standard_text(self, spec):
        text = StandardText.objects.filter(key=spec["key"], locale=self.locale).first()
        if text is None:
            text = StandardText(
                key=spec["key"],
                kind=spec["kind"],
                title=spec["title"],
                body=spec["body"],
                live=False,
            )
            text.locale = self.locale
            text.save()
            self.publish(text)
            self.created["standardtext"] += 1
        return text

    def letter(self, spec, standard_texts):
        if LetterTemplate.objects.filter(code=spec["code"], locale=self.locale).exists():
            return
        letter = LetterTemplate(
            code=spec["code"],
            title=spec["title"],
            domain=spec["domain"],
            purpose=spec["purpose"],
            case_type=spec["case_type"],
            document_type=spec["document_type"],
            subject=spec["subject"],
            variables=json.dumps([{"type": "variable", "value": v} for v in spec["variables"]]),
            body=json.dumps(spec["body"]),
            closing=json.dumps(
                [
                    {"type": "standard_text", "value": standard_texts[key].pk}
                    for key in spec["closing"]
                ]
            ),
            live=False,
            locale=self.locale,
        )
        letter.full_clean()
        letter.save()
        self.publish(letter)
        self.created["lettertemplate"] += 1

    def glossary_term(self, spec):
        if GlossaryTerm.objects.filter(term=spec["term"], locale=self.locale).exists():
            return
        term = GlossaryTerm(
            term=spec["term"],
            explanation=spec["explanation"],
            synonyms=", ".join(spec["synonyms"]),
            live=False,
            locale=self.locale,
        )
        term.save()
        # Live through a revision, as an editor's publish makes it: history, and a draft to edit.
        self.publish(term)
        self.created["glossaryterm"] += 1

    def jargon_entry(self, spec):
        _, created = JargonEntry.objects.get_or_create(
            phrase=spec["phrase"],
            defaults={
                "alternatives": "\n".join(spec["alternatives"]),
                "note": spec.get("note", ""),
            },
        )
        self.created["jargonentry"] += created

    # Media and users -----------------------------------------------------

    def pictogram(self, name):
        if name not in self._images:
            Image = get_image_model()
            title = f"Pictogram {name}"
            image = Image.objects.filter(title=title).first()
            if image is None:
                png = ImageFile(io.BytesIO(render_png(name)), name=f"pictogram-{name}.png")
                image = Image(title=title, file=png)
                image.save()
                self.created["image"] += 1
            self._images[name] = image
        return self._images[name]

    def user(self, username, group_name):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            return
        user = User.objects.create_user(
            username=username,
            password=DEMO_PASSWORD,
            email=f"{username}@helderstad.example",
            first_name=username.capitalize(),
        )
        user.groups.add(Group.objects.get(name=group_name))
        self.created["user"] += 1

    @staticmethod
    def publish(obj):
        obj.save_revision().publish()
