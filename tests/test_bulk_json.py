"""The API's NDJSON and JSON downloads written as text (``commitments/bulk_json.py``) are byte
for byte what the dict rows (``bulk_rows.rows`` + ``exports.encode_json``) and the serializer
gave, on rows of every shape; and they show only what the public may see."""

import datetime
import json
import random
import uuid

import pytest
from django.core.cache import cache
from django.utils import timezone
from rest_framework.fields import DateTimeField
from rest_framework.request import Request

from commitments import bulk_json, bulk_rows, exports
from commitments.models import (
    Commitment,
    Debate,
    Document,
    Dossier,
    Fulfilment,
    Ministry,
    Person,
)

pytestmark = pytest.mark.django_db

API_EXPORT = "/api/v1/commitments/export"
HIDDEN = ("geheim-stuk", "Geheim stuk", "bijlage-geheim", "Geheime bijlage", "json-concept")


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def body(response):
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(exports, "STREAM_AFTER", 10)
    monkeypatch.setattr(exports, "CHUNK", 4)


def dict_rows(monkeypatch):
    """The download as it was written before ``bulk_json``: a dict a row, then the encoder."""

    def items(queryset, request, names, *, chunk_size):
        rows = bulk_rows.rows(queryset, request, names, bulk_rows.API_FIELDS, chunk_size=chunk_size)
        return map(exports.encode_json, rows)

    monkeypatch.setattr(bulk_json, "items", items)


def serializer_only(monkeypatch):
    """The download through ``CommitmentSerializer``, one object at a time."""
    monkeypatch.setattr(bulk_rows, "API_FIELDS", {})


TRICKY = [
    'Aanhalingstekens "zo" en \\ een backslash',
    "Regel een\nregel twee\r\ntab\there",
    "ë ï ø € — 𝄞 emoji 🙂 en \u2028 scheiding",
    "Stuurteken \x01 en \x1f",
    "=SUM(A1)",
]


@pytest.fixture
def register(seed):
    """Rows of every shape: made in a debate, in a public document, in a confidential one or
    an annex of one, or nowhere; with and without ministry, person, number, GUID and dates;
    several public and hidden fulfilling and mentioning documents (some without a date or a
    dossier); texts with quotes, line breaks, control characters and non-ASCII; timestamps in
    winter and summer time, on the hour of a clock change, without microseconds and from
    before 1940 (when Amsterdam's offset was not whole hours); unpublished rows."""
    big = Dossier.objects.create(number=36600, toevoeging="", title="Begroting")
    small = Dossier.objects.create(number=21501, toevoeging="02", title="Raad")
    secret = Document.objects.create(
        identifier="geheim-stuk", title="Geheim stuk", is_confidential=True
    )
    secret_annex = Document.objects.create(
        identifier="bijlage-geheim", title="Geheime bijlage", parent=secret
    )
    public_parent = Document.objects.create(identifier="open-stuk", title="Open stuk")
    docs = [
        Document.objects.create(
            identifier=f"kst-36600-{n}", title=TRICKY[n % len(TRICKY)] + f" {n}",
            dossier=big if n % 2 else small, ondernummer=n + 1,
            date=None if n % 3 == 0 else datetime.date(2024, 1 + n % 12, 1 + n),
            parent=public_parent if n == 4 else None,
        )
        for n in range(8)
    ]  # fmt: skip
    undated = Document.objects.create(identifier="los-zonder-dossier", title='Los "stuk"')
    person = Person.objects.create(name="Ë. Minister", function="minister", slug="e-minister")
    plain_person = Person.objects.create(name="Iemand", slug="iemand")
    debate = Debate.objects.create(
        kind=Debate.Kind.COMMISSIEDEBAT, date=datetime.date(2025, 3, 4),
        subject='Raad "Buza"\nvervolg', tk_number="2025A00001",
    )  # fmt: skip
    quiet_debate = Debate.objects.create(
        kind=Debate.Kind.COMMISSIEDEBAT, date=datetime.date(2024, 12, 31), subject="Zonder nr"
    )
    ministry = Ministry.objects.get(slug="defensie")
    made_in = [
        {"debate": debate},
        {"debate": quiet_debate},
        {"document": docs[1]},
        {"document": docs[4]},
        {"document": undated},
        {"document": secret},
        {"document": secret_annex},
        {},
    ]
    statuses = [value for value, _label in Commitment.Status.choices]
    rng = random.Random(16)
    made = []
    for n in range(24):
        status = statuses[n % len(statuses)]
        made.append(
            Commitment.objects.create(
                key=f"json-{n:02d}",
                is_published=True,
                text=TRICKY[n % len(TRICKY)] + f" toezegging {n}",
                number=f"TZ2025-{n:03d}" if n % 3 else None,
                tk_id=uuid.UUID(int=n) if n % 4 == 0 else None,
                status=status,
                ministry=ministry if n % 5 else None,
                made_by=(person, plain_person, None)[n % 3],
                made_on=datetime.date(2019, 1, 1 + n) if n % 2 else None,
                due_date=datetime.date(2020 + n % 10, 6, 1) if n % 3 != 1 else None,
                due_description=TRICKY[(n + 1) % len(TRICKY)] if n % 4 == 1 else "",
                fulfilled_on=datetime.date(2025, 2, n + 1) if status == "fulfilled" else None,
                **made_in[n % len(made_in)],
            )
        )
        linked = rng.sample([*docs, undated, secret, secret_annex], k=n % 5)
        for document in linked:
            Fulfilment.objects.create(
                commitment=made[-1], document=document, passage=rng.choice([*TRICKY, ""])
            )
        made[-1].mentioned_in.add(*rng.sample([*docs, undated, secret, secret_annex], k=n % 4))
    hidden = Commitment.objects.create(
        key="json-concept", text="Concept", is_published=False, debate=debate
    )
    Fulfilment.objects.create(commitment=hidden, document=docs[0])
    stamps = [
        datetime.datetime(2025, 1, 15, 23, 30, 5, 123456, tzinfo=datetime.UTC),  # next day
        datetime.datetime(2025, 7, 1, 12, 0, 0, 0, tzinfo=datetime.UTC),  # summer, no µs
        datetime.datetime(2025, 3, 30, 0, 59, 59, 999999, tzinfo=datetime.UTC),  # clock
        datetime.datetime(2025, 3, 30, 1, 0, 0, 1, tzinfo=datetime.UTC),  # change
        datetime.datetime(2024, 10, 27, 0, 30, 0, 500000, tzinfo=datetime.UTC),
        datetime.datetime(2024, 10, 27, 1, 30, 0, 10, tzinfo=datetime.UTC),
        datetime.datetime(1937, 5, 1, 10, 15, 0, tzinfo=datetime.UTC),  # +00:19:32 / +00:20
    ]
    for n, commitment in enumerate(made):
        Commitment.objects.filter(pk=commitment.pk).update(
            created_at=stamps[n % len(stamps)], updated_at=stamps[(n + 3) % len(stamps)]
        )
    return made


