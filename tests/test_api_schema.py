"""The OpenAPI schema, its documentation pages, and a schemathesis run against it."""

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tracker.wsgi import application

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()


def test_schema_documents_every_endpoint_and_filter(client):
    response = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for resource in (
        "commitments",
        "documents",
        "dossiers",
        "meetings",
        "debates",
        "persons",
        "ministries",
        "committees",
    ):
        assert f"/api/v1/{resource}/" in paths
        assert any(p.startswith(f"/api/v1/{resource}/{{") for p in paths)
    assert "/api/v1/summary/" in paths
    for action in ("fulfil", "partly-fulfil", "lapse", "due-date"):
        operation = paths[f"/api/v1/commitments/{{key}}/{action}/"]["post"]
        assert "requestBody" in operation
        assert {"200", "400", "401", "403", "404"} <= set(operation["responses"])
    parameters = {p["name"]: p for p in paths["/api/v1/commitments/"]["get"]["parameters"]}
    for name in (
        "q",
        "status",
        "overdue",
        "ministry",
        "person",
        "committee",
        "dossier",
        "meeting",
        "document",
        "made_on_after",
        "made_on_before",
        "due_date_after",
        "due_date_before",
        "updated_since",
        "ordering",
        "cursor",
        "page_size",
    ):
        assert name in parameters, name
    assert parameters["page_size"]["schema"]["maximum"] == 100
    assert parameters["overdue"]["schema"]["type"] == "boolean"
    document_parameters = {p["name"] for p in paths["/api/v1/documents/"]["get"]["parameters"]}
    assert {"q", "dossier", "kind", "vergaderjaar", "date_after", "date_before"} <= (
        document_parameters
    )
    event = schema["components"]["schemas"]["CommitmentEvent"]["properties"]
    assert "user" not in event


@pytest.mark.parametrize("path", ["/api/v1/docs/", "/api/v1/redoc/"])
def test_documentation_pages_use_the_bundled_assets(client, path):
    response = client.get(path, HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    page = response.content.decode()
    assert "/static/drf_spectacular_sidecar/" in page
    assert "https://" not in page
    # No inline script, so the site's CSP (script-src 'self') does not block the page.
    assert "<script>" not in page
    if path == "/api/v1/docs/":
        init = client.get(path, {"script": ""})
        assert init["Content-Type"].startswith("application/javascript")
        page = init.content.decode()
    assert "/api/v1/schema/" in page


def test_browsable_api_still_renders(seed, client):
    response = client.get("/api/v1/commitments/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert "navo-norm-standpunt" in response.content.decode()


@pytest.fixture
def wsgi_keeps_the_test_connection():
    # Django closes "old" connections around each WSGI request; inside a test transaction on
    # PostgreSQL that would close the test's own connection. Django's test client does this too.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# Loaded at collection: the schema view needs no database. (schemathesis's lazy
# ``from_fixture`` loader relies on a pytest internal that pytest 9.2 removed.)
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application).include(method="GET")


@schema.parametrize()
@settings(
    max_examples=20,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_conforms_to_its_schema(case, seed, wsgi_keeps_the_test_connection):
    # Hundreds of anonymous requests in a row: keep the throttle out of the way.
    cache.clear()
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
