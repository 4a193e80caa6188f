"""parse: OData JSON and SyncFeed XML pages, hostile or broken ones included."""

import datetime

import pytest
from django.core.management import CommandError, call_command

from commitments.importers.opendata import OpenDataSync
from commitments.importers.opendata.parse import PageError, as_date, parse_atom
from commitments.models import Commitment

from .feeds import DATA, write

pytestmark = pytest.mark.django_db


def test_year_one_means_no_date_and_midnight_is_the_dutch_day():
    assert as_date({"DatumNakoming": "0001-01-01T00:00:00Z"}, "DatumNakoming") is None
    assert as_date({"D": "2024-12-15T23:00:00Z"}, "D") == datetime.date(2024, 12, 16)


def test_entity_expansion_in_xml_is_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>&b;</title></feed>'
    )
    with pytest.raises(PageError, match="geweigerd"):
        parse_atom(bomb)


def test_a_page_that_is_not_json_is_reported_and_the_next_file_still_runs(db, tmp_path):
    broken = write(tmp_path, "broken.json", "{not json")
    with pytest.raises(CommandError):
        call_command(
            "sync_tweedekamer",
            from_file=[broken, str(DATA / "odata_toezegging_malformed.json")],
            verbosity=0,
        )
    assert Commitment.objects.filter(number="TZ202503-005").exists()


def test_a_broken_xml_entry_is_reported_and_the_others_are_applied(db):
    sync = OpenDataSync(fmt="atom")
    sync.run_files([str(DATA / "atom_broken.xml")])
    assert Commitment.objects.get().number == "TZ202502-101"
    assert any("ongeldige XML" in error for error in sync.stats.errors)


def test_naive_stamps_are_utc_and_naive_dates_are_the_day_written():
    from commitments.importers.opendata.parse import as_datetime

    fields = {"B": "2019-06-28T23:59:41.5570000", "D": "2025-11-20T00:00:00"}
    assert as_datetime(fields, "B") == datetime.datetime(
        2019, 6, 28, 23, 59, 41, 557000, tzinfo=datetime.UTC
    )
    assert as_date(fields, "D") == datetime.date(2025, 11, 20)
    assert as_date({"D": "2025-09-30T00:00:00+02:00"}, "D") == datetime.date(2025, 9, 30)


@pytest.mark.parametrize("raw", ["true", "True", "1"])
def test_syncfeed_tombstones_in_every_boolean_spelling(raw):
    page = parse_atom(
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><content>'
        '<persoon xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" '
        'xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" '
        f'id="1c889902-6ede-427c-8682-000f683fffaa" tk:verwijderd="{raw}"/>'
        "</content></entry></feed>"
    )
    (record,) = page.records
    assert record.deleted and not record.error
