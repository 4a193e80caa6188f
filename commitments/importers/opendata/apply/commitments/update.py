"""Apply what the Tweede Kamer changed to commitments the register already holds.

Input: a :class:`Change` for an existing row, with what the feed said last time (``old``) and
now; output: the row with only the fields the Kamer changed since then (so a clerk's edits
survive), tombstones unpublished, and an event per status, deadline or publication change, or a
conflict (``conflicts``) when the griffie decided later. ``page`` links the row's letters and
commitments through ``relations`` next and writes the changed rows in bulk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from commitments.importers.opendata.items import CommitmentItem
from commitments.models import Commitment, CommitmentEvent

from . import values
from .events import status_note
from .existing import Change

if TYPE_CHECKING:
    from .page import CommitmentPage

Status = Commitment.Status
Kind = CommitmentEvent.Kind


def update_existing(page: CommitmentPage, change: Change) -> None:
    c, item, old = change.commitment, change.item, change.old
    data = item.feed_data()
    first_link = c.tk_id is None

    def feed_changed(name: str) -> bool:
        return first_link or old.get(name) != data[name]

    if item.deleted:
        if not old.get("deleted") and c.is_published:
            c.is_published = False
            page.stats.count("Toezegging", "unpublished")
            page.writes.event(
                c,
                Kind.NOTE,
                item,
                note="Verwijderd in de open data van de Tweede Kamer; niet meer gepubliceerd.",
            )
        c.tk_data = {**old, "deleted": True, "changed_at": data["changed_at"]}
        return
    if old.get("deleted") and not c.is_published:
        c.is_published = True
        page.writes.event(
            c,
            Kind.NOTE,
            item,
            note="Weer in de open data van de Tweede Kamer; opnieuw gepubliceerd.",
        )
    c.tk_id = item.tk_id
    # A clerk's record linked for the first time keeps its own wording.
    if feed_changed("text") and not (first_link and c.text):
        c.text = item.text
    if item.number:
        c.number = item.number
    debate = page.relations.debate(data)
    # Made in a Kamerstuk (the clerk's call) excludes a debate; a clerk's debate stays.
    if (
        (feed_changed("activiteit") or feed_changed("activiteit_number"))
        and debate
        and c.document_id is None
        and not (first_link and c.debate_id)
    ):
        c.debate = debate
        if c.made_on is None or not first_link:
            c.made_on = debate.date
    if feed_changed("created_on") and c.made_on is None:
        c.made_on = item.created_on
    if feed_changed("person") and item.person_keys:
        c.made_by = page.applier.person(item.person_keys) or c.made_by
    if feed_changed("ministry") and item.ministry and not (first_link and c.ministry_id):
        c.ministry = page.applier.ministry(item.ministry)
    if feed_changed("due_date"):
        _apply_due_date(page, c, item)
    if feed_changed("status"):
        _apply_status(page, c, item)
    c.tk_status = item.status_raw
    c.tk_updated_at = item.changed_at
    c.tk_person_name = item.person_name
    c.tk_function = item.function
    c.tk_ministry = item.ministry
    c.tk_addressed_to = item.addressed_to
    c.tk_data = data


def _apply_due_date(page: CommitmentPage, c: Commitment, item: CommitmentItem) -> None:
    due = values.due(item, c.made_on, page.stats)
    if due == c.due_date:
        return
    if page.decisions.due_decided_later(c, item):
        page.decisions.conflict(c, item, f"termijn {due or 'leeg'}", new_due_date=due)
        return
    page.writes.event(
        c,
        Kind.DUE_DATE,
        item,
        old_due_date=c.due_date,
        new_due_date=due,
        note=f"Termijn volgens Tweede Kamer open data ({item.label}).",
    )
    c.due_date = due


def _apply_status(page: CommitmentPage, c: Commitment, item: CommitmentItem) -> None:
    new = item.status
    if new is None:
        values.note_unknown_status(item, page.stats)
        return
    if new == c.status:
        c.feed_conflict = False
        return
    if page.decisions.status_decided_later(c, item):
        page.decisions.conflict(c, item, f"status '{item.status_raw}'", new_status=new)
        return
    old_status = c.status
    if new == Status.FULFILLED:
        c.fulfilled_on = values.fulfilled_on(c, item, page.relations, page.applier.today)
    else:  # partly fulfilled too: only a fulfilled commitment has a fulfilled_on
        c.fulfilled_on = None
    c.status = new
    c.feed_conflict = False
    evidence = page.relations.evidence(item)
    page.writes.event(
        c,
        Kind.STATUS,
        item,
        old_status=old_status,
        new_status=new,
        evidence=evidence if new != Status.LAPSED else None,
        note=status_note(item, new, evidence),
    )
