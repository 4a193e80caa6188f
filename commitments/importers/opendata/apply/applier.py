"""Apply one parsed page: convert its records to items and upsert them entity by entity.

Input: a page's :class:`RawRecord` list (from ``parse``); output: the register's rows written in
dependency order (dossiers, documents, persons, debates, then commitments) and the page's stats.
The :class:`Applier` also keeps the small lookup tables (ministries, persons, committees, the
debates seen) for the whole run. ``sync`` runs it once per page inside the page's transaction.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterable

from django.utils import timezone
from django.utils.text import slugify

from commitments.importers.opendata.items import (
    CONVERTERS,
    DebateItem,
    embedded_records,
    ministry_key,
    ministry_name,
    person_key,
)
from commitments.importers.opendata.parse import ENTITIES, RawRecord, RecordError
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Committee, Debate, Ministry, Person

from .commitments import apply_commitments, resolve_pending
from .debates import apply_debates
from .documents import apply_documents
from .dossiers import apply_dossiers
from .persons import apply_persons
from .rows import unique_slug


class Applier:
    """Writes one page of records. Caches small lookup tables for the whole run."""

    def __init__(self, today: datetime.date | None = None):
        self.today = today or timezone.localdate()
        self.reset_caches()

    def reset_caches(self) -> None:
        # Called after a rollback: rows created in the failed transaction are gone.
        self._ministries: dict[str, Ministry] | None = None
        self._persons: dict[str, Person] | None = None
        self._committees: dict[str, Committee] | None = None
        self._slugs: set[str] = set()
        # Debates this run has written or read, by str(tk_id) and by tk_number, and the item
        # each was last applied from: the same activity embedded in every page is applied once.
        self.debate_refs: dict[str, Debate] = {}
        self.debate_items: dict[uuid.UUID, DebateItem] = {}

    # -- lookups ------------------------------------------------------------------------

    def unique_slug(self, model, base: str) -> str:
        return unique_slug(model, base, self._slugs)

    def ministry(self, raw: str) -> Ministry | None:
        if not raw:
            return None
        if self._ministries is None:
            self._ministries = {}
            for ministry in Ministry.objects.all():
                self._ministries[ministry_key(ministry.name)] = ministry
                self._ministries[ministry.slug] = ministry
        key = ministry_key(raw)
        found = self._ministries.get(key) or self._ministries.get(slugify(ministry_name(raw)))
        if found is None:
            name = ministry_name(raw)[:200]
            found = Ministry.objects.create(name=name, slug=self.unique_slug(Ministry, name))
            self._ministries[key] = found
        return found

    def person(self, keys: list[str]) -> Person | None:
        if self._persons is None:
            self._persons = {person_key(p.name): p for p in Person.objects.all()}
        for key in keys:
            if key in self._persons:
                return self._persons[key]
        return None

    def add_person(self, person: Person) -> None:
        """A person this run created; found by later pages once the lookup is loaded."""
        if self._persons is not None:
            self._persons[person_key(person.name)] = person

    def committee(self, name: str, abbreviation: str) -> Committee | None:
        if not name:
            return None
        if self._committees is None:
            self._committees = {c.name.lower(): c for c in Committee.objects.all()}
        found = self._committees.get(name.lower())
        if found is None:
            found = Committee.objects.create(
                name=name,
                abbreviation=abbreviation,
                slug=self.unique_slug(Committee, abbreviation or name),
            )
            self._committees[name.lower()] = found
        return found

    def forget_debate(self, debate: Debate) -> None:
        for ref in (str(debate.tk_id) if debate.tk_id else None, debate.tk_number):
            self.debate_refs.pop(ref, None)

    def remember_debate(self, debate: Debate) -> None:
        if debate.tk_id:
            self.debate_refs[str(debate.tk_id)] = debate
        if debate.tk_number:
            self.debate_refs[debate.tk_number] = debate

    # -- a page -------------------------------------------------------------------------

    def apply(self, records: Iterable[RawRecord], stats: SyncStats) -> None:
        buckets: dict[str, dict[uuid.UUID, object]] = {name: {} for name in ENTITIES}
        # An activity expanded into many commitments of a page is converted once.
        converted: dict[tuple[str, str], tuple[dict, object]] = {}
        for record in records:
            stats.records += 1
            if record.error:
                stats.error(record.entity, record.id, record.error)
                continue
            for nested in [*embedded_records(record), record]:
                key = (nested.entity, nested.id)
                earlier = converted.get(key) if nested is not record else None
                if earlier is not None and earlier[0] == nested.fields:
                    item = earlier[1]
                else:
                    try:
                        item = CONVERTERS[nested.entity](nested)
                    except RecordError as error:
                        item = error
                    if nested is not record:
                        converted[key] = (nested.fields, item)
                if isinstance(item, RecordError):
                    stats.error(nested.entity, nested.id, str(item))
                    continue
                # A later version of the same record in one page supersedes the earlier.
                buckets[nested.entity].pop(item.tk_id, None)
                buckets[nested.entity][item.tk_id] = item
        apply_dossiers(list(buckets["Kamerstukdossier"].values()), stats)
        apply_documents(list(buckets["Document"].values()), stats)
        apply_persons(self, list(buckets["Persoon"].values()), stats)
        apply_debates(self, list(buckets["Activiteit"].values()), stats)
        apply_commitments(self, list(buckets["Toezegging"].values()), stats)

    def resolve_pending(self, stats: SyncStats, batch: int = 500) -> None:
        """After the last page: link what earlier pages or runs could not (see ``resolve``)."""
        resolve_pending(self, stats, batch)
