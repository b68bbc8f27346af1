"""Writing a merged letter into the municipality's Word template (docxtpl tags).

The template is a .docx made in Word with docxtpl (Jinja) tags. docxtpl prepares it
once per template version: it reads the parts and repairs tags Word split over runs
(`DocxTemplate.patch_xml`); the repaired parts are compiled to Jinja templates and kept.
A render then only runs those templates with the letter's context and appends the
rendered parts to a zip whose untouched parts were compressed once. The result is the
document docxtpl's own `render()` writes for these tags, at a fraction of the cost.

Context (what a template may use; CONTEXT_DOC is shown to the communications team):
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docxtpl import DocxTemplate
from jinja2 import Environment, TemplateError, meta
from lxml import etree
from markupsafe import Markup

from . import richtext

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
HEADER_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
FOOTER_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"

CONTEXT_DOC = {
    "gemeente": "naam, afdeling, retouradres, bezoekadres, telefoon, email, website",
    "ontvanger": "naam, straat_huisnummer, postcode, plaats",
    "datum": "datum van de brief, uitgeschreven (1 december 2026)",
    "ons_kenmerk": "zaaknummer (leeg: regel valt weg met {%p if ons_kenmerk %})",
    "uw_kenmerk": "kenmerk van de klant (leeg: regel valt weg)",
    "onderwerp": "onderwerp van de brief",
    "inhoud": "de tekst van de brief, als alinea's: gebruik {{p inhoud }}",
    "slotteksten": "lijst met titel en inhoud ({{p tekst.inhoud }})",
    "groet": "Met vriendelijke groet,",
    "ondertekenaar": "naam, functie",
    "labels": "datum, ons_kenmerk, uw_kenmerk, onderwerp, pagina, van",
    "bijlage": "de vertaling op een nieuwe pagina, of leeg: gebruik {{p bijlage }}",
}
# A replacement template must have these, or a letter could go out without them.
REQUIRED_TAGS = (
    "ontvanger",
    "datum",
    "onderwerp",
    "inhoud",
    "slotteksten",
    "groet",
    "ondertekenaar",
)

_ENV = Environment(autoescape=True)
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


class TemplateProblem(ValueError):
    """The uploaded file cannot be used as a letter template. Dutch message."""


@dataclass(frozen=True)
class CompiledTemplate:
    sha256: str
    base_zip: bytes  # every part the render does not rewrite, compressed once
    parts: dict  # zip member name -> compiled Jinja template
    variables: frozenset


def compile_template(data: bytes, sha256: str) -> CompiledTemplate:
    """Prepare a .docx template for fast rendering; TemplateProblem if it cannot be used."""
    try:
        template = DocxTemplate(io.BytesIO(data))
        template.init_docx()
        document_part = template.docx.part
        sources = {document_part.partname.lstrip("/"): template.get_part_xml(document_part)}
        for rel in document_part.rels.values():
            if rel.reltype in (HEADER_URI, FOOTER_URI) and not rel.is_external:
                part = rel.target_part
                sources[part.partname.lstrip("/")] = template.get_part_xml(part)
        parts, names = {}, set()
        for name, xml in sources.items():
            patched = re.sub(r"<w:p([ >])", r"\n<w:p\1", template.patch_xml(xml))
            names |= meta.find_undeclared_variables(_ENV.parse(patched))
            parts[name] = _ENV.from_string(patched)
    except TemplateError as error:
        raise TemplateProblem(
            f"Er staat een fout in een code tussen {{ }} of {{% %}}: {error.message}."
        ) from None
    except (KeyError, ValueError, zipfile.BadZipFile, OSError) as error:
        raise TemplateProblem("Dit is geen Word-bestand (.docx) dat wij kunnen lezen.") from error

    base = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(base, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename in parts or info.filename == "docProps/core.xml":
                continue
            target.writestr(info, source.read(info.filename))
    return CompiledTemplate(sha256, base.getvalue(), parts, frozenset(names))


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_P, W_T = f"{W_NS}p", f"{W_NS}t"
# The parts of a .docx that end up on paper: body, headers, footers and notes.
PRINTED_PART = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
TEMPLATE_CODE = re.compile(r"\{[{%#].*?[}%#]\}", re.DOTALL)
WORD = re.compile(r"[^\W\d_]{2}")


def fixed_text(data: bytes) -> list[str]:
    """The template's own words, paragraph by paragraph, without its codes: what every
    letter written into it prints (text boxes and tables included)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            roots = [
                etree.fromstring(archive.read(name), parser)
                for name in archive.namelist()
                if PRINTED_PART.match(name)
            ]
    except (zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise TemplateProblem("Dit is geen Word-bestand (.docx) dat wij kunnen lezen.") from error
    paragraphs = []
    for root in roots:
        for paragraph in root.iter(W_P):
            # A text box sits inside a paragraph; its words belong to its own paragraphs.
            own = [t.text or "" for t in paragraph.iter(W_T) if _paragraph_of(t) is paragraph]
            text = " ".join(TEMPLATE_CODE.sub(" ", "".join(own)).split())
            if WORD.search(text):
                paragraphs.append(text)
    return paragraphs


def _paragraph_of(element):
    return next(element.iterancestors(W_P), None)


def missing_tags(compiled: CompiledTemplate) -> list[str]:
    return [name for name in REQUIRED_TAGS if name not in compiled.variables]


def render_docx(compiled: CompiledTemplate, context: dict, properties: dict) -> bytes:
    out = io.BytesIO(compiled.base_zip)
    out.seek(0, io.SEEK_END)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for name, template in compiled.parts.items():
            xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", template.render(context))
            xml = xml.replace("{_{", "{{").replace("}_}", "}}")
            xml = xml.replace("{_%", "{%").replace("%_}", "%}")
            target.writestr(name, (XML_DECLARATION + xml).encode("utf-8"))
        target.writestr("docProps/core.xml", core_properties(**properties))
    return out.getvalue()


def core_properties(title: str, author: str, language: str, created: datetime.datetime) -> bytes:
    stamp = created.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title>"
        f"<dc:creator>{escape(author)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy>"
        f"<dc:language>{escape(language)}</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "<cp:revision>1</cp:revision>"
        "</cp:coreProperties>"
    ).encode()


