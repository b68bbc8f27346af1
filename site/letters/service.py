"""The letter service: the one place where a letter is found, merged and written.

Family lookup (the approved Dutch letter and its approved translations), translation
choice, pinned versions, merging checked values, every output format (text, html, docx,
pdf, xml), the version headers and search all live here. The JSON API (api.py), the
caseworker pages (views.py) and letter tools are thin adapters over `find`, `search`
and `render`.

Nothing here stores or logs the values or the letter.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from translations.locales import dutch_name, is_rtl, native_name

from . import docx_letter, xml_letter
from .approved import ApprovedLetter, approved_source_letters, available_languages
from .letter_fields import letter_day
from .levels import readability_level
from .render_input import RenderInput
from .rendering import MergedLetter, merge, official_notice
from .values import format_date_long
from .versions import find_version, letter_family
from .word_templates import current_template

CONTENT_TYPES = {
    "docx": docx_letter.DOCX_CONTENT_TYPE,
    "pdf": "application/pdf",
    "xml": "application/xml; charset=utf-8",
}
BEZWAAR_WEEKS = 6  # Awb 6:7: six weeks, counted from the day after the letter's date

MUNICIPALITY = {
    "naam": "Gemeente Helderstad",
    "afdeling": "Werk en Inkomen",
    "retouradres": "Retouradres: Postbus 100, 1230 AA Helderstad",
    "bezoekadres": "Stadhuisplein 1, 1234 AB Helderstad",
    "telefoon": "0800 123 45 67",
    "email": "werkeninkomen@helderstad.nl",
    "website": "www.helderstad.nl",
}
DEFAULT_SIGNER_FUNCTION = "Consulent Werk en Inkomen"

# The fixed words of a letter, per language. Written by the team; the Dutch letter is
# always complete, a translation falls back to English labels where we have none.
LABELS = {
    "nl": {
        "datum": "Datum",
        "ons_kenmerk": "Ons kenmerk",
        "uw_kenmerk": "Uw kenmerk",
        "onderwerp": "Onderwerp",
        "pagina": "pagina",
        "van": "van",
        "groet": "Met vriendelijke groet,",
        "bijlage": "Bijlage: vertaling van deze brief",
    },
    "en": {
        "datum": "Date",
        "ons_kenmerk": "Our reference",
        "uw_kenmerk": "Your reference",
        "onderwerp": "Subject",
        "groet": "Kind regards,",
        "bijlage": "Appendix: translation of this letter",
    },
    "tr": {"groet": "Saygılarımızla,", "datum": "Tarih", "onderwerp": "Konu"},
    "pl": {"groet": "Z poważaniem", "datum": "Data", "onderwerp": "Temat"},
    "uk": {"groet": "З повагою", "datum": "Дата", "onderwerp": "Тема"},
    "ar": {"groet": "مع خالص التحية،", "datum": "التاريخ", "onderwerp": "الموضوع"},
}


def labels(language: str) -> dict:
    return (
        {**LABELS["nl"], **LABELS["en"], **LABELS.get(language, {})}
        if language != "nl"
        else LABELS["nl"]
    )


def municipality() -> dict:
    return {**MUNICIPALITY, **getattr(settings, "HELDER_LETTERS_MUNICIPALITY", {})}


def language_name(code: str) -> str:
    """ "Arabisch (العربية)": the Dutch name, and the language's own name where it differs."""
    dutch, own = dutch_name(code), native_name(code)
    return dutch if dutch.casefold() == own.casefold() else f"{dutch} ({own})"


class LetterNotFound(Exception):
    message = "Deze brief bestaat niet, of is nog niet goedgekeurd."


class VersionNotFound(LetterNotFound):
    message = "Deze versie van de brief bestaat niet."


@dataclass(frozen=True)
class Selection:
    """The letter to render: the binding Dutch text and the translations that may go with it."""

    letter: ApprovedLetter
    family: dict  # language -> ApprovedLetter (the letter itself included)
    pinned: bool = False

    @property
    def languages(self) -> list[str]:
        return list(self.family)


def find(code: str, version: str | None = None) -> Selection:
    """The approved letter `code`, or the pinned `version` (a sha256) of it."""
    if version is not None:
        return find_version_of(code, version)
    family = letter_family(code)  # each one recorded: the version can be fetched later
    if not family:
        raise LetterNotFound
    return Selection(next(iter(family.values())), family)


