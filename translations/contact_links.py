"""Phone numbers and e-mail addresses in rendered text become tel: and mailto: links.

On a phone, a number you can tap is a call you can make. Works on HTML that our own
templates rendered: text inside an existing link is left alone, and each new link is
left-to-right (dir="ltr"), so a number keeps its order inside an Arabic page.
"""

import re

from django.utils.html import escape

from .speech.text import PHONE

TAG_OR_TEXT = re.compile(r"(<[^>]+>)")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])", re.IGNORECASE)
COUNTRY_CODE = "+31"


def tel_href(number: str) -> str:
    digits = re.sub(r"[^\d+]", "", number)
    if digits.startswith("0"):
        digits = COUNTRY_CODE + digits[1:]
    return f"tel:{digits}"


def _link_text(text: str) -> str:
    pieces, position = [], 0
    matches = sorted([*PHONE.finditer(text), *EMAIL.finditer(text)], key=lambda m: m.start())
    for match in matches:
        if match.start() < position:
            continue
        found = match.group(0)
        href = f"mailto:{found}" if "@" in found else tel_href(found)
        pieces.append(text[position : match.start()])
        pieces.append(f'<a class="utrecht-link" href="{escape(href)}" dir="ltr">{found}</a>')
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


def link_contacts(html: str) -> str:
    """`html` with every phone number and e-mail address outside a link made a link."""
    parts, depth = [], 0
    for part in TAG_OR_TEXT.split(str(html)):
        if part.startswith("<"):
            lowered = part.lower()
            if lowered.startswith("<a ") or lowered == "<a>":
                depth += 1
            elif lowered.startswith("</a"):
                depth = max(0, depth - 1)
            parts.append(part)
        else:
            parts.append(part if depth else _link_text(part))
    return "".join(parts)