# Paragraph XML from the safe block structure -----------------------------------------

STYLES = {"bullet": "ListBullet", "number": "ListNumber", "heading": "HelderTussenkop"}


def _run_xml(run: richtext.Run, rtl: bool) -> str:
    if run.text == "\n":
        return "<w:r><w:br/></w:r>"
    props = ("<w:b/><w:bCs/>" if run.bold else "") + ("<w:i/><w:iCs/>" if run.italic else "")
    if rtl:
        props += "<w:rtl/>"
    text = escape(richtext.runs_to_text([run]))
    return (
        "<w:r>"
        + (f"<w:rPr>{props}</w:rPr>" if props else "")
        + f'<w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def paragraph_xml(kind: str, runs: list[richtext.Run], rtl: bool = False, style=None) -> str:
    style = style or STYLES.get(kind)
    if kind == "paragraph" and runs and all(r.bold or r.text == "\n" for r in runs):
        style = "HelderTussenkop"  # a bold line on its own is a subheading: keep it with its text
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:bidi/>" if rtl else "")
    return (
        "<w:p>"
        + (f"<w:pPr>{props}</w:pPr>" if props else "")
        + "".join(_run_xml(run, rtl) for run in runs)
        + "</w:p>"
    )


def blocks_xml(blocks: list[richtext.Block], rtl: bool = False) -> Markup:
    """Word paragraphs for `blocks`; text is escaped here, so values never become markup."""
    return Markup("".join(paragraph_xml(block.kind, block.runs, rtl) for block in blocks))


def text_paragraph(text: str, style: str | None = None, rtl: bool = False) -> str:
    return paragraph_xml("paragraph", [richtext.Run(text)], rtl, style=style or "Normal")


PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
