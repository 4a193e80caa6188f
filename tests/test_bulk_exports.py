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


# --- the column-read fast path gives what the per-object rendering gave ------------------------


def reference_page_row(commitment, request):
    """The pages' export row as it was built from a model instance before the fast path."""
    made_in = ""
    if commitment.debate:
        made_in = str(commitment.debate)
    elif commitment.document and commitment.document_public:
        made_in = commitment.document.citation or commitment.document.title
    return {
        "key": commitment.key,
        "number": commitment.number or "",
        "text": commitment.text,
        "status": commitment.status,
        "status_label": str(commitment.get_status_display()),
        "overdue": commitment.is_overdue,
        "made_on": commitment.made_on.isoformat() if commitment.made_on else None,
        "made_by": commitment.made_by.name if commitment.made_by else "",
        "ministry": commitment.ministry.name if commitment.ministry else "",
        "made_in": made_in,
        "due_date": commitment.due_date.isoformat() if commitment.due_date else None,
        "due_description": commitment.due_description,
        "fulfilled_on": commitment.fulfilled_on.isoformat() if commitment.fulfilled_on else None,
        "fulfilled_by": [document.identifier for document in commitment.fulfilled_by.all()],
        "url": request.build_absolute_uri(commitment.get_absolute_url()),
        "updated_at": commitment.updated_at.isoformat(),
    }


@pytest.fixture
def varied(seed):
    """Every shape a row can take: debate or (confidential) document, annex of a confidential
    parent, public and confidential fulfilling and mentioning documents, empty relations,
    a GUID, a formula, a line break, and one unpublished row that must never appear."""
    import datetime
    import uuid

    from commitments.models import Debate, Dossier, Person

    dossier = Dossier.objects.create(number=21501, toevoeging="02", title="Raad")
    secret_parent = Document.objects.create(
        identifier="geheim-1", title="Geheim stuk", is_confidential=True
    )
    annex = Document.objects.create(identifier="bijlage-1", title="Bijlage", parent=secret_parent)
    cited = Document.objects.create(
        identifier="kst-21501-02-9", title="Brief", dossier=dossier, ondernummer=9,
        date=datetime.date(2025, 1, 2),
    )  # fmt: skip
    plain = Document.objects.create(identifier="los-stuk", title="Los stuk")
    person = Person.objects.create(name="M. Minister", function="minister", slug="m-minister")
    nameless = Person.objects.create(name="Iemand", slug="iemand")
    debate = Debate.objects.create(
        kind=Debate.Kind.COMMISSIEDEBAT, date=datetime.date(2025, 3, 4), subject="Raad Buza",
        tk_number="2025A00001",
    )  # fmt: skip
    ministry = Ministry.objects.get(slug="defensie")
    specs = [
        dict(debate=debate, made_by=person, ministry=ministry, number="TZ202503-001",
             tk_id=uuid.UUID(int=7), text="=SUM(A1)\nregel twee",
             due_date=datetime.date(2020, 1, 1)),
        dict(document=cited, made_by=nameless, text="-minder", made_on=datetime.date(2025, 1, 2)),
        dict(document=annex, text="@annex van geheim", status=Commitment.Status.FULFILLED,
             fulfilled_on=datetime.date(2025, 2, 1)),
        dict(document=secret_parent, text="in geheim stuk; \"quotes\", komma"),
        dict(document=plain, text="ë ï ø", due_description="voor de top"),
    ]  # fmt: skip
    made = [
        Commitment.objects.create(key=f"vari-{n}", is_published=True, **spec)
        for n, spec in enumerate(specs)
    ]
    for document in (cited, annex, plain, secret_parent):
        Fulfilment.objects.create(commitment=made[0], document=document, passage="passage")
    Fulfilment.objects.create(commitment=made[2], document=plain)
    made[0].mentioned_in.add(cited, plain, secret_parent, annex)
    hidden = Commitment.objects.create(key="vari-concept", text="concept", is_published=False)
    Fulfilment.objects.create(commitment=hidden, document=plain)
    return made


def serializer_only(monkeypatch):
    """The API download without the fast path: every field through the serializer."""
    from commitments import bulk_rows

    monkeypatch.setattr(bulk_rows, "API_FIELDS", {})


@pytest.mark.parametrize(
    "suffix, params",
    [
        (".ndjson", {}),
        (".json", {}),
        (".csv", {}),
        (".csv", {"format": "csv-nl"}),
        (".ndjson", {"fields": "key,made_in,fulfilled_by,mentioned_in,updated_at"}),
        (".ndjson", {"ordering": "-due_date"}),
        (".ndjson", {"q": "geheim"}),
    ],
)
def test_api_fast_path_equals_the_serializer(varied, client, monkeypatch, suffix, params):
    fast = body(client.get(f"{API_EXPORT}{suffix}", params))
    serializer_only(monkeypatch)
    slow = body(client.get(f"{API_EXPORT}{suffix}", params))
    assert fast == slow
    assert "vari-2" in fast and "vari-concept" not in fast
    assert "Geheim stuk" not in fast and "geheim-1" not in fast and "bijlage-1" not in fast


