"""Read the rows a page of Toezegging items touches and decide which need writing.

Input: the page's :class:`CommitmentItem` list; output: one :class:`Change` per item that is new
or that the feed changed since the last run (an item whose ``tk_data`` is as stored costs one
comparison and is counted unchanged). ``page`` prefetches the relations and the griffie's
decisions for these changes next, then ``create`` and ``update`` fill them in.
"""

from __future__ import annotations

from dataclasses import dataclass

from commitments.importers.opendata.apply.rows import new_instance
from commitments.importers.opendata.items import CommitmentItem
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Commitment

# Fields a sync writes on a commitment; everything else (notes, mentioned_in, meeting links,
# the document it was made in, fulfilments a clerk added) belongs to the griffie.
COMMITMENT_SYNC_FIELDS = [
    "number",
    "text",
    "made_by",
    "ministry",
    "debate",
    "made_on",
    "due_date",
    "status",
    "tk_status",
    "fulfilled_on",
    "is_published",
    "tk_id",
    "tk_updated_at",
    "tk_person_name",
    "tk_function",
    "tk_ministry",
    "tk_addressed_to",
    "tk_unresolved",
    "tk_data",
    "feed_conflict",
    "updated_at",
]

_SYNC_ATTNAMES = [Commitment._meta.get_field(name).attname for name in COMMITMENT_SYNC_FIELDS]


def snapshot(c: Commitment) -> tuple:
    return tuple(getattr(c, attname) for attname in _SYNC_ATTNAMES)


@dataclass
class Change:
    commitment: Commitment
    item: CommitmentItem | None
    created: bool
    old: dict
    before: tuple = ()
    children: bool = False

    @property
    def dirty(self) -> bool:
        return self.children or snapshot(self.commitment) != self.before

    def feed_changed(self, name: str) -> bool:
        """What ``update.update_existing`` asks: a first link, or the feed changed this field."""
        if self.commitment.tk_id is None:
            return True
        return self.old.get(name) != self.item.feed_data()[name]


def read_changes(items: list[CommitmentItem], stats: SyncStats) -> list[Change]:
    ids = [i.tk_id for i in items]
    # What the feed said last time decides which rows are read in full: on a re-sync
    # most records are unchanged and cost only this comparison.
    last_seen = {
        tk_id: (pk, data, unresolved)
        for pk, tk_id, data, unresolved in Commitment.objects.filter(tk_id__any=ids)
        .order_by()
        .values_list("pk", "tk_id", "tk_data", "tk_unresolved")
    }
    stale = []
    for item in items:
        if item.tk_id in last_seen:
            pk, data, unresolved = last_seen[item.tk_id]
            if data != item.feed_data() or unresolved:
                stale.append(pk)
    existing = {}
    if stale:
        # Locked until the page commits: a clerk saving one of these meanwhile waits, then
        # finds the version the sync wrote and is told (optimistic locking), not overwritten.
        # Unordered (the model's ordering would sort the locked rows for nothing).
        rows = Commitment.objects.filter(pk__any=stale).order_by().select_for_update()
        for c in rows.defer("search_vector"):
            existing[c.tk_id] = c
    numbers = [i.number for i in items if i.number and i.tk_id not in last_seen]
    by_number = {}
    if numbers:
        rows = Commitment.objects.filter(number__any=numbers, tk_id=None).order_by()
        rows = rows.select_for_update()
        for c in rows.defer("search_vector"):
            by_number[c.number] = c
    changes: list[Change] = []
    for item in items:
        if item.tk_id in last_seen and item.tk_id not in existing:
            stats.count("Toezegging", "unchanged")
            continue
        commitment = existing.get(item.tk_id) or by_number.get(item.number or None)
        if commitment is None:
            if item.deleted:
                stats.count("Toezegging", "unchanged")
                continue
            changes.append(Change(new_instance(Commitment), item, created=True, old={}))
            continue
        data = item.feed_data()
        if commitment.tk_data == data and not commitment.tk_unresolved:
            stats.count("Toezegging", "unchanged")
            continue
        changes.append(
            Change(
                commitment,
                item,
                created=False,
                old=commitment.tk_data or {},
                before=snapshot(commitment),
            )
        )
    return changes
