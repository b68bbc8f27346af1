"""wagtail-localize never puts text live past the gate: submit, sync, PO upload, publish.

A refused translation leaves what citizens see as it was: the translated page's row, its
live revision and the public page.
"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

from content_models import review
from content_models.gate import PublicationBlocked
from content_models.models import RightsDutiesPage
from readability.language import dutch_share, still_dutch
from tests.translations.conftest import english

pytestmark = pytest.mark.django_db

C1_DUTCH = (
    "Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat "
    "de uitkering middels een besluit kan worden herzien."
)


def row(page):
    page = RightsDutiesPage.objects.get(pk=page.pk)
    return (
        page.live,
        page.title,
        page.intro,
        [dict(b) for b in page.items.raw_data],
        page.live_revision_id,
    )


def test_submitting_for_translation_publishes_nothing(admin_client, rights_page):
    turkish = Locale.objects.get(language_code="tr")
    url = reverse("wagtail_localize:submit_page_translation", args=[rights_page.pk])
    response = admin_client.post(url, {"locales": [turkish.pk]})
    assert response.status_code == 302
    # The copies exist (to translate), but none of them is live.
    assert Page.objects.filter(locale=turkish).exists()
    assert not Page.objects.filter(locale=turkish, live=True).exists()
    # A visitor to the Turkish address gets the Dutch original (the site's fallback for a
    # missing translation), never a Turkish copy.
    response = Client().get("/tr/bijstand/uw-plichten/")
    if response.status_code == 200:
        assert response.context["page"].pk == rights_page.pk


def test_a_refused_sync_and_publish_leaves_the_live_translation_as_it_was(rights_page, translate):
    page = translate(rights_page, "en", english)
    before = row(page)
    before_html = Client().get(page.url).content.decode()
    assert "You get help from us." in before_html

    # Sync with strings that were never translated: Dutch text in the English page.
    with pytest.raises(PublicationBlocked) as refused:
        translate(rights_page, "en", lambda text: C1_DUTCH if len(text) > 3 else text)
    assert "language.still_dutch" in refused.value.decision.rules
    assert row(page) == before
    after_html = Client().get(page.url).content.decode()
    assert "inlichtingenplicht" not in after_html and "You get help from us." in after_html

    # The English rewrite goes live through the same path.
    translate(rights_page, "en", lambda text: "We help you." if len(text) > 3 else text)
    published = RightsDutiesPage.objects.get(pk=page.pk)
    assert published.title == "We help you."
    assert "We help you." in Client().get(published.url, follow=True).content.decode()


def test_a_refused_po_upload_changes_nothing_citizens_see(
    rights_page, translate, django_capture_on_commit_callbacks
):
    page = translate(rights_page, "en", english)
    before = row(page)
    translation = Translation.objects.get(
        target_locale__language_code="en", source__object_id=rights_page.translation_key
    )
    po = translation.export_po()
    for entry in po:
        if len(entry.msgid) > 3:
            entry.msgstr = C1_DUTCH
    translation.import_po(po)
    with pytest.raises(PublicationBlocked), django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert row(page) == before
    assert "inlichtingenplicht" not in Client().get(page.url).content.decode()


def test_the_language_check_tells_dutch_from_other_languages():
    assert still_dutch(C1_DUTCH) is True
    assert still_dutch("You must tell us about every change in your income and your home.") is False
    assert still_dutch("Gelir ve evinizdeki her değişikliği bize bildirmeniz gerekir.") is False
    assert still_dutch("Musisz nam powiedzieć o każdej zmianie w dochodach.") is False
    assert still_dutch("Bijstand") is None  # too short to tell by its words
    assert dutch_share("de het een") == 1.0


def test_a_new_dutch_page_in_the_english_tree_is_not_live(admin_client, rights_page, translate):
    english_page = translate(rights_page, "en", english)
    english_topic = english_page.get_parent()
    url = f"/admin/pages/add/content_models/informationpage/{english_topic.pk}/"
    dutch = "<p>U krijgt elke maand geld van de gemeente. Dat geld is voor de huur en het eten.</p>"
    response = admin_client.post(
        url,
        nested_form_data(
            {
                "title": "Geld voor huur",
                "slug": "geld-voor-huur",
                "intro": "Hier leest u hoe het werkt.",
                "body": streamfield([("paragraph", rich_text(dutch))]),
                "action-publish": "publish",
                # The admin may publish without a review only with a reason (review.py);
                # the subject here is the language check.
                review.FORCE_FIELD: "Test van de taalcontrole bij een nieuwe Engelse pagina.",
            }
        ),
        follow=True,
    )
    assert "nog Nederlands" in response.content.decode()
    created = Page.objects.get(slug="geld-voor-huur")
    assert created.locale.language_code == "en" and not created.live
