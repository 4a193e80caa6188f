"""API v1 conventions other systems rely on (issue 16): strict query parameters, opaque
cursors, validators and cache headers, CORS, rate-limit headers, ids to join on, sparse
answers and optional totals."""

import base64
import json

import pytest
from django.core.cache import cache
from django.urls import reverse

pytestmark = pytest.mark.django_db

API = "/api/v1"
LIST = "/toezeggingen/"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


# --- unknown query parameters ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params", "name"),
    [
        ("/commitments/", {"stauts": "open"}, "stauts"),
        ("/commitments/", {"is_published": "false"}, "is_published"),
        ("/commitments/", {"made_on": "2024-01-01"}, "made_on"),
        ("/documents/", {"knd": "verslag"}, "knd"),
        ("/ministries/", {"ordering": "name"}, "ordering"),
        ("/commitments/navo-norm-standpunt/", {"status": "open"}, "status"),
        ("/summary/", {"ministry": "defensie"}, "ministry"),
    ],
)
def test_unknown_api_parameter_is_a_400_naming_it(seed, client, path, params, name):
    response = client.get(API + path, params)
    assert response.status_code == 400
    body = response.json()
    assert list(body) == [name]
    assert name in body[name][0]


def test_unknown_parameter_message_suggests_the_close_one(seed, client):
    body = client.get(f"{API}/commitments/", {"stauts": "open"}).json()
    assert body["stauts"] == ["Onbekende parameter 'stauts'. Bedoelt u 'status'?"]


@pytest.mark.parametrize(
    "params",
    [
        {"status": "open", "made_on_after": "2024-01-01", "made_on_before": "2026-01-01"},
        {"cursor": "", "page_size": "2", "ordering": "key", "format": "json"},
        {"q": "navo", "updated_since": "2020-01-01T00:00:00Z"},
    ],
)
def test_known_parameters_still_work(seed, client, params):
    assert client.get(f"{API}/commitments/", params).status_code == 200


def test_unknown_parameter_on_the_list_page_is_an_error_summary(seed, client):
    response = client.get(LIST, {"stauts": "open"})
    assert response.status_code == 400
    assert list(response.context["commitments"]) == []
    assert 'role="alert"' in response.text
    assert "Onbekende parameter &#x27;stauts&#x27;. Bedoelt u &#x27;status&#x27;?" in response.text
    # The page number is not a filter but is known.
    assert client.get(LIST, {"page": "2", "status": "open"}).status_code == 200


def test_unknown_parameter_on_an_export_is_a_400(seed, client):
    response = client.get(reverse("commitments:export-csv"), {"ministerie": "defensie"})
    assert response.status_code == 400
    assert "ministerie" in response.json()["errors"]


def test_unknown_parameters_never_create_cache_entries(seed, client, settings):
    settings.RESPONSE_CACHE_SECONDS = 60
    cache.clear()

    def stored_answers():
        return [key for key in cache._cache if "register:response" in key]

    for url in (
        f"{API}/commitments/?x=1",
        f"{API}/commitments/navo-norm-standpunt/?x=1",
        f"{LIST}?x=1",
        "/?utm_source=nieuwsbrief",
    ):
        client.get(url)
        assert client.get(url).get("X-Cache") != "hit", url
        assert stored_answers() == [], url
    # Vetted query strings are still cached.
    client.get(f"{API}/commitments/?status=open")
    assert client.get(f"{API}/commitments/?status=open")["X-Cache"] == "hit"


# --- cursors -----------------------------------------------------------------------------------


def _decodes_to_json(token):
    try:
        json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except ValueError:
        return False
    return True


def test_cursor_reveals_no_database_id(seed, client):
    from commitments.models import Commitment

    body = client.get(f"{API}/commitments/", {"page_size": 1}).json()
    token = body["next"].split("cursor=")[1]
    assert not _decodes_to_json(token)
    ids = {str(pk) for pk in Commitment.objects.values_list("pk", flat=True)}
    assert not any(pk in token for pk in ids if len(pk) > 1)
    # The next page follows.
    second = client.get(body["next"]).json()
    assert second["results"][0]["key"] != body["results"][0]["key"]


