"""Issue 12: no anonymous client can degrade the service; no write wins silently; no 500.

The response cache (who may empty it), the throttles (who is counted, where, and what a
refused client reads), the login lockout, optimistic locking and the 500s that were found.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache, caches
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.throttling import SimpleRateThrottle

from commitments import response_cache
from commitments.models import Commitment
from commitments.throttling import client_ip
from tests.test_reliability import change_form_data

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent
LIST = "/toezeggingen/"
DETAIL = "/api/v1/commitments/navo-norm-standpunt/"
LOGIN_URL = reverse("admin:login")


@pytest.fixture(autouse=True)
def clean_cache(settings):
    settings.RESPONSE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clerk_token(clerk):
    return Token.objects.create(user=clerk).key


def version():
    # Grows with every invalidation, of everything or of what one commitment can change.
    return response_cache.register_state()


# --- 4. Only an authenticated write that changed the register empties the cache ----------


@pytest.mark.parametrize(
    ("method", "path", "data"),
    [
        ("options", LIST, None),
        ("options", DETAIL, None),
        ("options", f"{DETAIL}lapse/", None),
        ("post", "/i18n/setlang/", {"language": "nl", "next": "/"}),
        ("post", f"{DETAIL}lapse/", {"date": "2025-07-01"}),
        ("put", DETAIL, {}),
        ("delete", DETAIL, None),
    ],
)
@pytest.mark.parametrize("authorization", [None, "Bearer x", "Token nonsense", "Basic Og=="])
def test_anonymous_requests_with_any_header_leave_the_cache_alone(
    client, seed, method, path, data, authorization
):
    assert client.get(LIST)["X-Cache"] == "miss"
    before = version()
    headers = {"HTTP_AUTHORIZATION": authorization} if authorization else {}
    getattr(client, method)(path, data, **headers)
    assert version() == before
    assert client.get(LIST)["X-Cache"] == "hit"


def test_an_authenticated_request_that_writes_nothing_leaves_the_cache_alone(
    client, seed, clerk_token, clerk_client
):
    client.get(LIST)
    before = version()
    headers = {"HTTP_AUTHORIZATION": f"Token {clerk_token}"}
    assert client.options(f"{DETAIL}lapse/", **headers).status_code == 200
    # A valid token, a refused write (400): nothing changed.
    assert client.post(f"{DETAIL}lapse/", {}, **headers).status_code == 400
    clerk_client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert version() == before


def test_an_authenticated_write_that_changed_the_register_empties_the_cache(
    client, seed, clerk_token
):
    client.get(LIST)
    before = version()
    response = client.post(
        f"{DETAIL}lapse/",
        {"date": "2025-07-01"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {clerk_token}",
    )
    assert response.status_code == 200
    assert version() > before


def test_a_write_without_signals_still_empties_the_cache(rf, seed, clerk):
    """A queryset update sends no signal; the execute wrapper sees the UPDATE."""

    def view(request):
        Commitment.objects.filter(key="navo-norm-standpunt").update(notes="bulk")
        from django.http import HttpResponse

        return HttpResponse("ok")

    request = rf.post("/ergens/")
    request.user = clerk
    before = version()
    response_cache.RegisterCacheMiddleware(view)(request)
    assert version() > before


@pytest.mark.parametrize(
    "url",
    [
        f"{LIST}?dossier=abc",  # 400
        "/api/v1/commitments/?status=done",  # 400
        "/toezeggingen/bestaat-niet/",  # 404
        "/api/v1/commitments/bestaat-niet/",  # 404
    ],
)
def test_answers_other_than_200_are_never_stored(client, seed, url):
    first = client.get(url)
    assert first.status_code >= 400
    assert "X-Cache" not in first
    assert "X-Cache" not in client.get(url)


# --- 5. Throttling: the real client, counted in the shared cache, exports and feeds too ---


def request_from(rf, remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return rf.get("/", **headers)


def test_forwarded_for_is_ignored_unless_proxies_are_trusted(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request_from(rf, "10.0.0.9", "1.2.3.4")) == "10.0.0.9"
    settings.TRUSTED_PROXY_COUNT = 1
    # The client may send any header; our one proxy appends the address it saw, last.
    assert client_ip(request_from(rf, "10.0.0.1", "6.6.6.6, 203.0.113.7")) == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request_from(rf, "10.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.2")) == (
        "203.0.113.7"
    )
    # Fewer entries than proxies: the request did not come through them; trust nothing.
    assert client_ip(request_from(rf, "10.0.0.1", "6.6.6.6")) == "10.0.0.1"


@pytest.fixture
def low_rates(monkeypatch, settings):
    rates = {"anon": "3/minute", "export": "2/minute"}
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", rates)
    # Every request reaches the view, as cache misses do (a hit is served before it).
    settings.RESPONSE_CACHE_SECONDS = 0


def test_a_forged_forwarded_for_does_not_escape_the_api_throttle(client, seed, low_rates):
    statuses = [
        client.get("/api/v1/ministries/", HTTP_X_FORWARDED_FOR=f"198.51.100.{i}").status_code
        for i in range(4)
    ]
    assert statuses == [200, 200, 200, 429]


@pytest.mark.parametrize(
    "url",
    ["/export/toezeggingen.csv", "/export/toezeggingen.json", "/export/termijnen.ics",
     "/feeds/toezeggingen/", "/feeds/ministeries/buitenlandse-zaken/"],
)  # fmt: skip
def test_exports_and_feeds_are_throttled_with_a_dutch_or_english_429(
    client, seed, low_rates, settings, url
):
    assert [client.get(url).status_code for _ in range(2)] == [200, 200]
    refused = client.get(url)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 1
    assert "Te veel verzoeken. Probeer het over" in refused.text
    # The English site is under /en/; the same client is counted there too.
    english = client.get("/en" + url)
    assert english.status_code == 429
    assert "Too many requests. Try again in" in english.text


def test_api_429_is_fully_translated_with_retry_after(client, seed, low_rates):
    for _ in range(3):
        client.get("/api/v1/ministries/")
    dutch = client.get("/api/v1/ministries/")
    assert dutch.status_code == 429
    assert dutch.json()["detail"].startswith("Te veel verzoeken. Probeer het over")
    assert int(dutch["Retry-After"]) >= 1
    english = client.get("/api/v1/ministries/", HTTP_ACCEPT_LANGUAGE="en")
    assert english.json()["detail"].startswith("Too many requests. Try again in")


def test_throttle_counts_in_the_configured_shared_cache(client, seed, low_rates, settings):
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "throttle-test",
        },
    }
    settings.THROTTLE_CACHE_ALIAS = "shared"
    client.get("/api/v1/ministries/")
    assert any("throttle_anon" in key for key in caches["shared"]._cache)
    assert not any("throttle" in key for key in cache._cache)
    caches["shared"].clear()


def load_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    clean.update(
        TRACKER_ENV="production",
        SECRET_KEY="s" * 50,
        ALLOWED_HOSTS="example.org",
        DATABASE_URL="sqlite:////tmp/x.sqlite3",
        **env,
    )
    code = (
        "import tracker.settings as s; "
        "print(s.CACHES[s.THROTTLE_CACHE_ALIAS]['BACKEND'], s.TRUSTED_PROXY_COUNT, "
        "s.REST_FRAMEWORK['NUM_PROXIES'])"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.split()


def test_production_counts_where_every_worker_sees_it():
    backend, proxies, drf_proxies = load_settings()
    assert backend == "django.core.cache.backends.filebased.FileBasedCache"
    assert (proxies, drf_proxies) == ("0", "0")
    backend, proxies, _ = load_settings(
        REDIS_URL="redis://127.0.0.1:6379/0", TRUSTED_PROXY_COUNT="1"
    )
    assert backend == "commitments.cache_backends.RedisCache"
    assert proxies == "1"


# --- 6. django-axes: a password spray from one address is stopped ----------------------


def test_a_password_spray_across_usernames_is_locked_out(client, clerk, django_user_model):
    for i in range(4):
        django_user_model.objects.create_user(f"gebruiker{i}", password="x-secret-pw")
    names = [f"gebruiker{i}" for i in range(4)] + ["griffier"]
    statuses = [
        client.post(LOGIN_URL, {"username": name, "password": "Welkom01!"}).status_code
        for name in names
    ]
    assert statuses == [200, 200, 200, 200, 429]
    # Even the right password of another user is refused from that address now.
    response = client.post(LOGIN_URL, {"username": "griffier", "password": "x-secret-pw"})
    assert response.status_code == 429


def test_lockout_follows_the_trusted_address_not_a_forged_header(client, clerk, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for i in range(5):
        client.post(
            LOGIN_URL,
            {"username": "griffier", "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{i}",
        )
    response = client.post(
        LOGIN_URL,
        {"username": "griffier", "password": "x-secret-pw"},
        HTTP_X_FORWARDED_FOR="198.51.100.99",
    )
    assert response.status_code == 429


def test_behind_a_trusted_proxy_clients_are_told_apart(client, clerk, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        client.post(
            LOGIN_URL,
            {"username": "griffier", "password": "wrong"},
            HTTP_X_FORWARDED_FOR="203.0.113.5",
        )
    other = client.post(
        LOGIN_URL,
        {"username": "griffier", "password": "x-secret-pw"},
        HTTP_X_FORWARDED_FOR="203.0.113.6",
    )
    assert other.status_code == 302


# --- 8. Optimistic locking: If-Match on API writes, seen_version on the admin form --------


def test_api_write_with_a_stale_if_match_is_412(client, seed, clerk_token):
    def write(action, body, etag):
        return client.post(
            f"{DETAIL}{action}/",
            body,
            content_type="application/json",
            HTTP_IF_MATCH=etag,
            HTTP_ACCEPT="application/json",
            HTTP_AUTHORIZATION=f"Token {clerk_token}",
        )

    def current_etag():
        return client.get(DETAIL, HTTP_ACCEPT="application/json")["ETag"]

    etag = current_etag()
    assert write("due-date", {"due_date": "2026-12-31"}, etag).status_code == 200
    stale = write("lapse", {"date": "2025-07-01"}, etag)
    assert stale.status_code == 412
    commitment = Commitment.objects.get(key="navo-norm-standpunt")
    assert stale.json()["version"] == commitment.version
    assert commitment.status == Commitment.Status.OPEN
    fresh = current_etag()
    assert fresh != etag
    assert write("lapse", {"date": "2025-07-01"}, fresh).status_code == 200


def test_admin_change_without_seen_version_is_refused(clerk_client, navo_norm_commitment):
    url = reverse("admin:commitments_commitment_change", args=[navo_norm_commitment.pk])
    data = change_form_data(clerk_client.get(url))
    del data["seen_version"]
    data["notes"] = "zonder versie"
    response = clerk_client.post(url, data)
    assert response.status_code == 200
    assert "De versie waarmee u begon ontbreekt" in response.text
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.notes != "zonder versie"


# --- 9. What answered 500 -------------------------------------------------------------


@pytest.fixture
def write(client, clerk_token):
    client.raise_request_exception = False

    def post(body, content_type):
        return client.post(
            f"{DETAIL}lapse/",
            body,
            content_type=content_type,
            HTTP_AUTHORIZATION=f"Token {clerk_token}",
        )

    return post


@pytest.mark.parametrize("content_type", ["application/json", "application/x-www-form-urlencoded"])
def test_a_body_over_the_upload_limit_is_413(seed, write, settings, content_type):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    note = "x" * 5000
    body = (
        json.dumps({"date": "2025-07-01", "note": note})
        if content_type == "application/json"
        else f"date=2025-07-01&note={note}"
    )
    response = write(body, content_type)
    assert response.status_code == 413
    assert "te groot" in response.json()["detail"]


def test_too_many_fields_is_400(seed, write, settings):
    body = "&".join(f"f{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    response = write(body, "application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "Te veel velden" in response.json()["detail"]


def test_deeply_nested_json_is_400(seed, write):
    response = write("[" * 100_000 + "]" * 100_000, "application/json")
    assert response.status_code == 400
    assert "te diep genest" in response.json()["detail"]


def test_admin_history_revert_restores_the_old_text(clerk_client, navo_norm_commitment):
    commitment = navo_norm_commitment
    commitment.notes = "eerste versie"
    commitment.save()
    old = commitment.history.latest()
    commitment.notes = "tweede versie"
    commitment.save()
    url = reverse(
        "admin:commitments_commitment_simple_history", args=[commitment.pk, old.history_id]
    )
    page = clerk_client.get(url)
    assert page.status_code == 200
    response = clerk_client.post(url, change_form_data(page))
    assert response.status_code == 302
    commitment.refresh_from_db()
    assert commitment.notes == "eerste versie"
    assert commitment.status == Commitment.Status.OPEN


def test_revert_keeps_status_and_deadline_that_only_actions_change(
    clerk_client, navo_norm_commitment
):
    from commitments import services

    commitment = navo_norm_commitment
    commitment.notes = "voor het vervallen"
    commitment.save()
    old = commitment.history.latest()
    services.lapse(commitment, on=Commitment.objects.get(pk=commitment.pk).due_date)
    url = reverse(
        "admin:commitments_commitment_simple_history", args=[commitment.pk, old.history_id]
    )
    page = clerk_client.get(url)
    assert clerk_client.post(url, change_form_data(page)).status_code == 302
    commitment.refresh_from_db()
    # The revert wrote no event, so it may not bring back the old status either.
    assert commitment.status == Commitment.Status.LAPSED
    assert commitment.notes == "voor het vervallen"
    assert commitment.events.count() == 1


def test_other_clients_keep_working_after_a_throttled_one(seed, low_rates):
    first, second = Client(REMOTE_ADDR="192.0.2.1"), Client(REMOTE_ADDR="192.0.2.2")
    for _ in range(3):
        first.get("/api/v1/ministries/")
    assert first.get("/api/v1/ministries/").status_code == 429
    assert second.get("/api/v1/ministries/").status_code == 200
