"""Public pages that are not Wagtail pages: the complaints page (meldpunt)."""

import pytest

from translations.public_text import PAGE_TEXTS

pytestmark = pytest.mark.django_db


def test_the_complaints_page_says_it_is_only_in_dutch_to_other_readers(client):
    html = client.get("/ar/meldpunt/").content.decode()
    assert PAGE_TEXTS["ar"]["only_dutch"] in html
    # Screen readers read the Dutch procedure with a Dutch voice.
    assert '<div lang="nl" dir="ltr">' in html
    assert PAGE_TEXTS["nl"]["only_dutch"] not in client.get("/nl/meldpunt/").content.decode()