@pytest.mark.parametrize("ordering", ["", "key", "-made_on", "updated_at", "number"])
def test_tampered_cursor_is_a_400(seed, client, ordering):
    params = {"page_size": 1, **({"ordering": ordering} if ordering else {})}
    body = client.get(f"{API}/commitments/", params).json()
    token = body["next"].split("cursor=")[1].split("&")[0]
    flipped = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    response = client.get(f"{API}/commitments/", {**params, "cursor": flipped})
    assert response.status_code == 400
    assert response.json() == {"cursor": ["Ongeldige cursor."]}


def test_empty_cursor_is_the_first_page(seed, client):
    first = client.get(f"{API}/commitments/").json()
    assert client.get(f"{API}/commitments/", {"cursor": ""}).json() == first


def test_cursor_stays_valid_when_its_row_is_unpublished(seed, client):
    from commitments.models import Commitment

    first = client.get(f"{API}/commitments/", {"page_size": 2, "ordering": "key"}).json()
    Commitment.objects.filter(key=first["results"][-1]["key"]).update(is_published=False)
    rest = client.get(first["next"]).json()
    walked = [row["key"] for row in first["results"] + rest["results"]]
    expected = sorted(Commitment.objects.public().values_list("key", flat=True))
    assert walked[:1] + walked[2:] == expected[:1] + expected[1:][: len(walked) - 2]


def test_cursor_of_a_deleted_row_says_start_again(seed, client):
    from commitments.models import Commitment, CommitmentEvent, Fulfilment

    first = client.get(f"{API}/commitments/", {"page_size": 1, "ordering": "key"}).json()
    key = first["results"][0]["key"]
    CommitmentEvent.objects.filter(commitment__key=key).delete()
    Fulfilment.objects.filter(commitment__key=key).delete()
    Commitment.objects.filter(key=key).delete()
    response = client.get(first["next"])
    assert response.status_code == 400
    assert "cursor" in response.json()


# --- validators and Cache-Control ----------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/commitments/navo-contactambassade-japan/", "/commitments/", "/documents/"]
)
def test_hiding_a_related_row_changes_the_validator(seed, client, path):
    """The verslag fulfils Japan; made confidential, it leaves the commitment's answer."""
    from commitments.models import Document

    first = client.get(API + path)
    assert first.status_code == 200
    since = "Wed, 01 Jan 2098 00:00:00 GMT"  # a date-based validator would say "unchanged"
    Document.objects.filter(identifier="2024D50159").update(is_confidential=True)
    cache.clear()
    again = client.get(API + path, HTTP_IF_NONE_MATCH=first["ETag"], HTTP_IF_MODIFIED_SINCE=since)
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert "2024D50159" not in again.content.decode()
    assert client.get(API + path, HTTP_IF_MODIFIED_SINCE=since).status_code == 200


def test_lists_and_pages_answer_304_to_their_etag(seed, client):
    for url in (f"{API}/commitments/", LIST, "/"):
        first = client.get(url)
        assert first.status_code == 200
        assert first["ETag"]
        cache.clear()
        assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304, url


@pytest.mark.parametrize(
    "url", [f"{API}/commitments/", f"{API}/commitments/navo-norm-standpunt/", LIST, "/"]
)
def test_public_answers_say_how_long_to_keep_them(seed, client, url):
    response = client.get(url)
    assert response["Cache-Control"] == "public, max-age=60"


