"""The seed fixtures describe the five seed Kamerstukken faithfully."""

import datetime
from pathlib import Path

import pytest
import time_machine
from django.core.management import call_command

from commitments.models import (
    Commitment,
    CommitmentEvent,
    Debate,
    Document,
    Meeting,
    MeetingSession,
    Person,
)

Status = Commitment.Status
KAMERSTUKKEN = Path(__file__).resolve().parent.parent / "fixtures" / "kamerstukken"

pytestmark = pytest.mark.django_db


def test_seed_holds_exactly_the_five_commitments(seed):
    assert set(Commitment.objects.values_list("key", flat=True)) == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
        "irak-force-protection-nmi",
        "oekraine-veiligheidsarrangementen",
        "navo-norm-standpunt",
    }


def test_japan_and_law_of_the_sea_are_fulfilled_by_the_2024_verslag(seed, verslag_fmm_2024):
    fulfilled = Commitment.objects.filter(status=Status.FULFILLED)
    assert set(fulfilled.values_list("key", flat=True)) == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }
    for commitment in fulfilled:
        assert list(commitment.fulfilled_by.all()) == [verslag_fmm_2024]
        assert commitment.fulfilled_on == datetime.date(2024, 12, 16)
        passage = commitment.fulfilments.get().passage
        assert passage in verslag_fmm_2024.text
        event = commitment.events.get()
        assert (event.old_status, event.new_status) == (Status.OPEN, Status.FULFILLED)
        assert event.evidence == verslag_fmm_2024


def test_other_commitments_are_open(seed):
    assert set(Commitment.objects.filter(status=Status.OPEN).values_list("key", flat=True)) == {
        "irak-force-protection-nmi",
        "oekraine-veiligheidsarrangementen",
        "navo-norm-standpunt",
    }


def test_iraq_commitment_was_made_in_the_commissiedebat_irak(seed):
    commitment = Commitment.objects.get(key="irak-force-protection-nmi")
    assert commitment.debate == Debate.objects.get(
        kind=Debate.Kind.COMMISSIEDEBAT, subject="Irak", date=datetime.date(2023, 10, 25)
    )
    assert commitment.document is None
    assert commitment.made_on == datetime.date(2023, 10, 25)
    assert list(commitment.mentioned_in.values_list("identifier", flat=True)) == ["kst-28676-446"]


def test_ukraine_and_navo_norm_commitments_are_made_in_documents(seed):
    ukraine = Commitment.objects.get(key="oekraine-veiligheidsarrangementen")
    assert ukraine.document.identifier == "kst-28676-446"
    assert ukraine.due_description == "zodra meer concreets te melden is"
    norm = Commitment.objects.get(key="navo-norm-standpunt")
    assert norm.document.identifier == "fmm-2025-04-geannoteerde-agenda"
    assert norm.made_by.name == "C.C.J. Veldkamp"
    assert norm.due_date == datetime.date(2025, 6, 24)


def test_unknown_facts_stay_empty(seed):
    """The seeds give no TZ numbers and no ondernummer for the 2024 verslag or 2025 agenda."""
    assert not Commitment.objects.exclude(number=None).exists()
    assert Document.objects.get(identifier="2024D50159").ondernummer is None
    agenda_2025 = Document.objects.get(identifier="fmm-2025-04-geannoteerde-agenda")
    assert (agenda_2025.ondernummer, agenda_2025.date, agenda_2025.tk_number) == (None, None, None)
    assert Document.objects.get(identifier="kst-28676-446").sender is None


@pytest.mark.parametrize(
    ("identifier", "filename"),
    [
        ("2024D50159", "000_750ff7845ea9edf2.txt"),
        ("kst-28676-474", "001_73620406e9c260d1.txt"),
        ("kst-28676-446", "002_eafaf4e2d27f033a.txt"),
        ("kst-28676-448", "003_4e7bb6f252a40bc4.txt"),
        ("fmm-2025-04-geannoteerde-agenda", "004_ab4bdc2fddf8fd8b.txt"),
    ],
)
def test_documents_carry_the_full_seed_text(seed, identifier, filename):
    expected = (KAMERSTUKKEN / filename).read_text(encoding="utf-8")
    assert Document.objects.get(identifier=identifier).text == expected


