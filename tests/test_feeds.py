"""Atom feeds, the iCalendar of due dates, and CSV/JSON exports of the filtered list."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET

import icalendar
import pytest
import time_machine
from django.db import connection
from django.urls import reverse

from commitments.models import Commitment, Committee, Debate, Document, Fulfilment

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def atom_entries(response):
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    return [
        (entry.findtext(f"{ATOM}title"), entry.findtext(f"{ATOM}id"))
        for entry in root.findall(f"{ATOM}entry")
    ]


def test_feed_has_an_entry_per_registration_and_per_fulfilment(client, seed):
    entries = atom_entries(client.get(reverse("commitments:feed")))
    titles = [title for title, _id in entries]
    assert len(entries) == 5 + 2
    assert "Voldaan: navo-contactambassade-japan" in titles
    assert "Nieuwe toezegging: navo-contactambassade-japan" in titles
    assert len({entry_id for _title, entry_id in entries}) == len(entries)


def test_ministry_and_committee_feeds_are_scoped(client, seed):
    committee = Committee.objects.create(name="Defensie", slug="defensie-commissie")
    Debate.objects.filter(subject="Irak").update(committee=committee)
    ministry = atom_entries(
        client.get(reverse("commitments:feed-ministry", args=["buitenlandse-zaken"]))
    )
    assert {title.split(": ")[1] for title, _id in ministry} == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
        "navo-norm-standpunt",
    }
    committee_feed = atom_entries(
        client.get(reverse("commitments:feed-committee", args=["defensie-commissie"]))
    )
    assert [title for title, _id in committee_feed] == [
        "Nieuwe toezegging: irak-force-protection-nmi"
    ]
    assert client.get(reverse("commitments:feed-ministry", args=["nope"])).status_code == 404


def test_feed_leaves_out_unpublished_commitments(client, navo_norm_commitment):
    Commitment.objects.filter(pk=navo_norm_commitment.pk).update(is_published=False)
    response = client.get(reverse("commitments:feed"))
    assert b"navo-norm-standpunt" not in response.content
    assert navo_norm_commitment.text.encode() not in response.content


def test_calendar_has_open_due_dates_as_all_day_events(client, seed):
    response = client.get(reverse("commitments:export-ics"))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert event.decoded("dtstart") == datetime.date(2025, 6, 24)
    assert event.decoded("dtend") == datetime.date(2025, 6, 25)
    assert str(event["uid"]).startswith("navo-norm-standpunt@")
    assert "nieuwe NAVO-norm" in str(event["description"])
    assert str(event["url"]).endswith("/toezeggingen/navo-norm-standpunt/")


def test_calendar_follows_the_list_filters(client, seed):
    response = client.get(reverse("commitments:export-ics"), {"ministry": "defensie"})
    assert list(icalendar.Calendar.from_ical(response.content).walk("VEVENT")) == []
    bad = client.get(reverse("commitments:export-ics"), {"ministry": "bestaat-niet"})
    assert bad.status_code == 400


def test_csv_export_of_a_filtered_list(client, seed):
    response = client.get(reverse("commitments:export-csv"), {"status": "fulfilled"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert {row["key"] for row in rows} == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }
    assert all(row["fulfilled_by"] == "2024D50159" for row in rows)
    assert all(row["fulfilled_on"] == "2024-12-16" for row in rows)


def test_csv_cells_cannot_run_as_spreadsheet_formulas(client, japan_commitment):
    Commitment.objects.filter(pk=japan_commitment.pk).update(text="=HYPERLINK(1)")
    response = client.get(reverse("commitments:export-csv"), {"q": "HYPERLINK"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode().lstrip("\ufeff"))))
    if rows:  # PostgreSQL's Dutch parser may not index "=HYPERLINK(1)" as a word
        assert rows[0]["text"] == "'=HYPERLINK(1)"
    response = client.get(reverse("commitments:export-csv"))
    assert "'=HYPERLINK(1)" in response.content.decode()


def test_json_export_of_a_filtered_list(client, seed):
    with time_machine.travel(datetime.datetime(2026, 11, 23, 12, tzinfo=datetime.UTC), tick=False):
        response = client.get(reverse("commitments:export-json"), {"overdue": "true"})
    data = response.json()
    assert data["count"] == 1
    row = data["results"][0]
    assert row["key"] == "navo-norm-standpunt"
    assert row["overdue"] is True
    assert row["made_by"] == "C.C.J. Veldkamp"
    assert row["due_date"] == "2025-06-24"
    assert row["url"].endswith("/toezeggingen/navo-norm-standpunt/")


@pytest.mark.parametrize("name", ["export-csv", "export-json", "export-ics"])
def test_invalid_filter_on_an_export_is_a_400_naming_the_field(client, seed, name):
    response = client.get(reverse(f"commitments:{name}"), {"made_on_after": "gisteren"})
    assert response.status_code == 400
    assert "made_on" in response.json()["errors"]


def test_exports_never_name_a_confidential_fulfilment(client, japan_commitment):
    annex = Document.objects.get(identifier="kst-28676-448-vertrouwelijke-bijlage")
    Fulfilment.objects.create(commitment=japan_commitment, document=annex, passage="geheim")
    for name in ("export-csv", "export-json"):
        body = client.get(reverse(f"commitments:{name}")).content.decode()
        assert annex.identifier not in body
        assert annex.title not in body
        assert "2024D50159" in body


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="index plans are PostgreSQL's (the index exists on both)",
)
def test_feed_queries_read_an_index_instead_of_sorting_the_register(seed):
    """Both feed queries are a walk down an index (migration 0016): no Sort over every row."""
    from commitments.feeds import FEED_ITEMS
    from commitments.views import public_commitments

    queryset = public_commitments().order_by()
    new = queryset.order_by("-created_at", "key")[:FEED_ITEMS]
    fulfilled = queryset.fulfilled_by().order_by("-fulfilled_on", "key")[:FEED_ITEMS]
    with connection.cursor() as cursor:
        # A few rows: without these the planner would rightly scan and sort; with them it
        # still sorts unless an index gives the order.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        for query, index in (
            (new, "commitment_created_idx"),
            (fulfilled, "commitment_fulfilled_idx"),
        ):
            sql, params = query.query.sql_with_params()
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert index in plan, plan
            assert "Sort" not in plan.split(index)[0], plan
