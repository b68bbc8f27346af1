"""What a citizen reads of each content type, as blocks for the readability engine.

The answer is declared on the models and blocks (`citizen_text`, see scoring.py); this
module only adds what a declaration cannot say: a letter is read with its placeholders
filled in, and a page is read with a sample amount where it names one (`[[norm:CODE]]`).
Law quotes are passed as `law_quote` blocks: the engine leaves them out of the
score and says so, and the gate caps them (gate.law_quote_problems).
"""

from decimal import Decimal

from babel.numbers import format_currency

from .amount_placeholders import replace_amounts
from .placeholders import PLACEHOLDER_RE
from .scoring import as_typed, declared_blocks
from .variables import SAMPLE_AMOUNT_TEXT

# The gate judges the words around an amount, not the amount; any real-looking one will do.
SAMPLE_AMOUNT = Decimal("1401.50")


def heading(text):
    return {"type": "heading", "text": text or ""}


def paragraph(text):
    return {"type": "paragraph", "text": text or ""}


def list_item(text):
    return {"type": "list_item", "text": text or ""}


def declared(obj) -> list[dict]:
    """Every scored field and block of `obj`, in reading order. An amount it names is read
    as a sample amount: pages and their easy-read versions show amounts (page rich text)."""
    return declared_blocks(obj, transform=with_sample_amounts(obj))


def with_sample_amounts(obj):
    """A transform that reads `[[norm:CODE]]` as the page shows it: as an amount in euros."""
    locale = getattr(obj, "locale", None)
    language = locale.language_code if locale is not None else "nl"
    sample = format_currency(SAMPLE_AMOUNT, "EUR", locale=language.replace("-", "_"))
    return lambda text: replace_amounts(text, lambda _code: sample)


def letter_with_examples(letter):
    """The letter as a citizen would get it: all conditional sections, examples filled in,
    and every option a caseworker can choose for a choice variable."""
    # An example is never printed: it only stands in for a value, which the letter shows
    # as text. Read as markup, "<style>" and "</style>" would hide the words between.
    examples = {
        block.value["name"]: as_typed(block.value["example"])
        for block in letter.variables
        if block.value.get("example")
    }
    # Helder fills in a normbedrag; it is scored as an amount the way the letter shows it.
    examples.update(
        {
            block.value["name"]: SAMPLE_AMOUNT_TEXT
            for block in letter.variables
            if block.value.get("type") == "normbedrag"
        }
    )

    def merged(text):
        return PLACEHOLDER_RE.sub(lambda m: examples.get(m.group(1), m.group(0)), text)

    return declared_blocks(letter, transform=merged)
