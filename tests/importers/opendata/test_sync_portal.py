"""sync against the portal stand-in (tests/data/opendata_real): its paging, faults and shapes.

Each defect of issue 19 has a test that fails without its fix, driven by the stand-in's
controls (``paging=portal``, ``fail=truncated``, ``bump``, ``trickle``, ...).
"""

import datetime
from urllib.parse import parse_qs, urlparse

import pytest
from django.core.management import CommandError

from commitments.importers.opendata import FetchError
from commitments.importers.opendata.sync import stamp_key, stamp_literal
from commitments.models import Commitment, SyncState

from .portal import DELETED_IN_V2, KARREMANS, NAIVE_IN_ATOM, PTSS

pytestmark = pytest.mark.django_db
Status = Commitment.Status


def synced_ids() -> set[str]:
    return {str(t) for t in Commitment.objects.exclude(tk_id=None).values_list("tk_id", flat=True)}


def odata_params(path: str) -> str:
    from urllib.parse import unquote

    return unquote(path)


# --- 1. OData paging as the portal does it --------------------------------------------------


def test_portal_paging_syncs_every_page_and_a_cluster_of_300_sharing_one_stamp(portal):
    # OpenDataPortaal #70: with $top no nextLink; without it 250 a page and a nextLink.
    portal.control(paging="portal", snapshot="big", big_n=600, big_cluster=300)
    sync = portal.sync()
    assert not sync.failed, sync.stats.errors
    assert len(synced_ids()) == 600
    requests = [odata_params(p) for p in portal.feed_requests()]
    assert len(requests) == 3
    assert not any("$top" in r for r in requests)
    state = SyncState.objects.get(feed="odata:Toezegging")
    last = max(portal.records(), key=lambda r: (r["ApiGewijzigdOp"], r["Id"]))
    assert state.position_id == last["Id"]
    assert state.last_success_at is not None and state.last_error == ""
    assert state.last_stats["records"] == 600  # each record once: the overlaps are not counted

    # A second run starts at the last record and finds nothing new.
    portal.control(reset=1)
    again = portal.sync()
    assert again.stats.as_dict()["created"] == 0
    assert len(portal.feed_requests()) == 1


def test_a_record_changed_mid_run_is_not_skipped(portal):
    # Offset paging ($skip=250 after page 1) misses the record that moves up into the gap.
    portal.control(paging="portal", snapshot="big", big_n=600)
    records = sorted(portal.records(), key=lambda r: (r["ApiGewijzigdOp"], r["Id"]))
    portal.control(bump=f"1:{records[10]['Id']}")
    sync = portal.sync()
    assert not sync.failed, sync.stats.errors
    assert len(synced_ids()) == 600
    assert not any("$skip=250" in odata_params(p) for p in portal.feed_requests())


def test_a_record_leaving_a_cluster_mid_run_is_not_skipped(portal):
    portal.control(paging="portal", snapshot="big", big_n=600, big_cluster=300)
    records = sorted(portal.records(), key=lambda r: (r["ApiGewijzigdOp"], r["Id"]))
    portal.control(bump=f"1:{records[5]['Id']}")
    sync = portal.sync()
    assert not sync.failed, sync.stats.errors
    assert len(synced_ids()) == 600


def test_a_relative_next_link_does_not_end_the_run(portal):
    portal.control(paging="relative", snapshot="big", big_n=300)
    assert not portal.sync().failed
    assert len(synced_ids()) == 300


def test_a_next_link_to_another_host_is_refused(portal):
    portal.control(paging="portal", snapshot="big", big_n=600, next_host="http://203.0.113.9:80")
    refused = portal.sync()
    assert refused.failed
    assert "another host refused" in refused.stats.errors[-1]
    assert "203.0.113.9" in SyncState.objects.get(feed="odata:Toezegging").last_error
    assert len(synced_ids()) == 250  # the page before the link is kept


def test_expand_brings_relations_and_toegezegd_aan(portal):
    sync = portal.sync()
    assert not sync.failed, sync.stats.errors
    promised = Commitment.objects.get(tk_id=KARREMANS)
    assert promised.tk_addressed_to == [
        {
            "persoon": "fba8374a-dd2d-5d32-8838-c810efa92f53",
            "fractie": "6f6517dc-6190-5f67-a33a-4c2d5e20b332",
        }
    ]
    links = {
        (link.from_commitment.number, link.kind, link.to_commitment.number)
        for c in Commitment.objects.all()
        for link in c.links_from.all()
    }
    assert ("TZ202507-023", "wijziging", "TZ202507-021") in links


