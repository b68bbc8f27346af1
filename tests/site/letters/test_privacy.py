"""AVG: submitted values and rendered letters never reach a log or the cache."""

import io
import logging
import pickle
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from helder.letters import pdf

from tests.site.letters.conftest import GOOD_VALUES, render

pytestmark = pytest.mark.django_db

SECRETS = {
    "aanhef": "mevrouw Geheimnaam-Xq7",
    "datum_besluit": "2027-03-14",
    "bedrag": "4321.09",
    "aantal": "97531",
    "woonsituatie": "samenwonend",
    "toelichting": "BSN 123456782, IBAN NL91ABNA0417164300, adres Verborgenstraat 9",
    "ontvanger_naam": "Mevrouw Q. Geheimnaam-Xq7",
    "ontvanger_straat_huisnummer": "Verborgenstraat 9",
    "ontvanger_postcode": "9999 ZZ",
    "ontvanger_plaats": "Schuilhaven",
    "ons_kenmerk": "Z-55501234",
}
SEARCHED = [
    "Geheimnaam-Xq7",
    "4321",
    "4.321,09",
    "97531",
    "97.531",
    "123456782",
    "NL91ABNA0417164300",
    "Verborgenstraat",
    "Schuilhaven",
    "SCHUILHAVEN",
    "9999 ZZ",
    "Z-55501234",
    "14 maart 2027",
]


@pytest.fixture
def all_logs():
    """Every record from every logger, at DEBUG, including django.request and django.server."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    root = logging.getLogger()
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    saved = [(lg, lg.level, lg.propagate, lg.disabled) for lg in [root, *loggers]]
    root.addHandler(handler)
    for lg in [root, *loggers]:
        lg.setLevel(logging.DEBUG)
        lg.propagate = True
        lg.disabled = False
    yield stream
    root.removeHandler(handler)
    for lg, level, propagate, disabled in saved:
        lg.setLevel(level)
        lg.propagate = propagate
        lg.disabled = disabled


def _cache_contents() -> str:
    # The local-memory cache (test settings): unpickle every stored value.
    return " ".join(repr(pickle.loads(value)) for value in list(cache._cache.values()))


def test_no_value_reaches_logs_cache_or_database(api, letter, english_letter, all_logs):
    cache_before = set(cache._cache.keys())
    responses = [
        render(api, variables=SECRETS, format="text"),
        render(api, variables=SECRETS, format="html", language="en"),
        render(api, variables=SECRETS, format="docx"),
        render(api, variables=SECRETS, format="xml", language="en"),
        render(api, variables=SECRETS, format="pdf"),
        render(api, variables={**SECRETS, "datum_besluit": "Geheimnaam-Xq7"}),  # 422
        render(api, variables={**SECRETS, "aanhef": "Geheimnaam-Xq7\x07"}),  # 422 control char
        render(api, variables={**SECRETS, "aantal": "9" * 30}),  # 422 out of range
        render(api, variables={**SECRETS, "onbekend_97531": "123456782"}),  # 422, unknown name
        render(Client(), variables=SECRETS),  # 401
        api.post(
            "/api/v1/letters/PW-TST-100/render",
            data=b'{"variables": {"aanhef": "Geheimnaam-Xq7"',  # malformed JSON
            content_type="application/json",
        ),  # 400
        api.post(
            "/api/v1/letters/PW-TST-100/render",
            data=b'{"variables": {"aanhef": "Geheimnaam-Xq7"}, "x": ' + b"[" * 100_000,
            content_type="application/json",
        ),  # 400, too deeply nested
        api.post(
            "/api/v1/letters/PW-TST-100/render",
            data=b'{"variables": {"aanhef": "Geheimnaam-Xq7 ' + b"x" * 3_000_000 + b'"}}',
            content_type="application/json",
        ),  # 413
    ]
    statuses = [r.status_code for r in responses]
    assert statuses == [200, 200, 200, 200, 200, 422, 422, 422, 422, 401, 400, 400, 413]
    logged = all_logs.getvalue()
    assert "Unprocessable" in logged or "Unauthorized" in logged  # the capture works
    for secret in SEARCHED:
        assert secret not in logged, secret
    stored = _cache_contents() + repr(sorted(set(cache._cache.keys()) - cache_before))
    for secret in SEARCHED:
        assert secret not in stored, secret
    # LibreOffice's profile and scratch folders keep nothing of the letter either.
    for folder in (pdf._server.profile, pdf._server.scratch):
        for path in Path(folder).rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                assert b"Geheimnaam" not in content and b"Verborgenstraat" not in content, path
    database = _database_dump()
    assert "PW-TST-100" in database  # the dump holds the letter's own rows
    for secret in SEARCHED:
        assert secret not in database, secret


def _database_dump() -> str:
    """Every row of every table, as JSON (dumpdata), within the test's transaction."""
    out = io.StringIO()
    call_command("dumpdata", stdout=out)
    return out.getvalue()


def test_page_preview_and_download_do_not_log_values(letter, caseworker, all_logs):
    client = Client()
    client.force_login(caseworker)
    url = "/medewerkers/brieven/PW-TST-100/"
    client.post(url, {**SECRETS, "action": "preview"})
    client.post(url, {**SECRETS, "action": "docx"})
    client.post(url, {**SECRETS, "aanhef": "Geheimnaam-Xq7\x01", "action": "docx"})
    client.post(url, {**SECRETS, "ontvanger_postcode": "Geheimnaam-Xq7", "action": "docx"})
    client.post(url, {**SECRETS, "bedrag": "Geheimnaam-Xq7", "action": "preview"})
    logged = all_logs.getvalue()
    for secret in SEARCHED:
        assert secret not in logged, secret
    database = _database_dump()
    for secret in SEARCHED:
        assert secret not in database, secret


def test_render_responses_are_not_cacheable(api, letter):
    assert render(api, variables=GOOD_VALUES)["Cache-Control"] == "no-store"
