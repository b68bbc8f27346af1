"""The inline amount placeholder in page text: `[[norm:PW-ALL-21]]`. Pure: no database.

Editors write the code of a normbedrag between double square brackets; the public page
shows the amount valid on the day it is read (helder.public.amounts). Anything that looks
like an amount placeholder but is not well-formed is reported, so a typo never reaches
citizens as raw brackets.
"""

import re
from collections.abc import Callable

CODE_PATTERN = r"[A-Z0-9]+(?:-[A-Z0-9]+)+"
AMOUNT_RE = re.compile(r"\[\[\s*norm:\s*(" + CODE_PATTERN + r")\s*\]\]")
# Double brackets that are not a well-formed amount placeholder: a bracketed piece, or a
# lone opening or closing pair.
SUSPECT_RE = re.compile(r"\[\[[^\[\]]{0,60}\]\]|\[\[|\]\]")
EXAMPLE = "[[norm:PW-ALL-21]]"


def amount_codes(text: str) -> list[str]:
    """Codes of all well-formed placeholders in `text`, in order of first use."""
    return list(dict.fromkeys(AMOUNT_RE.findall(text or "")))


def malformed_amounts(text: str) -> list[str]:
    """Pieces of `text` with double brackets that are not a well-formed placeholder."""
    text = text or ""
    stripped = AMOUNT_RE.sub(lambda m: " " * len(m.group(0)), text)
    return [
        text[match.start() : match.end()]
        if match.group(0).endswith("]]") and match.group(0).startswith("[[")
        else text[max(match.start() - 10, 0) : match.end() + 20].strip()
        for match in SUSPECT_RE.finditer(stripped)
    ]


def replace_amounts(text: str, render: Callable[[str], str]) -> str:
    """`text` with each placeholder replaced by `render(code)`."""
    if "[[" not in (text or ""):
        return text
    return AMOUNT_RE.sub(lambda m: render(m.group(1)), text)
