"""The letter as XML for letter tools (SmartDocuments, Xential and the like).

Text keeps its line breaks: every text element carries xml:space="preserve" and a line
break inside a paragraph is a newline character, so a tool that reads the XML gets the
lines a caseworker typed (a Word soft break becomes a newline too). The sha256 of the
approved text is on the root element, so the stored document can be traced to it.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from . import richtext

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NAMESPACE = "urn:helder:letter:1"
ELEMENT = {"paragraph": "paragraph", "heading": "heading"}


def _text(parent, tag: str, text: str, **attrs) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.set(XML_SPACE, "preserve")
    element.text = text
    return element


def _blocks(parent, blocks: list[richtext.Block]) -> None:
    open_list, list_element = None, None
    for block in blocks:
        text = richtext.runs_to_text(block.runs)
        if block.kind in ("bullet", "number"):
            if open_list != block.kind:
                list_element = ET.SubElement(parent, "list", {"type": block.kind})
                open_list = block.kind
            _text(list_element, "item", text)
            continue
        open_list = None
        _text(parent, ELEMENT.get(block.kind, "paragraph"), text)


def _letter(parent, tag: str, merged, source, signer, greeting) -> None:
    element = ET.SubElement(
        parent,
        tag,
        {
            "language": merged.language,
            "sha256": source.sha256,
            "revision": str(source.revision_id),
            "approved-at": source.approved_at.isoformat(),
        },
    )
    _text(element, "subject", merged.subject)
    body = ET.SubElement(element, "body")
    _blocks(body, merged.blocks)
    for section in merged.closing:
        closing = ET.SubElement(element, "closing")
        _text(closing, "title", section.title)
        _blocks(closing, section.blocks)
    signature = ET.SubElement(element, "signature")
    _text(signature, "greeting", greeting)
    _text(signature, "name", signer.name)
    _text(signature, "function", signer.function)


def as_xml(rendered, fields: dict, signer) -> bytes:
    from .service import labels, letter_dates, municipality

    letter = rendered.selection.letter
    letter_date, deadline = letter_dates(fields)
    root = ET.Element(
        "letter",
        {"xmlns": NAMESPACE, "code": letter.code, "sha256": letter.sha256, "format": "1"},
    )
    sender = ET.SubElement(root, "sender")
    for key, value in municipality().items():
        _text(sender, key, value)
    recipient = ET.SubElement(root, "recipient")
    for key in ("naam", "straat_huisnummer", "postcode", "plaats"):
        _text(recipient, key, fields.get(f"ontvanger_{key}") or "")
    meta = ET.SubElement(root, "meta")
    _text(meta, "date", letter_date.isoformat())
    _text(meta, "objection-deadline", deadline.isoformat())
    _text(meta, "our-reference", fields.get("ons_kenmerk") or "")
    _text(meta, "your-reference", fields.get("uw_kenmerk") or "")
    _letter(root, "original", rendered.merged, letter, signer, labels(letter.language)["groet"])
    if rendered.merged_translation is not None:
        translation = rendered.translation
        _letter(
            root,
            "translation",
            rendered.merged_translation,
            translation,
            signer,
            labels(translation.language)["groet"],
        )
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
