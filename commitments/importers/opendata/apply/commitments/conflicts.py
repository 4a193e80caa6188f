"""Keep the griffie's later decisions: a feed change older than them is a conflict, not applied.

Input: the commitments whose status or due date the feed changed, and the feed item; output:
whether the griffie decided later than the Kamer's change (from the events not written by the
sync) and, if so, a "conflict" event with ``feed_conflict`` set instead of the change. ``update``
asks this before it applies a status or a deadline.
"""

from __future__ import annotations

import datetime

from commitments.importers.opendata.items import CommitmentItem
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Commitment, CommitmentEvent

from .events import PageWrites

Status = Commitment.Status
Kind = CommitmentEvent.Kind
OPEN_DATA = CommitmentEvent.Source.OPEN_DATA


class Decisions:
    """The latest status and due-date decisions not made by this sync, per commitment."""

    def __init__(self, writes: PageWrites, stats: SyncStats):
        self.writes = writes
        self.stats = stats
        self.status_decided: dict[int, datetime.datetime] = {}
        self.due_decided: dict[int, datetime.datetime] = {}

    def prefetch(self, pks: list[int]) -> None:
        self.status_decided = {}
        self.due_decided = {}
        if not pks:
            return
        events = (
            CommitmentEvent.objects.filter(
                commitment_id__in=pks, kind__in=[Kind.STATUS, Kind.CREATED, Kind.DUE_DATE]
            )
            .exclude(source=OPEN_DATA)
            .values_list("commitment_id", "kind", "new_status", "new_due_date", "recorded_at")
        )
        for pk, kind, new_status, new_due, recorded_at in events:
            # A commitment registered as "open" is the default, not a decision about status.
            if kind == Kind.STATUS or (
                kind == Kind.CREATED and new_status not in ("", Status.OPEN)
            ):
                self.status_decided[pk] = max(recorded_at, self.status_decided.get(pk, recorded_at))
            if kind == Kind.DUE_DATE or (kind == Kind.CREATED and new_due is not None):
                self.due_decided[pk] = max(recorded_at, self.due_decided.get(pk, recorded_at))

    def status_decided_later(self, c: Commitment, item: CommitmentItem) -> bool:
        return _later(self.status_decided, c, item)

    def due_decided_later(self, c: Commitment, item: CommitmentItem) -> bool:
        return _later(self.due_decided, c, item)

    def conflict(self, c: Commitment, item: CommitmentItem, what: str, **fields) -> None:
        c.feed_conflict = True
        self.stats.count("Toezegging", "conflicts")
        changed = item.changed_at.strftime("%d-%m-%Y") if item.changed_at else "onbekend"
        self.writes.event(
            c,
            Kind.CONFLICT,
            item,
            note=(
                f"Conflict met open data ({item.label}): de Tweede Kamer meldt {what} "
                f"(gewijzigd op {changed}), maar de griffie besloot later anders. "
                "Niet overgenomen; beoordeel en pas zo nodig zelf aan."
            ),
            **fields,
        )


def _later(decided: dict, c: Commitment, item: CommitmentItem) -> bool:
    at = decided.get(c.pk)
    return at is not None and (item.changed_at is None or at > item.changed_at)