def find_version_of(code: str, sha256: str) -> Selection:
    sha256 = sha256.lower()
    recorded = find_version(code, sha256) if len(sha256) == 64 else None
    if recorded is None:
        raise VersionNotFound
    letter = ApprovedLetter(
        template_pk=0,
        translation_key=str(recorded.translation_key),
        language=recorded.language,
        revision_id=recorded.revision_id,
        approved_at=recorded.approved_at,
        content=recorded.content,
        metadata=recorded.metadata,
    )
    return Selection(letter, {letter.language: letter}, pinned=True)


def search(query: str = "", domain: str | None = None, language: str | None = None):
    """Approved letters matching `query` (code, title, subject, purpose), with their languages."""
    letters = approved_source_letters()
    languages = available_languages(letter.translation_key for letter in letters)
    if domain:
        letters = [letter for letter in letters if letter.metadata["domain"] == domain]
    if language:
        letters = [
            letter for letter in letters if language in languages.get(letter.translation_key, [])
        ]
    needle = (query or "").strip().casefold()
    if needle:
        letters = [letter for letter in letters if needle in _searchable(letter)]
    return letters, languages


def _searchable(letter: ApprovedLetter) -> str:
    meta = letter.metadata
    return " ".join(
        [letter.code, meta["title"], letter.content["subject"], meta["purpose"]]
    ).casefold()


def summary_row(letter: ApprovedLetter, languages: dict) -> dict:
    codes = languages.get(letter.translation_key, []) or [letter.language]
    return {
        "letter": letter,
        "languages": codes,
        "language_names": [language_name(code) for code in codes],
        "level": readability_level(letter),
    }


@dataclass
class Signer:
    name: str = ""
    function: str = ""

    @classmethod
    def for_user(cls, user) -> Signer:
        name = ""
        if user is not None and getattr(user, "is_authenticated", False):
            name = user.get_full_name() or user.get_username()
        function = getattr(settings, "HELDER_LETTERS_SIGNER_FUNCTION", DEFAULT_SIGNER_FUNCTION)
        return cls(name, function)


@dataclass
class Rendered:
    """A rendered letter; `data` for JSON formats, `content` (bytes) for documents."""

    selection: Selection
    format: str
    language: str
    translation: ApprovedLetter | None
    merged: MergedLetter
    merged_translation: MergedLetter | None
    content: bytes | None = None
    data: dict | None = None
    headers: dict = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES.get(self.format, "application/json")

    @property
    def filename(self) -> str:
        return f"{self.selection.letter.code}-{self.language}.{self.format}"


def letter_dates(fields: dict) -> tuple[datetime.date, datetime.date]:
    """The letter's date (today unless given) and the last day to object (bezwaar)."""
    letter_date = letter_day(fields)
    return letter_date, letter_date + datetime.timedelta(weeks=BEZWAAR_WEEKS)


def computed_values(fields: dict, language: str) -> dict:
    """Placeholders the service fills in for every letter (closing texts use them)."""
    letter_date, objection_deadline = letter_dates(fields)
    return {
        "datum_brief": format_date_long(letter_date, language),
        "bezwaar_uiterlijk": format_date_long(objection_deadline, language),
    }


def render(selection: Selection, checked: RenderInput, *, user=None, now=None) -> Rendered:
    """Merge the checked values into the letter (and translation) and write `checked.format`."""
    letter = selection.letter
    translation = None
    if checked.language != letter.language:
        translation = selection.family[checked.language]
    merged = merge(letter, checked.values, extra=computed_values(checked.fields, letter.language))
    merged_translation = None
    if translation is not None:
        merged_translation = merge(
            translation,
            checked.values,
            extra=computed_values(checked.fields, translation.language),
        )
    rendered = Rendered(
        selection, checked.format, checked.language, translation, merged, merged_translation
    )
    rendered.headers = version_headers(letter, translation)
    signer = Signer.for_user(user)
    signer.name = checked.fields.get("ondertekenaar_naam") or signer.name
    signer.function = checked.fields.get("ondertekenaar_functie") or signer.function
    if checked.format in ("text", "html"):
        rendered.data = _json_body(rendered)
    elif checked.format == "xml":
        rendered.content = xml_letter.as_xml(rendered, checked.fields, signer)
    else:
        docx = as_docx(rendered, checked.fields, signer, now=now)
        if checked.format == "pdf":
            from .pdf import docx_to_pdf

            rendered.content = docx_to_pdf(docx)
        else:
            rendered.content = docx
    return rendered


