"""Upsert Activiteiten as Debates, in bulk, before the commitments made in them.

Input: the page's :class:`DebateItem` list (most of them embedded in Toezegging records by an
OData ``$expand``); output: ``Debate`` rows matched on ``tk_id``, else on number, else on (kind,
date, subject), inserted or updated together, counted, and remembered in the run's debate
lookup. Commitments, applied next by ``commitments``, find their debate there first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q

from commitments.importers.opendata.items import DebateItem
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Debate

from .rows import insert_rows, merge

if TYPE_CHECKING:
    from .applier import Applier


def apply_debates(applier: Applier, items: list[DebateItem], stats: SyncStats) -> None:
    """Debates in bulk: one lookup per page, new rows inserted and changed rows updated
    together; an activity already applied in this run with the same values is skipped."""
    fresh = []
    for item in items:
        if applier.debate_items.get(item.tk_id) == item:
            stats.count("Activiteit", "unchanged")
        else:
            fresh.append(item)
    if not fresh:
        return
    ids = [i.tk_id for i in fresh]
    numbers = [i.tk_number for i in fresh if i.tk_number]
    existing = list(Debate.objects.filter(Q(tk_id__in=ids) | Q(tk_number__in=numbers)))
    by_id = {d.tk_id: d for d in existing if d.tk_id}
    by_number = {d.tk_number: d for d in existing if d.tk_number}
    # Rows a clerk entered without a number are found by (kind, date, subject).
    unmatched = {i.subject for i in fresh if i.tk_id not in by_id and i.tk_number not in by_number}
    by_key = {}
    if unmatched:
        for d in Debate.objects.filter(subject__in=unmatched):
            by_key[(d.kind, d.date, d.subject)] = d
    to_create, to_update = [], {}
    for item in fresh:
        if item.deleted:
            stats.count("Activiteit", "unchanged")
            continue
        values = {
            "tk_number": item.tk_number or None,
            "kind": item.kind,
            "tk_kind": item.tk_kind,
            "subject": item.subject,
            "date": item.date,
            "committee_id": getattr(
                applier.committee(item.committee_name, item.committee_abbreviation), "pk", None
            ),
        }
        obj = by_id.get(item.tk_id)
        created = False
        if obj is None:
            obj = by_number.get(item.tk_number) or by_key.get((item.kind, item.date, item.subject))
            if obj is None:
                obj, created = Debate(**values), True
            applier.forget_debate(obj)
            changed = merge(obj, {**values, "tk_id": item.tk_id}, owned=created)
        else:
            # The keys it had when read: its number may change with this page.
            applier.forget_debate(obj)
            changed = merge(obj, values, owned=True)
        # Later items of this page that name the same activity find this row.
        if obj.tk_number:
            by_number[obj.tk_number] = obj
        by_key[(obj.kind, obj.date, obj.subject)] = obj
        if created:
            to_create.append(obj)
        elif changed and obj.pk is not None:  # else it is inserted as it is now
            to_update[id(obj)] = obj
        outcome = "created" if created else "updated" if changed else "unchanged"
        stats.count("Activiteit", outcome)
    insert_rows(to_create)
    if to_update:
        Debate.objects.bulk_update(
            list(to_update.values()),
            ["tk_number", "kind", "tk_kind", "subject", "date", "committee", "tk_id"],
        )
    for item in fresh:
        if not item.deleted:
            applier.debate_items[item.tk_id] = item
    for obj in [*to_create, *existing, *by_key.values()]:
        applier.remember_debate(obj)
