"""The anonymous response cache: hits cost no query, and no change is ever served stale."""

import datetime
import os
import socket
import subprocess
import sys
import uuid
import zoneinfo
from pathlib import Path

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from django.http import HttpResponse
from rest_framework.authtoken.models import Token

from commitments import response_cache, services
from commitments.models import Commitment, Document

ROOT = Path(__file__).resolve().parent.parent
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
LIST = "/toezeggingen/"
API_LIST = "/api/v1/commitments/"
API_DETAIL = "/api/v1/commitments/navo-norm-standpunt/"
JAPAN_PAGE = "/toezeggingen/navo-contactambassade-japan/"


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    settings.RESPONSE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run on-commit callbacks, as a real transaction would when it commits."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            change()

    return run


@pytest.mark.parametrize(
    "url",
    [
        "/",
        LIST,
        f"{LIST}?status=open",
        JAPAN_PAGE,
        "/kamerstukken/kst-28676-474/",
        "/feeds/toezeggingen/",
        "/export/toezeggingen.csv",
        API_LIST,
        API_DETAIL,
        "/api/v1/summary/",
    ],
)
def test_second_anonymous_request_is_a_hit_without_queries(
    client, seed, url, django_assert_num_queries
):
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_change_is_visible_on_the_next_request(client, seed, committed):
    assert "Japan" in client.get(JAPAN_PAGE).text
    commitment = Commitment.objects.get(key="navo-contactambassade-japan")
    commitment.text = "Gewijzigde tekst over de contact-ambassade."
    committed(commitment.save)
    response = client.get(JAPAN_PAGE)
    assert response["X-Cache"] == "miss"
    assert "Gewijzigde tekst" in response.text


def test_unpublishing_removes_it_from_every_cached_answer(client, seed, committed):
    urls = [LIST, API_LIST, "/export/toezeggingen.json", "/feeds/toezeggingen/"]
    for url in urls:
        assert "navo-norm-standpunt" in client.get(url).text, url
    commitment = Commitment.objects.get(key="navo-norm-standpunt")
    commitment.is_published = False
    committed(commitment.save)
    for url in urls:
        assert "navo-norm-standpunt" not in client.get(url).text, url
    assert client.get(API_DETAIL).status_code == 404


def test_a_confidential_flag_set_in_a_transaction_is_seen_after_commit(client, seed, committed):
    assert client.get("/kamerstukken/kst-28676-474/").status_code == 200
    document = Document.objects.get(identifier="kst-28676-474")
    document.is_confidential = True
    committed(document.save)
    assert client.get("/kamerstukken/kst-28676-474/").status_code == 404


def test_a_rolled_back_change_does_not_invalidate(client, seed, django_capture_on_commit_callbacks):
    client.get(LIST)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        Commitment.objects.get(key="navo-norm-standpunt").save()
    assert callbacks, "a save must ask for a bump after commit"
    # The callbacks were never run (as on a rollback): the old answer is still current.
    assert client.get(LIST)["X-Cache"] == "hit"


def test_many_to_many_changes_invalidate(client, seed, committed):
    client.get(JAPAN_PAGE)
    commitment = Commitment.objects.get(key="navo-contactambassade-japan")
    document = Document.objects.get(identifier="kst-28676-474")
    committed(lambda: commitment.mentioned_in.add(document))
    response = client.get(JAPAN_PAGE)
    assert response["X-Cache"] == "miss"


