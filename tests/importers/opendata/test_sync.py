"""Sync with the Tweede Kamer open data (OData JSON and Atom SyncFeed).

The payloads in tests/data/opendata/ are constructed from the documented schema, not captured.
HTTP is served by httpx.MockTransport, and once by a real http.server on 127.0.0.1.
"""

import datetime
import http.server
import json
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
import time_machine
from django.core import serializers
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments import services
from commitments.importers.opendata import FeedClient, FetchError, OpenDataSync
from commitments.importers.opendata.apply.commitments import CommitmentPage
from commitments.importers.opendata.items import map_status, ministry_key, person_key
from commitments.importers.opendata.parse import PageError, as_date, parse_atom
from commitments.models import (
    Commitment,
    CommitmentEvent,
    CommitmentLink,
    Debate,
    Document,
    Dossier,
    Fulfilment,
    Ministry,
    Person,
    SyncState,
)

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parents[2] / "data" / "opendata"
BASE = "https://gegevensmagazijn.tweedekamer.nl"
A = "a1111111-1111-4111-8111-111111111111"
B = "a2222222-2222-4222-8222-222222222222"
C = "a3333333-3333-4333-8333-333333333333"
D = "a4444444-4444-4444-8444-444444444444"
E = "a5555555-5555-4555-8555-555555555555"
Status = Commitment.Status


def payload(name: str) -> str:
    return (DATA / name).read_text()


def odata_handler(requests: list, pages: dict[str, str] | None = None):
    """Serve the OData files by entity; ``$skip`` asks for page two."""
    pages = pages or {}

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        path = request.url.path
        if path.endswith("/Document"):
            return httpx.Response(200, text=pages.get("Document", payload("odata_document.json")))
        if path.endswith("/Toezegging"):
            if "$skip" in parse_qs(request.url.query.decode()):
                return httpx.Response(
                    200, text=pages.get("page2", payload("odata_toezegging_page2.json"))
                )
            return httpx.Response(
                200, text=pages.get("page1", payload("odata_toezegging_page1.json"))
            )
        return httpx.Response(404)

    return handle


def run_odata(handler, entities=("Document", "Toezegging"), **kwargs) -> OpenDataSync:
    client = FeedClient(transport=httpx.MockTransport(handler), sleep=lambda s: None)
    sync = OpenDataSync(client=client, base_url=BASE, fmt="odata", **kwargs)
    for entity in entities:
        sync.run_feed(entity)
    return sync


def write(tmp_path: Path, name: str, data) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)
    return str(path)


def dump_register() -> str:
    models = [Commitment, Debate, Document, Dossier, Person, Ministry, Fulfilment, CommitmentLink]
    rows = [obj for model in models for obj in model.objects.order_by("pk")]
    text = serializers.serialize("json", rows)
    events = list(
        CommitmentEvent.objects.order_by("pk").values_list("pk", "commitment_id", "kind", "note")
    )
    return text + json.dumps(events)


def commitment(guid: str) -> Commitment:
    return Commitment.objects.get(tk_id=guid)


# --- values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Openstaand", Status.OPEN),
        ("Afgedaan", Status.FULFILLED),
        ("voldaan", Status.FULFILLED),
        ("Deels Afgedaan", Status.PARTLY_FULFILLED),
        ("  deels   VOLDAAN ", Status.PARTLY_FULFILLED),
        ("Vervallen", Status.LAPSED),
        ("In behandeling", None),
        ("", None),
    ],
)
def test_tk_status_maps_case_and_space_insensitively(raw, expected):
    assert map_status(raw) == expected


def test_year_one_means_no_date_and_midnight_is_the_dutch_day():
    assert as_date({"DatumNakoming": "0001-01-01T00:00:00Z"}, "DatumNakoming") is None
    assert as_date({"D": "2024-12-15T23:00:00Z"}, "D") == datetime.date(2024, 12, 16)


def test_names_of_people_and_ministries_are_normalised():
    assert person_key("Veldkamp, C.C.J.") == person_key("C.C.J. Veldkamp")
    assert ministry_key("Ministerie van Buitenlandse Zaken") == ministry_key("buitenlandse zaken")


def test_entity_expansion_in_xml_is_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>&b;</title></feed>'
    )
    with pytest.raises(PageError, match="geweigerd"):
        parse_atom(bomb)


# --- OData sync --------------------------------------------------------------------------


