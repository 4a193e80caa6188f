"""Apply one page of Toezegging items, step by step, with a fixed number of queries.

Input: the page's :class:`CommitmentItem` list, after its debates, documents and persons are
written; output: the page's commitments created or updated in bulk, with their events,
fulfilments and links, and each record's outcome counted. The steps, in order: ``existing``
(what needs writing), ``reported`` (a new record that is a commitment of its debate's report
already), ``relations`` and ``conflicts`` (prefetch), ``create`` / ``update`` (fill
in), ``relations`` (link), ``events`` (write). After the last page, ``resolve`` links what
could not be linked yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils import timezone

from commitments.importers.opendata.apply.rows import insert_history, insert_rows
from commitments.importers.opendata.items import CommitmentItem
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Commitment

from .conflicts import Decisions
from .create import build_new, record_created, taken_keys
from .events import PageWrites
from .existing import COMMITMENT_SYNC_FIELDS, read_changes
from .relations import Relations
from .reported import link_reported
from .update import update_existing

if TYPE_CHECKING:
    from commitments.importers.opendata.apply.applier import Applier


def apply_commitments(applier: Applier, items: list[CommitmentItem], stats: SyncStats) -> None:
    if not items:
        return
    CommitmentPage(applier, items, stats).run()


class CommitmentPage:
    """One page of Toezegging records: prefetch everything, decide per record, write in bulk."""

    def __init__(self, applier: Applier, items: list[CommitmentItem], stats: SyncStats):
        self.applier = applier
        self.items = items
        self.stats = stats
        self.now = timezone.now()
        self.writes = PageWrites(applier.today)
        self.relations = Relations(applier, self.writes, stats)
        self.decisions = Decisions(self.writes, stats)

    def run(self) -> None:
        stats, relations = self.stats, self.relations
        changes = read_changes(self.items, stats)
        if not changes:
            return
        changes = link_reported(self, changes)
        relations.prefetch([c.item.feed_data() for c in changes] + [c.old for c in changes])
        # Only rows whose status or due date the feed changed can meet a griffie decision.
        self.decisions.prefetch(
            [
                c.commitment.pk
                for c in changes
                if not c.created and (c.feed_changed("status") or c.feed_changed("due_date"))
            ]
        )
        taken = taken_keys([c.item for c in changes if c.created])

        to_create = []
        for change in changes:
            if change.created:
                build_new(self, change, taken)
                to_create.append(change)
                relations.by_guid[str(change.item.tk_id)] = change.commitment
            else:
                update_existing(self, change)
        for change in changes:
            # tk_data, not the item: a tombstone carries no letters but its record still does.
            # Before the insert, so new rows go in complete (links to rows of this page count).
            relations.set_unresolved(change.commitment, change.commitment.tk_data)
        insert_rows([c.commitment for c in to_create], history_when=self.now)
        for change in to_create:
            record_created(self, change)
        relations.prefetch_links(
            [
                c.commitment.pk
                for c in changes
                if not c.created and relations.links_something(c.commitment.tk_data)
            ]
        )
        for change in changes:
            data = change.commitment.tk_data
            relations.link_letters(change.commitment, data, change)
            relations.link_commitments(change.commitment, data, change)
        dirty = [c.commitment for c in changes if not c.created and c.dirty]
        dirty_pks = {c.pk for c in dirty}
        for commitment in dirty:
            commitment.updated_at = self.now
            # A sync write is a new version like a clerk's: a form opened before it is refused.
            commitment.version += 1
        if dirty:
            Commitment.objects.bulk_update(dirty, [*COMMITMENT_SYNC_FIELDS, "version"])
            insert_history(dirty, update=True, when=self.now)
        self.write_children()
        for change in changes:
            if change.created:
                stats.count("Toezegging", "created")
            else:
                # Read before the bulk update above stamped updated_at.
                outcome = "updated" if change.commitment.pk in dirty_pks else "unchanged"
                stats.count("Toezegging", outcome)

    def write_children(self) -> None:
        """The page's events, fulfilments and links, after the commitments they point at."""
        self.writes.write()