def test_an_api_write_invalidates(client, seed, clerk):
    token = Token.objects.create(user=clerk)
    before = client.get(API_DETAIL).json()
    assert before["status"] == "open"
    response = client.post(
        f"{API_DETAIL}lapse/",
        {"date": "2025-07-01"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {token.key}",
    )
    assert response.status_code == 200
    # pytest-django's transaction never commits: the unsafe request itself raised the version.
    after = client.get(API_DETAIL)
    assert after["X-Cache"] == "miss"
    assert after.json()["status"] == "lapsed"


def test_an_admin_action_invalidates(client, seed, clerk_client):
    from django.test import Client

    anonymous = Client()
    assert "navo-norm-standpunt" in anonymous.get(f"{LIST}?status=open").text
    commitment = Commitment.objects.get(key="navo-norm-standpunt")
    action = {"action": "mark_lapsed", "_selected_action": [commitment.pk]}
    # The page asking for the date writes nothing: the cache stays.
    assert clerk_client.post("/admin/commitments/commitment/", action).status_code == 200
    assert anonymous.get(f"{LIST}?status=open")["X-Cache"] == "hit"
    response = clerk_client.post(
        "/admin/commitments/commitment/", {**action, "apply": "1", "on": "2025-07-01"}
    )
    assert response.status_code == 302
    # pytest-django's transaction never commits: the write request itself raised the version.
    assert anonymous.get(f"{LIST}?status=open")["X-Cache"] == "miss"


def test_anonymous_or_refused_posts_do_not_empty_the_cache(client, seed):
    client.get(LIST)
    assert client.post(f"{API_DETAIL}lapse/", {"date": "2025-07-01"}).status_code == 401
    bogus = client.post(
        f"{API_DETAIL}lapse/", {"date": "2025-07-01"}, HTTP_AUTHORIZATION="Token nonsense"
    )
    assert bogus.status_code == 401
    client.post("/i18n/setlang/", {"language": "nl", "next": "/"})
    assert client.get(LIST)["X-Cache"] == "hit"


def test_signed_in_users_and_tokens_bypass_the_cache(client, seed, clerk):
    client.get(LIST)
    token = Token.objects.create(user=clerk)
    with_token = client.get(API_LIST, HTTP_AUTHORIZATION=f"Token {token.key}")
    assert "X-Cache" not in with_token
    client.force_login(clerk)
    assert "X-Cache" not in client.get(LIST)


def test_admin_and_errors_are_not_cached(client, seed):
    assert "X-Cache" not in client.get("/admin/login/")
    for url in (f"{LIST}?dossier=abc", "/toezeggingen/bestaat-niet/", "/api/v1/nergens/"):
        assert client.get(url).status_code >= 400
        assert "X-Cache" not in client.get(url), url


def test_language_and_format_have_their_own_entries(client, seed):
    dutch = client.get("/")
    assert '<html lang="nl">' in dutch.text
    english = client.get("/en/")
    assert english["X-Cache"] == "miss"
    assert '<html lang="en">' in english.text
    # The API negotiates its language: each one is stored apart.
    client.get(API_LIST, HTTP_ACCEPT="application/json")
    in_english = client.get(API_LIST, HTTP_ACCEPT="application/json", HTTP_ACCEPT_LANGUAGE="en")
    assert in_english["X-Cache"] == "miss"
    assert in_english["Content-Language"] == "en"
    as_json = client.get(API_LIST, HTTP_ACCEPT="application/json")
    as_html = client.get(API_LIST, HTTP_ACCEPT="text/html")
    assert as_json["Content-Type"].startswith("application/json")
    assert as_html["Content-Type"].startswith("text/html")


def _stored_answers() -> int:
    return sum(response_cache.KEY_PREFIX in key for key in cache._cache)


def test_a_made_up_accept_header_never_adds_an_entry(client, seed):
    # Before: the raw header was part of the key, so a loop of new values filled the cache.
    client.get(LIST)
    client.get(API_LIST)
    stored = _stored_answers()
    for n in range(5):
        page = client.get(LIST, HTTP_ACCEPT=f"text/html, application/x-made-up-{n}")
        api = client.get(API_LIST, HTTP_ACCEPT=f"application/json; q=0.{n}, image/x-{n}")
        assert (page["X-Cache"], api["X-Cache"]) == ("hit", "hit")
    assert _stored_answers() == stored


def test_an_accept_header_that_changes_the_answer_has_its_own_entry(client, seed):
    plain = client.get(API_LIST, HTTP_ACCEPT="application/json")
    indented = client.get(API_LIST, HTTP_ACCEPT="application/json; indent=2")
    assert indented["X-Cache"] == "miss"
    assert indented.content != plain.content
    assert indented.json() == plain.json()
    # DRF's precedence, not the header's order: the most specific type wins, so a header
    # that leads with */* but names text/html gets the browsable page, never stored JSON.
    assert client.get(API_LIST, HTTP_ACCEPT="*/*")["X-Cache"] == "hit"
    browser = client.get(API_LIST, HTTP_ACCEPT="*/*, text/html")
    assert browser["Content-Type"].startswith("text/html")
    same = client.get(API_LIST, HTTP_ACCEPT="*/*;q=0.1, image/png, application/json")
    assert same["X-Cache"] == "hit"
    assert same.content == plain.content


def test_an_unacceptable_format_is_refused_and_stores_nothing(client, seed):
    stored = _stored_answers()
    refused = client.get(API_LIST, HTTP_ACCEPT="application/x-made-up")
    assert refused.status_code == 406
    assert _stored_answers() == stored


def test_the_language_cookie_does_not_split_a_public_page(client, seed, settings):
    # The public pages take their language from the URL; the cookie cannot change them.
    client.get(LIST)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    dutch = client.get(LIST, HTTP_ACCEPT_LANGUAGE="en")
    assert dutch["X-Cache"] == "hit"
    assert '<html lang="nl">' in dutch.text
    # The API negotiates, so there the cookie gives another answer.
    english = client.get(API_LIST)
    assert english["X-Cache"] == "miss"
    assert english["Content-Language"] == "en"


def test_host_is_part_of_the_key(client, seed, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    client.get(API_LIST)
    other = client.get(API_LIST, HTTP_HOST="other.example")
    assert other["X-Cache"] == "miss"
    assert "http://other.example/" in other.text


def test_a_new_day_is_a_new_answer(client, seed):
    # Overdue depends on today, so yesterday's answer must not be served tomorrow.
    day = datetime.datetime(2025, 6, 20, 12, tzinfo=AMSTERDAM)
    with time_machine.travel(day, tick=False):
        before = client.get(f"{API_LIST}?overdue=true").json()
    with time_machine.travel(day + datetime.timedelta(days=7), tick=False):
        after = client.get(f"{API_LIST}?overdue=true")
    assert after["X-Cache"] == "miss"
    keys_before = {row["key"] for row in before["results"]}
    keys_after = {row["key"] for row in after.json()["results"]}
    assert "navo-norm-standpunt" not in keys_before
    assert "navo-norm-standpunt" in keys_after


def test_conditional_get_on_a_hit(client, seed):
    first = client.get(API_DETAIL)
    etag = first["ETag"]
    second = client.get(API_DETAIL, HTTP_IF_NONE_MATCH=etag)
    assert second.status_code == 304
    assert second["X-Cache"] == "hit"


def test_head_is_served_from_the_get_entry(client, seed):
    client.get(LIST)
    assert client.head(LIST)["X-Cache"] == "hit"


def test_off_means_off(client, seed, settings, django_assert_num_queries):
    settings.RESPONSE_CACHE_SECONDS = 0
    client.get(LIST)
    response = client.get(LIST)
    assert "X-Cache" not in response


def test_lost_version_counter_starts_at_an_unused_number(seed):
    first = response_cache.register_version()
    response_cache.bump_register_version()
    assert response_cache.register_version() == first + 1
    cache.delete(response_cache.VERSION_KEY)
    # A restarted counter must not land on a version whose answers may still be stored.
    assert response_cache.register_version() > first + 1


def test_responses_that_set_cookies_or_forbid_storing_are_not_stored():
    plain = HttpResponse("x")
    assert response_cache.is_cacheable_response(plain)
    with_cookie = HttpResponse("x")
    with_cookie.set_cookie("csrftoken", "abc")
    assert not response_cache.is_cacheable_response(with_cookie)
    varies = HttpResponse("x", headers={"Vary": "*"})
    assert not response_cache.is_cacheable_response(varies)
    private = HttpResponse("x", headers={"Cache-Control": "private"})
    assert not response_cache.is_cacheable_response(private)


def test_pages_do_not_set_a_csrf_cookie_for_anonymous_readers(client, seed):
    # The language form is CSRF-exempt so every page stays cacheable.
    response = client.get("/")
    assert not response.cookies
    switched = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert switched.status_code == 302


def test_loaddata_invalidates(client, seed, transactional_db):
    client.get(LIST)
    version = response_cache.register_version()
    call_command("loaddata", "fixtures/seed.json", verbosity=0)
    assert response_cache.register_version() > version


def test_services_write_invalidates_after_commit(client, seed, committed):
    client.get(API_DETAIL)
    commitment = Commitment.objects.get(key="navo-norm-standpunt")
    committed(lambda: services.lapse(commitment, on=datetime.date(2025, 7, 1)))
    assert client.get(API_DETAIL).json()["status"] == "lapsed"


REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def delete_prefixed(client, prefix: str) -> None:
    """Remove this test's keys only (``cache.clear()`` on Redis is FLUSHDB: everyone's)."""
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)


@pytest.fixture
def redis_cache(settings):
    """The real Redis under a key prefix of this test's own, removed afterwards."""
    if not redis_available():
        if os.environ.get("CI"):
            pytest.fail("Redis must run in CI (127.0.0.1:6379)")
        pytest.skip("no Redis on 127.0.0.1:6379")
    prefix = f"tracker-test-{uuid.uuid4().hex[:12]}"
    local = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "commitments.cache_backends.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    yield prefix
    delete_prefixed(cache._cache.get_client(write=True), prefix)
    # Back to the memory cache before response_cache_on's teardown clears "the" cache.
    settings.CACHES = local


def test_the_redis_backend_builds_one_client_per_pool_and_still_reads_and_writes(redis_cache):
    """``commitments.cache_backends``: Django built a ``redis.Redis`` per operation; ours
    keeps one per pool, and every operation the register uses still works through it."""
    backend = cache._cache
    assert backend.get_client("a") is backend.get_client("b")
    assert backend.get_client(write=True) is backend.get_client(write=True)
    cache.set("h43-key", [1.5, 2.5])
    assert cache.get("h43-key") == [1.5, 2.5]
    cache.set("h43-counter", 1)
    assert cache.incr("h43-counter") == 2
    assert cache.get_many(["h43-key", "h43-counter", "h43-none"]) == {
        "h43-key": [1.5, 2.5],
        "h43-counter": 2,
    }
    assert cache.add("h43-counter", 7) is False
    cache.delete("h43-key")
    assert cache.get("h43-key") is None


def test_with_redis_a_bump_in_another_process_invalidates_here(client, seed, redis_cache):
    """What gunicorn's workers rely on: one worker's write reaches every other worker."""
    client.get(LIST)
    assert client.get(LIST)["X-Cache"] == "hit"
    bump = (
        "import django; django.setup(); "
        "from commitments.response_cache import bump_register_version; bump_register_version()"
    )
    env = {
        **os.environ,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": redis_cache,
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
    }
    env.pop("DATABASE_URL", None)
    subprocess.run([sys.executable, "-c", bump], env=env, check=True, cwd=ROOT)
    assert client.get(LIST)["X-Cache"] == "miss"


def test_the_redis_cleanup_removes_only_this_tests_keys(client, seed, redis_cache):
    import redis

    client.get(LIST)
    raw = redis.Redis.from_url(REDIS_URL)
    someone_elses = f"not-{redis_cache}"
    raw.set(someone_elses, "kept", ex=60)
    try:
        assert raw.keys(f"{redis_cache}:*")
        delete_prefixed(raw, redis_cache)
        assert raw.keys(f"{redis_cache}:*") == []
        assert raw.get(someone_elses) == b"kept"
    finally:
        raw.delete(someone_elses)


def test_bulk_commands_invalidate(client, seed, model_signals_off):
    """generate_data inserts in bulk (no signals) and must say so itself."""
    client.get(LIST)
    version = response_cache.register_version()
    call_command("generate_data", commitments=3, documents=3, seed=5, verbosity=0)
    assert response_cache.register_version() > version
    assert client.get(LIST)["X-Cache"] == "miss"


@pytest.fixture
def model_signals_off():
    """Only the code under test may raise the version, not a save it happens to make."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    config = apps.get_app_config("commitments")
    for model in config.get_models():
        uid = f"response-cache-{model._meta.label_lower}"
        post_save.disconnect(sender=model, dispatch_uid=f"{uid}-save")
        post_delete.disconnect(sender=model, dispatch_uid=f"{uid}-delete")
    m2m_changed.disconnect(dispatch_uid="response-cache-m2m")
    yield
    response_cache.connect_signals(config)


def test_open_data_sync_invalidates_after_each_page(client, seed, committed, model_signals_off):
    """The sync writes with COPY and bulk updates (no signals) and must say so itself."""
    from commitments.importers.opendata import OpenDataSync

    data = ROOT / "tests" / "data" / "opendata"
    client.get(LIST)
    version = response_cache.register_version()
    sync = OpenDataSync(fmt="odata")
    committed(lambda: sync.run_files([str(data / "odata_toezegging_page1.json")]))
    assert response_cache.register_version() > version
    assert client.get(LIST)["X-Cache"] == "miss"


# --- what one commitment's change invalidates, and what it leaves ---------------------------

NAVO = "navo-norm-standpunt"
JAPAN = "navo-contactambassade-japan"
UKRAINE = "oekraine-veiligheidsarrangementen"


def details(key):
    return [f"/toezeggingen/{key}/", f"/api/v1/commitments/{key}/"]


LISTS = [
    "/",
    LIST,
    API_LIST,
    "/kamerstukken/kst-28676-474/",
    "/api/v1/documents/",
    "/feeds/toezeggingen/",
    "/export/toezeggingen.json",
    "/api/v1/summary/",
    "/statistieken/",
]


def warm(client, urls):
    for url in urls:
        assert client.get(url)["X-Cache"] == "miss", url
        assert client.get(url)["X-Cache"] == "hit", url


def cache_states(client, urls):
    return {url: client.get(url).get("X-Cache") for url in urls}


def test_a_commitment_edit_invalidates_its_details_and_the_lists_only(client, seed, committed):
    others = details(JAPAN) + details(UKRAINE)
    warm(client, details(NAVO) + others + LISTS)
    commitment = Commitment.objects.get(key=NAVO)
    commitment.text = "Gewijzigde tekst over de NAVO-norm."
    committed(commitment.save)
    states = cache_states(client, details(NAVO) + LISTS)
    assert set(states.values()) == {"miss"}, states
    kept = cache_states(client, others)
    assert set(kept.values()) == {"hit"}, kept
    assert "Gewijzigde tekst" in client.get(details(NAVO)[0]).text


def test_a_fulfilment_or_event_invalidates_its_commitment_only(client, seed, committed):
    others = details(JAPAN)
    warm(client, details(NAVO) + others + [API_LIST])
    commitment = Commitment.objects.get(key=NAVO)
    document = Document.objects.get(identifier="2024D50159")
    committed(lambda: services.fulfil(commitment, documents=[document], on=datetime.date.today()))
    assert set(cache_states(client, [*details(NAVO), API_LIST]).values()) == {"miss"}
    assert set(cache_states(client, others).values()) == {"hit"}
    assert client.get(details(NAVO)[1]).json()["status"] == "fulfilled"


def test_unpublishing_reaches_the_linked_commitments_details(client, seed, committed):
    from commitments.models import CommitmentLink

    navo, japan = Commitment.objects.get(key=NAVO), Commitment.objects.get(key=JAPAN)
    CommitmentLink.objects.create(
        from_commitment=japan, to_commitment=navo, kind=CommitmentLink.Kind.values[0]
    )
    japan_links = f"/api/v1/commitments/{JAPAN}/?expand=links"
    warm(client, [japan_links, *details(NAVO), *details(UKRAINE)])
    assert NAVO in client.get(japan_links).text
    navo.is_published = False
    committed(navo.save)
    assert NAVO not in client.get(japan_links).text
    assert client.get(details(NAVO)[1]).status_code == 404
    assert client.get(details(NAVO)[0]).status_code == 404
    assert set(cache_states(client, details(UKRAINE)).values()) == {"hit"}


def test_a_new_key_invalidates_the_old_keys_answers(client, seed, committed):
    warm(client, details(NAVO))
    commitment = Commitment.objects.get(key=NAVO)
    commitment.key = "navo-norm-nieuw"
    committed(commitment.save)
    assert client.get(details(NAVO)[1]).status_code == 404
    assert client.get(details("navo-norm-nieuw")[1]).status_code == 200


def test_mentions_invalidate_the_commitments_concerned_from_either_side(client, seed, committed):
    document = Document.objects.get(identifier="kst-28676-474")
    warm(client, details(NAVO) + details(UKRAINE))
    navo = Commitment.objects.get(key=NAVO)
    committed(lambda: navo.mentioned_in.add(document))
    assert set(cache_states(client, details(NAVO)).values()) == {"miss"}
    assert set(cache_states(client, details(UKRAINE)).values()) == {"hit"}
    assert "kst-28676-474" in client.get(details(NAVO)[1]).text
    # From the document's side, cleared: nothing in the row says whose mention it was.
    committed(document.commitments_mentioned.clear)
    assert set(cache_states(client, details(NAVO)).values()) == {"miss"}
    assert set(cache_states(client, details(UKRAINE)).values()) == {"hit"}
    assert "kst-28676-474" not in client.get(details(NAVO)[1]).text


def test_a_document_change_still_empties_everything(client, seed, committed):
    """A document's title is shown in every commitment made in, fulfilled by or
    mentioning it: that change raises the register version, as before."""
    warm(client, details(UKRAINE) + details(JAPAN))
    document = Document.objects.get(identifier="kst-28676-474")
    document.title = "Nieuwe titel"
    committed(document.save)
    states = cache_states(client, details(UKRAINE) + details(JAPAN))
    assert set(states.values()) == {"miss"}


def test_an_api_write_invalidates_what_it_changed_only(client, seed, clerk):
    token = Token.objects.create(user=clerk)
    warm(client, details(NAVO) + details(JAPAN) + [API_LIST])
    response = client.post(
        f"{API_DETAIL}lapse/",
        {"date": "2025-07-01"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {token.key}",
    )
    assert response.status_code == 200
    # pytest-django's transaction never commits: the write request itself raised them.
    assert set(cache_states(client, [*details(NAVO), API_LIST]).values()) == {"miss"}
    assert set(cache_states(client, details(JAPAN)).values()) == {"hit"}


def test_a_lost_scope_counter_is_never_reused(client, seed):
    warm(client, details(NAVO))
    cache.delete(response_cache.COMMITMENT_KEY.format(NAVO))
    assert client.get(details(NAVO)[1])["X-Cache"] == "miss"