def test_odata_sync_creates_commitments_linked_to_the_register(seed):
    requests = []
    sync = run_odata(odata_handler(requests))

    a = commitment(A)
    assert a.key == "tz202412-116"
    assert a.is_published
    assert a.status == Status.FULFILLED
    assert a.tk_status == "Afgedaan"
    # The letter in the seed (2024D50159) fulfils it, dated as the letter.
    assert list(a.fulfilled_by.values_list("identifier", flat=True)) == ["2024D50159"]
    assert a.fulfilled_on == datetime.date(2024, 12, 16)
    assert a.due_date is None  # 0001-01-01 means empty
    assert a.made_by.slug == "veldkamp"
    assert a.ministry.slug == "buitenlandse-zaken"
    assert a.debate.tk_number == "2024A05766"
    assert a.debate.kind == Debate.Kind.COMMISSIEDEBAT
    assert a.debate.committee.abbreviation == "BuZa"
    assert a.made_on == datetime.date(2024, 11, 27)
    created = a.events.get()
    assert created.source == CommitmentEvent.Source.OPEN_DATA
    assert created.evidence.identifier == "2024D50159"

    b = commitment(B)
    assert b.made_by is None
    assert (b.tk_person_name, b.tk_function) == ("Brekelmans, R.P.", "Minister van Defensie")
    assert b.ministry.slug == "defensie"  # "Ministerie van Defensie" is the seed's Defensie
    assert b.due_date == datetime.date(2025, 3, 1)
    assert b.links_from.get().to_commitment == a
    assert b.links_from.get().kind == CommitmentLink.Kind.HERHALING

    c = commitment(C)
    assert (c.status, c.tk_status) == (Status.OPEN, "In behandeling")
    # Repeated KamerbriefNakoming: the GUID resolves to the synced Kamerstuk, the number not yet.
    assert list(c.fulfilled_by.values_list("identifier", flat=True)) == ["kst-28676-480"]
    assert c.tk_unresolved.split() == ["2025D01234", "activiteit:2025A00001"]
    assert any("onbekende status 'In behandeling'" in w for w in sync.stats.warnings)

    d = commitment(D)
    assert d.status == Status.PARTLY_FULFILLED
    assert d.links_from.get().to_commitment == c
    e = commitment(E)
    assert (e.status, e.fulfilled_on) == (Status.LAPSED, None)
    assert e.tk_unresolved == "wijziging:a9999999-9999-4999-8999-999999999999"

    document = Document.objects.get(tk_number="2025D05555")
    assert document.identifier == "kst-28676-480"
    assert document.dossier.title == "NAVO"
    assert Document.objects.get(tk_number="2025D05556").ondernummer is None  # Volgnummer -1

    assert sync.stats.as_dict()["created"] == 5 + 2 + 1  # commitments, documents, debate
    assert sync.stats.as_dict()["unknown"] == 1
    assert len(requests) == 3  # Document, Toezegging page 1, page 2 through the nextLink
    assert "$skip=3" in str(requests[2].url)
    state = SyncState.objects.get(feed="odata:Toezegging")
    assert state.position == "2025-02-21T11:00:05+00:00".replace("+00:00", "Z")
    assert requests[1].headers["User-Agent"].startswith("toezeggingen-tracker")


def test_second_run_changes_nothing(seed):
    run_odata(odata_handler([]))
    before = dump_register()
    requests = []
    second = run_odata(odata_handler(requests))
    assert dump_register() == before
    stats = second.stats.as_dict()
    assert (stats["created"], stats["updated"], stats["errors"]) == (0, 0, 0)
    # Incremental: the second run asks only for what changed since the stored position.
    assert "ApiGewijzigdOp ge 2025-02-21T11:00:05Z" in requests[1].url.params["$filter"]


