"""With Redis down, Helder keeps working: pages uncached, admin and publish as usual, rate
limits refuse, one log line per interval, and no memo keeps data from before the outage.

Every test runs its own redis-server on a free port and kills or pauses that one.
"""

import html
import logging
import time

import pytest
from django.core.cache import cache, caches
from helder.memo import GenerationMemo
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content_models import review
from content_models.feedback import PageFeedback
from content_models.models import InformationPage
from tests.factories import InformationPageFactory, UserFactory, stream
from tests.site.servers import RedisServer

pytestmark = pytest.mark.django_db

RETRY_AFTER = 0.2  # seconds the breaker skips Redis after a failure (production: 2)

PLAIN = (
    "<p>Geef ons op tijd alle informatie die wij vragen. Doet u dat niet? "
    "Dan kunnen wij uw uitkering verlagen of stoppen. Soms moet u dan geld terugbetalen.</p>"
)


@pytest.fixture
def redis_server():
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def shared_cache(redis_server, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "helder.redis_cache.RedisCache",
            "LOCATION": redis_server.url,
            "OPTIONS": {
                "socket_connect_timeout": 0.2,
                "socket_timeout": 0.2,
                "HELDER_RETRY_AFTER": RETRY_AFTER,
            },
        }
    }
    cache.clear()
    return redis_server


@pytest.fixture
def page(topic):
    page = InformationPageFactory(
        parent=topic,
        title="Geld voor huur",
        slug="geld-voor-huur",
        body=stream(("paragraph", PLAIN)),
    )
    page.save_revision().publish()
    return page


def test_public_page_is_cached_with_redis_and_served_without_it(client, shared_cache, page):
    assert client.get(page.url)["X-Helder-Cache"] == "miss"
    assert client.get(page.url)["X-Helder-Cache"] == "hit"

    shared_cache.kill()
    for _ in range(3):
        response = client.get(page.url)
        assert response.status_code == 200
        assert "Geld voor huur" in response.content.decode()
        assert response["X-Helder-Cache"] == "unavailable"  # rendered, stored nowhere


def test_a_hung_redis_costs_one_timeout_not_one_per_call(client, shared_cache, page, settings):
    settings.CACHES["default"]["OPTIONS"]["HELDER_RETRY_AFTER"] = 60
    settings.CACHES = {**settings.CACHES}  # a fresh backend with the long retry interval
    shared_cache.pause()
    for _ in range(10):
        assert client.get(page.url).status_code == 200
    breaker = caches["default"].breaker
    # Only the first call waited for the hung server; every later one skipped it.
    assert breaker.failures == 1
    assert breaker.is_open()


def edit_form(page, text, **extra):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text(text))]),
            **extra,
        }
    )


def test_admin_login_and_publish_work_with_redis_down(client, shared_cache, page):
    # Beheer may publish without a Versimpeltoets when it gives a reason (review.py); a
    # review needs a second person and is not what this test is about.
    UserFactory(username="redacteur", groups=["Beheer"])
    assert client.get(page.url).status_code == 200  # now in the page cache
    shared_cache.kill()

    response = client.post(
        "/admin/login/", {"username": "redacteur", "password": "geheim-voor-tests"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200

    new_text = PLAIN.replace("Soms moet u dan", "Misschien moet u dan")
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_form(
            page,
            new_text,
            **{
                "action-publish": "publish",
                review.FORCE_FIELD: "Spoed: de tekst moet vandaag kloppen voor de burger.",
            },
        ),
    )
    assert response.status_code == 302
    live = InformationPage.objects.get(pk=page.pk)
    assert "Misschien moet u dan" in live.body[0].value.source

    client.logout()
    public = html.unescape(client.get(page.url).content.decode())
    assert "Misschien moet u dan" in public


def test_feedback_refuses_in_dutch_while_its_rate_limit_cannot_count(client, shared_cache, page):
    shared_cache.kill()
    for _ in range(3):
        response = client.post(f"/nl/feedback/{page.pk}/", {"clear": "ja", "comment": ""})
        assert response.status_code == 503
        assert response["Retry-After"]
        assert "kan nu even niet worden verstuurd" in html.unescape(response.content.decode())
    answer = client.post(
        f"/nl/feedback/{page.pk}/", {"clear": "nee"}, HTTP_ACCEPT="application/json"
    )
    assert answer.status_code == 503
    assert "Probeer het over een paar minuten opnieuw" in answer.json()["message"]
    assert PageFeedback.objects.count() == 0


def test_letter_api_rate_limit_refuses_with_a_structured_503(client, shared_cache):
    caseworker = UserFactory(username="consulent", groups=["Medewerkers"])
    client.force_login(caseworker)
    assert client.get("/api/v1/letters/").status_code == 200
    shared_cache.kill()
    response = client.get("/api/v1/letters/")
    assert response.status_code == 503
    assert response.json()["code"] == "temporarily_unavailable"
    assert response["Retry-After"]


def test_the_log_says_so_once_per_interval_not_per_request(client, shared_cache, page, caplog):
    caplog.set_level(logging.WARNING, logger="helder.cache")
    shared_cache.kill()
    deadline = time.monotonic() + 3 * RETRY_AFTER
    requests = 0
    while time.monotonic() < deadline or requests < 20:
        assert client.get(page.url).status_code == 200
        requests += 1
    outage = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(outage) == 1
    assert "redis://" not in outage[0].getMessage()

    shared_cache.start()  # same port, empty
    time.sleep(RETRY_AFTER)
    assert client.get(page.url).status_code == 200
    back = [r for r in caplog.records if "reachable again" in r.getMessage()]
    assert len(back) == 1


def test_no_memo_keeps_values_from_before_an_outage(shared_cache):
    # Two memos with one name stand for one memo in two app servers.
    server_a, server_b = GenerationMemo("test-outage"), GenerationMemo("test-outage")
    server_a.set("token", "valid")
    assert server_a.get("token") == "valid"

    shared_cache.pause()  # hung, keeps its data (the old generation)
    server_b.forget()  # e.g. a token revoked on server B: cannot reach Redis
    assert server_a.get("token") is None  # no memo while nobody can tell us about changes
    server_a.set("token", "read during outage")
    assert server_a.get("token") is None

    shared_cache.resume()
    time.sleep(RETRY_AFTER + 0.05)
    # Redis came back with the old generation; the recovery started a new one anyway.
    assert server_a.get("token") is None
    assert server_a.current()[0] == server_b.current()[0]


def test_readyz_is_503_with_redis_down(client, shared_cache, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    ready = client.get("/readyz/")
    assert ready.status_code == 200
    assert ready.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    shared_cache.kill()
    ready = client.get("/readyz/")
    assert ready.status_code == 503
    assert ready.json()["checks"]["cache"] == "unavailable"
    assert client.get("/healthz/").status_code == 200
