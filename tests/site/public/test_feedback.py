import logging

import pytest
from django.test import override_settings

from content_models.feedback import PageFeedback
from tests.factories import InformationPageFactory, RightsDutiesPageFactory
from translations.public_text import PAGE_TEXTS

pytestmark = pytest.mark.django_db

SECRET_COMMENT = "Mijn naam is Jan Jansen en mijn BSN is 123456782"


@pytest.fixture
def page(topic):
    return InformationPageFactory(parent=topic, slug="huur", title="Huur betalen")


def post(client, page, data, **extra):
    return client.post(f"/nl/feedback/{page.pk}/", data, **extra)


def test_an_answer_is_stored_with_the_page_and_revision_only(client, page):
    response = post(client, page, {"clear": "nee", "comment": "Het woord huurtoeslag."})
    assert response.status_code == 303
    assert response["Location"] == page.url + "?bedankt=1#feedback"
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.revision_id) == (page.pk, page.live_revision_id)
    assert feedback.clear is False
    assert feedback.comment == "Het woord huurtoeslag."
    # Nothing that points to a person: the model has no such fields at all.
    fields = {field.name for field in PageFeedback._meta.get_fields()}
    assert fields == {"id", "page", "revision", "clear", "comment", "submitted_on", "submitted_at"}


def test_without_javascript_the_reader_sees_the_thank_you_at_the_form(client, page):
    response = post(client, page, {"clear": "ja"}, follow=True)
    html = response.content.decode()
    assert 'id="feedback"' in html
    assert "Bedankt voor uw antwoord" in html


def test_with_javascript_the_answer_comes_back_as_json(client, page):
    response = post(client, page, {"clear": "ja"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["message"].startswith("Bedankt")
    assert PageFeedback.objects.get().clear is True


def test_rights_and_duties_pages_take_feedback_too(client, topic):
    rights = RightsDutiesPageFactory(parent=topic, slug="plichten")
    assert f'action="/nl/feedback/{rights.pk}/"' in client.get(rights.url).content.decode()
    assert post(client, rights, {"clear": "ja"}).status_code == 303
    assert PageFeedback.objects.filter(page=rights).exists()


def test_a_bot_that_fills_the_honeypot_is_thanked_but_not_stored(client, page):
    response = post(client, page, {"clear": "ja", "website": "http://spam.example"})
    assert response.status_code == 303
    assert not PageFeedback.objects.exists()


@override_settings(HELDER_PUBLIC_FEEDBACK_LIMIT=5)
def test_more_than_five_answers_in_ten_minutes_get_a_dutch_429(client, page):
    for _ in range(5):
        assert post(client, page, {"clear": "ja"}).status_code == 303
    response = post(client, page, {"clear": "ja"})
    assert response.status_code == 429
    assert "Probeer het over 10 minuten opnieuw." in response.content.decode()
    assert PageFeedback.objects.count() == 5
    # Another client is not affected.
    assert post(client, page, {"clear": "ja"}, REMOTE_ADDR="10.0.0.9").status_code == 303


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Kies Ja of Nee."),
        ({"clear": "misschien"}, "Kies Ja of Nee."),
        ({"clear": "ja", "comment": "x" * 1001}, "Gebruik maximaal 1000 tekens."),
        ({"clear": "ja", "comment": "a\x00b"}, "Uw opmerking bevat een teken dat niet mag."),
    ],
)
def test_bad_input_gets_a_clear_dutch_message(client, page, data, message):
    response = post(client, page, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'href="{page.url}#feedback"' in html
    assert not PageFeedback.objects.exists()
    json_response = post(client, page, data, HTTP_ACCEPT="application/json")
    assert json_response.status_code == 400
    assert any(message in error for error in json_response.json()["errors"])


def test_feedback_for_other_pages_or_made_up_ids_is_not_found(client, page, home):
    assert post(client, home, {"clear": "ja"}).status_code == 404
    assert client.post("/nl/feedback/99999999999999999999999/", {"clear": "ja"}).status_code == 404
    draft = InformationPageFactory(parent=page.get_parent(), slug="concept")
    draft.unpublish()
    assert post(client, draft, {"clear": "ja"}).status_code == 404


def test_only_post_is_allowed(client, page):
    assert client.get(f"/nl/feedback/{page.pk}/").status_code == 405


def test_logs_never_contain_the_comment(client, page, caplog):
    caplog.set_level(logging.DEBUG)
    post(client, page, {"clear": "nee", "comment": SECRET_COMMENT})
    post(client, page, {"clear": "nee", "comment": SECRET_COMMENT, "website": "x"})
    post(client, page, {"clear": "kaas", "comment": SECRET_COMMENT})
    assert "Jan Jansen" not in caplog.text
    assert "123456782" not in caplog.text


@override_settings(HELDER_PUBLIC_FEEDBACK_LIMIT=1, HELDER_PUBLIC_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_each_visitor_has_their_own_limit(client, page):
    # Every request comes from the proxy's address; the proxy adds the visitor's.
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    first = {**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    second = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.4"}
    assert post(client, page, {"clear": "ja"}, **first).status_code == 303
    assert post(client, page, {"clear": "ja"}, **second).status_code == 303
    assert post(client, page, {"clear": "ja"}, **first).status_code == 429
    # A made-up address in front of the proxy's entry changes nothing.
    forged = {**proxy, "HTTP_X_FORWARDED_FOR": "192.0.2.1, 203.0.113.7"}
    assert post(client, page, {"clear": "ja"}, **forged).status_code == 429


@override_settings(HELDER_PUBLIC_FEEDBACK_LIMIT=1, HELDER_PUBLIC_TRUSTED_PROXY_COUNT=0)
def test_without_a_proxy_a_made_up_forwarded_address_is_ignored(client, page):
    assert post(client, page, {"clear": "ja"}, HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 303
    assert post(client, page, {"clear": "ja"}, HTTP_X_FORWARDED_FOR="192.0.2.2").status_code == 429


def test_a_reader_of_a_translated_page_gets_replies_in_that_language(client, page):
    arabic = PAGE_TEXTS["ar"]
    url = f"/ar/feedback/{page.pk}/"
    response = client.post(url, {"clear": "misschien"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert response.json() == {"message": arabic["not_sent"], "errors": [arabic["choose"]]}
    response = client.post(url, {"clear": "nee"}, HTTP_ACCEPT="application/json")
    assert response.json()["message"] == arabic["feedback_thanks"]
    # Without JavaScript the error page is in Arabic too.
    html = client.post(url, {}).content.decode()
    assert arabic["your_reaction_on"] in html and arabic["back"] in html