def test_a_clerks_own_edits_survive_a_resync(seed, tmp_path, agenda_fmm_2024):
    run_odata(odata_handler([]))
    a = commitment(A)
    a.notes = "Besproken in de procedurevergadering."
    a.text = "Door de griffie verduidelijkte tekst."
    a.save()
    a.mentioned_in.add(agenda_fmm_2024)
    Fulfilment.objects.create(commitment=a, document=agenda_fmm_2024, passage="Zie p. 2.")

    # The Kamer changes something else on the record: only that is applied.
    page = json.loads(payload("odata_toezegging_page1.json"))
    page["value"][0]["Functie"] = "Minister van Buitenlandse Zaken (demissionair)"
    page["value"][0]["GewijzigdOp"] = "2025-01-05T10:00:00+01:00"
    call_command("sync_tweedekamer", from_file=[write(tmp_path, "p.json", page)], verbosity=0)

    a.refresh_from_db()
    assert a.notes == "Besproken in de procedurevergadering."
    assert a.text == "Door de griffie verduidelijkte tekst."
    assert list(a.mentioned_in.all()) == [agenda_fmm_2024]
    assert a.fulfilments.count() == 2
    assert a.tk_function == "Minister van Buitenlandse Zaken (demissionair)"


def test_a_feed_status_older_than_the_clerks_decision_is_recorded_not_applied(seed, tmp_path):
    run_odata(odata_handler([]))
    b = commitment(B)
    with time_machine.travel(datetime.datetime(2025, 3, 5, 12, tzinfo=datetime.UTC)):
        services.lapse(b, on=datetime.date(2025, 3, 5), note="Vervallen na kabinetswissel.")

    page = json.loads(payload("odata_toezegging_page1.json"))
    page["value"][1]["Status"] = "Afgedaan"
    page["value"][1]["GewijzigdOp"] = "2025-03-01T09:00:00+01:00"  # before the clerk's decision
    out = call_command_output(
        "sync_tweedekamer", from_file=[write(tmp_path, "p.json", page)], verbosity=1
    )

    b.refresh_from_db()
    assert b.status == Status.LAPSED
    assert b.tk_status == "Afgedaan"
    assert b.feed_conflict
    conflict = b.events.get(kind=CommitmentEvent.Kind.CONFLICT)
    assert conflict.source == CommitmentEvent.Source.OPEN_DATA
    assert "'Afgedaan'" in conflict.note
    assert "conflicts 1" in out

    # Re-reading the same record does not pile up conflict events.
    call_command("sync_tweedekamer", from_file=[write(tmp_path, "p.json", page)], verbosity=0)
    assert b.events.filter(kind=CommitmentEvent.Kind.CONFLICT).count() == 1


def test_a_feed_status_newer_than_the_clerks_decision_is_applied_with_an_event(seed, tmp_path):
    run_odata(odata_handler([]))
    b = commitment(B)
    with time_machine.travel(datetime.datetime(2025, 1, 5, 12, tzinfo=datetime.UTC)):
        services.lapse(b, on=datetime.date(2025, 1, 5))
    page = json.loads(payload("odata_toezegging_page1.json"))
    page["value"][1]["Status"] = "Afgedaan"
    page["value"][1]["KamerbriefNakoming"] = "2024D50159"
    page["value"][1]["GewijzigdOp"] = "2025-02-01T09:00:00+01:00"
    call_command("sync_tweedekamer", from_file=[write(tmp_path, "p.json", page)], verbosity=0)

    b.refresh_from_db()
    assert (b.status, b.feed_conflict) == (Status.FULFILLED, False)
    assert b.fulfilled_on == datetime.date(2024, 12, 16)
    event = b.events.filter(kind=CommitmentEvent.Kind.STATUS).latest("recorded_at")
    assert (event.old_status, event.new_status) == (Status.LAPSED, Status.FULFILLED)
    assert event.source == CommitmentEvent.Source.OPEN_DATA


def test_afgedaan_without_a_known_letter_is_recorded_and_linked_later(seed, tmp_path):
    page = json.loads(payload("odata_toezegging_page1.json"))
    record = page["value"][0]
    record["KamerbriefNakoming"] = "2025D05555"  # not in the register yet
    call_command("sync_tweedekamer", from_file=[write(tmp_path, "p.json", page)], verbosity=0)
    a = commitment(A)
    assert a.status == Status.FULFILLED
    assert a.fulfilled_on == datetime.date(2024, 12, 17)  # GewijzigdOp, no letter date known
    assert a.tk_unresolved == "2025D05555"
    assert "nog niet in het register" in a.events.get().note

    call_command("sync_tweedekamer", from_file=[str(DATA / "odata_document.json")], verbosity=0)
    a.refresh_from_db()
    assert a.tk_unresolved == ""
    assert list(a.fulfilled_by.values_list("tk_number", flat=True)) == ["2025D05555"]


