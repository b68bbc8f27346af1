"""The caseworkers' letter pages: login, search, form messages, preview and download."""

import io

import pytest
from django.test import Client
from docx import Document

from tests.site.letters.conftest import ADDRESS, GOOD_VALUES

pytestmark = pytest.mark.django_db

URL = "/medewerkers/brieven/PW-TST-100/"


@pytest.fixture
def web(caseworker):
    client = Client()
    client.force_login(caseworker)
    return client


def test_login_is_required(letter):
    response = Client().get("/medewerkers/brieven/")
    assert response.status_code == 302
    assert response["Location"].startswith("/medewerkers/inloggen/?next=")


def test_login_page_logs_a_caseworker_in(letter, caseworker):
    client = Client()
    page = client.get("/medewerkers/inloggen/")
    assert "Inloggen voor medewerkers" in page.content.decode()
    response = client.post(
        "/medewerkers/inloggen/", {"username": "consulent", "password": "geheim-voor-tests"}
    )
    assert response.status_code == 302
    assert client.get("/medewerkers/brieven/").status_code == 200


def test_non_caseworkers_get_403(letter, outsider):
    client = Client()
    client.force_login(outsider)
    response = client.get("/medewerkers/brieven/")
    assert response.status_code == 403
    assert "geen toegang" in response.content.decode()


def test_list_and_search(web, letter):
    page = web.get("/medewerkers/brieven/").content.decode()
    assert "PW-TST-100" in page and 'href="/medewerkers/brieven/PW-TST-100/"' in page
    assert "PW-TST-100" in web.get("/medewerkers/brieven/?q=bijstand").content.decode()
    found_nothing = web.get("/medewerkers/brieven/?q=zzz").content.decode()
    assert "PW-TST-100" not in found_nothing and "Geen brieven gevonden" in found_nothing


def test_form_is_generated_from_the_schema(web, letter):
    page = web.get(URL).content.decode()
    assert 'type="date" name="datum_besluit"' in page
    assert 'inputmode="decimal"' in page and 'inputmode="numeric"' in page
    assert '<select name="woonsituatie"' in page and "samenwonend" in page
    assert "(verplicht)" in page
    assert 'aria-describedby="id_aanhef_uitleg"' in page


def test_validation_messages_sit_next_to_the_field(web, letter):
    response = web.post(URL, {**GOOD_VALUES, "bedrag": "veel", "aanhef": "", "action": "preview"})
    page = response.content.decode()
    assert response.status_code == 422  # the form is shown again with its errors
    assert 'id="id_bedrag_fout"' in page and "Dit is geen bedrag" in page
    assert 'id="id_aanhef_fout"' in page and "Vul dit in" in page
    assert 'aria-describedby="id_bedrag_uitleg id_bedrag_fout"' in page
    assert 'aria-invalid="true"' in page
    assert "Controleer 2 velden" in page
    assert "Voorbeeld van de brief" not in page


def test_preview_shows_the_letter_and_copyable_text(web, letter):
    response = web.post(URL, {**GOOD_VALUES, "action": "preview"})
    page = response.content.decode()
    assert "Voorbeeld van de brief" in page
    assert "Besluit van 1 januari 2027" in page
    assert "<textarea" in page and "Beste mevrouw De Vries," in page
    assert "data-kopieer" in page
    assert response["Cache-Control"] == "no-store"


def test_preview_escapes_values(web, letter):
    values = {**GOOD_VALUES, "aanhef": "<script>x</script>", "action": "preview"}
    page = web.post(URL, values).content.decode()
    assert "<script>x</script>" not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page


def test_docx_download(web, letter):
    response = web.post(URL, {**GOOD_VALUES, **ADDRESS, "action": "docx"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "Beste mevrouw De Vries," in text


def test_translation_can_be_chosen(web, english_letter):
    page = web.get(URL).content.decode()
    assert 'name="language"' in page
    response = web.post(URL, {**GOOD_VALUES, "language": "en", "action": "preview"})
    page = response.content.decode()
    assert "Dear mevrouw De Vries," in page
    assert "Alleen de Nederlandse brief is officieel" in page


def test_unknown_letter_is_404(web, letter):
    response = web.get("/medewerkers/brieven/XX-NIET-001/")
    assert response.status_code in (302, 404)
    if response.status_code == 302:  # LocaleMiddleware tries /nl/…, which does not exist either
        assert web.get(response["Location"]).status_code == 404


def test_list_shows_title_purpose_and_language_names(web, english_letter):
    page = web.get("/medewerkers/brieven/").content.decode()
    assert "Besluit over uw bijstand" in page
    assert "Talen: Nederlands, Engels (English)" in page
    found = web.get("/medewerkers/brieven/?q=besluit+van").content.decode()
    assert "PW-TST-100" in found  # the subject is searched, as in the API


def test_detail_page_uses_utrecht_form_components_without_inline_code(web, letter):
    page = web.get(URL).content.decode()
    assert 'class="utrecht-textbox utrecht-textbox--html-input"' in page
    assert 'class="utrecht-select utrecht-select--html-select"' in page
    assert "utrecht-breadcrumb-nav" in page
    assert "css/letters.css" in page and "js/letters.js" in page
    assert "<script>" not in page and 'style="' not in page
