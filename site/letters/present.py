"""Approved letters, texts and pages as the plain data the API returns."""

from __future__ import annotations

from wagtail.rich_text import expand_db_html

from content_models.variables import is_computed

from . import richtext
from .approved import ApprovedLetter
from .levels import readability_level


def safe_html(db_html: str) -> str:
    """Wagtail database HTML as the small, safe HTML every format is written from."""
    return richtext.blocks_to_html(richtext.parse(expand_db_html(db_html or "")))


def letter_summary(letter: ApprovedLetter, languages: list[str]) -> dict:
    meta = letter.metadata
    return {
        "code": letter.code,
        "title": meta["title"],
        "domain": meta["domain"],
        "case_type": meta["case_type"],
        "document_type": meta["document_type"],
        "languages": languages or [letter.language],
        "readability_level": readability_level(letter),
        "version": letter.version(),
    }


def variables_out(variables: list[dict]) -> list[dict]:
    """The variables, each saying whether Helder fills it in itself (a normbedrag)."""
    return [{**variable, "computed": is_computed(variable)} for variable in variables]


def letter_content(content: dict) -> dict:
    return {
        "subject": content["subject"],
        "variables": variables_out(content["variables"]),
        "body": [
            {
                "type": item["type"],
                "variable": item.get("variable"),
                "html": safe_html(item["html"]),
            }
            for item in content["body"]
        ],
        "standard_blocks": [
            {"key": text["key"], "title": text["title"], "body": safe_html(text["body"])}
            for text in content["closing"]
        ],
    }


def letter_detail(letter: ApprovedLetter, languages: list[str]) -> dict:
    return {
        **letter_summary(letter, languages),
        "purpose": letter.metadata["purpose"],
        "language": letter.language,
        **letter_content(letter.content),
    }


def historic_letter(version) -> dict:
    """A recorded `ApprovedLetterVersion` as the API shows it."""
    return {
        "code": version.code,
        "language": version.language,
        "title": version.metadata.get("title", ""),
        **letter_content(version.content),
        "version": {
            "revision_id": version.revision_id,
            "sha256": version.sha256,
            "approved_at": version.approved_at,
        },
    }


def _structured_blocks(db_html: str, condition: str | None = None) -> list[dict]:
    return [
        {"type": block.kind, "text": richtext.runs_to_text(block.runs), "condition": condition}
        for block in richtext.parse(expand_db_html(db_html or ""))
    ]


def letter_structure(selection, letter_fields: list[dict], formats) -> dict:
    """What a letter tool needs to build its form and check data: fields, blocks, version."""
    letter = selection.letter
    own = {variable["name"] for variable in letter.variables}
    fields = [
        {**variable, "group": "computed" if variable["computed"] else "variable"}
        for variable in variables_out(letter.variables)
    ]
    fields += [{**field, "group": "letter"} for field in letter_fields if field["name"] not in own]
    blocks = []
    for item in letter.content["body"]:
        blocks += _structured_blocks(item["html"], item.get("variable"))
    return {
        "code": letter.code,
        "title": letter.metadata.get("title", ""),
        "language": letter.language,
        "languages": selection.languages,
        "formats": list(formats),
        "subject": letter.content["subject"],
        "fields": fields,
        "blocks": blocks,
        "closing": [
            {"key": text["key"], "title": text["title"], "blocks": _structured_blocks(text["body"])}
            for text in letter.content["closing"]
        ],
        "version": letter.version(),
    }
