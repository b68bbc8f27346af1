"""Every text a citizen can read is either scored by the gate or exempt with a reason.

The walk covers every page type, every snippet, every model with drafts or translations,
every text field on them and every block inside their StreamFields, recursively. A field or
block added later without a declaration fails here.
"""

import pytest
from django.apps import apps
from django.core.validators import RegexValidator
from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Page, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from content_models import gate, readable_text, scoring
from content_models.models import InformationPage, LetterTemplate
from tests.factories import stream

TEXT_FIELDS = (models.CharField, models.TextField, RichTextField, StreamField, models.FileField)
PROJECT_APPS = {"content_models", "translations", "letters", "public"}


def citizen_models():
    found = set(get_snippet_models())
    for model in apps.get_models():
        if model._meta.abstract or model._meta.app_label not in PROJECT_APPS:
            continue
        if issubclass(model, (Page, DraftStateMixin, RevisionMixin, TranslatableMixin)):
            found.add(model)
    found |= {model for model in gate.GATED_TYPES if model is not Page}
    return sorted(found, key=lambda model: model._meta.label)


def undeclared_blocks(block, where):
    """Paths of child blocks with no rule, below `block`."""
    missing = []
    if isinstance(block, blocks.ListBlock):
        return undeclared_blocks(block.child_block, f"{where}[]")
    if isinstance(block, (blocks.StructBlock, blocks.StreamBlock)):
        declared = scoring.block_declaration(block)
        if declared is None:
            return [f"{where} ({type(block).__name__} has no citizen_text)"]
        children = block.child_blocks
        missing += [
            f"{where}.{name} (declared, but no such block)"
            for name in declared.keys() - children.keys()
        ]
        for name, child in children.items():
            rule = declared.get(name)
            if rule is None:
                missing.append(f"{where}.{name}")
            elif isinstance(rule, scoring.Scored):
                missing += undeclared_blocks(child, f"{where}.{name}")
    return missing


@pytest.mark.parametrize("model", citizen_models(), ids=lambda model: model._meta.label)
def test_every_text_field_and_block_is_scored_or_exempt(model):
    declared = scoring.declaration(model)
    assert declared is not None, f"{model._meta.label} declares no citizen_text"
    if isinstance(declared, scoring.NotForCitizens):
        assert model not in gate.GATED_TYPES
        return
    text_fields = [f for f in model._meta.concrete_fields if isinstance(f, TEXT_FIELDS)]
    missing = [f.name for f in text_fields if f.name not in declared]
    assert not missing, f"{model._meta.label}: text fields neither scored nor exempt: {missing}"
    field_names = {f.name for f in model._meta.concrete_fields}
    assert set(declared) <= field_names, set(declared) - field_names
    for field in text_fields:
        if isinstance(field, StreamField) and isinstance(declared[field.name], scoring.Scored):
            assert undeclared_blocks(field.stream_block, f"{model._meta.label}.{field.name}") == []
    assert any(cls in gate.GATED_TYPES for cls in model.__mro__), f"{model} has no gate"


def _is_free_text(field_or_block) -> bool:
    """Text anyone can type anything into: no choices, no pattern, no address or link."""
    if isinstance(field_or_block, blocks.Block):
        return isinstance(field_or_block, (blocks.CharBlock, blocks.TextBlock))
    return (
        isinstance(field_or_block, (models.CharField, models.TextField))
        and not isinstance(field_or_block, (models.SlugField, models.URLField, models.EmailField))
        and not field_or_block.choices
        and not any(isinstance(v, RegexValidator) for v in field_or_block.validators)
    )


def unbounded_exemptions(declared, children, where):
    """Exempt free text citizens see, without a word limit: room for a sentence nobody read."""
    found = []
    for name, rule in declared.items():
        child = children[name]
        if isinstance(rule, scoring.Scored):
            found += unbounded_in_block(getattr(child, "stream_block", child), f"{where}.{name}")
        elif (
            not isinstance(rule, scoring.Internal)
            and rule.max_words is None
            and _is_free_text(child)
        ):
            found.append(f"{where}.{name}")
    return found


def unbounded_in_block(block, where):
    if isinstance(block, blocks.ListBlock):
        return unbounded_in_block(block.child_block, f"{where}[]")
    if isinstance(block, (blocks.StructBlock, blocks.StreamBlock)):
        declared = scoring.block_declaration(block) or {}
        return unbounded_exemptions(declared, block.child_blocks, where)
    return []


@pytest.mark.parametrize("model", citizen_models(), ids=lambda model: model._meta.label)
def test_exempt_free_text_citizens_see_has_a_word_limit(model):
    """A field or block citizens see but the gate does not score holds names or numbers;
    if anyone can type anything into it, its declaration caps the words per name
    (`exempt(reason, max_words=...)`). Fields citizens never see are `internal(reason)`."""
    declared = scoring.declaration(model)
    if not isinstance(declared, dict):
        return
    fields = {name: model._meta.get_field(name) for name in declared}
    assert unbounded_exemptions(declared, fields, model._meta.label) == []


def test_exemptions_carry_a_reason():
    with pytest.raises(ValueError):
        scoring.exempt("")
    with pytest.raises(ValueError):
        scoring.NOT_FOR_CITIZENS("  ")


@pytest.mark.django_db
def test_the_gate_reads_exactly_the_declared_text():
    page = InformationPage(
        title="Titel",
        seo_title="Titel voor zoekmachines",
        search_description="Beschrijving onder de link",
        slug="niet-gelezen",
        intro="Inleiding",
        body=stream(
            ("paragraph", "<p>Alinea</p>"),
            (
                "contact",
                {
                    "title": "Contact",
                    "phone": "0800 123",
                    "email": "a@b.nl",
                    "address": "Markt 1",
                    "opening_hours": "Maandag open",
                },
            ),
            ("image", {"image": None, "alt": "Een foto", "decorative": False, "caption": "Bij"}),
            ("law_quote", {"text": "Artikel 1", "reference": "Pw", "url": ""}),
        ),
    )
    texts = [(b["type"], b["text"]) for b in gate.gated_type(page).blocks(page)]
    assert texts == [
        ("heading", "Titel"),
        ("heading", "Titel voor zoekmachines"),
        ("paragraph", "Beschrijving onder de link"),
        ("paragraph", "Inleiding"),
        ("paragraph", "<p>Alinea</p>"),
        ("heading", "Contact"),
        ("paragraph", "Markt 1"),
        ("paragraph", "Maandag open"),
        ("paragraph", "Een foto"),
        ("paragraph", "Bij"),
        ("law_quote", "Artikel 1"),
    ]


def test_letters_are_read_with_examples_and_every_choice_option():
    letter = LetterTemplate(
        subject="Over {{ aanhef }}",
        body=stream(("paragraph", "<p>Beste {{ aanhef }}</p>")),
        closing="[]",
        variables=stream(
            (
                "variable",
                {
                    "name": "aanhef",
                    "type": "choice",
                    "required": True,
                    "example": "mevrouw",
                    "description": "Niet voor de burger",
                    "choices": ["mevrouw", "meneer"],
                },
            )
        ),
    )
    texts = [b["text"] for b in readable_text.letter_with_examples(letter)]
    assert texts == ["Over mevrouw", "<p>Beste mevrouw</p>", "mevrouw", "meneer"]
