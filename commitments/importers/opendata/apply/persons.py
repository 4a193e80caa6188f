"""Upsert Persons (ministers, state secretaries), after the documents of the same page.

Input: the page's :class:`PersonItem` list; output: ``Person`` rows matched on ``tk_id``, else
on the normalised name, created or filled in, counted, and added to the run's person lookup.
Commitments, applied by ``commitments``, find who made them through that lookup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from commitments.importers.opendata.items import PersonItem, person_key
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Person

from .rows import merge, save_counted

if TYPE_CHECKING:
    from .applier import Applier


def apply_persons(applier: Applier, items: list[PersonItem], stats: SyncStats) -> None:
    if not items:
        return
    by_id = {p.tk_id: p for p in Person.objects.filter(tk_id__in=[i.tk_id for i in items])}
    for item in items:
        if item.deleted:
            stats.count("Persoon", "unchanged")
            continue
        values = {"name": item.name, "function": item.function}
        obj = by_id.get(item.tk_id)
        created = False
        if obj is None:
            obj = applier.person([person_key(item.name)])
            if obj is None:
                obj, created = Person(**values), True
                obj.slug = applier.unique_slug(Person, item.name)
            changed = merge(obj, {**values, "tk_id": item.tk_id}, owned=created)
        else:
            changed = merge(obj, values, owned=True)
        save_counted(obj, created, changed, "Persoon", stats)
        if created:
            applier.add_person(obj)
