"""The OpenAPI schema is valid, and a property-based run against it finds no server errors."""

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from django.test import Client, override_settings
from helder.letters.api import api as letters_api
from helder.wsgi import application
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error

from tests.site.letters.conftest import token_for

pytestmark = pytest.mark.django_db


def test_schema_is_valid_openapi_3_with_every_endpoint(db):
    schema = Client().get("/api/v1/openapi.json").json()
    validate(schema)
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["version"] == "1"
    paths = set(schema["paths"])
    assert {
        "/api/v1/letters/",
        "/api/v1/letters/{code}/",
        "/api/v1/letters/{code}/render",
        "/api/v1/letters/{code}/structure",
        "/api/v1/letters/{code}/versions/{sha256}",
        "/api/v1/letters/{code}/versions/{sha256}/render",
        "/api/v1/texts/",
        "/api/v1/texts/{text_id}/",
        "/api/v1/rights-duties/",
        "/api/v1/rights-duties/{page_id}/",
        "/api/v1/ping",
    } <= paths
    render = schema["paths"]["/api/v1/letters/{code}/render"]["post"]
    assert "application/json" in render["requestBody"]["content"]
    for status in ("400", "404", "413", "422"):
        assert status in render["responses"]
    assert {"application/pdf", "application/xml; charset=utf-8"} <= set(
        render["responses"]["200"]["content"]
    )
    assert schema["components"]["securitySchemes"]


def test_docs_page_is_served_to_caseworkers(caseworker):
    client = Client()
    client.force_login(caseworker)
    assert client.get("/api/v1/docs").status_code == 200


@pytest.fixture
def keep_test_connection():
    """Calls through the raw WSGI app must not close the test's database connection.

    Django's test client disconnects close_old_connections for the same reason; without
    this, PostgreSQL connections are closed inside the test transaction.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


# Built from the API object at import: no request, no database during collection.
schema = schemathesis.openapi.from_dict(letters_api.get_openapi_schema(path_prefix="/api/v1/"))


@pytest.fixture
def bearer_headers(caseworker):
    return {"Authorization": f"Bearer {token_for(caseworker)[1]}"}


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
@override_settings(HELDER_LETTERS_RATE_LIMIT=1_000_000)
def test_no_server_errors_for_generated_requests(
    case, letter, english_letter, bearer_headers, keep_test_connection
):
    """Schema-shaped (and broken) requests with a caseworker token: never a 5xx."""
    response = case.call(app=application, headers=bearer_headers)
    case.validate_response(response, checks=[not_a_server_error])
