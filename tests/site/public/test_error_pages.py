"""A wrong link or a fault on our side still gives the citizen a calm page with a way on."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

from translations.public_text import PAGE_TEXTS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_a_page_that_does_not_exist_says_so_in_the_visitors_language(client, home, language):
    response = client.get(f"/{language}/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    texts = PAGE_TEXTS[language]
    assert texts["not_found_title"] in html
    assert f'action="/{language}/zoeken/"' in html
    assert f'href="/{language}/">{texts["home_link"]}</a>' in html
    assert "no-cache" in response["Cache-Control"]


def test_a_fault_on_our_side_shows_a_dutch_page_with_our_phone_number():
    response = server_error(RequestFactory().get("/nl/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert "0800 123 45 67" in html