CASES = [
    (".ndjson", {}),
    (".json", {}),
    (".ndjson", {"fields": "key,made_in,fulfilled_by,mentioned_in,created_at,updated_at"}),
    (".ndjson", {"fields": "mentioned_in,url"}),
    (".ndjson", {"ordering": "-due_date"}),
    (".json", {"status": "open"}),
    (".ndjson", {"q": "toezegging"}),
]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("suffix, params", CASES)
@pytest.mark.parametrize("streamed", [False, True])
def test_text_equals_the_dict_rows_and_the_serializer(
    register, client, monkeypatch, language, suffix, params, streamed
):
    if streamed:
        monkeypatch.setattr(exports, "STREAM_AFTER", 10)
        monkeypatch.setattr(exports, "CHUNK", 4)
    url = f"{API_EXPORT}{suffix}"
    text = body(client.get(url, params, headers={"accept-language": language}))
    with monkeypatch.context() as patch:
        dict_rows(patch)
        assert body(client.get(url, params, headers={"accept-language": language})) == text
    with monkeypatch.context() as patch:
        serializer_only(patch)
        assert body(client.get(url, params, headers={"accept-language": language})) == text
    for hidden in HIDDEN:
        assert hidden not in text
    if not params:
        assert text.count('"key": "json-') == len(register)


def test_text_values_are_the_api_list_items(register, client, small_chunks):
    # Lines end in "\n" only: ``splitlines()`` would also split at the U+2028 in a text.
    lines = body(client.get(f"{API_EXPORT}.ndjson", {"ordering": "key"})).split("\n")[:-1]
    listed = client.get("/api/v1/commitments/", {"ordering": "key", "page_size": 100}).json()
    assert [json.loads(line) for line in lines] == listed["results"]
    rows = {row["key"]: row for row in map(json.loads, lines)}
    first = rows["json-00"]
    assert first["made_in"]["title"].startswith('Commissiedebat Raad "Buza"\nvervolg')
    assert first["tk_id"] == str(uuid.UUID(int=0))
    assert rows["json-05"]["made_in"] is None and rows["json-06"]["made_in"] is None
    assert rows["json-02"]["made_in"]["title"].startswith("Kamerstuk 36 600, nr. 2: ")
    assert rows["json-03"]["made_in"]["title"].startswith("Kamerstuk 21 501-02, nr. 5: ")
    assert rows["json-04"]["made_in"]["title"] == 'Los "stuk"'
    assert rows["json-01"]["made_in"]["id"] == str(register[1].debate_id)
    assert rows["json-01"]["activity_number"] in (None, "")
    assert any(d["citation"].startswith("Kamerstuk 36 600, nr. ") for r in rows.values()
               for d in r["fulfilled_by"])  # fmt: skip
    assert rows["json-06"]["created_at"].startswith("1937-05-01T10:3")  # not a whole hour