# --- real payload shapes (issue 15 point 3) -------------------------------------------------


def test_real_statuses_are_mapped_and_unknown_ones_kept_raw_and_reported(portal):
    sync = portal.sync()
    rows = {c.number: c for c in Commitment.objects.exclude(tk_id=None)}
    assert len(rows) == 13  # none dropped, whatever its status
    by_raw = {}
    for c in rows.values():
        by_raw.setdefault(c.tk_status, set()).add(c.status)
    assert by_raw["Openstaand"] == {Status.OPEN}
    assert by_raw["Afgedaan"] == {Status.FULFILLED}
    assert by_raw["Voldaan"] == {Status.FULFILLED}
    assert by_raw["Deels Afgedaan"] == {Status.PARTLY_FULFILLED}
    assert by_raw["Vervallen"] == {Status.LAPSED}
    assert by_raw[""] == {Status.OPEN}  # empty or null: nothing said, so open
    assert by_raw["In behandeling"] == {Status.OPEN}  # kept raw, reported
    assert any("onbekende status 'In behandeling'" in w for w in sync.stats.warnings)
    assert sync.stats.as_dict()["unknown"] == 1
    # DatumNakoming 0001-01-01T00:00:00Z is empty; a real one is the Kamer's day.
    assert rows["TZ202507-004"].due_date is None
    assert rows["TZ202507-003"].due_date == datetime.date(2025, 9, 30)
    # Functie and Ministerie as given.
    assert rows["TZ202507-003"].tk_function == "Minister van Economische Zaken"
    assert rows["TZ202507-003"].tk_ministry == "Economische Zaken"


def test_syncfeed_real_shapes_repeated_elements_true_tombstones_and_naive_stamps(portal):
    sync = portal.sync("Persoon", "Toezegging", fmt="atom")
    assert not sync.failed, sync.stats.errors
    # verwijderd="True" (the live feed's capital) is a tombstone, not an error.
    assert not any("verwijderd" in e for e in sync.stats.errors)
    assert len(synced_ids()) == 13
    # A naive tk:bijgewerkt is UTC: the same instant as the record's ApiGewijzigdOp ("Z").
    naive = Commitment.objects.get(tk_id=NAIVE_IN_ATOM)
    assert naive.tk_updated_at == datetime.datetime(
        2025, 7, 3, 14, 10, 2, 210000, tzinfo=datetime.UTC
    )
    # Repeated <kamerbriefNakoming> and <toegezegdAan ref>: every one kept.
    letters = {tuple(c.tk_data["letters"]) for c in Commitment.objects.exclude(tk_id=None)}
    assert ("2025D31002", "2025D31003") in letters
    addressed = [c.tk_addressed_to for c in Commitment.objects.exclude(tk_addressed_to=[])]
    assert any(len(a) == 2 for a in addressed)

    # v2: a tombstone with verwijderd="true" unpublishes.
    portal.control(snapshot="v2")
    portal.sync(fmt="atom")
    assert not Commitment.objects.get(tk_id=DELETED_IN_V2).is_published


# --- 2. a damaged SyncFeed page ------------------------------------------------------------


def test_a_truncated_syncfeed_page_resumes_after_its_last_complete_entry(portal):
    portal.control(fail="truncated:SyncFeed:2:1")  # the second page, once, cut in half
    sync = portal.sync(fmt="atom")
    assert not sync.failed, sync.stats.errors
    assert len(synced_ids()) == 13
    assert any("afgebroken" in e for e in sync.stats.errors)


def test_a_broken_entry_is_reported_by_id_and_the_position_stays_before_it(portal):
    portal.control(fail="badjson:SyncFeed")  # every page's first entry is not XML, always
    sync = portal.sync(fmt="atom")
    assert sync.failed
    assert KARREMANS in sync.stats.errors[-1]  # the first entry of the feed
    state = SyncState.objects.get(feed="atom:Toezegging")
    assert state.position == ""  # nothing before it, so the feed starts over
    assert KARREMANS in state.last_error
    assert KARREMANS not in synced_ids()
    assert len(synced_ids()) == 4  # the rest of that page is applied (again next time)

    portal.control(fail="")
    assert not portal.sync(fmt="atom").failed
    assert len(synced_ids()) == 13


