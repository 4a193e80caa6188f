"""Fill in the commitments a page adds to the register, and their "created" events.

Input: the page's new :class:`Change` rows (items the register does not hold by ``tk_id`` or
number); output: unsaved ``Commitment`` objects with a free key, their debate, dates, status,
person and ministry, and, once ``page`` has inserted them, a "created" event each. ``page``
inserts them in bulk and then links their letters and commitments through ``relations``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.text import slugify

from commitments.importers.opendata.items import CommitmentItem
from commitments.models import Commitment, CommitmentEvent

from . import values
from .events import status_note
from .existing import Change

if TYPE_CHECKING:
    from .page import CommitmentPage

Status = Commitment.Status
Kind = CommitmentEvent.Kind


def commitment_key(item: CommitmentItem) -> str:
    return slugify(item.number)[:100] if item.number else f"tk-{item.tk_id}"


def taken_keys(items: list[CommitmentItem]) -> set[str]:
    keys = {commitment_key(i) for i in items}
    return set(Commitment.objects.filter(key__any=keys).order_by().values_list("key", flat=True))


def build_new(page: CommitmentPage, change: Change, taken: set[str]) -> None:
    item, c = change.item, change.commitment
    key = commitment_key(item)
    if key in taken:
        key = f"tk-{item.tk_id}"
    taken.add(key)
    data = item.feed_data()
    debate = page.relations.debate(data)
    c.key = key
    c.tk_id = item.tk_id
    c.is_published = True
    c.made_on = values.made_on(item, debate)
    c.debate = debate
    c.due_date = values.due(item, c.made_on, page.stats)
    c.status = item.status or Status.OPEN
    values.note_unknown_status(item, page.stats)
    if c.status == Status.FULFILLED:
        c.fulfilled_on = values.fulfilled_on(c, item, page.relations, page.applier.today)
    _set_feed_columns(c, item)
    if item.person_keys:
        c.made_by = page.applier.person(item.person_keys)
    c.ministry = page.applier.ministry(item.ministry)


def record_created(page: CommitmentPage, change: Change) -> None:
    c, item = change.commitment, change.item
    evidence = page.relations.evidence(item)
    page.writes.add_event(
        c,
        kind=Kind.CREATED,
        date=c.made_on or values.feed_date(item, page.applier.today),
        new_status=c.status,
        new_due_date=c.due_date,
        evidence=evidence,
        note=status_note(item, c.status, evidence),
    )


def _set_feed_columns(c: Commitment, item: CommitmentItem) -> None:
    c.number = item.number or c.number
    c.text = item.text
    c.tk_status = item.status_raw
    c.tk_updated_at = item.changed_at
    c.tk_person_name = item.person_name
    c.tk_function = item.function
    c.tk_ministry = item.ministry
    c.tk_addressed_to = item.addressed_to
    c.tk_data = item.feed_data()
