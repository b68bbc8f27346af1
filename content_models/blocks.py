"""StreamField blocks for pages and letters.

Validation messages are for editors: Dutch, short, and saying what to do.
"""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import BlockGroup, StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from . import amount_checks
from .placeholders import NAME_PATTERN
from .scoring import HEADING, LAW_QUOTE, LIST_ITEM, PARAGRAPH, exempt, internal, scored
from .variables import example_error

# Plain-language pages need emphasis, links and lists; headings have a block of their own.
TEXT_FEATURES = ["bold", "link", "ol", "ul"]


def rich_text(**kwargs):
    return blocks.RichTextBlock(features=TEXT_FEATURES, **kwargs)


class PageRichTextBlock(blocks.RichTextBlock):
    """Rich text on a public page: it may name amounts as [[norm:CODE]] (amount_checks.py)."""

    def clean(self, value):
        value = super().clean(value)
        if message := amount_checks.placeholder_error(getattr(value, "source", "") or ""):
            raise ValidationError(message)
        return value


def page_rich_text(**kwargs):
    return PageRichTextBlock(features=TEXT_FEATURES, **kwargs)


class HeadingBlock(blocks.StructBlock):
    citizen_text = {"text": scored(HEADING), "level": exempt("size of the heading, not text")}
    text = blocks.CharBlock(label=_("Tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Kop (niveau 2)")), ("h3", _("Subkop (niveau 3)"))],
        default="h2",
        label=_("Niveau"),
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "content_models/blocks/heading.html"


class StepBlock(blocks.StructBlock):
    citizen_text = {"title": scored(LIST_ITEM), "text": scored(PARAGRAPH)}
    title = blocks.CharBlock(label=_("Stap"), max_length=120)
    text = page_rich_text(label=_("Uitleg"), required=False)


class StepsBlock(blocks.StructBlock):
    citizen_text = {"title": scored(HEADING), "steps": scored(LIST_ITEM)}
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Stappen"))

    class Meta:
        icon = "list-ol"
        label = _("Stappenplan")
        template = "content_models/blocks/steps.html"


class ImportantBlock(blocks.StructBlock):
    citizen_text = {"title": scored(HEADING), "text": scored(PARAGRAPH)}
    title = blocks.CharBlock(label=_("Titel"), default="Let op", max_length=80)
    text = page_rich_text(label=_("Tekst"))

    class Meta:
        icon = "warning"
        label = _("Belangrijk")
        template = "content_models/blocks/important.html"


class FaqItemBlock(blocks.StructBlock):
    citizen_text = {"question": scored(HEADING), "answer": scored(PARAGRAPH)}
    question = blocks.CharBlock(label=_("Vraag"), max_length=200)
    answer = page_rich_text(label=_("Antwoord"))


class FaqBlock(blocks.StructBlock):
    citizen_text = {"items": scored(PARAGRAPH)}
    items = blocks.ListBlock(FaqItemBlock(), min_num=1, label=_("Vragen en antwoorden"))

    class Meta:
        icon = "help"
        label = _("Vragen en antwoorden")
        template = "content_models/blocks/faq.html"


class ContactBlock(blocks.StructBlock):
    citizen_text = {
        "title": scored(HEADING),
        "phone": exempt("a phone number, not prose", max_words=6),
        "email": exempt("an e-mail address, not prose"),
        "address": scored(PARAGRAPH),
        "opening_hours": scored(PARAGRAPH),
    }
    title = blocks.CharBlock(label=_("Titel"), default="Contact", max_length=80)
    phone = blocks.CharBlock(label=_("Telefoon"), required=False, max_length=40)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    address = blocks.TextBlock(label=_("Adres"), required=False, max_length=200)
    opening_hours = blocks.TextBlock(label=_("Openingstijden"), required=False, max_length=300)

    class Meta:
        icon = "mail"
        label = _("Contact")
        template = "content_models/blocks/contact.html"

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("phone") or value.get("email") or value.get("address")):
            raise StructBlockValidationError(
                block_errors={
                    "phone": ValidationError(_("Vul een telefoonnummer, e-mailadres of adres in."))
                }
            )
        return value


class ImageBlock(blocks.StructBlock):
    citizen_text = {
        "image": exempt("the picture itself; what it says is in the alt text"),
        # Read aloud by screen readers instead of the picture.
        "alt": scored(PARAGRAPH),
        "decorative": exempt("a switch, not text"),
        "caption": scored(PARAGRAPH),
    }
    image = ImageChooserBlock(label=_("Afbeelding"))
    alt = blocks.CharBlock(
        label=_("Alt-tekst"),
        required=False,
        max_length=250,
        help_text=_("Beschrijf wat er op de afbeelding staat, voor wie de afbeelding niet ziet."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Alleen versiering"),
        required=False,
        help_text=_(
            "Zet dit aan als de afbeelding niets uitlegt. Dan is een alt-tekst niet nodig."
        ),
    )
    caption = blocks.CharBlock(label=_("Onderschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "content_models/blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt": ValidationError(
                        _(
                            "Schrijf een alt-tekst. Of zet 'Alleen versiering' aan "
                            "als de afbeelding niets uitlegt."
                        )
                    )
                }
            )
        return value


