"""items: a raw record becomes a checked item, or a RecordError reported by its id."""

import pytest

from commitments.importers.opendata import OpenDataSync
from commitments.importers.opendata.items import map_status, ministry_key, person_key
from commitments.models import Commitment

from .feeds import DATA, Status

pytestmark = pytest.mark.django_db


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


def test_names_of_people_and_ministries_are_normalised():
    assert person_key("Veldkamp, C.C.J.") == person_key("C.C.J. Veldkamp")
    assert ministry_key("Ministerie van Buitenlandse Zaken") == ministry_key("buitenlandse zaken")


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