def test_malformed_records_are_reported_one_by_one_and_the_rest_is_applied(db):
    sync = OpenDataSync(fmt=None)
    sync.run_files([str(DATA / "odata_toezegging_malformed.json")])
    errors = "\n".join(sync.stats.errors)
    assert "not-a-guid: Id is geen GUID" in errors
    assert "DatumNakoming is geen geldige datum" in errors
    assert "Tekst is geen tekst: 42" in errors
    assert "Tekst ontbreekt" in errors
    assert "record is geen object" in errors
    assert "Verwijderd is geen boolean" in errors
    assert len(sync.stats.errors) == 6
    assert list(Commitment.objects.values_list("number", flat=True)) == ["TZ202503-005"]
    assert not sync.failed


def test_a_page_that_is_not_json_is_reported_and_the_next_file_still_runs(db, tmp_path):
    broken = write(tmp_path, "broken.json", "{not json")
    with pytest.raises(CommandError):
        call_command(
            "sync_tweedekamer",
            from_file=[broken, str(DATA / "odata_toezegging_malformed.json")],
            verbosity=0,
        )
    assert Commitment.objects.filter(number="TZ202503-005").exists()


def test_tombstone_unpublishes_and_never_deletes(seed):
    run_odata(odata_handler([]))
    sync = OpenDataSync(fmt="odata")
    sync.run_files([str(DATA / "odata_toezegging_tombstone.json")])
    b = commitment(B)
    assert not b.is_published
    assert b not in Commitment.objects.public()
    assert "niet meer gepubliceerd" in b.events.get(kind=CommitmentEvent.Kind.NOTE).note
    assert sync.stats.as_dict()["unpublished"] == 1
    again = OpenDataSync(fmt="odata")
    again.run_files([str(DATA / "odata_toezegging_tombstone.json")])
    assert again.stats.as_dict()["unpublished"] == 0
    assert b.events.filter(kind=CommitmentEvent.Kind.NOTE).count() == 1


def test_a_crash_mid_page_leaves_that_page_unwritten_and_the_position_unchanged(seed, monkeypatch):
    original = CommitmentPage.write_children
    calls = {"n": 0}

    def crash_on_second_page(self):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        original(self)

    monkeypatch.setattr(CommitmentPage, "write_children", crash_on_second_page)
    sync = run_odata(odata_handler([]), entities=["Toezegging"])
    assert sync.failed
    assert "disk full" in sync.stats.errors[-1]
    assert set(Commitment.objects.exclude(tk_id=None).values_list("number", flat=True)) == {
        "TZ202412-116",
        "TZ202412-117",
        "TZ202501-001",
    }
    position = SyncState.objects.get(feed="odata:Toezegging").position
    assert position == "2025-02-11T07:00:03Z"  # end of page 1

    monkeypatch.setattr(CommitmentPage, "write_children", original)
    requests = []
    resumed = run_odata(odata_handler(requests), entities=["Toezegging"])
    assert "ge 2025-02-11T07:00:03Z" in requests[0].url.params["$filter"]
    assert not resumed.failed
    assert Commitment.objects.filter(tk_id=E).exists()


# --- Atom SyncFeed -----------------------------------------------------------------------


def atom_handler(requests: list):
    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        token = request.url.params.get("skiptoken")
        if token is None:
            return httpx.Response(200, text=payload("atom_page1.xml"))
        if token == "1002":
            return httpx.Response(200, text=payload("atom_page2.xml"))
        return httpx.Response(200, text=payload("atom_page2.xml").split("<entry>")[0] + "</feed>")

    return handle


def test_atom_sync_follows_skiptokens_and_unpublishes_tombstones(seed):
    requests = []
    client = FeedClient(transport=httpx.MockTransport(atom_handler(requests)), sleep=lambda s: 0)
    sync = OpenDataSync(client=client, base_url=BASE, fmt="atom")
    sync.run_feed("Toezegging")

    first = Commitment.objects.get(number="TZ202501-050")
    assert first.debate.tk_number == "2025A00123"
    assert first.debate.kind == Debate.Kind.PLENAIR_DEBAT
    assert first.fulfilled_by.get().identifier == "2024D50159"
    assert first.tk_unresolved == "2025D09999"
    assert not first.is_published  # its tombstone came on page 2
    second = Commitment.objects.get(number="TZ202502-001")
    assert second.status == Status.FULFILLED  # "Voldaan"
    assert second.ministry.slug == "buitenlandse-zaken"
    assert second.links_from.get().to_commitment == first
    assert SyncState.objects.get(feed="atom:Toezegging").position == "1004"
    assert [r.url.params.get("skiptoken") for r in requests] == [None, "1002"]

    requests.clear()
    again = OpenDataSync(client=client, base_url=BASE, fmt="atom")
    again.run_feed("Toezegging")
    assert requests[0].url.params["skiptoken"] == "1004"
    assert again.stats.as_dict()["created"] == 0