def test_kamerstuk_metadata(seed, agenda_fmm_2024):
    assert agenda_fmm_2024.kst_id == "kst-28676-474"
    assert agenda_fmm_2024.citation == "Kamerstuk 28 676, nr. 474"
    assert agenda_fmm_2024.vergaderjaar == "2024-2025"
    assert agenda_fmm_2024.date == datetime.date(2024, 11, 22)
    assert agenda_fmm_2024.sender.function == "Minister van Buitenlandse Zaken"
    assert Document.objects.get_by_kst_id("kst-28676-446").vergaderjaar == "2023-2024"
    assert Document.objects.get_by_kst_id("kst-28676-448").date == datetime.date(2023, 12, 18)


def test_2023_verslag_has_a_confidential_annex(seed):
    verslag = Document.objects.get_by_kst_id("kst-28676-448")
    annex = verslag.attachments.get()
    assert annex.is_confidential
    assert annex not in Document.objects.public()
    assert verslag in Document.objects.public()


@pytest.mark.parametrize(
    ("slug", "sessions"),
    [
        (
            "navo-fmm-2023-11",
            [
                "Voorbespreking NAVO-top Washington juli 2024",
                "Overleg met de EUHV inzake Westelijke Balkan",
                "NATO-Ukraine Council",
            ],
        ),
        (
            "navo-fmm-2024-12",
            [
                "Bijeenkomst met Zuidelijke buurlanden",
                "NATO-Ukraine Council",
                "Strategische uitdagingen",
            ],
        ),
        (
            "navo-fmm-2025-04",
            [
                "Strategische uitdagingen",
                "NATO-Ukraine Council",
                "Bijeenkomst met partners uit de Indo-Pacific regio",
            ],
        ),
    ],
)
def test_meetings_have_every_session_named_in_the_texts(seed, slug, sessions):
    meeting = Meeting.objects.get(slug=slug)
    assert [s.title for s in meeting.sessions.all()] == sessions


def test_fmm_2024_guests_and_documents(seed):
    meeting = Meeting.objects.get(slug="navo-fmm-2024-12")
    assert (meeting.start_date, meeting.end_date, meeting.place) == (
        datetime.date(2024, 12, 3),
        datetime.date(2024, 12, 4),
        "Brussel",
    )
    southern = meeting.sessions.get(order=1)
    assert [p.name for p in southern.guests.all()] == ["Abdullah II"]
    nuc = meeting.sessions.get(order=2)
    assert nuc.kind == MeetingSession.Kind.WERKDINER
    assert {p.name for p in nuc.guests.all()} == {"Andrii Sybiha", "Kaja Kallas"}
    roles = {link.role: link.document.identifier for link in meeting.links.all()}
    assert roles == {"agenda": "kst-28676-474", "report": "2024D50159"}


def test_loading_twice_changes_nothing(seed):
    counts = [m.objects.count() for m in (Commitment, CommitmentEvent, Document, Person)]
    call_command("loaddata", "fixtures/seed.json", verbosity=0)
    assert [m.objects.count() for m in (Commitment, CommitmentEvent, Document, Person)] == counts


@pytest.mark.parametrize(
    ("today", "overdue"),
    [
        (datetime.date(2025, 6, 24), set()),
        (datetime.date(2025, 6, 25), {"navo-norm-standpunt"}),
        (datetime.date(2026, 11, 23), {"navo-norm-standpunt"}),
    ],
)
def test_overdue_is_derived_from_today(seed, today, overdue):
    with time_machine.travel(datetime.datetime(*today.timetuple()[:3], 12), tick=False):
        assert set(Commitment.objects.overdue().values_list("key", flat=True)) == overdue
        annotated = {c.key for c in Commitment.objects.with_overdue() if c.is_overdue}
        assert annotated == overdue
        by_property = {c.key for c in Commitment.objects.all() if c.is_overdue}
        assert by_property == overdue


def test_fulfilled_commitment_with_past_due_date_is_not_overdue(japan_commitment):
    Commitment.objects.filter(pk=japan_commitment.pk).update(due_date=datetime.date(2024, 1, 1))
    assert not Commitment.objects.overdue().filter(pk=japan_commitment.pk).exists()