def test_a_broken_entry_once_is_read_again_and_the_run_goes_on(portal):
    portal.control(fail="badjson:SyncFeed:1:1")
    sync = portal.sync(fmt="atom")
    assert not sync.failed, sync.stats.errors
    assert len(synced_ids()) == 13


# --- 3. sync writes are versions, with history --------------------------------------------


def test_sync_writes_bump_the_version_so_a_stale_admin_form_cannot_undo_them(portal):
    from commitments.models import ConcurrentEditError

    portal.sync()
    clerk_copy = Commitment.objects.get(tk_id=PTSS)  # a clerk opens the form
    deleted_copy = Commitment.objects.get(tk_id=DELETED_IN_V2)
    portal.control(snapshot="v2")
    portal.sync()

    synced = Commitment.objects.get(tk_id=PTSS)
    assert synced.version == clerk_copy.version + 1
    assert synced.text.endswith("(gewijzigd: kabinetsreactie verzonden)")
    clerk_copy.notes = "gecontroleerd"
    with pytest.raises(ConcurrentEditError):
        clerk_copy.save()  # would have put the old text back
    deleted_copy.notes = "gezien"
    with pytest.raises(ConcurrentEditError):
        deleted_copy.save()  # would have re-published a toezegging the Kamer deleted
    assert not Commitment.objects.get(tk_id=DELETED_IN_V2).is_published

    latest = synced.history.first()
    assert (latest.history_type, latest.history_change_reason) == ("~", "Tweede Kamer open data")
    assert (latest.text, latest.version, latest.status) == (
        synced.text,
        synced.version,
        "fulfilled",
    )


def test_feed_edits_to_ministry_person_and_debate_leave_history_rows(portal):
    portal.sync()
    before = Commitment.objects.get(tk_id=KARREMANS)
    other = next(
        r
        for r in portal.records()
        if r.get("Activiteit_Id") and r["Activiteit_Id"] != str(before.debate.tk_id)
    )
    httpx_get = __import__("httpx").get
    httpx_get(
        f"{portal.url}/_patch",
        params={
            "entity": "Toezegging",
            "Id": KARREMANS,
            "Ministerie": '"Financiën"',
            "Naam": '"Heinen, E."',
            "Achternaam": '"Heinen"',
            "Initialen": '"E."',
            "Voornaam": '"Eelco"',
            "Activiteit_Id": f'"{other["Activiteit_Id"]}"',
            "ActiviteitNummer": f'"{other["ActiviteitNummer"]}"',
            "Activiteit": __import__("json").dumps(other["Activiteit"]),
            "ApiGewijzigdOp": '"2025-12-03T08:00:00.0000000Z"',
        },
    )
    portal.sync()
    after = Commitment.objects.get(tk_id=KARREMANS)
    assert after.ministry.name == "Financiën" and after.debate != before.debate
    assert after.tk_person_name == "Heinen, E."
    rows = list(after.history.order_by("history_date", "history_id"))
    assert [r.history_type for r in rows] == ["+", "~"]
    assert (rows[0].ministry_id, rows[0].debate_id) == (before.ministry_id, before.debate_id)
    assert (rows[1].ministry_id, rows[1].debate_id) == (after.ministry_id, after.debate_id)
    assert rows[1].tk_person_name == "Heinen, E."


# --- timeouts ------------------------------------------------------------------------------


def test_the_timeout_is_a_deadline_for_the_whole_answer_not_per_read(portal):
    portal.control(fail="trickle:Toezegging", trickle_n=8)  # a byte a second for 8 s
    client = portal.client(timeout=2, retries=0)
    with pytest.raises(FetchError, match="deadline per request"):
        client.get(f"{portal.url}/OData/v4/2.0/Toezegging")
    client.close()
    portal.wait_for(lambda entry: entry["ua"] == "trickle")  # its thread is done, not logging later


# --- unattended runs (issue 15 point 4) ------------------------------------------------------


