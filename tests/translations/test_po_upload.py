"""A PO upload that wagtail-localize cannot take gets a Dutch message, never a 500."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation(rights_page):
    source, _ = TranslationSource.get_or_create_from_instance(rights_page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    translation.save_target(publish=False)
    return translation


def upload(client, translation, content: bytes | None):
    data = {"next": "/admin/"}
    if content is not None:
        data["file"] = SimpleUploadedFile("vertaling.po", content, "text/x-gettext-translation")
    return client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", data, follow=True
    )


def messages_of(response) -> str:
    return html.unescape(response.content.decode())


def test_a_po_file_without_the_translation_header_gets_a_dutch_message(admin_client, translation):
    po = translation.export_po()
    del po.metadata["X-WagtailLocalize-TranslationID"]
    for entry in po:
        entry.msgstr = "You get help from us."
    response = upload(admin_client, translation, str(po).encode())
    assert response.status_code == 200
    assert "Dit PO-bestand hoort niet bij een vertaling in Helder" in messages_of(response)
    assert not StringTranslation.objects.filter(locale=translation.target_locale).exists()


def test_no_file_and_not_a_po_file_get_dutch_messages(admin_client, translation):
    assert "Kies eerst een PO-bestand" in messages_of(upload(admin_client, translation, None))
    garbage = upload(admin_client, translation, b"\xff\xfe niet een po-bestand \x00")
    assert garbage.status_code == 200
    assert "upload het opnieuw" in messages_of(garbage)


def test_a_good_po_file_still_imports(admin_client, translation):
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "You get help from us."
    response = upload(admin_client, translation, str(po).encode())
    assert response.status_code == 200
    assert StringTranslation.objects.filter(locale=translation.target_locale).exists()