def test_bad_requests_and_authenticated_answers_are_not_stored(seed, client, clerk):
    from rest_framework.authtoken.models import Token

    assert client.get(f"{API}/commitments/", {"x": "1"})["Cache-Control"] == "no-store"
    token = Token.objects.create(user=clerk)
    with_token = client.get(f"{API}/commitments/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert with_token.status_code == 200
    assert set(with_token["Cache-Control"].split(", ")) == {"private", "no-store"}
    client.force_login(clerk)
    assert set(client.get(LIST)["Cache-Control"].split(", ")) == {"private", "no-store"}
    assert "Authorization" in client.get(f"{API}/commitments/")["Vary"]


# --- CORS, rate limits, the root ---------------------------------------------------------------


def test_any_origin_may_read_the_api(seed, client):
    response = client.get(f"{API}/commitments/", HTTP_ORIGIN="https://krant.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in response
    # Not for the pages.
    assert "Access-Control-Allow-Origin" not in client.get(LIST, HTTP_ORIGIN="https://x.example")


def test_no_origin_may_write_across_origins(seed, client):
    preflight = client.options(
        f"{API}/commitments/navo-norm-standpunt/fulfil/",
        HTTP_ORIGIN="https://krant.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )
    allowed = preflight.get("Access-Control-Allow-Methods", "")
    assert "POST" not in allowed
    assert "authorization" not in preflight.get("Access-Control-Allow-Headers", "")


def test_rate_limit_headers_count_down(seed, client, monkeypatch):
    from rest_framework.throttling import AnonRateThrottle

    monkeypatch.setattr(AnonRateThrottle, "get_rate", lambda self: "5/minute")
    first = client.get(f"{API}/ministries/")
    second = client.get(f"{API}/ministries/")
    assert first["RateLimit-Limit"] == "5"
    assert (int(first["RateLimit-Remaining"]), int(second["RateLimit-Remaining"])) == (4, 3)
    assert 0 < int(second["RateLimit-Reset"]) <= 60


def test_rate_limit_headers_are_never_served_from_the_cache(seed, client, settings):
    settings.RESPONSE_CACHE_SECONDS = 60
    cache.clear()
    client.get(f"{API}/ministries/")
    hit = client.get(f"{API}/ministries/")
    assert hit["X-Cache"] == "hit"
    assert "RateLimit-Remaining" not in hit


def test_the_root_lists_every_resource_the_feed_the_schema_and_the_docs(seed, client):
    root = client.get(f"{API}/").json()
    for name in (
        "commitments",
        "documents",
        "dossiers",
        "meetings",
        "debates",
        "persons",
        "ministries",
        "committees",
        "summary",
        "changes",
        "schema",
        "docs",
        "redoc",
    ):
        assert name in root, name
        assert client.get(root[name]).status_code == 200, name


# --- ids to join on, links, new filters ------------------------------------------------------


@pytest.fixture
def joined(seed):
    import uuid

    from commitments.models import Commitment, CommitmentLink, Debate

    irak = Commitment.objects.get(key="irak-force-protection-nmi")
    Debate.objects.filter(pk=irak.debate_id).update(tk_number="2024A05766", tk_id=uuid.UUID(int=7))
    Commitment.objects.filter(pk=irak.pk).update(number="TZ202412-116", tk_id=uuid.UUID(int=1))
    japan = Commitment.objects.get(key="navo-contactambassade-japan")
    norm = Commitment.objects.get(key="navo-norm-standpunt")
    CommitmentLink.objects.create(from_commitment=japan, to_commitment=irak, kind="herhaling")
    CommitmentLink.objects.create(from_commitment=norm, to_commitment=irak, kind="wijziging")
    draft = Commitment.objects.create(key="concept-link", text="Concept", is_published=False)
    CommitmentLink.objects.create(from_commitment=draft, to_commitment=irak, kind="aanvulling")
    return irak


def test_tk_ids_are_exposed(joined, client):
    body = client.get(f"{API}/commitments/irak-force-protection-nmi/").json()
    assert body["number"] == "TZ202412-116"
    assert body["tk_id"] == "00000000-0000-0000-0000-000000000001"
    assert body["activity_number"] == "2024A05766"
    debate = client.get(body["made_in"]["url"]).json()
    assert debate["tk_number"] == "2024A05766"
    assert debate["tk_id"] == "00000000-0000-0000-0000-000000000007"
    document = client.get(f"{API}/documents/2024D50159/").json()
    assert "tk_id" in document


def test_links_between_public_commitments(joined, client):
    plain = client.get(f"{API}/commitments/irak-force-protection-nmi/").json()
    assert "links" not in plain  # one query more, so only when asked for
    body = client.get(f"{API}/commitments/irak-force-protection-nmi/", {"expand": "links"}).json()
    assert [(link["relation"], link["direction"], link["key"]) for link in body["links"]] == [
        ("herhaling", "incoming", "navo-contactambassade-japan"),
        ("wijziging", "incoming", "navo-norm-standpunt"),
    ]
    assert "concept-link" not in json.dumps(body)
    japan = client.get(
        f"{API}/commitments/navo-contactambassade-japan/", {"expand": "links"}
    ).json()
    assert [(li["relation"], li["direction"], li["key"]) for li in japan["links"]] == [
        ("herhaling", "outgoing", "irak-force-protection-nmi")
    ]
    assert client.get(japan["links"][0]["url"]).status_code == 200


def test_filters_on_fulfilled_on_and_tk_number(joined, client):
    def keys(**params):
        response = client.get(f"{API}/commitments/", params)
        assert response.status_code == 200, response.content
        return {row["key"] for row in response.json()["results"]}

    assert keys(fulfilled_on_after="2024-12-01", fulfilled_on_before="2024-12-31") == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }
    assert keys(fulfilled_on_before="2024-01-01") == set()
    assert keys(tk_number="TZ202412-116") == {"irak-force-protection-nmi"}
    assert keys(tk_number="2024A05766") == {"irak-force-protection-nmi"}
    assert keys(tk_number="TZ000000-000") == set()
    assert client.get(f"{API}/commitments/", {"fulfilled_on_after": "x"}).status_code == 400
    documents = client.get(f"{API}/documents/", {"tk_number": "2024D50159"}).json()["results"]
    assert [d["identifier"] for d in documents] == ["2024D50159"]
    # The same FilterSet serves the list page.
    page = client.get(LIST, {"tk_number": "TZ202412-116"})
    assert page.status_code == 200
    assert [c.key for c in page.context["commitments"]] == ["irak-force-protection-nmi"]


# --- sparse answers and totals ---------------------------------------------------------------


def test_fields_gives_only_those_and_costs_fewer_queries(
    seed, client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(1):
        body = client.get(f"{API}/commitments/", {"fields": "key,status,due_date"}).json()
    assert body["results"]
    assert all(set(row) == {"key", "status", "due_date"} for row in body["results"])
    with django_assert_max_num_queries(2):
        documents = client.get(f"{API}/documents/", {"fields": "identifier,title"}).json()
    assert all(set(row) == {"identifier", "title"} for row in documents["results"])
    detail = client.get(f"{API}/commitments/navo-norm-standpunt/", {"fields": "key,version"})
    assert detail.json() == {"key": "navo-norm-standpunt", "version": 1}


def test_unknown_field_or_expansion_is_a_400(seed, client):
    response = client.get(f"{API}/commitments/", {"fields": "key,stauts"})
    assert response.status_code == 400
    assert "stauts" in response.json()["fields"][0]
    assert client.get(f"{API}/commitments/", {"expand": "text"}).status_code == 400
    assert client.get(f"{API}/ministries/", {"expand": "x"}).status_code == 400


def test_expand_adds_links_events_and_text(joined, client):
    rows = client.get(f"{API}/commitments/", {"expand": "links,events"}).json()["results"]
    irak = next(row for row in rows if row["key"] == "irak-force-protection-nmi")
    assert {link["key"] for link in irak["links"]} == {
        "navo-contactambassade-japan",
        "navo-norm-standpunt",
    }
    japan = next(row for row in rows if row["key"] == "navo-contactambassade-japan")
    assert japan["events"][0]["new_status"] == "fulfilled"
    plain = client.get(f"{API}/commitments/").json()["results"]
    assert all("links" not in row and "events" not in row for row in plain)
    documents = client.get(f"{API}/documents/", {"expand": "text"}).json()["results"]
    assert all("text" in row for row in documents)
    assert "text" not in client.get(f"{API}/documents/").json()["results"][0]


def test_count_is_optional_exact_and_labelled(seed, client, django_assert_max_num_queries):
    from commitments.models import Commitment

    plain = client.get(f"{API}/commitments/").json()
    assert "count" not in plain
    with django_assert_max_num_queries(3):
        body = client.get(f"{API}/commitments/", {"count": "true", "page_size": 2}).json()
    assert body["count"] == Commitment.objects.public().count() == 5
    assert body["count_exact"] is True
    assert client.get(f"{API}/commitments/", {"count": "misschien"}).status_code == 400
    assert (
        client.get(f"{API}/commitments/", {"count": "true", "status": "lapsed"}).json()["count"]
        == 0
    )


def test_count_above_the_bound_is_an_estimate_on_postgresql(seed, client, monkeypatch):
    from django.db import connection

    from commitments.api import pagination

    monkeypatch.setattr(pagination, "COUNT_EXACT_UP_TO", 2)
    body = client.get(f"{API}/commitments/", {"count": "true"}).json()
    if connection.vendor == "postgresql":
        assert body["count_exact"] is False
        assert body["count"] >= 3
    else:
        assert (body["count"], body["count_exact"]) == (5, True)


# --- search order --------------------------------------------------------------------------------


@pytest.fixture
def searchable(seed):
    import datetime

    from commitments.models import Commitment

    for n in (3, 0, 6, 1, 5, 2, 4):  # registered out of date order
        Commitment.objects.create(
            key=f"zoek-{n}",
            # The oldest says "munitie" most often: the best match, last by date.
            text="Munitie " * (7 - n) + f"en voorraden, toezegging {n}.",
            made_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=30 * n),
            is_published=True,
        )


def test_api_search_is_ordered_like_the_pages_search(searchable, client):
    page = client.get(LIST, {"q": "munitie"})
    expected = [c.key for c in page.context["commitments"]]
    assert len(expected) == 7
    walked, body = [], client.get(f"{API}/commitments/", {"q": "munitie", "page_size": 3}).json()
    walked += [row["key"] for row in body["results"]]
    while body["next"]:
        body = client.get(body["next"]).json()
        walked += [row["key"] for row in body["results"]]
    assert walked == expected
    # Back again through ``previous``.
    assert body["previous"]
    back = client.get(body["previous"]).json()
    assert [row["key"] for row in back["results"]] == expected[3:6]
    # An explicit ordering still wins.
    by_key = client.get(f"{API}/commitments/", {"q": "munitie", "ordering": "key"}).json()
    assert [row["key"] for row in by_key["results"]] == sorted(expected)[:20]


# --- nested lists are bounded --------------------------------------------------------------------


def test_dossier_and_debate_lists_are_bounded_and_link_to_the_full_list(seed, client, monkeypatch):
    from commitments.api import serializers
    from commitments.models import Debate

    monkeypatch.setattr(serializers, "NESTED_LIMIT", 2)
    from commitments.api import views

    monkeypatch.setattr(views.s, "NESTED_LIMIT", 2)
    dossier = client.get(f"{API}/dossiers/28676/").json()
    assert len(dossier["documents"]) == 2
    assert dossier["documents_truncated"] is True
    full = client.get(dossier["documents_url"]).json()["results"]
    assert {d["identifier"] for d in full} == {"kst-28676-446", "kst-28676-448", "kst-28676-474"}
    debate = Debate.objects.get(subject="Irak")
    body = client.get(f"{API}/debates/{debate.pk}/").json()
    assert body["commitments_truncated"] is False
    listed = client.get(body["commitments_url"]).json()["results"]
    assert [c["key"] for c in listed] == [c["key"] for c in body["commitments"]]
    assert client.get(f"{API}/commitments/", {"debate": "abc"}).status_code == 400
