"""The letter a citizen gets: Word (A4, house style), PDF/A-2b and XML, from the demo letters."""

import datetime
import io
import re
import zipfile

import pytest
from django.utils import timezone
from docx import Document
from pypdf import PdfReader

from tests.site.letters.conftest import ADDRESS, GOOD_VALUES, example_values, render

pytestmark = pytest.mark.django_db

A4_POINTS = (595.3, 841.9)


def docx_of(response):
    assert response.status_code == 200, response.content[:500]
    return Document(io.BytesIO(response.content))


def footer_xml(response) -> str:
    with zipfile.ZipFile(io.BytesIO(response.content)) as package:
        return "".join(
            package.read(name).decode()
            for name in package.namelist()
            if name.startswith("word/footer")
        )


def test_every_demo_letter_is_a_complete_a4_word_letter(api, demo_letters):
    before = timezone.now().replace(microsecond=0)
    for spec in demo_letters:
        response = render(api, f"{spec['code']}", variables=example_values(spec), format="docx")
        document = docx_of(response)
        section = document.sections[0]
        size = (round(section.page_width.mm), round(section.page_height.mm))
        assert size == (210, 297), spec["code"]  # A4 (Word stores twips: 11906 x 16838)
        texts = [p.text for p in document.paragraphs]
        # Address block, in the envelope window, in PostNL's form.
        assert texts[0].startswith("Retouradres: Postbus 100")
        assert texts[1:4] == ["Mevrouw A. de Vries", "Lindelaan 12 A", "1234 AB  HELDERSTAD"]
        assert "Datum\t1 december 2026" in texts
        assert "Ons kenmerk\tZ-2026-004512" in texts
        assert not any(t.startswith("Uw kenmerk") for t in texts)  # empty: the line goes
        subject = [t for t in texts if t.startswith("Onderwerp\t")]
        assert len(subject) == 1 and "{{" not in subject[0]
        assert "Met vriendelijke groet," in texts
        assert texts[texts.index("Met vriendelijke groet,") + 1] == "Sanne Bakker"
        assert "Consulent Werk en Inkomen" in texts
        assert not any("{{" in t or "{%" in t for t in texts), spec["code"]
        # Page numbers are Word fields: Word and LibreOffice count the pages.
        footer = footer_xml(response)
        assert "PAGE" in footer and "NUMPAGES" in footer and "pagina" in footer
        assert "0800 123 45 67" in footer
        header = document.sections[0].header
        assert "Gemeente Helderstad" in "\n".join(p.text for p in header.paragraphs)
        assert header.part.package.image_parts  # the logo
        properties = document.core_properties
        assert properties.author == "Gemeente Helderstad"
        assert properties.title == subject[0].removeprefix("Onderwerp\t")
        created = properties.created.replace(tzinfo=datetime.UTC)
        assert before - datetime.timedelta(seconds=1) <= created <= timezone.now()


def test_bezwaar_deadline_is_a_date_six_weeks_after_the_letter(api, demo_letters):
    spec = next(s for s in demo_letters if s["code"] == "PW-TVO-001")
    text = "\n".join(
        p.text
        for p in docx_of(
            render(api, "PW-TVO-001", variables=example_values(spec), format="docx")
        ).paragraphs
    )
    assert "uiterlijk op 12 januari 2027 bij ons zijn" in text
    values = {**example_values(spec), "datum_brief": "2027-03-01"}
    data = render(api, "PW-TVO-001", variables=values, format="text").json()
    assert "uiterlijk op 12 april 2027" in data["letter"]["content"]


def test_terugvordering_letter_does_not_contradict_itself(api, demo_letters):
    spec = next(s for s in demo_letters if s["code"] == "PW-TVO-001")
    content = render(api, "PW-TVO-001", variables=example_values(spec)).json()["letter"]["content"]
    assert "€\xa050,00 per maand" in content
    assert "U kunt met ons een betalingsregeling maken" not in content
    assert "Wij hebben een betalingsregeling voor u gemaakt" in content


