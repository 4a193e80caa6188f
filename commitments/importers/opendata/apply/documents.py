"""Upsert Documents (Kamerstukken, letters), after the dossiers of the same page.

Input: the page's :class:`DocumentItem` list; output: ``Document`` rows matched on ``tk_id``,
else on document number, else on (dossier, ondernummer), created or filled in, and counted.
Commitments, applied last by ``commitments``, link these as the letters that fulfil them.
"""

from __future__ import annotations

from django.db.models import Q

from commitments.importers.opendata.items import DocumentItem
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Document, Dossier

from .rows import merge, save_counted


def apply_documents(items: list[DocumentItem], stats: SyncStats) -> None:
    if not items:
        return
    ids = [i.tk_id for i in items]
    numbers = [i.tk_number for i in items if i.tk_number]
    existing = Document.objects.filter(Q(tk_id__in=ids) | Q(tk_number__in=numbers))
    by_id = {d.tk_id: d for d in existing if d.tk_id}
    by_number = {d.tk_number: d for d in existing if d.tk_number}
    dossier_ids = {ref for i in items for ref in i.dossier_ids}
    dossiers = {str(d.tk_id): d for d in Dossier.objects.filter(tk_id__in=dossier_ids)}
    for item in items:
        for warning in item.warnings:
            stats.warn("Document", item.tk_number or str(item.tk_id), warning)
        if item.deleted:
            stats.count("Document", "unchanged")
            continue
        dossier = next((dossiers[r] for r in item.dossier_ids if r in dossiers), None)
        ondernummer = item.ondernummer if dossier else None
        values = {
            "tk_number": item.tk_number or None,
            "title": item.title or item.tk_number or str(item.tk_id),
            "kind": item.kind,
            "date": item.date,
            "vergaderjaar": item.vergaderjaar,
            # Ids, not objects: comparing a relation would load it, once per row.
            "dossier_id": dossier.pk if dossier else None,
            "ondernummer": ondernummer,
        }
        obj = by_id.get(item.tk_id)
        created = False
        if obj is None:
            obj = by_number.get(item.tk_number)
            if obj is None and dossier and ondernummer:
                obj = Document.objects.filter(dossier=dossier, ondernummer=ondernummer).first()
            if obj is None:
                obj, created = Document(**values), True
                identifier = item.tk_number or f"tk-{item.tk_id}"
                if Document.objects.filter(identifier=identifier).exists():
                    identifier = f"tk-{item.tk_id}"
                obj.identifier = identifier
            owned = created
            values["tk_id"] = item.tk_id
        else:
            owned = True
        changed = merge(obj, values, owned=owned)
        if obj.tk_kind != item.tk_kind:
            obj.tk_kind, changed = item.tk_kind, True
        save_counted(obj, created, changed, "Document", stats)