def test_api_fast_path_keeps_the_nested_shapes(varied, client):
    rows = {
        row["key"]: row
        for row in map(json.loads, body(client.get(f"{API_EXPORT}.ndjson")).splitlines())
    }
    first = rows["vari-0"]
    assert first["made_in"]["type"] == "debate" and first["activity_number"] == "2025A00001"
    fulfilled = {d["identifier"]: d for d in first["fulfilled_by"]}
    assert set(fulfilled) == {"los-stuk", "kst-21501-02-9"}
    assert fulfilled["kst-21501-02-9"]["citation"] == "Kamerstuk 21 501-02, nr. 9"
    assert {d["identifier"] for d in first["mentioned_in"]} == {"los-stuk", "kst-21501-02-9"}
    assert first["tk_id"] == str(__import__("uuid").UUID(int=7))
    assert rows["vari-1"]["made_in"]["title"] == "Kamerstuk 21 501-02, nr. 9: Brief"
    assert rows["vari-2"]["made_in"] is None and rows["vari-3"]["made_in"] is None


def test_api_fast_path_covers_every_field_but_the_expansions(seed):
    from commitments import bulk_rows
    from commitments.api.serializers import CommitmentSerializer

    meta = CommitmentSerializer.Meta
    assert set(bulk_rows.API_FIELDS) == set(meta.fields) - set(meta.optional)


def test_api_expand_still_serializes(varied, client):
    rows = [
        json.loads(line)
        for line in body(client.get(f"{API_EXPORT}.ndjson", {"expand": "links"})).splitlines()
    ]
    assert all("links" in row for row in rows)


@pytest.mark.parametrize("prefix", ["", "/en"])
@pytest.mark.parametrize(
    "name, params",
    [
        ("export-csv", {}),
        ("export-csv", {"format": "csv-nl"}),
        ("export-json", {}),
        ("export-ndjson", {}),
        ("export-ndjson", {"ministry": "defensie"}),
    ],
)
def test_page_fast_path_equals_the_object_rendering(varied, client, rf, prefix, name, params):
    from django.db.models import Prefetch
    from django.utils import translation

    from commitments.views import default_order, public_commitments

    path = prefix + reverse(f"commitments:{name}").removeprefix("/en")
    fast = body(client.get(path, params))
    request = rf.get(path)
    queryset = default_order(public_commitments()).prefetch_related(
        Prefetch("fulfilled_by", queryset=Document.objects.public().order_by("identifier"))
    )
    if params.get("ministry"):
        queryset = queryset.filter(ministry__slug=params["ministry"])
    with translation.override("en" if prefix else "nl"):
        rows = [reference_page_row(commitment, request) for commitment in queryset]
        if name == "export-csv":
            delimiter = exports.CSV_DELIMITERS[params.get("format", "csv")]
            lines = exports.csv_lines(
                exports.EXPORT_FIELDS, (list(r.values()) for r in rows), delimiter=delimiter
            )
        elif name == "export-json":
            lines = exports.json_pieces(iter(rows))
        else:
            lines = exports.ndjson_lines(iter(rows))
        assert fast == "".join(lines)
    assert "vari-concept" not in fast and "Geheim stuk" not in fast and "geheim-1" not in fast
    if name == "export-csv":
        assert "'=SUM(A1)" in fast and "'-minder" in fast and "'@annex" in fast


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_calendar_from_columns_equals_the_icalendar_events(varied, client, rf, prefix):
    """The calendar is written from columns; each event is byte for byte the one
    ``icalendar`` made from the model instance, folding and escaping included."""
    import datetime
    from unittest import mock

    from django.utils import timezone, translation

    from commitments.views import public_commitments

    due = datetime.date(2026, 5, 1)
    long_ascii = "Een lange toezegging; met komma's, een \\ backslash en een ^ dakje. " * 4
    for n, (text, number, due_description) in enumerate(
        [
            (long_ascii, "TZ;1,2", "voor de zomer; of later"),
            ("Kort ë", None, ""),
            ("ë ï ø " * 40 + "\neen regel\r\nnog een", "TZ202605-007", "Q3"),
            ("x" * 74, None, "y" * 200),
        ]
    ):
        Commitment.objects.create(
            key=f"ics-{n}", is_published=True, text=text, number=number,
            due_description=due_description, due_date=due + datetime.timedelta(days=n),
        )  # fmt: skip
    Commitment.objects.create(key="ics-concept", is_published=False, text="concept", due_date=due)
    stamp = timezone.now().replace(microsecond=123456)
    path = prefix + reverse("commitments:export-ics").removeprefix("/en")
    with mock.patch("django.utils.timezone.now", return_value=stamp):
        fast = body(client.get(path))
    request = rf.get(path)
    queryset = (
        public_commitments()
        .filter(status__in=Commitment.OPEN_STATUSES, due_date__isnull=False)
        .order_by("due_date", "key")
    )
    with translation.override("en" if prefix else "nl"):
        events = [
            exports.IcsExportView.event(request, c, request.get_host(), stamp).to_ical().decode()
            for c in queryset
        ]
    assert len(events) == 6
    start = fast.index("BEGIN:VEVENT")
    assert fast[start : fast.rindex("END:VCALENDAR")] == "".join(events)
    assert "ics-concept" not in fast and "\\\\ backslash" in fast


def test_calendar_streams_from_columns(varied, client, small_chunks, django_assert_max_num_queries):
    for n in range(25):
        Commitment.objects.create(
            key=f"ics-{n:02d}", is_published=True, text=f"T {n}", due_date="2026-01-01"
        )
    # No query a row: 27 events are one cursor read ten rows a round trip.
    with django_assert_max_num_queries(12):
        response = client.get(reverse("commitments:export-ics"))
        text = body(response)
    assert response.streaming and text.count("BEGIN:VEVENT") == 27
    assert "vari-concept" not in text