@pytest.mark.parametrize("code", ["PW-TOE-001", "PW-TVO-001", "WMO-BES-001"])
def test_pdf_is_a4_pdfa_with_the_letter_text(api, demo_letters, code):
    spec = next(s for s in demo_letters if s["code"] == code)
    response = render(api, code, variables=example_values(spec), format="pdf")
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Helder-Template-Sha256"]
    reader = PdfReader(io.BytesIO(response.content))
    pages = len(reader.pages)
    assert pages >= 1
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width, 1), round(height, 1)) == A4_POINTS
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Mevrouw A. de Vries" in text and "Met vriendelijke groet" in text
    # The page-number fields were laid out: the last page says "pagina N van N".
    numbers = re.findall(r"pagina (\d+) van (\d+)", text)
    assert numbers[-1] == (str(pages), str(pages))
    assert [int(n) for n, _ in numbers] == list(range(1, pages + 1))
    metadata = reader.xmp_metadata
    assert metadata is not None
    xmp = metadata.stream.get_data().decode()
    assert re.search(r"pdfaid:part[>=\"']+2", xmp) and re.search(
        r"pdfaid:conformance[>=\"']+B", xmp
    )
    assert reader.metadata.title and reader.metadata.author == "Gemeente Helderstad"


def test_xml_keeps_line_breaks_and_names_the_version(api, letter):
    values = {**GOOD_VALUES, **ADDRESS, "toelichting": "Eerste regel\x0bTweede regel\r\nDerde"}
    response = render(api, variables=values, format="xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    from xml.etree import ElementTree as ET

    root = ET.fromstring(response.content)
    ns = {"h": "urn:helder:letter:1"}
    assert root.get("sha256") == response["X-Helder-Template-Sha256"]
    paragraphs = [p.text for p in root.iterfind(".//h:original/h:body/h:paragraph", ns)]
    assert "Let op: Eerste regel\nTweede regel\nDerde" in paragraphs
    assert b'xml:space="preserve"' in response.content
    items = [i.text for i in root.iterfind(".//h:original/h:body/h:list/h:item", ns)]
    assert items == ["Uw woonsituatie: alleenstaand.", "Wij betalen elke maand."]


def test_soft_line_break_in_docx_is_a_word_line_break(api, letter):
    values = {**GOOD_VALUES, **ADDRESS, "toelichting": "Eerste regel\x0bTweede regel"}
    document = docx_of(render(api, variables=values, format="docx"))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Let op:"))
    assert paragraph.text == "Let op: Eerste regel\nTweede regel"  # python-docx reads <w:br/>
    assert paragraph._p.xml.count("<w:br/>") == 1


def test_document_formats_need_the_address(api, letter):
    response = render(api, variables=GOOD_VALUES, format="docx")
    assert response.status_code == 422
    missing = {p["variable"] for p in response.json()["detail"]}
    assert missing == {
        "ontvanger_naam",
        "ontvanger_straat_huisnummer",
        "ontvanger_postcode",
        "ontvanger_plaats",
    }
    wrong = render(
        api, variables={**GOOD_VALUES, **ADDRESS, "ontvanger_postcode": "12345"}, format="pdf"
    )
    assert wrong.status_code == 422
    assert wrong.json()["detail"][0]["variable"] == "ontvanger_postcode"


@pytest.fixture
def english_closing_text(closing_text, english_locale):
    from tests.site.letters.conftest import publish

    translation = closing_text.copy_for_translation(english_locale)
    translation.title = "Do you disagree with this decision?"
    translation.body = "<p>Send us a letter by {{ bezwaar_uiterlijk }} at the latest.</p>"
    translation.save()
    publish(translation)
    return translation


def test_bilingual_letter_uses_translated_closing_texts(api, english_letter, english_closing_text):
    values = {**GOOD_VALUES, **ADDRESS, "datum_brief": "2026-12-01"}
    data = render(api, variables=values, format="text", language="en").json()
    assert "Bent u het niet eens met dit besluit?" in data["letter"]["content"]
    assert "Do you disagree with this decision?" in data["translation"]["content"]
    assert "Send us a letter by 12 January 2027 at the latest." in data["translation"]["content"]
    assert "Bent u het niet eens" not in data["translation"]["content"]

    document = docx_of(render(api, variables=values, format="docx", language="en"))
    texts = [p.text for p in document.paragraphs]
    appendix = texts[texts.index("Bijlage: vertaling van deze brief") :]
    letter_part = texts[: texts.index("Bijlage: vertaling van deze brief")]
    assert "Bent u het niet eens met dit besluit?" in letter_part
    assert "Met vriendelijke groet," in letter_part
    assert "Do you disagree with this decision?" in appendix
    assert "Kind regards," in appendix and "Met vriendelijke groet," not in appendix
    assert "Dear mevrouw De Vries," in appendix
    assert any("Only the Dutch letter is official" in t for t in appendix)
    # The appendix starts on a new page.
    assert '<w:br w:type="page"/>' in document.element.xml
