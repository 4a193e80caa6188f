"""Status changes go through one service that always writes the history."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from commitments import services
from commitments.models import Commitment, CommitmentEvent, Document

pytestmark = pytest.mark.django_db
Status = Commitment.Status


def test_fulfil_sets_status_date_document_and_one_event(
    ukraine_commitment, verslag_fmm_2024, clerk
):
    event = services.fulfil(
        ukraine_commitment,
        documents=[verslag_fmm_2024],
        on=datetime.date(2024, 12, 16),
        user=clerk,
        passage="…",
    )
    ukraine_commitment.refresh_from_db()
    assert ukraine_commitment.status == Status.FULFILLED
    assert ukraine_commitment.fulfilled_on == datetime.date(2024, 12, 16)
    assert list(ukraine_commitment.fulfilled_by.all()) == [verslag_fmm_2024]
    assert list(ukraine_commitment.events.all()) == [event]
    assert (event.old_status, event.new_status, event.user) == (
        Status.OPEN,
        Status.FULFILLED,
        clerk,
    )


def test_partly_fulfilled_keeps_no_fulfilment_date(ukraine_commitment, verslag_fmm_2024):
    services.fulfil(
        ukraine_commitment,
        documents=[verslag_fmm_2024],
        on=datetime.date(2024, 12, 16),
        partly=True,
    )
    ukraine_commitment.refresh_from_db()
    assert ukraine_commitment.status == Status.PARTLY_FULFILLED
    assert ukraine_commitment.fulfilled_on is None


def test_fulfil_needs_a_document(ukraine_commitment):
    with pytest.raises(ValidationError, match="ten minste één Kamerstuk"):
        services.fulfil(ukraine_commitment, documents=[], on=datetime.date(2024, 12, 16))
    ukraine_commitment.refresh_from_db()
    assert ukraine_commitment.status == Status.OPEN
    assert not ukraine_commitment.events.exists()


def test_confidential_document_cannot_be_public_evidence(ukraine_commitment):
    annex = Document.objects.get(is_confidential=True)
    with pytest.raises(ValidationError, match="vertrouwelijk"):
        services.fulfil(ukraine_commitment, documents=[annex], on=datetime.date(2024, 12, 20))
    assert not ukraine_commitment.fulfilments.exists()


def test_fulfilment_before_the_commitment_is_refused(seed, verslag_fmm_2024):
    iraq = Commitment.objects.get(key="irak-force-protection-nmi")
    with pytest.raises(ValidationError, match="ligt voor de datum"):
        services.fulfil(iraq, documents=[verslag_fmm_2024], on=datetime.date(2023, 1, 1))


def test_lapse_records_old_and_new_status(navo_norm_commitment, clerk):
    event = services.lapse(navo_norm_commitment, on=datetime.date(2025, 7, 1), user=clerk, note="x")
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.status == Status.LAPSED
    assert (event.old_status, event.new_status) == (Status.OPEN, Status.LAPSED)


def test_new_due_date_keeps_the_old_one_in_history(navo_norm_commitment):
    event = services.set_due_date(
        navo_norm_commitment, due_date=datetime.date(2025, 12, 31), note="Commissie stelt termijn"
    )
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.due_date == datetime.date(2025, 12, 31)
    assert event.kind == CommitmentEvent.Kind.DUE_DATE
    assert (event.old_due_date, event.new_due_date) == (
        datetime.date(2025, 6, 24),
        datetime.date(2025, 12, 31),
    )


def test_reopen_clears_fulfilment_date(japan_commitment):
    services.reopen(japan_commitment, on=datetime.date(2025, 1, 10), note="Kamer niet tevreden")
    japan_commitment.refresh_from_db()
    assert japan_commitment.status == Status.OPEN
    assert japan_commitment.fulfilled_on is None
    assert japan_commitment.events.count() == 2
