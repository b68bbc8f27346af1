"""Merging checked values into an approved letter and writing it as HTML or text.

Only `{{ name }}` placeholders are interpreted (content_models.placeholders). The
approved rich text is parsed into a safe block structure (richtext.py) once; values
are filled into its text runs, and every format is written from it with escaping on
output, so a value can never add markup, and DOCX text only goes into text runs.
Nothing here stores or logs the values or the letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.utils.html import escape
from wagtail.rich_text import expand_db_html

from content_models.placeholders import PLACEHOLDER_RE

from . import richtext
from .approved import ApprovedLetter
from .values import format_value, is_filled

# The Dutch letter is the binding one. Shown with every translation, in the
# translation's language where we have the sentence, and always in Dutch.
# Translations other than English still need a check by a sworn translator.
OFFICIAL_NOTICE = {
    "nl": "Dit is een vertaling. Alleen de Nederlandse brief is officieel. "
    "Zijn de brieven verschillend? Dan geldt de Nederlandse brief.",
    "en": "This is a translation. Only the Dutch letter is official. "
    "If the letters are different, the Dutch letter applies.",
    "tr": "Bu bir çeviridir. Yalnızca Hollandaca mektup resmidir. "
    "Mektuplar farklıysa Hollandaca mektup geçerlidir.",
    "pl": "To jest tłumaczenie. Oficjalny jest tylko list po niderlandzku. "
    "Jeśli listy się różnią, obowiązuje list po niderlandzku.",
    "uk": "Це переклад. Офіційним є лише лист нідерландською мовою. "
    "Якщо листи відрізняються, діє лист нідерландською мовою.",
    "ar": "هذه ترجمة. الرسالة الهولندية فقط هي الرسالة الرسمية. "
    "إذا كانت الرسالتان مختلفتين، فإن الرسالة الهولندية هي التي تسري.",
}


def official_notice(language: str) -> dict:
    text = OFFICIAL_NOTICE.get(language) or OFFICIAL_NOTICE["en"]
    return {
        "language": language if language in OFFICIAL_NOTICE else "en",
        "text": text,
        "text_nl": OFFICIAL_NOTICE["nl"],
    }


@dataclass
class Section:
    """A titled part after the letter body (a closing standard text)."""

    title: str
    blocks: list[richtext.Block]


@dataclass
class MergedLetter:
    language: str
    subject: str
    blocks: list[richtext.Block]
    closing: list[Section]

    def as_text(self) -> str:
        parts = [self.subject, richtext.blocks_to_text(self.blocks)]
        for section in self.closing:
            parts += [section.title, richtext.blocks_to_text(section.blocks)]
        return "\n\n".join(part for part in parts if part) + "\n"

    def as_html(self) -> str:
        parts = [f"<h2>{escape(self.subject)}</h2>", richtext.blocks_to_html(self.blocks)]
        for section in self.closing:
            parts.append(f"<h3>{escape(section.title)}</h3>")
            parts.append(richtext.blocks_to_html(section.blocks, heading_tag="h4"))
        direction = "rtl" if self.language == "ar" else "ltr"
        return (
            f'<article lang="{escape(self.language)}" dir="{direction}">{"".join(parts)}</article>'
        )


def merge(
    letter: ApprovedLetter, values: dict, language_of_values: str | None = None, extra=None
) -> MergedLetter:
    """The letter with `values` (typed, checked) filled in, formatted for the letter's language.

    `extra` holds placeholders the service computes for every letter (letter date,
    deadlines), already formatted; closing texts may use those too.
    """
    language = language_of_values or letter.language
    plain = {name: format_value(value, language) for name, value in values.items()}
    plain.update(extra or {})
    blocks: list[richtext.Block] = []
    for item in letter.content["body"]:
        if item["type"] == "conditional" and not is_filled(values.get(item["variable"])):
            continue
        blocks += [_filled(block, plain) for block in template_blocks(item["html"])]
    closing = [
        Section(
            _fill_all(text["title"], plain),
            [_filled(block, plain) for block in template_blocks(text["body"])],
        )
        for text in letter.content["closing"]
    ]
    return MergedLetter(
        language=letter.language,
        subject=_fill_all(letter.content["subject"], plain).replace("\n", " "),
        blocks=blocks,
        closing=closing,
    )


def template_blocks(db_html: str) -> tuple[richtext.Block, ...]:
    """The parsed approved rich text, placeholders still in it (shared: never mutate)."""
    if "linktype=" in db_html:
        # Links to pages and documents: their URLs can change, so expand them every time.
        return tuple(richtext.parse(expand_db_html(db_html)))
    return _parsed(db_html)


@lru_cache(maxsize=2048)
def _parsed(html: str) -> tuple[richtext.Block, ...]:
    # Approved texts are immutable, so parsing once per process is enough.
    return tuple(richtext.parse(html))


def _filled(block: richtext.Block, plain: dict) -> richtext.Block:
    # Values go into text runs only; every writer escapes text on output, so a
    # value can never become markup. A placeholder with no value becomes empty.
    if not any("{{" in run.text or "{{" in (run.href or "") for run in block.runs):
        return block  # shared, never mutated
    runs: list[richtext.Run] = []
    for run in block.runs:
        href = _fill_all(run.href, plain).replace("\n", "") if run.href else None
        # A value with line breaks (a textarea, a Word soft break) keeps them as breaks.
        for index, piece in enumerate(_fill_all(run.text, plain).split("\n")):
            if index:
                runs.append(richtext.Run("\n"))
            if piece:
                runs.append(richtext.Run(piece, bold=run.bold, italic=run.italic, href=href))
    return richtext.Block(block.kind, runs)


def _fill_all(text: str, plain: dict) -> str:
    return PLACEHOLDER_RE.sub(lambda match: plain.get(match.group(1), ""), text or "")
