"""Bulk downloads: streamed in chunks, NDJSON, a Dutch CSV dialect, and the same download
under the API with the API's field names."""

import csv
import io
import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from commitments import exports
from commitments.models import Commitment, Document, Fulfilment, Ministry

pytestmark = pytest.mark.django_db

API_EXPORT = "/api/v1/commitments/export"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture
def many(seed):
    ministry = Ministry.objects.get(slug="defensie")
    verslag = Document.objects.get(identifier="2024D50159")
    rows = Commitment.objects.bulk_create(
        Commitment(
            key=f"bulk-{n:03d}",
            text=f"Toezegging {n}" if n else '=HYPERLINK("http://x";"klik")',
            ministry=ministry,
            is_published=True,
        )
        for n in range(30)
    )
    Fulfilment.objects.bulk_create(Fulfilment(commitment=c, document=verslag) for c in rows)
    Commitment.objects.create(key="bulk-concept", text="Concept", is_published=False)
    return Commitment.objects.public().count()


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(exports, "STREAM_AFTER", 10)
    monkeypatch.setattr(exports, "CHUNK", 10)


@pytest.mark.parametrize("name", ["export-csv", "export-json", "export-ndjson", "export-ics"])
def test_a_big_export_streams_the_same_content(many, client, monkeypatch, name):
    url = reverse(f"commitments:{name}")
    whole = client.get(url)
    assert not whole.streaming
    monkeypatch.setattr(exports, "STREAM_AFTER", 10)
    monkeypatch.setattr(exports, "CHUNK", 10)
    streamed = client.get(url)
    if name != "export-ics":  # the calendar holds only the 3 open ones with a due date
        assert streamed.streaming
    stamp = "DTSTAMP"
    strip = lambda text: [line for line in text.splitlines() if not line.startswith(stamp)]  # noqa: E731
    assert strip(body(streamed)) == strip(body(whole))


def test_streaming_reads_in_chunks(many, client, small_chunks):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("commitments:export-ndjson"))
        lines = body(response).splitlines()
    assert len(lines) == many
    # The fulfilments are prefetched per chunk of 10, not for all rows at once.
    prefetches = [q for q in queries.captured_queries if "commitments_fulfilment" in q["sql"]]
    assert len(prefetches) >= many // 10


def test_ndjson_is_one_public_object_a_line(many, client):
    response = client.get(reverse("commitments:export-ndjson"))
    assert response["Content-Type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in body(response).splitlines()]
    assert len(rows) == many
    assert "bulk-concept" not in {row["key"] for row in rows}
    assert all(row["fulfilled_by"] for row in rows if row["key"].startswith("bulk-"))


def test_json_export_keeps_its_count(many, client, small_chunks):
    data = json.loads(body(client.get(reverse("commitments:export-json"))))
    assert data["count"] == len(data["results"]) == many


def test_csv_nl_is_semicolons_with_a_bom_and_no_formulas(many, client):
    text = body(client.get(reverse("commitments:export-csv"), {"format": "csv-nl"}))
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["key", "number", "text"]
    by_key = {row[0]: row for row in rows[1:]}
    assert by_key["bulk-000"][2] == '\'=HYPERLINK("http://x";"klik")'
    assert len(by_key) == many
    plain = body(client.get(reverse("commitments:export-csv")))
    assert next(csv.reader(io.StringIO(plain.lstrip("\ufeff"))))[:2] == ["key", "number"]
    assert client.get(reverse("commitments:export-csv"), {"format": "xlsx"}).status_code == 400


# --- under the API -----------------------------------------------------------------------------


def test_api_bulk_download_uses_the_api_field_names(many, client, small_chunks):
    rows = [json.loads(line) for line in body(client.get(f"{API_EXPORT}.ndjson")).splitlines()]
    assert len(rows) == many
    listed = client.get("/api/v1/commitments/", {"page_size": 1, "ordering": "key"}).json()
    assert set(rows[0]) == set(listed["results"][0])
    assert rows[0]["ministry"]["slug"] or rows[0]["ministry"] is None
    data = json.loads(body(client.get(f"{API_EXPORT}.json", {"ministry": "defensie"})))
    assert data["count"] == 30


def test_api_csv_flattens_nested_objects_to_their_keys(many, client):
    text = body(
        client.get(
            f"{API_EXPORT}.csv", {"format": "csv-nl", "fields": "key,ministry,fulfilled_by,text"}
        )
    )
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0] == ["key", "text", "ministry", "fulfilled_by"]
    by_key = {row[0]: row for row in rows[1:]}
    assert by_key["bulk-001"][2:] == ["defensie", "2024D50159"]
    assert by_key["bulk-000"][1].startswith("'=")


@pytest.mark.parametrize(
    "url, params",
    [
        (f"{API_EXPORT}.ndjson", {"stauts": "open"}),
        (f"{API_EXPORT}.ndjson", {"status": "bogus"}),
        (f"{API_EXPORT}.ndjson", {"fields": "nope"}),
        (f"{API_EXPORT}.csv", {"format": "xlsx"}),
        (f"{API_EXPORT}.ndjson", {"format": "csv"}),
    ],
)
def test_api_bulk_download_rejects_bad_parameters(seed, client, url, params):
    response = client.get(url, params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")


def test_unknown_bulk_format_is_a_json_404(seed, client):
    response = client.get(f"{API_EXPORT}.xlsx")
    assert response.status_code == 404