def test_a_broken_xml_entry_is_reported_and_the_others_are_applied(db):
    sync = OpenDataSync(fmt="atom")
    sync.run_files([str(DATA / "atom_broken.xml")])
    assert Commitment.objects.get().number == "TZ202502-101"
    assert any("ongeldige XML" in error for error in sync.stats.errors)


# --- HTTP --------------------------------------------------------------------------------


def test_server_errors_are_retried_with_backoff_then_succeed():
    answers = iter([httpx.Response(503), httpx.Response(429), httpx.Response(200, text="ok")])
    sleeps = []
    client = FeedClient(
        transport=httpx.MockTransport(lambda request: next(answers)),
        sleep=sleeps.append,
        backoff=0.5,
    )
    assert client.get(f"{BASE}/x") == "ok"
    assert sleeps == [0.5, 1.0]


def test_a_page_that_keeps_failing_leaves_the_position_unchanged(seed):
    run_odata(odata_handler([]), entities=["Toezegging"])
    state_before = SyncState.objects.get(feed="odata:Toezegging").position
    sleeps = []
    client = FeedClient(
        transport=httpx.MockTransport(lambda request: httpx.Response(500)),
        sleep=sleeps.append,
        retries=3,
    )
    sync = OpenDataSync(client=client, base_url=BASE, fmt="odata")
    sync.run_feed("Toezegging")
    assert sync.failed
    assert len(sleeps) == 3
    assert SyncState.objects.get(feed="odata:Toezegging").position == state_before


def test_a_client_error_is_not_retried():
    sleeps = []
    client = FeedClient(
        transport=httpx.MockTransport(lambda request: httpx.Response(404)), sleep=sleeps.append
    )
    with pytest.raises(FetchError, match="HTTP 404"):
        client.get(f"{BASE}/x")
    assert sleeps == []


# --- bulk writes -------------------------------------------------------------------------


def synthetic_page(count: int, offset: int = 0) -> str:
    records = [
        {
            "Id": f"00000000-0000-4000-8000-{offset + n:012d}",
            "Nummer": f"TZ209901-{offset + n:03d}",
            "Tekst": f"Synthetische toezegging {n}.",
            "Status": "Afgedaan" if n % 2 else "Openstaand",
            "Ministerie": "Buitenlandse Zaken",
            "Naam": "Veldkamp, C.C.J.",
            "KamerbriefNakoming": "2024D50159",
            "Aanmaakdatum": "2024-11-01T10:00:00+01:00",
            "GewijzigdOp": "2025-01-01T10:00:00+01:00",
            "ApiGewijzigdOp": "2025-01-01T09:00:00Z",
            "Verwijderd": False,
        }
        for n in range(count)
    ]
    return json.dumps({"@odata.context": "x/$metadata#Toezegging", "value": records})


def test_page_queries_do_not_grow_with_the_number_of_records(seed, tmp_path):
    # 30, not more: SQLite's bulk insert splits at 999 parameters (about 32 commitments).
    small = write(tmp_path, "s.json", synthetic_page(5))
    large = write(tmp_path, "l.json", synthetic_page(30, offset=100))
    counts = []
    for path in (small, large):
        sync = OpenDataSync(fmt="odata")
        with CaptureQueriesContext(connection) as queries:
            sync.run_files([path])
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_a_page_of_new_commitments_takes_a_fixed_number_of_queries(
    seed, tmp_path, django_assert_max_num_queries
):
    path = write(tmp_path, "l.json", synthetic_page(60))
    with django_assert_max_num_queries(25):
        OpenDataSync(fmt="odata").run_files([path])
    assert Commitment.objects.filter(number__startswith="TZ209901").count() == 60