def run_command(portal, *args):
    from io import StringIO

    from django.core.management import call_command

    out, err = StringIO(), StringIO()
    error = None
    try:
        call_command("sync_tweedekamer", "--base-url", portal.url, *args, stdout=out, stderr=err)
    except CommandError as raised:
        error = raised
    return out.getvalue(), err.getvalue(), error


@pytest.mark.parametrize("kind", ["500", "badjson", "hang"])
def test_a_portal_failing_mid_run_keeps_the_last_page_and_the_next_run_continues(portal, kind):
    portal.control(paging="portal", snapshot="big", big_n=600, fail=f"{kind}:Toezegging:2")
    _out, err, error = run_command(portal, "--retries", "0", "--timeout", "1")
    assert error is not None and error.returncode == 1  # the exit code cron sees
    assert "odata:Toezegging page 2 failed, position kept" in err
    assert len(synced_ids()) == 250
    records = sorted(portal.records(), key=lambda r: (r["ApiGewijzigdOp"], r["Id"]))
    state = SyncState.objects.get(feed="odata:Toezegging")
    assert state.position_id == records[249]["Id"]
    assert state.last_success_at is None and "page 2 failed" in state.last_error

    status, _, _ = run_command(portal, "--status")
    assert "last successful run: never" in status
    assert f"Id {records[249]['Id']}" in status
    assert "errors: odata:Toezegging page 2 failed" in status

    portal.control(fail="", reset=1)
    _, err, error = run_command(portal, "--retries", "0")
    assert error is None, err
    assert len(synced_ids()) == 600
    first = parse_qs(urlparse(portal.feed_requests()[0]).query)["$filter"][0]
    assert first == f"ApiGewijzigdOp ge {stamp_literal(stamp_key(records[249]['ApiGewijzigdOp']))}"
    status, _, _ = run_command(portal, "--status")
    assert "last successful run: never" not in status
    assert "errors: none" in status


def test_a_second_run_while_one_holds_the_lock_exits_cleanly_without_syncing(portal):
    from django.db import connection, connections

    from commitments.importers.opendata.lock import LOCK_KEY, lock_file_path

    if connection.vendor == "postgresql":
        other = connections.create_connection("default")
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
        release = other.close
    else:
        import fcntl

        handle = open(lock_file_path(), "a+")  # noqa: SIM115 - held across the run below
        fcntl.flock(handle, fcntl.LOCK_EX)
        release = handle.close
    try:
        _out, err, error = run_command(portal)
    finally:
        release()
    assert error is None
    assert "holds the lock; this run did nothing" in err
    assert portal.feed_requests() == []
    assert not SyncState.objects.exists()

    _, err, error = run_command(portal)  # the lock is free again
    assert error is None and len(synced_ids()) == 13


# --- clerk edits survive (issue 15 point 5) -------------------------------------------------


@pytest.mark.parametrize("fmt", ["odata", "atom"])
def test_clerk_edits_survive_resyncs_and_a_later_clerk_decision_is_a_conflict(portal, fmt):
    from commitments import services

    portal.sync(fmt=fmt)
    ptss = Commitment.objects.get(tk_id=PTSS)
    ptss.notes = "Besproken in de procedure."
    ptss.due_description = "na de zomer"
    ptss.save()
    # The griffie decides now, later than the Kamer's change in v2 (2 December 2025).
    services.lapse(ptss, on=datetime.date(2025, 12, 1), note="Vervallen volgens de griffie.")
    karremans = Commitment.objects.get(tk_id=KARREMANS)
    karremans.notes = "Eigen notitie."
    karremans.save()

    portal.control(snapshot="v2")
    second = portal.sync(fmt=fmt)
    portal.sync(fmt=fmt)  # and once more: nothing changes
    ptss.refresh_from_db()
    assert (ptss.notes, ptss.due_description) == ("Besproken in de procedure.", "na de zomer")
    assert ptss.status == Status.LAPSED  # the griffie's later decision stands
    assert ptss.feed_conflict
    assert ptss.text.endswith("(gewijzigd: kabinetsreactie verzonden)")  # the Kamer's new text
    conflict = ptss.events.get(kind="conflict")
    assert "Afgedaan" in conflict.note
    assert second.stats.as_dict()["conflicts"] == 1
    assert Commitment.objects.get(tk_id=KARREMANS).notes == "Eigen notitie."