def version_headers(letter: ApprovedLetter, translation: ApprovedLetter | None) -> dict:
    headers = {}
    for prefix, item in (("Template", letter), ("Translation", translation)):
        if item is None:
            continue
        headers[f"X-Helder-{prefix}-Revision"] = str(item.revision_id)
        headers[f"X-Helder-{prefix}-Sha256"] = item.sha256
        headers[f"X-Helder-{prefix}-Approved-At"] = item.approved_at.isoformat()
    # A letter holds personal data: no shared or browser cache may keep it.
    headers["Cache-Control"] = "no-store"
    return headers


def apply_headers(response, rendered: Rendered):
    for name, value in rendered.headers.items():
        response[name] = value
    if rendered.content is not None:
        response["Content-Disposition"] = f'attachment; filename="{rendered.filename}"'
    return response


def _json_body(rendered: Rendered) -> dict:
    def body(merged_letter: MergedLetter, source: ApprovedLetter) -> dict:
        html = rendered.format == "html"
        return {
            "language": merged_letter.language,
            "subject": merged_letter.subject,
            "content": merged_letter.as_html() if html else merged_letter.as_text(),
            "version": source.version(),
        }

    letter, translation = rendered.selection.letter, rendered.translation
    return {
        "code": letter.code,
        "format": rendered.format,
        "language": rendered.language,
        "version": letter.version(),
        "letter": body(rendered.merged, letter),
        "translation": body(rendered.merged_translation, translation) if translation else None,
        "notice": official_notice(translation.language) if translation else None,
    }


# Word -----------------------------------------------------------------------------------


def docx_context(rendered: Rendered, fields: dict, signer: Signer) -> dict:
    letter_date, _deadline = letter_dates(fields)
    language = rendered.selection.letter.language
    words = labels(language)
    merged = rendered.merged
    return {
        "gemeente": municipality(),
        "ontvanger": {
            "naam": fields.get("ontvanger_naam") or "",
            "straat_huisnummer": fields.get("ontvanger_straat_huisnummer") or "",
            "postcode": fields.get("ontvanger_postcode") or "",
            "plaats": (fields.get("ontvanger_plaats") or "").upper(),  # PostNL: place in capitals
        },
        "datum": format_date_long(letter_date, language),
        "ons_kenmerk": fields.get("ons_kenmerk") or "",
        "uw_kenmerk": fields.get("uw_kenmerk") or "",
        "onderwerp": merged.subject,
        "inhoud": docx_letter.blocks_xml(merged.blocks),
        "slotteksten": [
            {"titel": section.title, "inhoud": docx_letter.blocks_xml(section.blocks)}
            for section in merged.closing
        ],
        "groet": words["groet"],
        "ondertekenaar": {"naam": signer.name, "functie": signer.function},
        "labels": words,
        "bijlage": _appendix(rendered, signer) if rendered.merged_translation else "",
    }


def _appendix(rendered: Rendered, signer: Signer):
    """The translation on a new page: the notice, then the letter in its own words."""
    from markupsafe import Markup

    translated = rendered.merged_translation
    language = translated.language
    rtl = is_rtl(language)
    notice = official_notice(language)
    words = labels(language)
    parts = [docx_letter.PAGE_BREAK]
    parts.append(docx_letter.text_paragraph(LABELS["nl"]["bijlage"], style="HelderMelding"))
    parts.append(docx_letter.text_paragraph(notice["text_nl"]))
    if notice["language"] != "nl":
        parts.append(docx_letter.text_paragraph(notice["text"], rtl=rtl))
    parts.append(docx_letter.text_paragraph(translated.subject, style="HelderOnderwerp", rtl=rtl))
    parts.append(docx_letter.blocks_xml(translated.blocks, rtl=rtl))
    for section in translated.closing:
        parts.append(docx_letter.text_paragraph(section.title, style="HelderKopslottekst", rtl=rtl))
        parts.append(docx_letter.blocks_xml(section.blocks, rtl=rtl))
    parts.append(docx_letter.text_paragraph(words["groet"], style="HelderOndertekening", rtl=rtl))
    parts.append(docx_letter.text_paragraph(signer.name, style="HelderOndertekening", rtl=rtl))
    parts.append(docx_letter.text_paragraph(signer.function, style="HelderOndertekening", rtl=rtl))
    return Markup("".join(str(part) for part in parts))


def as_docx(rendered: Rendered, fields: dict, signer: Signer, now=None) -> bytes:
    compiled = current_template()
    context = docx_context(rendered, fields, signer)
    properties = {
        "title": rendered.merged.subject,
        "author": municipality()["naam"],
        "language": "nl-NL",
        "created": now or timezone.now(),
    }
    return docx_letter.render_docx(compiled, context, properties)