class LawQuoteBlock(blocks.StructBlock):
    # The law's own words stay as they are: the engine leaves them out of the score, and the
    # gate caps them (an explanation after each quote, and at most a third of the page).
    citizen_text = {
        "text": scored(LAW_QUOTE),
        "reference": exempt(
            "the name and article of the law, as the law names itself", max_words=10
        ),
        "url": exempt("a link to wetten.overheid.nl, not prose"),
    }
    text = blocks.TextBlock(label=_("Tekst uit de wet"))
    reference = blocks.CharBlock(
        label=_("Wetsartikel"),
        max_length=200,
        help_text=_("Bijvoorbeeld: Participatiewet, artikel 17"),
    )
    url = blocks.URLBlock(label=_("Link naar wetten.overheid.nl"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citaat uit de wet")
        template = "content_models/blocks/law_quote.html"


class AmountCodeBlock(blocks.ChoiceBlock):
    """The code of a live normbedrag. Stored as the code, so a translated page shows the
    same amount and wagtail-localize does not offer it for translation."""

    def __init__(self, **kwargs):
        super().__init__(choices=amount_checks.amount_choices, **kwargs)

    def clean(self, value):
        # Before the choice check: its generic "not a valid choice" tells an editor little.
        if value and (message := amount_checks.unknown_codes_error([value])):
            raise ValidationError(message)
        return super().clean(value)

    def to_python(self, value):
        # ChoiceBlock looks the value up in its choices: a query for every amount on every
        # page read. The stored code is the value.
        return value

    def normalize(self, value):
        return value


class AmountBlock(blocks.StructBlock):
    """A normbedrag shown as the amount valid on the day the page is read, with the date
    it is valid from and the coming amount when one is known."""

    citizen_text = {
        "code": exempt("the code of a normbedrag; the page shows its amount, not the code"),
        "text": scored(PARAGRAPH),
    }
    code = AmountCodeBlock(label=_("Normbedrag"))
    text = blocks.CharBlock(
        label=_("Waar is dit bedrag voor?"),
        required=False,
        max_length=200,
        help_text=_("Leeg: de naam van het normbedrag. Bijvoorbeeld: Bijstand per maand."),
    )

    class Meta:
        icon = "tag"
        label = _("Normbedrag")
        template = "content_models/blocks/amount.html"


class InformationBodyBlock(blocks.StreamBlock):
    citizen_text = {
        "amount": scored(PARAGRAPH),
        "paragraph": scored(PARAGRAPH),
        "heading": scored(HEADING),
        "steps": scored(PARAGRAPH),
        "important": scored(PARAGRAPH),
        "faq": scored(PARAGRAPH),
        "contact": scored(PARAGRAPH),
        "image": scored(PARAGRAPH),
        "law_quote": scored(LAW_QUOTE),
    }
    paragraph = page_rich_text(label=_("Tekst"), template="content_models/blocks/paragraph.html")
    heading = HeadingBlock()
    steps = StepsBlock()
    important = ImportantBlock()
    faq = FaqBlock()
    contact = ContactBlock()
    image = ImageBlock()
    law_quote = LawQuoteBlock()
    amount = AmountBlock()

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        for index, child in enumerate(value):
            if child.block_type != "law_quote":
                continue
            following = value[index + 1] if index + 1 < len(value) else None
            if following is None or following.block_type != "paragraph":
                errors[index] = ValidationError(
                    _(
                        "Zet na een citaat uit de wet altijd een blok 'Tekst'. "
                        "Leg daarin in gewone woorden uit wat de wet betekent."
                    )
                )
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value


class RightOrDutyBlock(blocks.StructBlock):
    citizen_text = {
        "kind": exempt("the fixed label Recht or Plicht"),
        "title": scored(HEADING),
        "explanation": scored(PARAGRAPH),
        "consequences": scored(PARAGRAPH),
        "steps": scored(LIST_ITEM),
        "help": scored(PARAGRAPH),
    }
    kind = blocks.ChoiceBlock(
        choices=[("right", _("Recht")), ("duty", _("Plicht"))], default="duty", label=_("Soort")
    )
    title = blocks.CharBlock(label=_("Korte titel"), max_length=120)
    explanation = page_rich_text(label=_("Uitleg in gewone woorden"))
    consequences = page_rich_text(
        label=_("Wat gebeurt er als u dit niet doet?"),
        required=False,
        help_text=_("Verplicht bij een plicht."),
    )
    steps = blocks.ListBlock(
        blocks.CharBlock(max_length=300), min_num=0, label=_("Hoe doet u dit?")
    )
    help = page_rich_text(label=_("Waar krijgt u hulp?"))

    class Meta:
        icon = "tick"
        label = _("Recht of plicht")
        template = "content_models/blocks/right_or_duty.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        # An editor can leave an empty paragraph behind; that is not an explanation.
        for name, message in (
            ("explanation", _("Leg in gewone woorden uit wat dit recht of deze plicht is.")),
            ("help", _("Schrijf waar iemand hulp kan krijgen.")),
        ):
            if not _has_text(value.get(name)):
                errors[name] = ValidationError(message)
        if value.get("kind") == "duty" and not _has_text(value.get("consequences")):
            errors["consequences"] = ValidationError(
                _("Schrijf bij een plicht wat er gebeurt als iemand zich er niet aan houdt.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class RightsDutiesBlock(blocks.StreamBlock):
    citizen_text = {"item": scored(PARAGRAPH)}
    item = RightOrDutyBlock()


VARIABLE_TYPES = [
    ("text", _("Tekst")),
    ("date", _("Datum")),
    ("money", _("Bedrag")),
    ("number", _("Getal")),
    ("choice", _("Keuze")),
    ("normbedrag", _("Normbedrag (vult Helder zelf in)")),
]
AMOUNT_MOMENT_CHOICES = [
    ("op_datum", _("Het bedrag dat geldt op die datum")),
    ("vorig", _("Het vorige bedrag: wat gold vóór die periode")),
]
AMOUNT_CODE_HELP = _("Bijvoorbeeld: PW-ALL-21. Helder zet het bedrag in de brief.")


def amount_code_block(**kwargs):
    return blocks.CharBlock(required=False, max_length=40, help_text=AMOUNT_CODE_HELP, **kwargs)


class AmountPerChoiceBlock(blocks.StructBlock):
    choice = blocks.CharBlock(label=_("Keuze"), max_length=100)
    code = amount_code_block(label=_("Code van het normbedrag"))

    class Meta:
        label = _("Ander normbedrag bij een keuze")


class LetterVariableBlock(blocks.StructBlock):
    citizen_text = {
        "name": exempt("the placeholder's name; replaced by a value in the letter"),
        "type": exempt("the kind of value, for the letter service"),
        "required": exempt("a switch, not text"),
        "example": internal("scored where it stands: merged into the letter text"),
        "description": internal("help for the caseworker; never in the letter"),
        # A caseworker picks one of these, and the citizen reads it in the letter.
        "choices": scored(PARAGRAPH),
        "amount_code": internal("the code of a normbedrag; its amount is filled in"),
        "amount_moment": exempt("which amount of the normbedrag; a switch, not text"),
        "amount_date": exempt("the name of a date variable; never printed"),
        "amount_choice": exempt("the name of a choice variable; never printed"),
        "amount_per_choice": exempt("choice options (scored with their variable) and codes"),
    }
    name = blocks.RegexBlock(
        regex=rf"^{NAME_PATTERN}$",
        label=_("Naam"),
        max_length=60,
        error_messages={
            "invalid": _("Gebruik alleen kleine letters, cijfers en _. Begin met een letter.")
        },
        help_text=_("Zo schrijft u hem in de tekst: {{ naam }}"),
    )
    type = blocks.ChoiceBlock(choices=VARIABLE_TYPES, default="text", label=_("Soort"))
    required = blocks.BooleanBlock(label=_("Verplicht"), required=False, default=True)
    example = blocks.CharBlock(label=_("Voorbeeld"), required=False, max_length=200)
    description = blocks.CharBlock(label=_("Uitleg voor de consulent"), max_length=300)
    choices = blocks.ListBlock(
        blocks.CharBlock(max_length=100), min_num=0, label=_("Keuzes (alleen bij soort Keuze)")
    )
    # Only for the type normbedrag: which amount Helder fills in. The caseworker never
    # types an amount; at most they pick a choice (such as the living situation).
    amount_code = amount_code_block(label=_("Code van het normbedrag (alleen bij Normbedrag)"))
    amount_moment = blocks.ChoiceBlock(
        choices=AMOUNT_MOMENT_CHOICES,
        default="op_datum",
        required=False,
        label=_("Welk bedrag (alleen bij Normbedrag)"),
    )
    amount_date = blocks.RegexBlock(
        regex=rf"^{NAME_PATTERN}$",
        required=False,
        max_length=60,
        label=_("Op welke datum (alleen bij Normbedrag)"),
        help_text=_("De naam van een datumvariabele in deze brief. Leeg: de datum van de brief."),
        error_messages={"invalid": _("Schrijf de naam van een variabele, zonder {{ }}.")},
    )
    amount_choice = blocks.RegexBlock(
        regex=rf"^{NAME_PATTERN}$",
        required=False,
        max_length=60,
        label=_("Hangt af van de keuze (alleen bij Normbedrag)"),
        help_text=_("De naam van een keuzevariabele, zoals woonsituatie. Leeg: altijd de code."),
        error_messages={"invalid": _("Schrijf de naam van een variabele, zonder {{ }}.")},
    )
    amount_per_choice = blocks.ListBlock(
        AmountPerChoiceBlock(), min_num=0, default=[], label=_("Ander normbedrag per keuze")
    )

    class Meta:
        icon = "code"
        label = _("Variabele")
        # The normbedrag settings only matter for one type: folded away by default.
        form_layout = BlockGroup(
            children=[
                "name",
                "type",
                "required",
                "example",
                "description",
                "choices",
                BlockGroup(
                    children=[
                        "amount_code",
                        "amount_moment",
                        "amount_date",
                        "amount_choice",
                        "amount_per_choice",
                    ],
                    heading=_("Normbedrag (alleen bij soort Normbedrag)"),
                    classname="collapsed",
                    label_format="{amount_code}",
                ),
            ]
        )

    def clean(self, value):
        value = super().clean(value)
        if value.get("type") == "choice" and not [c for c in value.get("choices") or [] if c]:
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Geef minstens één keuze."))}
            )
        if message := example_error(value):
            raise StructBlockValidationError(block_errors={"example": ValidationError(message)})
        if value.get("type") == "normbedrag":
            errors = amount_errors(value)
            if errors:
                raise StructBlockValidationError(block_errors=errors)
        return value


def amount_errors(value) -> dict:
    """Editor errors of a normbedrag variable: a code is needed, and it must exist."""
    from .letter_amounts import known_amount_codes  # reads the database: import when used

    errors = {}
    code = (value.get("amount_code") or "").strip()
    per_choice = [item for item in value.get("amount_per_choice") or [] if item]
    codes = [code] + [(item.get("code") or "").strip() for item in per_choice]
    known = known_amount_codes([c for c in codes if c])
    if not code:
        errors["amount_code"] = ValidationError(
            _("Geef de code van een normbedrag, bijvoorbeeld PW-ALL-21.")
        )
    elif code not in known:
        errors["amount_code"] = ValidationError(unknown_amount_message(code))
    problems = []
    for item in per_choice:
        item_code = (item.get("code") or "").strip()
        if not item_code:
            problems.append(_("Geef bij elke keuze de code van een normbedrag."))
        elif item_code not in known:
            problems.append(unknown_amount_message(item_code))
    if per_choice and not value.get("amount_choice"):
        problems.append(_("Schrijf bij 'Hangt af van de keuze' de naam van de keuzevariabele."))
    if problems:
        errors["amount_per_choice"] = ValidationError(" ".join(problems))
    return errors


def unknown_amount_message(code) -> str:
    return _(
        "Er is geen normbedrag met de code '%(code)s'. "
        "Kijk bij Teksten → Normbedragen welke codes er zijn."
    ) % {"code": code}


class LetterVariablesBlock(blocks.StreamBlock):
    citizen_text = {"variable": scored(PARAGRAPH)}

    variable = LetterVariableBlock()


class ConditionalSectionBlock(blocks.StructBlock):
    citizen_text = {
        "variable": exempt("the name of a variable; never printed"),
        "text": scored(PARAGRAPH),
    }
    variable = blocks.RegexBlock(
        regex=rf"^{NAME_PATTERN}$",
        label=_("Alleen tonen als deze variabele is ingevuld"),
        max_length=60,
        error_messages={"invalid": _("Schrijf de naam van een variabele, zonder {{ }}.")},
    )
    text = rich_text(label=_("Tekst"))

    class Meta:
        icon = "doc-full"
        label = _("Tekst onder voorwaarde")


class LetterBodyBlock(blocks.StreamBlock):
    citizen_text = {"paragraph": scored(PARAGRAPH), "conditional": scored(PARAGRAPH)}
    paragraph = rich_text(label=_("Tekst"))
    conditional = ConditionalSectionBlock()


class LetterClosingBlock(blocks.StreamBlock):
    citizen_text = {
        "standard_text": exempt("a standard text, scored by its own gate when it is published")
    }
    standard_text = SnippetChooserBlock("content_models.StandardText", label=_("Standaardtekst"))


def _has_text(rich_text_value) -> bool:
    source = getattr(rich_text_value, "source", rich_text_value) or ""
    return bool(strip_tags(source).strip())
