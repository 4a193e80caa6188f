"""apply: what a page of records writes into the register.

Rows linked to the register's debates, documents and persons; a clerk's edits and decisions
kept; conflicts, tombstones and late letters; activities found again.
"""

import datetime
import json

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments import services, summary
from commitments.importers.opendata import OpenDataSync
from commitments.models import (
    Commitment,
    CommitmentEvent,
    CommitmentLink,
    Debate,
    Document,
    Fulfilment,
    SyncState,
)

from .feeds import (
    DATA,
    A,
    B,
    C,
    D,
    E,
    Status,
    call_command_output,
    commitment,
    expanded_page,
    odata_handler,
    payload,
    run_odata,
    write,
)

pytestmark = pytest.mark.django_db


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
    assert len(requests) == 3  # Document, Toezegging page 1, page 2
    # Page 2 from the last record of page 1 (a keyset), not at an offset (issue 19).
    assert requests[2].url.params["$filter"] == "ApiGewijzigdOp ge 2025-02-11T07:00:03Z"
    assert "$skip" not in requests[2].url.params
    state = SyncState.objects.get(feed="odata:Toezegging")
    assert state.position == "2025-02-21T11:00:05+00:00".replace("+00:00", "Z")
    assert requests[1].headers["User-Agent"].startswith("toezeggingen-tracker")


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
    assert summary.drift() == []  # unpublished by the sync: gone from the running totals


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


def test_synced_rows_get_events_and_a_history_row_each(seed, tmp_path):
    # Issue 19: the bulk writes record django-simple-history rows like save() would.
    history_before = Commitment.history.count()
    path = write(tmp_path, "p.json", expanded_page(5))
    OpenDataSync(fmt="odata").run_files([path])
    created = Commitment.objects.filter(number__startswith="TZ209901")
    assert created.count() == 5
    assert Commitment.history.count() == history_before + 5
    for row in created:
        event = row.events.get()
        assert (event.kind, event.source) == ("created", "open_data")
        assert event.new_status == row.status
        assert row.created_at is not None and row.updated_at is not None
        assert row.version == 1 and row.is_published
        record = row.history.get()
        assert (record.history_type, record.history_change_reason) == (
            "+",
            "Tweede Kamer open data",
        )
        assert (record.text, record.version) == (row.text, 1)
    # The rows are ordinary rows afterwards: a clerk's save works and bumps the version.
    row = created.first()
    row.notes = "gecontroleerd"
    row.save()
    assert row.version == 2


def test_a_new_rows_history_copies_each_tracked_column_and_its_event_gets_the_defaults(
    seed, tmp_path
):
    # The history row is written from the commitment row's values, the event from its field
    # values (no model instance): every column must come out as the models would write it.
    path = write(tmp_path, "p.json", expanded_page(5))
    OpenDataSync(fmt="odata").run_files([path])
    # The search vector is the database's (a trigger), not the object's.
    tracked = [f.attname for f in Commitment.history.model.tracked_fields]
    tracked = [name for name in tracked if name != "search_vector"]
    created = Commitment.objects.filter(number__startswith="TZ209901")
    for row in created:
        record = row.history.get()
        assert {n: getattr(record, n) for n in tracked} == {n: getattr(row, n) for n in tracked}
    events = CommitmentEvent.objects.filter(commitment__in=created)
    assert len({event.uid for event in events}) == 5
    for event in events:
        assert (event.old_status, event.old_due_date, event.user_id) == ("", None, None)
        assert event.recorded_at is not None and event.note.startswith("Tweede Kamer open data")