def test_one_query_on_postgresql_and_per_chunk_on_sqlite(
    register, client, small_chunks, django_assert_max_num_queries
):
    from django.db import connection

    public = Commitment.objects.public().count()
    chunks = -(-public // exports.CHUNK)
    # PostgreSQL: one cursor for everything, documents included. SQLite: the cursor, plus
    # the fulfilling and the mentioning documents per chunk.
    expected = 1 if connection.vendor == "postgresql" else 1 + 2 * chunks
    with django_assert_max_num_queries(expected + 2) as captured:
        text = body(client.get(f"{API_EXPORT}.ndjson"))
    assert text.count("\n") == public
    reads = [q["sql"] for q in captured.captured_queries if '"commitments_' in q["sql"]]
    assert len(reads) == expected, reads


def test_a_new_api_field_is_written_from_its_columns(register, client, monkeypatch):
    """A field ``bulk_json`` has no writer of its own for is ``API_FIELDS``' value, encoded."""
    fields = dict(bulk_rows.API_FIELDS)
    fields["version"] = bulk_rows.Field(
        ("version", "status"), lambda ctx: lambda row: {"v": row["version"], "s": [row["status"]]}
    )
    monkeypatch.setattr(bulk_rows, "API_FIELDS", fields)
    text = body(client.get(f"{API_EXPORT}.ndjson", {"fields": "key,version"}))
    rows = {row["key"]: row for row in map(json.loads, text.split("\n")[:-1])}
    assert rows["json-00"]["version"] == {"v": 1, "s": [register[0].status]}
    assert rows["json-01"]["version"] == {"v": 1, "s": [register[1].status]}


def test_timestamps_are_drf_datetimes_through_two_clock_changes():
    """Each hour of two days with a clock change, at the start, the middle and the last
    microsecond of the hour, as PostgreSQL's text and as a ``datetime`` (SQLite): what
    DRF's ``DateTimeField`` writes."""
    from django.test import RequestFactory

    ctx = bulk_rows.Context(RequestFactory().get("/"))
    write = bulk_json._timestamp(0, ctx)
    field = DateTimeField()
    for start in (datetime.datetime(2025, 3, 29), datetime.datetime(2024, 10, 26)):
        start = start.replace(tzinfo=datetime.UTC)
        for hour in range(48):
            for offset in (0, 1_800_000_001, 3_599_999_999):
                value = start + datetime.timedelta(hours=hour, microseconds=offset)
                expected = json.dumps(field.to_representation(value))
                as_text = value.strftime("%Y-%m-%d %H:%M:%S.%f")
                assert write((as_text,)) == expected, as_text
                assert write((value,)) == expected
    assert write((None,)) == "null"
    with timezone.override(datetime.UTC):
        utc = bulk_json._timestamp(0, bulk_rows.Context(RequestFactory().get("/")))
        assert utc(("2025-01-02 03:04:05.000000",)) == '"2025-01-02T03:04:05Z"'


def test_a_download_stopped_halfway_stops_reading_ahead(register, rf):
    """A client that goes away closes the rows' generator: the reading thread ends and the
    connection answers the next query."""
    import threading

    from commitments.api import changes
    from commitments.models import ResourceKind

    view = changes.list_view(ResourceKind.COMMITMENT, Request(rf.get(API_EXPORT)))
    names = list(bulk_rows.API_FIELDS)
    queryset = Commitment.objects.public().with_overdue().order_by("pk")
    items = bulk_json.items(queryset, view.request, names, chunk_size=4)
    first = [next(items) for _ in range(9)]  # into the third chunk
    items.close()
    assert not [t for t in threading.enumerate() if t.name == "export-read-ahead"]
    assert Commitment.objects.public().count() == len(register) + 5
    whole = list(bulk_json.items(queryset, view.request, names, chunk_size=4))
    assert whole[:9] == first and len(whole) == len(register) + 5


def test_reading_ahead_hands_on_the_readers_error():
    def chunks():
        yield [1]
        raise RuntimeError("database went away")

    read = bulk_json._fetched_by_a_thread(chunks())
    assert next(read) == [1]
    with pytest.raises(RuntimeError, match="went away"):
        next(read)