def expanded_page(count: int, offset: int = 0, subject: str = "Commissiedebat NAVO") -> str:
    """Records as the bench sends them: each with its own expanded Activiteit, a letter that
    is in the register, one that is not, and a link to the previous record."""
    records = []
    for n in range(offset, offset + count):
        record = json.loads(synthetic_page(1, offset=n))["value"][0]
        record["ActiviteitNummer"] = f"2099A{n:05d}"
        record["Activiteit"] = {
            "Id": f"00000000-0000-4000-9000-{n:012d}",
            "Soort": "Commissiedebat",
            "Nummer": f"2099A{n:05d}",
            "Onderwerp": f"{subject} {n}",
            "Datum": "2024-11-01T00:00:00+01:00",
            "Voortouwafkorting": "BuZa",
            "Voortouwnaam": "vaste commissie voor Buitenlandse Zaken",
        }
        record["KamerbriefNakoming"] = ["2024D50159", f"2099D{n:05d}"]
        if n > offset:
            record["IsHerhalingVan"] = [{"Id": f"00000000-0000-4000-8000-{n - 1:012d}"}]
        records.append(record)
    return json.dumps({"@odata.context": "x/$metadata#Toezegging(Activiteit())", "value": records})


# On SQLite a bulk insert is split at 999 parameters, so there 100 records take three more
# queries than 10 (batches of one insert); on PostgreSQL new rows go in with one COPY per table.
SQLITE_BATCHES = 3


