"""Who gets in: caseworker tokens and sessions; everyone else 401/403; 429 past the limit."""

import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client, override_settings
from wagtail.models import APIToken

from tests.factories import UserFactory
from tests.site.letters.conftest import GOOD_VALUES, bearer_client, render, token_for

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    ("get", "/api/v1/letters/"),
    ("get", "/api/v1/letters/PW-TST-100/"),
    ("post", "/api/v1/letters/PW-TST-100/render"),
    ("get", "/api/v1/texts/"),
    ("get", "/api/v1/rights-duties/"),
]


def call(client, method, url):
    if method == "post":
        return client.post(url, data={"variables": GOOD_VALUES}, content_type="application/json")
    return client.get(url)


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
def test_anonymous_gets_401(letter, method, url):
    response = call(Client(), method, url)
    assert response.status_code == 401


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
def test_caseworker_token_gets_200(api, letter, method, url):
    assert call(api, method, url).status_code == 200


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
def test_token_of_a_non_caseworker_gets_403(letter, outsider, method, url):
    client = bearer_client(token_for(outsider)[1])
    response = call(client, method, url)
    assert response.status_code == 403
    assert "Medewerkers" not in response.json()["detail"]  # B1, no internal names needed


def test_superuser_token_is_allowed(letter):
    admin = UserFactory(username="beheerder", is_superuser=True)
    assert bearer_client(token_for(admin)[1]).get("/api/v1/letters/").status_code == 200


def test_revoked_token_gets_403_from_the_next_request(letter, caseworker):
    instance, plaintext = token_for(caseworker)
    assert bearer_client(plaintext).get("/api/v1/letters/").status_code == 200  # now known
    instance.revoke()
    response = bearer_client(plaintext).get("/api/v1/letters/")
    assert response.status_code == 403
    assert "ingetrokken" in response.json()["detail"]


def test_unknown_or_malformed_token_gets_401(letter):
    fake = APIToken.generate_token()  # well-formed, never stored
    assert bearer_client(fake).get("/api/v1/letters/").status_code == 401
    assert bearer_client("nonsense").get("/api/v1/letters/").status_code == 401
    client = Client(HTTP_AUTHORIZATION="Basic abc")
    assert client.get("/api/v1/letters/").status_code == 401


def test_inactive_user_token_gets_401(letter, caseworker):
    plaintext = token_for(caseworker)[1]
    assert bearer_client(plaintext).get("/api/v1/letters/").status_code == 200
    caseworker.is_active = False
    caseworker.save()
    assert bearer_client(plaintext).get("/api/v1/letters/").status_code == 401


def test_removing_the_user_from_medewerkers_takes_access_away(letter, caseworker, token):
    assert bearer_client(token).get("/api/v1/letters/").status_code == 200
    caseworker.groups.remove(Group.objects.get(name="Medewerkers"))
    assert bearer_client(token).get("/api/v1/letters/").status_code == 403


def test_deleting_a_token_takes_access_away(letter, caseworker):
    instance, plaintext = token_for(caseworker)
    assert bearer_client(plaintext).get("/api/v1/letters/").status_code == 200
    instance.delete()
    assert bearer_client(plaintext).get("/api/v1/letters/").status_code == 401


def test_a_bad_token_does_not_fall_back_to_the_session(letter, caseworker):
    client = Client(HTTP_AUTHORIZATION="Bearer wagtail_nonsense")
    client.force_login(caseworker)
    assert client.get("/api/v1/letters/").status_code == 401


def test_token_use_is_stored_hashed_and_touches_last_used(letter, caseworker):
    instance, plaintext = token_for(caseworker)
    bearer_client(plaintext).get("/api/v1/letters/")
    instance.refresh_from_db()
    assert instance.last_used_at is not None
    assert plaintext not in instance.key_hash and len(instance.key_hash) == 64


def test_session_caseworker_can_read_and_render_with_csrf(letter, caseworker):
    client = Client(enforce_csrf_checks=True)
    client.force_login(caseworker)
    assert client.get("/api/v1/letters/").status_code == 200
    # Without a CSRF token a POST is refused …
    refused = render(client, variables=GOOD_VALUES)
    assert refused.status_code == 403
    # … with one it works.
    client.get("/medewerkers/brieven/")
    csrf = client.cookies["csrftoken"].value
    response = client.post(
        "/api/v1/letters/PW-TST-100/render",
        data=json.dumps({"variables": GOOD_VALUES}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=csrf,
    )
    assert response.status_code == 200


def test_session_of_a_non_caseworker_gets_403(letter, outsider):
    client = Client()
    client.force_login(outsider)
    assert client.get("/api/v1/letters/").status_code == 403


@override_settings(HELDER_LETTERS_RATE_LIMIT=3)
def test_rate_limit_per_token_gives_429_with_retry_after(letter, caseworker):
    first = bearer_client(token_for(caseworker, "een")[1])
    for _ in range(3):
        assert first.get("/api/v1/letters/").status_code == 200
    limited = first.get("/api/v1/letters/")
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 61
    # Another token has its own count.
    second = bearer_client(token_for(caseworker, "twee")[1])
    assert second.get("/api/v1/letters/").status_code == 200


def test_ping_needs_no_login():
    assert Client().get("/api/v1/ping").json() == {"status": "ok"}


def test_create_letter_token_prints_a_working_token_once(letter, caseworker):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "create_letter_token", "consulent", "--name", "Zaaksysteem", stdout=out, stderr=err
    )
    plaintext = out.getvalue().strip()
    assert bearer_client(plaintext).get("/api/v1/letters/").status_code == 200
    token = APIToken.objects.get(name="Zaaksysteem")
    assert token.user == caseworker
    assert plaintext not in err.getvalue()


def test_create_letter_token_refuses_non_caseworkers(outsider):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("create_letter_token", "redacteur", stdout=io.StringIO())


def test_tokens_can_be_revoked_in_the_admin(admin_client, caseworker):
    instance, _ = token_for(caseworker)
    index = admin_client.get("/admin/api-tokens/")
    assert index.status_code == 200
    response = admin_client.post(f"/admin/api-tokens/delete/{instance.pk}/")
    assert response.status_code == 302
    instance.refresh_from_db()
    assert instance.revoked_at is not None
