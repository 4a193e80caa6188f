"""Link what earlier pages or runs could not: letters, debates and commitments that arrived later.

Input: the commitments whose ``tk_unresolved`` names a reference, after a run's last page;
output: those whose reference is now in the register re-read in batches, linked through
``relations`` and their ``tk_unresolved`` shortened, and the count of those still waiting.
This is the last step of a run; ``sync`` calls it once the pages are applied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Q

from commitments.importers.opendata.parse import is_guid
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Commitment, Debate, Document

from .existing import Change
from .page import CommitmentPage

if TYPE_CHECKING:
    from commitments.importers.opendata.apply.applier import Applier


def resolve_pending(applier: Applier, stats: SyncStats, batch: int = 500) -> None:
    """Link what earlier pages or runs could not (letters, debates, other commitments).

    Only rows with a reference that now exists are re-read, so a large backlog of letters
    the register does not hold costs one scan of short strings, not a re-resolution.
    """
    pending = Commitment.objects.exclude(tk_unresolved="").exclude(tk_id=None)
    waiting: dict[int, set[str]] = {
        pk: {token.rsplit(":", 1)[-1] for token in text.split()}
        for pk, text in pending.values_list("pk", "tk_unresolved").iterator()
    }
    refs = set().union(*waiting.values()) if waiting else set()
    guids = [r for r in refs if is_guid(r)]
    numbers = [r for r in refs if not is_guid(r)]
    found: set[str] = set()
    for start in range(0, max(len(guids), len(numbers)), 5000):
        ids, nums = guids[start : start + 5000], numbers[start : start + 5000]
        for model, number_field in ((Document, "tk_number"), (Debate, "tk_number")):
            rows = model.objects.filter(Q(tk_id__in=ids) | Q(**{f"{number_field}__in": nums}))
            for tk_id, number in rows.values_list("tk_id", number_field):
                found.update({str(tk_id), number or ""})
        found.update(
            str(t) for t in Commitment.objects.filter(tk_id__in=ids).values_list("tk_id", flat=True)
        )
    found_upper = {f.upper() for f in found}
    ready = [pk for pk, wanted in waiting.items() if {w.upper() for w in wanted} & found_upper]
    resolved = 0
    for start in range(0, len(ready), batch):
        rows = list(Commitment.objects.filter(pk__in=ready[start : start + batch]))
        with transaction.atomic():
            resolve_rows(CommitmentPage(applier, [], stats), rows)
        resolved += sum(1 for row in rows if not row.tk_unresolved)
    # A state, not a change: how many still wait for a letter, debate or commitment.
    stats.counts[("Toezegging", "unresolved")] = len(waiting) - resolved


def resolve_rows(page: CommitmentPage, rows: list[Commitment]) -> None:
    relations = page.relations
    relations.prefetch([row.tk_data for row in rows])
    relations.prefetch_links([row.pk for row in rows if relations.links_something(row.tk_data)])
    changed = []
    for row in rows:
        before = (row.tk_unresolved, row.debate_id)
        change = Change(row, None, created=False, old=row.tk_data)
        if row.debate_id is None and row.document_id is None:
            row.debate = relations.debate(row.tk_data)
        relations.link_letters(row, row.tk_data, change)
        relations.link_commitments(row, row.tk_data, change)
        relations.set_unresolved(row, row.tk_data)
        if (row.tk_unresolved, row.debate_id) != before:
            changed.append(row)
    if changed:
        Commitment.objects.bulk_update(changed, ["tk_unresolved", "debate"])
        page.stats.count("Toezegging", "resolved", len(changed))
    page.write_children()
