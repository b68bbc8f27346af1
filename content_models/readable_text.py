"""What a citizen reads of each content type, as blocks for the readability engine.

The answer is declared on the models and blocks (`citizen_text`, see scoring.py); this
module only adds what a declaration cannot say: a letter is read with its placeholders
filled in. Law quotes are passed as `law_quote` blocks: the engine leaves them out of the
score and says so, and the gate caps them (gate.law_quote_problems).
"""

from .placeholders import PLACEHOLDER_RE
from .scoring import declared_blocks
from .variables import SAMPLE_AMOUNT_TEXT


def heading(text):
    return {"type": "heading", "text": text or ""}


def paragraph(text):
    return {"type": "paragraph", "text": text or ""}


def list_item(text):
    return {"type": "list_item", "text": text or ""}


def declared(obj) -> list[dict]:
    """Every scored field and block of `obj`, in reading order."""
    return declared_blocks(obj)


def letter_with_examples(letter):
    """The letter as a citizen would get it: all conditional sections, examples filled in,
    and every option a caseworker can choose for a choice variable."""
    examples = {
        block.value["name"]: block.value["example"]
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
