"""Upsert Kamerstukdossiers, the first step of applying a page.

Input: the page's :class:`DossierItem` list (from ``items``); output: ``Dossier`` rows matched
on ``tk_id``, else on (number, toevoeging), created or filled in, and counted. Documents, applied
next by ``documents``, find their dossier among these rows.
"""

from __future__ import annotations

from commitments.importers.opendata.items import DossierItem
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Dossier

from .rows import merge, save_counted


def apply_dossiers(items: list[DossierItem], stats: SyncStats) -> None:
    if not items:
        return
    by_id = {d.tk_id: d for d in Dossier.objects.filter(tk_id__in=[i.tk_id for i in items])}
    by_number = {
        (d.number, d.toevoeging): d
        for d in Dossier.objects.filter(number__in=[i.number for i in items])
    }
    for item in items:
        obj = by_id.get(item.tk_id)
        if item.deleted:
            stats.count("Kamerstukdossier", "unchanged")
            continue
        values = {"number": item.number, "toevoeging": item.toevoeging, "title": item.title}
        created = False
        if obj is None:
            obj = by_number.get((item.number, item.toevoeging))
            if obj is None:
                obj, created = Dossier(**values), True
            changed = merge(obj, {**values, "tk_id": item.tk_id}, owned=created)
        else:
            changed = merge(obj, values, owned=True)
        save_counted(obj, created, changed, "Kamerstukdossier", stats)