@pytest.mark.parametrize("count", [10, 100])
def test_a_first_load_page_takes_the_same_queries_whatever_its_size(
    seed, tmp_path, count, django_assert_max_num_queries
):
    path = write(tmp_path, "p.json", expanded_page(count))
    limit = 29 if connection.vendor == "postgresql" else 24 + SQLITE_BATCHES
    with django_assert_max_num_queries(limit):
        sync = OpenDataSync(fmt="odata")
        sync.run_files([path])
    stats = sync.stats.as_dict()
    assert stats["created"] == 2 * count  # commitments and their debates
    assert stats["errors"] == 0
    assert Commitment.objects.filter(number__startswith="TZ209901").count() == count
    assert Debate.objects.filter(tk_number__startswith="2099A").count() == count
    assert CommitmentEvent.objects.filter(commitment__number__startswith="TZ209901").count() == (
        count
    )
    fulfilments = Fulfilment.objects.filter(commitment__number__startswith="TZ209901")
    assert set(fulfilments.values_list("document__identifier", flat=True)) == {"2024D50159"}
    assert fulfilments.count() == count
    assert CommitmentLink.objects.filter(from_commitment__number__startswith="TZ2099").count() == (
        count - 1
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's")
def test_page_queries_are_equal_for_ten_and_a_hundred_records_on_postgresql(seed, tmp_path):
    # A first page creates the committee; after that the two pages start from the same state.
    OpenDataSync(fmt="odata").run_files([write(tmp_path, "w.json", expanded_page(1, 5000))])
    counts = []
    for count, offset in ((10, 0), (100, 1000)):
        path = write(tmp_path, f"p{count}.json", expanded_page(count, offset))
        with CaptureQueriesContext(connection) as queries:
            OpenDataSync(fmt="odata").run_files([path])
        counts.append(len(queries))
        assert any(q["sql"].startswith("COPY") for q in queries.captured_queries)
    assert counts[0] == counts[1]


@pytest.mark.parametrize("count", [10, 100])
def test_a_resync_page_takes_the_same_queries_whatever_its_size(
    seed, tmp_path, count, django_assert_max_num_queries
):
    path = write(tmp_path, "p.json", expanded_page(count))
    OpenDataSync(fmt="odata").run_files([path])
    before = dump_register()
    # Every record still names a letter the register lacks, so each is looked at again.
    limit = 15
    with django_assert_max_num_queries(limit):
        again = OpenDataSync(fmt="odata")
        again.run_files([path])
    assert dump_register() == before
    stats = again.stats.as_dict()
    assert (stats["created"], stats["updated"], stats["unchanged"]) == (0, 0, 2 * count)
    assert stats["unresolved"] == count


def test_an_activity_repeated_on_later_pages_is_written_once_and_changes_still_apply(
    seed, tmp_path
):
    first = json.loads(expanded_page(3))
    second = json.loads(expanded_page(3, offset=3))
    # Page two names page one's first activity again, unchanged; page three renames it.
    second["value"][0]["Activiteit"] = first["value"][0]["Activiteit"]
    third = json.loads(expanded_page(1, offset=6))
    third["value"][0]["Activiteit"] = {**first["value"][0]["Activiteit"], "Onderwerp": "Nieuw"}
    paths = [write(tmp_path, f"{n}.json", page) for n, page in enumerate((first, second, third))]
    sync = OpenDataSync(fmt="odata")
    with CaptureQueriesContext(connection) as queries:
        sync.run_files(paths)
    debate = Debate.objects.get(tk_number="2099A00000")
    assert debate.subject == "Nieuw"
    assert debate.commitments.count() == 3
    assert sync.stats.counts[("Activiteit", "created")] == 5
    assert sync.stats.counts[("Activiteit", "unchanged")] == 1
    assert sync.stats.counts[("Activiteit", "updated")] == 1
    # The second page's lookup asks only for its two new activities.
    debate_reads = [q for q in queries.captured_queries if 'FROM "commitments_debate"' in q["sql"]]
    assert "2099A00000" not in debate_reads[1]["sql"]


def test_an_activity_a_clerk_entered_is_found_by_kind_date_and_subject(seed, tmp_path):
    clerk = Debate.objects.create(
        kind=Debate.Kind.COMMISSIEDEBAT, date=datetime.date(2024, 11, 1), subject="NAVO 0"
    )
    path = write(tmp_path, "p.json", expanded_page(2, subject="NAVO"))
    OpenDataSync(fmt="odata").run_files([path])
    clerk.refresh_from_db()
    assert clerk.tk_number == "2099A00000"  # a blank filled in
    assert Commitment.objects.get(number="TZ209901-000").debate == clerk
    assert Debate.objects.filter(subject__startswith="NAVO").count() == 2


def test_synced_rows_get_events_but_no_model_history(seed, tmp_path):
    # Documented: the sync's bulk writes bypass django-simple-history; events record them.
    history_before = Commitment.history.count()
    path = write(tmp_path, "p.json", expanded_page(5))
    OpenDataSync(fmt="odata").run_files([path])
    created = Commitment.objects.filter(number__startswith="TZ209901")
    assert created.count() == 5
    assert Commitment.history.count() == history_before
    for row in created:
        event = row.events.get()
        assert (event.kind, event.source) == ("created", "open_data")
        assert event.new_status == row.status
        assert row.created_at is not None and row.updated_at is not None
        assert row.version == 1 and row.is_published
    # The rows are ordinary rows afterwards: a clerk's save works and bumps the version.
    row = created.first()
    row.notes = "gecontroleerd"
    row.save()
    assert row.version == 2


# --- the command over real HTTP ----------------------------------------------------------


@pytest.fixture
def feed_server():
    """A local SyncFeed: /SyncFeed/2.0/Feed serves page 1, then page 2 for skiptoken 1002."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            token = parse_qs(urlparse(self.path).query).get("skiptoken", [None])[0]
            name = {None: "atom_page1.xml", "1002": "atom_page2.xml"}.get(token)
            body = payload(name) if name else '<feed xmlns="http://www.w3.org/2005/Atom"/>'
            body = body.replace(BASE, f"http://127.0.0.1:{self.server.server_port}")
            self.send_response(200)
            self.send_header("Content-Type", "application/atom+xml")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def call_command_output(*args, **kwargs) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO(), **kwargs)
    return out.getvalue()


def test_sync_command_end_to_end_over_http(seed, feed_server):
    out = call_command_output("sync_tweedekamer", base_url=feed_server, fmt="atom")
    assert "atom:Toezegging page 1: 2 records" in out
    assert out.strip().splitlines()[-1] == (
        "Sync finished: created 3, updated 1, unchanged 0, unpublished 1, conflicts 0, "
        "unknown values 0, unresolved 1, errors 0."
    )
    out = call_command_output("sync_tweedekamer", base_url=feed_server, fmt="atom")
    assert "created 0, updated 0" in out


def test_since_must_be_a_date():
    with pytest.raises(CommandError):
        call_command("sync_tweedekamer", "--since", "gisteren")


@pytest.mark.parametrize("size", [0, -5, 100_000])
def test_page_size_out_of_range_is_a_clear_error(db, size):
    with pytest.raises(CommandError, match="--page-size"):
        call_command("sync_tweedekamer", page_size=size, verbosity=0)
