"""Every rule a clerk could break is enforced by the database."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from commitments.models import (
    Commitment,
    CommitmentEvent,
    Document,
    Dossier,
    Meeting,
    MeetingSession,
)

pytestmark = pytest.mark.django_db

Status = Commitment.Status
D = datetime.date


def violates(**fields):
    """Saving these fields raises IntegrityError (the database, not Python, refuses)."""
    model = fields.pop("model", Commitment)
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.create(**fields)


def commitment_fields(**overrides):
    return {"key": "test", "text": "Uw Kamer informeren.", **overrides}


def test_status_must_be_a_known_value():
    violates(**commitment_fields(status="done"))


def test_fulfilled_commitment_needs_a_fulfilment_date():
    violates(**commitment_fields(status=Status.FULFILLED))


def test_due_date_not_before_made_date():
    violates(**commitment_fields(made_on=D(2025, 3, 1), due_date=D(2025, 2, 1)))


def test_fulfilment_date_not_before_made_date():
    violates(
        **commitment_fields(
            made_on=D(2025, 3, 1), status=Status.FULFILLED, fulfilled_on=D(2025, 2, 1)
        )
    )


def test_commitment_made_in_debate_or_document_not_both(seed):
    from commitments.models import Debate

    violates(
        **commitment_fields(
            debate=Debate.objects.get(), document=Document.objects.get(identifier="kst-28676-474")
        )
    )


def test_commitment_numbers_are_unique():
    Commitment.objects.create(**commitment_fields(key="a", number="TZ202412-116"))
    violates(**commitment_fields(key="b", number="TZ202412-116"))


def test_commitment_keys_are_unique():
    Commitment.objects.create(**commitment_fields())
    violates(**commitment_fields())


def test_unknown_numbers_may_repeat_as_empty():
    Commitment.objects.create(**commitment_fields(key="a"))
    Commitment.objects.create(**commitment_fields(key="b"))
    assert Commitment.objects.filter(number=None).count() == 2


def test_meeting_end_not_before_start():
    violates(
        model=Meeting, name="FMM", slug="fmm", start_date=D(2024, 12, 4), end_date=D(2024, 12, 3)
    )


def test_dossier_number_and_toevoeging_unique():
    Dossier.objects.create(number=21501, toevoeging="02")
    Dossier.objects.create(number=21501, toevoeging="28")
    violates(model=Dossier, number=21501, toevoeging="02")


def test_ondernummer_unique_within_a_dossier():
    dossier = Dossier.objects.create(number=28676, title="NAVO")
    Document.objects.create(identifier="a", dossier=dossier, ondernummer=474, title="A")
    violates(model=Document, identifier="b", dossier=dossier, ondernummer=474, title="B")


def test_ondernummer_needs_a_dossier():
    violates(model=Document, identifier="x", ondernummer=474, title="Zonder dossier")


def test_vergaderjaar_has_the_official_form():
    violates(model=Document, identifier="x", vergaderjaar="2024/25", title="X")


def test_document_kind_must_be_known():
    violates(model=Document, identifier="x", kind="motie-ish", title="X")


def test_session_order_unique_within_meeting():
    meeting = Meeting.objects.create(
        name="FMM", slug="fmm", start_date=D(2024, 12, 3), end_date=D(2024, 12, 4)
    )
    MeetingSession.objects.create(meeting=meeting, order=1, title="Een")
    violates(model=MeetingSession, meeting=meeting, order=1, title="Twee")


def test_kst_id_is_derived_from_dossier_and_ondernummer():
    dossier = Dossier.objects.create(number=21501, toevoeging="02")
    document = Document.objects.create(
        identifier="typed-by-hand", dossier=dossier, ondernummer=3196, title="Raad BZ"
    )
    assert document.identifier == document.kst_id == "kst-21501-02-3196"
    assert document.citation == "Kamerstuk 21 501-02, nr. 3196"
    assert Document.objects.get_by_kst_id("kst-21501-02-3196") == document


def test_events_are_append_only():
    commitment = Commitment.objects.create(**commitment_fields())
    event = CommitmentEvent.objects.create(
        commitment=commitment, kind=CommitmentEvent.Kind.NOTE, date=D(2025, 1, 1)
    )
    event.note = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        event.save()
    with pytest.raises(ValueError, match="append-only"):
        event.delete()
    assert CommitmentEvent.objects.get().note == ""


def test_status_event_names_the_new_status():
    commitment = Commitment.objects.create(**commitment_fields())
    violates(
        model=CommitmentEvent,
        commitment=commitment,
        kind=CommitmentEvent.Kind.STATUS,
        date=D(2025, 1, 1),
    )


def test_unpublished_commitments_are_not_public():
    Commitment.objects.create(**commitment_fields(key="hidden"))
    Commitment.objects.create(**commitment_fields(key="shown", is_published=True))
    assert list(Commitment.objects.public().values_list("key", flat=True)) == ["shown"]
