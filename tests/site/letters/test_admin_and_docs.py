"""Admin and documentation: the caseworkers' way in, API tokens, docs offline, Word templates."""

import hashlib
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from docx import Document
from helder.letters.models import WordTemplate
from wagtail.models import APIToken

from tests.factories import UserFactory
from tests.site.letters.conftest import ADDRESS, GOOD_VALUES, render

pytestmark = pytest.mark.django_db

DEFAULT_TEMPLATE = Path(settings.BASE_DIR) / "fixtures" / "letters" / "brief-a4.docx"


@pytest.fixture
def superuser(db):
    return UserFactory(username="beheer-super", is_superuser=True, is_staff=True)


@pytest.fixture
def admin(superuser):
    client = Client()
    client.force_login(superuser)
    return client


def test_admin_login_points_caseworkers_to_their_login():
    page = Client().get("/admin/login/").content.decode()
    assert 'href="/medewerkers/inloggen/"' in page
    assert "consulent" in page


def test_api_docs_are_served_locally_and_behind_login(caseworker, outsider):
    anonymous = Client().get("/api/v1/docs")
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/medewerkers/inloggen/")
    other = Client()
    other.force_login(outsider)
    assert other.get("/api/v1/docs").status_code == 403
    client = Client()
    client.force_login(caseworker)
    page = client.get("/api/v1/docs").content.decode()
    assert "swagger-ui-bundle.js" in page
    assert "cdn." not in page and "unpkg" not in page and "https://" not in page
    assert Client().get("/api/v1/openapi.json").status_code == 200  # letter tools read it


def test_api_token_form_offers_only_caseworkers(admin, caseworker, outsider):
    page = admin.get("/admin/api-tokens/new/").content.decode()
    assert f'value="{caseworker.pk}"' in page
    assert f'value="{outsider.pk}"' not in page
    response = admin.post("/admin/api-tokens/new/", {"name": "x", "user": outsider.pk})
    assert response.status_code == 200  # the form again, with an error
    assert not APIToken.objects.filter(user=outsider).exists()


def _upload(admin, data: bytes, name="Huisstijl 2027"):
    return admin.post(
        "/admin/brieven-huisstijl/new/",
        {
            "name": name,
            "note": "nieuw logo",
            "is_current": "on",
            "upload": SimpleUploadedFile("brief.docx", data),
        },
    )


def _template_without_signature() -> bytes:
    document = Document(str(DEFAULT_TEMPLATE))
    for paragraph in document.paragraphs:
        if "ondertekenaar" in paragraph.text:
            for run in paragraph.runs:
                run.text = run.text.replace("ondertekenaar", "iemand")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_template_upload_is_checked(admin):
    not_word = _upload(admin, b"%PDF-1.7 dit is geen Word-bestand")
    assert not_word.status_code == 200
    assert "geen Word-bestand" in not_word.content.decode()
    missing = _upload(admin, _template_without_signature())
    assert "{{ ondertekenaar }}" in missing.content.decode()
    broken = Document(str(DEFAULT_TEMPLATE))
    broken.add_paragraph("{{ onderwerp ")
    buffer = io.BytesIO()
    broken.save(buffer)
    assert "fout" in _upload(admin, buffer.getvalue()).content.decode()
    assert not WordTemplate.objects.exists()


OFFICIALESE = (
    "Tegen dit besluit kan ingevolge het bepaalde in artikel 7:1 van de Algemene wet "
    "bestuursrecht binnen zes weken na de dag van verzending door de belanghebbende een "
    "gemotiveerd bezwaarschrift worden ingediend, onverminderd de mogelijkheid tot het "
    "verzoeken om een voorlopige voorziening."
)


def _template_with(text: str, where="footer") -> bytes:
    document = Document(str(DEFAULT_TEMPLATE))
    if where == "footer":
        document.sections[0].footer.add_paragraph(text)
    else:
        document.add_table(rows=1, cols=1).cell(0, 0).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("where", ["footer", "table"])
def test_a_word_template_with_officialese_never_reaches_a_letter(admin, where):
    """Every letter carries the template's fixed text, so it is read like a letter text."""
    response = _upload(admin, _template_with(OFFICIALESE, where))
    assert response.status_code == 200
    page = response.content.decode()
    assert "De vaste tekst in het sjabloon is te moeilijk" in page
    assert not WordTemplate.objects.exists()
    plain = "Bent u het niet eens met dit besluit? Maak dan bezwaar binnen 6 weken."
    assert _upload(admin, _template_with(plain, where)).status_code == 302


def test_an_older_template_with_officialese_cannot_become_current_again(admin):
    """A version stored before the check (or before the word list changed) is read again
    when Beheer makes it current."""
    data = _template_with(OFFICIALESE)
    old = WordTemplate.objects.create(
        name="Oud", file=data, sha256=hashlib.sha256(data).hexdigest(), is_current=False
    )
    response = admin.post(
        f"/admin/brieven-huisstijl/edit/{old.pk}/",
        {"name": "Oud", "note": "", "is_current": "on"},
    )
    assert response.status_code == 200
    assert "De vaste tekst in het sjabloon is te moeilijk" in response.content.decode()
    assert not WordTemplate.objects.get(pk=old.pk).is_current


def test_word_template_versions_and_the_current_one_is_used(admin, api, letter):
    document = Document(str(DEFAULT_TEMPLATE))
    document.add_paragraph("Huisstijl versie 2027")
    buffer = io.BytesIO()
    document.save(buffer)
    assert _upload(admin, DEFAULT_TEMPLATE.read_bytes(), "Standaard").status_code == 302
    assert _upload(admin, buffer.getvalue(), "Versie 2027").status_code == 302
    assert WordTemplate.objects.count() == 2
    assert list(WordTemplate.objects.filter(is_current=True).values_list("name", flat=True)) == [
        "Versie 2027"
    ]
    response = render(api, variables={**GOOD_VALUES, **ADDRESS}, format="docx")
    texts = [p.text for p in Document(io.BytesIO(response.content)).paragraphs]
    assert "Huisstijl versie 2027" in texts
    # Back to the earlier version: the next letter uses it.
    earlier = WordTemplate.objects.get(name="Standaard")
    admin.post(
        f"/admin/brieven-huisstijl/edit/{earlier.pk}/",
        {"name": "Standaard", "note": "", "is_current": "on"},
    )
    response = render(api, variables={**GOOD_VALUES, **ADDRESS}, format="docx")
    texts = [p.text for p in Document(io.BytesIO(response.content)).paragraphs]
    assert "Huisstijl versie 2027" not in texts
