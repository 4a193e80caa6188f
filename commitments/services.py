"""Writes that touch several rows: a status change always comes with its event.

The admin actions, the API and the importers all call these functions, so every route
records history the same way.
"""

import datetime
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import (
    Commitment,
    CommitmentEvent,
    ConcurrentEditError,
    Document,
    Fulfilment,
    check_event_date,
)

Status = Commitment.Status
Source = CommitmentEvent.Source


def _locked(commitment: Commitment, expected_version: int | None = None) -> Commitment:
    # Re-read under a row lock so two clerks acting at once are serialised, not interleaved.
    current = Commitment.objects.select_for_update().get(pk=commitment.pk)
    if expected_version is not None and current.version != expected_version:
        # The caller decided on an older state; applying it could undo a colleague's change.
        commitment.version = expected_version
        raise ConcurrentEditError(commitment, current.version)
    return current


def _check_not_before_made(commitment: Commitment, on: datetime.date, what: str) -> None:
    """A new due date may lie in the future, never before the commitment was made."""
    if commitment.made_on and on < commitment.made_on:
        raise ValidationError(
            _("%(what)s (%(on)s) ligt voor de datum van de toezegging (%(made)s).")
            % {"what": what, "on": on, "made": commitment.made_on}
        )


def _record_status(
    commitment: Commitment,
    new_status: str,
    *,
    on: datetime.date,
    user=None,
    note: str = "",
    evidence: Document | None = None,
    source: str = Source.ADMIN,
) -> CommitmentEvent:
    old_status = commitment.status
    commitment.status = new_status
    commitment.save()
    return CommitmentEvent.objects.create(
        commitment=commitment,
        kind=CommitmentEvent.Kind.STATUS,
        date=on,
        old_status=old_status,
        new_status=new_status,
        evidence=evidence,
        note=note,
        user=user,
        source=source,
    )


def _add_fulfilments(commitment: Commitment, documents: Iterable[Document], passage: str) -> list:
    documents = list(documents)
    if not documents:
        raise ValidationError(_("Kies ten minste één Kamerstuk dat de toezegging nakomt."))
    for document in documents:
        if document.is_confidential:
            # A public register cannot cite a confidential paper as its evidence.
            raise ValidationError(
                _("%(doc)s is vertrouwelijk en kan geen publiek bewijsstuk zijn.")
                % {"doc": document}
            )
        Fulfilment.objects.get_or_create(
            commitment=commitment, document=document, defaults={"passage": passage}
        )
    return documents


def record_created(
    commitment: Commitment,
    *,
    source: str,
    user=None,
    evidence: Document | None = None,
    note: str = "",
) -> CommitmentEvent:
    """The first event of a commitment's history: how it entered the register, dated on the
    day it was made (or today when that is unknown)."""
    event = created_event(commitment, source=source, user=user, evidence=evidence, note=note)
    event.save(force_insert=True)
    return event


def created_event(
    commitment: Commitment,
    *,
    source: str,
    user=None,
    evidence: Document | None = None,
    note: str = "",
) -> CommitmentEvent:
    """``record_created``'s event, unsaved, for callers that insert many at once."""
    return CommitmentEvent(
        commitment=commitment,
        kind=CommitmentEvent.Kind.CREATED,
        date=commitment.made_on or timezone.localdate(),
        new_status=commitment.status,
        new_due_date=commitment.due_date,
        evidence=evidence,
        note=note,
        source=source,
        user=user,
    )


@transaction.atomic
def fulfil(
    commitment: Commitment,
    *,
    expected_version: int | None = None,
    documents: Iterable[Document],
    on: datetime.date,
    user=None,
    note: str = "",
    passage: str = "",
    partly: bool = False,
    source: str = Source.ADMIN,
) -> CommitmentEvent:
    """Mark a commitment (partly) fulfilled by one or more Kamerstukken."""
    commitment = _locked(commitment, expected_version)
    check_event_date(on, commitment.made_on, _("De datum van nakoming"))
    documents = _add_fulfilments(commitment, documents, passage)
    if partly:
        new_status = Status.PARTLY_FULFILLED
        # Partly is not fulfilled on a day (constraint commitment_fulfilled_on_only_when_…).
        commitment.fulfilled_on = None
    else:
        new_status = Status.FULFILLED
        commitment.fulfilled_on = on
    return _record_status(
        commitment,
        new_status,
        on=on,
        user=user,
        note=note,
        evidence=documents[0],
        source=source,
    )


@transaction.atomic
def lapse(
    commitment: Commitment,
    *,
    expected_version: int | None = None,
    on: datetime.date,
    user=None,
    note: str = "",
    source: str = Source.ADMIN,
) -> CommitmentEvent:
    """Mark a commitment lapsed (vervallen), e.g. after a change of cabinet."""
    commitment = _locked(commitment, expected_version)
    check_event_date(on, commitment.made_on, _("De datum van vervallen"))
    if commitment.status == Status.LAPSED:
        raise ValidationError(_("Deze toezegging is al vervallen."))
    commitment.fulfilled_on = None
    return _record_status(commitment, Status.LAPSED, on=on, user=user, note=note, source=source)


@transaction.atomic
def reopen(
    commitment: Commitment,
    *,
    expected_version: int | None = None,
    on: datetime.date,
    user=None,
    note: str = "",
    source: str = Source.ADMIN,
) -> CommitmentEvent:
    """Back to open, e.g. when the Kamer judges a fulfilment insufficient."""
    commitment = _locked(commitment, expected_version)
    check_event_date(on, commitment.made_on, _("De datum van heropenen"))
    if commitment.status == Status.OPEN:
        raise ValidationError(_("Deze toezegging staat al open."))
    commitment.fulfilled_on = None
    return _record_status(commitment, Status.OPEN, on=on, user=user, note=note, source=source)


@transaction.atomic
def set_due_date(
    commitment: Commitment,
    *,
    expected_version: int | None = None,
    due_date: datetime.date | None,
    on: datetime.date | None = None,
    due_description: str | None = None,
    user=None,
    note: str = "",
    source: str = Source.ADMIN,
) -> CommitmentEvent:
    """Set a new deadline; the old one stays in the history."""
    commitment = _locked(commitment, expected_version)
    if due_date is not None:
        _check_not_before_made(commitment, due_date, _("De nieuwe termijn"))
    if on is not None:
        check_event_date(on, commitment.made_on, _("De datum van het besluit"))
    old_due_date = commitment.due_date
    commitment.due_date = due_date
    if due_description is not None:
        commitment.due_description = due_description
    commitment.save()
    return CommitmentEvent.objects.create(
        commitment=commitment,
        kind=CommitmentEvent.Kind.DUE_DATE,
        date=on or timezone.localdate(),
        old_due_date=old_due_date,
        new_due_date=due_date,
        note=note,
        user=user,
        source=source,
    )
