"""Communicatie and Versimpelteam start, edit and submit translations: the panel's "Maken"
link opens for them (it used to say "Sorry, je hebt geen toegang")."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from tests.factories import UserFactory
from tests.translations.conftest import english

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group", ["Communicatie", "Versimpelteam"])
def test_editors_open_the_translate_link_and_start_a_translation(client, rights_page, group):
    client.force_login(UserFactory(groups=[group]))
    url = reverse("wagtail_localize:submit_page_translation", args=[rights_page.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert "geen toegang" not in form.content.decode().lower()

    english_locale = Locale.objects.get(language_code="en")
    client.post(url, {"locales": [english_locale.pk]})
    assert Translation.objects.filter(
        source__object_id=rights_page.translation_key, target_locale=english_locale
    ).exists()
    translated = rights_page.get_translation(english_locale)
    # Starting a translation never makes anything live for citizens.
    assert not translated.live


@pytest.mark.parametrize("group", ["Communicatie", "Versimpelteam"])
def test_editors_edit_a_translation(client, rights_page, translate, group):
    translated = translate(rights_page, "en", english, publish=False)
    client.force_login(UserFactory(groups=[group]))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert response.status_code == 200
    assert "geen toegang" not in response.content.decode().lower()


def test_caseworkers_and_experts_do_not_translate(client, rights_page):
    url = reverse("wagtail_localize:submit_page_translation", args=[rights_page.pk])
    for group in ("Medewerkers", "Ervaringsdeskundigen"):
        client.force_login(UserFactory(groups=[group]))
        assert client.get(url).status_code in (302, 403)
