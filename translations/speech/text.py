"""The words the read-aloud speaks, taken from a page's or variant's content model.

Headings, intro, paragraphs, steps, questions and answers, contact details and the
rights-and-duties sections are read in page order. Interface text (skip links, buttons,
the glossary list, "back to the text" links) is not part of the content model, so it
cannot end up here. Phone numbers are read digit by digit, as people say them.
"""

import re
from html import unescape

from content_models.models import InformationPage, RightsDutiesPage
from translations.public_text import texts_for

BLOCK_END = re.compile(r"</(p|li|h[1-6]|div|blockquote)>|<br\s*/?>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")
# Dutch numbers: 0800 123 45 67, 020-1234567, 06 12345678, +31 20 123 4567.
PHONE = re.compile(r"(?<![\w+])(?:\+\d{2}[ -]?|0)\d{1,3}(?:[ -]?\d{2,4}){2,3}(?!\w)")
SENTENCE_END = ".!?:;…؟"


def plain(html) -> str:
    """Rich text (or plain text) as one line of words, each block ending a sentence."""
    source = getattr(html, "source", html) or ""
    text = BLOCK_END.sub(lambda _m: ".\n", str(source))
    text = unescape(TAG.sub(" ", text))
    parts = [SPACE.sub(" ", line).strip(" .") for line in text.split("\n")]
    return " ".join(_sentence(part) for part in parts if part)


def _sentence(text: str) -> str:
    text = text.strip()
    if text and text[-1] not in SENTENCE_END:
        text += "."
    return text


def speak_digits(text: str) -> str:
    """0800 123 45 67 -> "0 8 0 0, 1 2 3, 4 5, 6 7": read as digits, grouped as written."""

    def digits(match):
        groups = re.split(r"[ -]", match.group(0))
        return ", ".join(" ".join(group) for group in groups)

    return PHONE.sub(digits, text)


def _body(blocks) -> list[str]:
    spoken = []
    for child in blocks:
        kind, value = child.block_type, child.value
        if kind == "paragraph":
            spoken.append(plain(value))
        elif kind == "heading":
            spoken.append(_sentence(value["text"]))
        elif kind == "steps":
            if value.get("title"):
                spoken.append(_sentence(value["title"]))
            for number, step in enumerate(value["steps"], start=1):
                spoken.append(f"{number}. {_sentence(step['title'])}")
                spoken.append(plain(step["text"]))
        elif kind == "important":
            spoken += [_sentence(value["title"]), plain(value["text"])]
        elif kind == "faq":
            for item in value["items"]:
                spoken += [_sentence(item["question"]), plain(item["answer"])]
        elif kind == "contact":
            spoken.append(_sentence(value["title"]))
            spoken += [
                _sentence(value[name]) for name in ("phone", "email", "address") if value[name]
            ]
            if value.get("opening_hours"):
                spoken.append(plain(value["opening_hours"].replace("\n", "<br>")))
        elif kind == "law_quote":
            spoken += [_sentence(value["reference"]), _sentence(value["text"])]
        elif kind == "image" and value.get("caption"):
            spoken.append(_sentence(value["caption"]))
    return spoken


def _rights_duties(page, language) -> list[str]:
    labels = texts_for(language)
    spoken = []
    for kind, items in (("rights", page.rights), ("duties", page.duties)):
        if not items:
            continue
        spoken += [_sentence(labels[kind]), _sentence(labels[f"{kind}_intro"])]
        for item in items:
            value = getattr(item, "value", item)
            spoken += [_sentence(value["title"]), plain(value["explanation"])]
            if value["steps"]:
                spoken.append(_sentence(labels["how_to"]))
                spoken += [
                    f"{number}. {_sentence(step)}"
                    for number, step in enumerate(value["steps"], start=1)
                ]
            if plain(value["consequences"]):
                spoken += [_sentence(labels["if_not"]), plain(value["consequences"])]
            spoken += [_sentence(labels["need_help"]), plain(value["help"])]
    spoken.append(f"{labels['legal_basis']} {page.law}, {page.article}.")
    return spoken


def spoken_text(obj, language: str) -> str:
    """What the read-aloud says for a page or easy-read variant, in reading order."""
    spoken = [_sentence(obj.title), plain(getattr(obj, "intro", ""))]
    if isinstance(obj, RightsDutiesPage):
        spoken += _rights_duties(obj, language)
    elif isinstance(obj, InformationPage) or hasattr(obj, "body"):
        spoken += _body(obj.body)
    return speak_digits("\n".join(part for part in spoken if part))
