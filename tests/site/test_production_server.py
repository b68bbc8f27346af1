"""Helder as production runs it: gunicorn with deploy/gunicorn.conf.py and production
settings, in its own process. Security headers on every kind of response, an access log
without personal data, and calm answers with the database down.
"""

import os
import sqlite3
import urllib.error
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from wagtail.documents.models import Document

from tests.factories import InformationPageFactory
from tests.site.servers import AppServer, RedisServer, collect_static, free_port, production_env


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    collect_static(root, production_env(REDIS_URL="redis://127.0.0.1:1/0"))
    return root


@pytest.fixture
def redis_server():
    server = RedisServer().start()
    yield server
    server.stop()


def fetch(url, **headers):
    """GET over plain HTTP as the TLS proxy would pass it on; any status is an answer."""
    request = urllib.request.Request(
        url, headers={"X-Forwarded-Proto": "https", "Host": "127.0.0.1", **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def database_url_for_other_process(tmp_path) -> str:
    if connection.vendor == "sqlite":
        path = tmp_path / "server.sqlite3"
        target = sqlite3.connect(path)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{path}"
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def assert_security_headers(headers, *, admin=False, media=False):
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in headers["Permissions-Policy"]
    policy = headers["Content-Security-Policy"]
    if media:
        # Wagtail's document view sets a stricter policy of its own: a downloaded file
        # may load nothing at all.
        assert policy == "default-src 'none'"
        return
    directives = dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";") if part.strip()
    )
    assert directives["script-src"].startswith("'self'")
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-inline'" not in directives["style-src"]
    assert directives["object-src"] == "'none'"
    if admin:
        assert directives["style-src-elem"] == "'self' 'unsafe-inline'"
    else:
        assert "'unsafe-inline'" not in policy


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_response_type_has_the_security_headers_and_the_log_no_personal_data(
    home, static_root, redis_server, tmp_path, settings
):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    page = InformationPageFactory(parent=home, title="Geld voor huur", slug="geld-voor-huur")
    page.save_revision().publish()
    document = Document.objects.create(title="Folder")
    document.file.save("folder.txt", ContentFile(b"Informatie over bijstand."))

    env = production_env(
        DATABASE_URL=database_url_for_other_process(tmp_path),
        REDIS_URL=redis_server.url,
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(tmp_path / "media"),
        HELDER_WORKERS="1",
    )
    server = AppServer(env, tmp_path / "gunicorn.log").start()
    try:
        status, headers, body = fetch(server.url + page.url)
        assert status == 200 and b"Geld voor huur" in body
        assert_security_headers(headers)
        assert headers["X-Frame-Options"] == "DENY"

        status, headers, _ = fetch(server.url + "/admin/login/")
        assert status == 200
        assert_security_headers(headers, admin=True)

        status, headers, _ = fetch(server.url + "/api/v1/ping")
        assert status == 200
        assert_security_headers(headers)

        status, headers, body = fetch(server.url + document.url)
        assert status == 200 and body == b"Informatie over bijstand."
        assert_security_headers(headers, media=True)

        status, headers, _ = fetch(server.url + "/readyz/")
        assert status == 200
        assert_security_headers(headers)

        # Plain HTTP without the proxy's header is sent to HTTPS, except the probes.
        plain = urllib.request.Request(server.url + page.url, headers={"Host": "127.0.0.1"})
        with pytest.raises(urllib.error.HTTPError) as redirect:
            urllib.request.build_opener(NoRedirect).open(plain, timeout=30)
        assert redirect.value.code == 301
        assert redirect.value.headers["Location"].startswith("https://")
        assert fetch(server.url + "/healthz/", **{"X-Forwarded-Proto": "http"})[0] == 200

        # A citizen's name typed into the caseworkers' search or the letter API.
        fetch(server.url + "/medewerkers/?q=Jansen+de+Vries")
        fetch(server.url + "/api/v1/letters/?q=Jansen+de+Vries")
        fetch(server.url + "/nl/zoeken/?q=bijstand")
    finally:
        server.stop()
    log = server.log()
    assert '"GET /medewerkers/ HTTP/1.1"' in log
    assert '"GET /api/v1/letters/ HTTP/1.1"' in log
    assert "Jansen" not in log
    assert "127.0.0.1 -" not in log  # no client address
    assert "/nl/zoeken/?q=bijstand" in log  # public searches are not about a person


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_with_the_database_down_pages_are_calm_and_readyz_says_503(
    static_root, redis_server, tmp_path
):
    nobody = free_port()
    env = production_env(
        DATABASE_URL=f"postgres://helder@127.0.0.1:{nobody}/helder",
        REDIS_URL=redis_server.url,
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(tmp_path),
        HELDER_WORKERS="1",
    )
    server = AppServer(env, tmp_path / "gunicorn.log").start()
    try:
        status, headers, body = fetch(server.url + "/nl/")
        assert status == 500
        assert "Er ging iets mis" in body.decode()
        assert "Traceback" not in body.decode()
        assert_security_headers(headers)

        status, _headers, body = fetch(server.url + "/readyz/")
        assert status == 503
        assert body == (
            b'{"status": "unavailable", "checks": '
            b'{"database": "unavailable", "cache": "ok", "storage": "ok"}}'
        )
        assert fetch(server.url + "/healthz/")[0] == 200
    finally:
        server.stop()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", ""),
    reason="Two servers and this test share one database: PostgreSQL (CI's second pass).",
)
def test_a_change_on_one_side_counts_on_both_app_servers_at_once(
    home, static_root, redis_server, tmp_path, settings
):
    from wagtail.models import APIToken, PageViewRestriction

    from tests.factories import UserFactory

    # This process plays the admin: it writes to the same database and the same Redis.
    settings.CACHES = {
        "default": {"BACKEND": "helder.redis_cache.RedisCache", "LOCATION": redis_server.url}
    }
    page = InformationPageFactory(parent=home, title="Geld voor huur", slug="geld-voor-huur")
    page.save_revision().publish()
    other = InformationPageFactory(parent=home, title="Hulp bij schulden", slug="schulden")
    other.save_revision().publish()
    caseworker = UserFactory(username="consulent", groups=["Medewerkers"])
    token, plaintext = APIToken.create_token(user=caseworker, name="test")

    env = production_env(
        DATABASE_URL=database_url_for_other_process(tmp_path),
        REDIS_URL=redis_server.url,
        SECRET_KEY=settings.SECRET_KEY,  # API tokens are hashed with it
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(tmp_path),
        HELDER_WORKERS="1",
    )
    servers = [AppServer(env, tmp_path / f"app-{n}.log").start() for n in "ab"]
    bearer = {"Authorization": f"Bearer {plaintext}"}
    try:
        for server in servers:  # warm every cache and memo on both
            for _ in range(2):
                assert fetch(server.url + page.url)[0] == 200
                assert fetch(server.url + other.url)[0] == 200
                assert fetch(server.url + "/api/v1/letters/", **bearer)[0] == 200

        token.revoke()
        for server in servers:
            assert fetch(server.url + "/api/v1/letters/", **bearer)[0] == 403

        PageViewRestriction.objects.create(page=page, restriction_type="login")
        for server in servers:
            status, _headers, body = fetch(server.url + page.url)
            assert status == 302 or b"Geld voor huur" not in body

        other.unpublish()
        for server in servers:
            assert fetch(server.url + other.url)[0] == 404
    finally:
        for server in servers:
            server.stop()
