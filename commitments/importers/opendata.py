"""Sync the register with the Tweede Kamer open-data portal (gegevensmagazijn).

Reads Toezegging, Activiteit, Document, Kamerstukdossier and Persoon from the OData v4 API
or the Atom SyncFeed (see ``opendata_parse``) and upserts them keyed on the official GUID.

Rules (the README's "Open-data sync" section explains them for the griffie):

* One transaction per page, and the stored position (``SyncState``) moves with it: a page that
  fails leaves nothing behind and the next run starts at that page again.
* A record that cannot be read is reported with its id; the rest of the page goes on.
* ``Commitment.tk_data`` keeps what the feed said last time. A re-sync only writes what the
  Tweede Kamer changed since then, so a clerk's own edits survive and a second run of the same
  data changes nothing.
* A status change from the feed is recorded like any other: a ``CommitmentEvent`` with source
  "Tweede Kamer open data". When the griffie decided later than the Kamer's change, the feed's
  status is not applied: a "conflict" event is written and ``feed_conflict`` is set.
* Deletions (tombstones) unpublish, never delete.
"""

from __future__ import annotations

import datetime
import enum
import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import httpx
from django.db import DatabaseError, connection, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from commitments.models import (
    Commitment,
    CommitmentEvent,
    CommitmentLink,
    Committee,
    Debate,
    Document,
    Dossier,
    Fulfilment,
    Ministry,
    Person,
    SyncState,
)
from commitments.response_cache import bump_register_version

from .opendata_items import (
    CONVERTERS,
    CommitmentItem,
    DebateItem,
    DocumentItem,
    DossierItem,
    PersonItem,
    embedded_records,
    ministry_key,
    ministry_name,
    person_key,
)
from .opendata_parse import (
    ENTITIES,
    Page,
    PageError,
    RawRecord,
    RecordError,
    as_datetime,
    is_guid,
    parse_page,
    sniff_format,
)

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://gegevensmagazijn.tweedekamer.nl"
USER_AGENT = "toezeggingen-tracker/0.1 (+open-data sync; griffie)"
Status = Commitment.Status
Kind = CommitmentEvent.Kind
OPEN_DATA = CommitmentEvent.Source.OPEN_DATA

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
    "tk_unresolved",
    "tk_data",
    "feed_conflict",
    "updated_at",
]


@dataclass
class SyncStats:
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    records: int = 0

    def count(self, entity: str, outcome: str, n: int = 1) -> None:
        self.counts[(entity, outcome)] += n

    def total(self, outcome: str) -> int:
        return sum(n for (_, name), n in self.counts.items() if name == outcome)

    def error(self, entity: str, ident: str, message: str) -> None:
        self.errors.append(f"{entity} {ident}: {message}")

    def warn(self, entity: str, ident: str, message: str) -> None:
        self.warnings.append(f"{entity} {ident}: {message}")

    def merge(self, other: SyncStats) -> None:
        self.counts.update(other.counts)
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)
        self.pages += other.pages
        self.records += other.records

    def as_dict(self) -> dict:
        outcomes = ("created", "updated", "unchanged", "unpublished", "conflicts")
        result = {name: self.total(name) for name in outcomes}
        result.update(
            unknown=self.total("unknown"),
            unresolved=self.total("unresolved"),
            errors=len(self.errors),
            pages=self.pages,
            records=self.records,
        )
        return result

    def summary(self) -> str:
        d = self.as_dict()
        return (
            f"created {d['created']}, updated {d['updated']}, unchanged {d['unchanged']}, "
            f"unpublished {d['unpublished']}, conflicts {d['conflicts']}, "
            f"unknown values {d['unknown']}, unresolved {d['unresolved']}, errors {d['errors']}"
        )


def _unique_slug(model, base: str, taken: set[str]) -> str:
    base = (slugify(base) or "tk")[:90]
    slug, n = base, 2
    while slug in taken or model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def insert_rows(objs: list[models.Model]) -> None:
    """Insert new rows of one model and set their primary keys, like ``bulk_create``.

    On PostgreSQL the keys come from the table's sequence in one query and the rows go in with
    one ``COPY``: a multi-row ``INSERT`` of a thousand commitments spends most of its time
    building and parsing the statement, client-side. Like ``bulk_create`` this calls no
    ``save()`` and sends no signals, so django-simple-history records nothing. The ``COPY`` is
    logged as a query, so query counts in tests include it.
    """
    if not objs:
        return
    model = type(objs[0])
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objs)
        return
    opts = model._meta
    fields = [f for f in opts.concrete_fields if not f.primary_key]
    auto = [f for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    # Per column: 1 a JSON value to wrap, 2 a relation whose id may only be on the object
    # assigned before it was saved, 3 a choices value that may be an enum member.
    plan = [
        (
            f.attname,
            f,
            1 if isinstance(f, models.JSONField) else 2 if f.is_relation else 3 if f.choices else 0,
        )
        for f in fields
    ]
    qn = connection.ops.quote_name
    columns = ", ".join(qn(f.column) for f in [opts.pk, *fields])
    sql = f"COPY {qn(opts.db_table)} ({columns}) FROM STDIN"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [opts.db_table, opts.pk.column, len(objs)],
        )
        for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
            obj.pk = pk
        started = time.monotonic()
        with connection.wrap_database_errors, cursor.cursor.copy(sql) as copy:
            for obj in objs:
                for f in auto:
                    f.pre_save(obj, add=True)
                row = [obj.pk]
                for attname, f, kind in plan:
                    value = getattr(obj, attname)
                    if kind == 1:
                        value = f.get_db_prep_save(value, connection)
                    elif kind == 2:
                        if value is None and f.is_cached(obj):
                            related = f.get_cached_value(obj)
                            value = None if related is None else related.pk
                            setattr(obj, attname, value)
                    elif kind == 3 and isinstance(value, enum.Enum):
                        value = value.value
                    row.append(value)
                copy.write_row(row)
        if connection.queries_logged:
            connection.queries_log.append(
                {"sql": f"{sql} -- {len(objs)} rows", "time": f"{time.monotonic() - started:.3f}"}
            )
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias


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
        self._debate_items: dict[uuid.UUID, DebateItem] = {}

    # -- lookups ------------------------------------------------------------------------

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
            found = Ministry.objects.create(
                name=name, slug=_unique_slug(Ministry, name, self._slugs)
            )
            self._ministries[key] = found
        return found

    def person(self, keys: list[str]) -> Person | None:
        if self._persons is None:
            self._persons = {person_key(p.name): p for p in Person.objects.all()}
        for key in keys:
            if key in self._persons:
                return self._persons[key]
        return None

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
                slug=_unique_slug(Committee, abbreviation or name, self._slugs),
            )
            self._committees[name.lower()] = found
        return found

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
        self.apply_dossiers(list(buckets["Kamerstukdossier"].values()), stats)
        self.apply_documents(list(buckets["Document"].values()), stats)
        self.apply_persons(list(buckets["Persoon"].values()), stats)
        self.apply_debates(list(buckets["Activiteit"].values()), stats)
        self.apply_commitments(list(buckets["Toezegging"].values()), stats)

    # -- small entities: few rows, one by one (debates in bulk) ---------------------------

    @staticmethod
    def _merge(obj, values: dict, *, owned: bool) -> bool:
        """Owned rows (created by the sync) follow the feed; a clerk's row only gets blanks."""
        changed = False
        for name, value in values.items():
            current = getattr(obj, name)
            if current == value or (not owned and current not in (None, "")):
                continue
            setattr(obj, name, value)
            changed = True
        return changed

    def _save(self, obj, created: bool, changed: bool, entity: str, stats: SyncStats) -> None:
        if created or changed:
            obj.save()
        stats.count(entity, "created" if created else "updated" if changed else "unchanged")

    def apply_dossiers(self, items: list[DossierItem], stats: SyncStats) -> None:
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
                changed = self._merge(obj, {**values, "tk_id": item.tk_id}, owned=created)
            else:
                changed = self._merge(obj, values, owned=True)
            self._save(obj, created, changed, "Kamerstukdossier", stats)

    def apply_documents(self, items: list[DocumentItem], stats: SyncStats) -> None:
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
            changed = self._merge(obj, values, owned=owned)
            if obj.tk_kind != item.tk_kind:
                obj.tk_kind, changed = item.tk_kind, True
            self._save(obj, created, changed, "Document", stats)

    def apply_persons(self, items: list[PersonItem], stats: SyncStats) -> None:
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
                obj = self.person([person_key(item.name)])
                if obj is None:
                    obj, created = Person(**values), True
                    obj.slug = _unique_slug(Person, item.name, self._slugs)
                changed = self._merge(obj, {**values, "tk_id": item.tk_id}, owned=created)
            else:
                changed = self._merge(obj, values, owned=True)
            self._save(obj, created, changed, "Persoon", stats)
            if created and self._persons is not None:
                self._persons[person_key(obj.name)] = obj

    def apply_debates(self, items: list[DebateItem], stats: SyncStats) -> None:
        """Debates in bulk: one lookup per page, new rows inserted and changed rows updated
        together; an activity already applied in this run with the same values is skipped."""
        fresh = []
        for item in items:
            if self._debate_items.get(item.tk_id) == item:
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
        unmatched = {
            i.subject for i in fresh if i.tk_id not in by_id and i.tk_number not in by_number
        }
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
                    self.committee(item.committee_name, item.committee_abbreviation), "pk", None
                ),
            }
            obj = by_id.get(item.tk_id)
            created = False
            if obj is None:
                obj = by_number.get(item.tk_number) or by_key.get(
                    (item.kind, item.date, item.subject)
                )
                if obj is None:
                    obj, created = Debate(**values), True
                self.forget_debate(obj)
                changed = self._merge(obj, {**values, "tk_id": item.tk_id}, owned=created)
            else:
                # The keys it had when read: its number may change with this page.
                self.forget_debate(obj)
                changed = self._merge(obj, values, owned=True)
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
                self._debate_items[item.tk_id] = item
        for obj in [*to_create, *existing, *by_key.values()]:
            self.remember_debate(obj)

    def forget_debate(self, debate: Debate) -> None:
        for ref in (str(debate.tk_id) if debate.tk_id else None, debate.tk_number):
            self.debate_refs.pop(ref, None)

    def remember_debate(self, debate: Debate) -> None:
        if debate.tk_id:
            self.debate_refs[str(debate.tk_id)] = debate
        if debate.tk_number:
            self.debate_refs[debate.tk_number] = debate

    # -- commitments: many rows, written in bulk ----------------------------------------

    def apply_commitments(self, items: list[CommitmentItem], stats: SyncStats) -> None:
        if not items:
            return
        page = _CommitmentPage(self, items, stats)
        page.run()

    def resolve_pending(self, stats: SyncStats, batch: int = 500) -> None:
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
                str(t)
                for t in Commitment.objects.filter(tk_id__in=ids).values_list("tk_id", flat=True)
            )
        found_upper = {f.upper() for f in found}
        ready = [pk for pk, wanted in waiting.items() if {w.upper() for w in wanted} & found_upper]
        resolved = 0
        for start in range(0, len(ready), batch):
            rows = list(Commitment.objects.filter(pk__in=ready[start : start + batch]))
            with transaction.atomic():
                _CommitmentPage(self, [], stats).resolve_rows(rows)
            resolved += sum(1 for row in rows if not row.tk_unresolved)
        # A state, not a change: how many still wait for a letter, debate or commitment.
        stats.counts[("Toezegging", "unresolved")] = len(waiting) - resolved


_SYNC_ATTNAMES = [Commitment._meta.get_field(name).attname for name in COMMITMENT_SYNC_FIELDS]


def _snapshot(c: Commitment) -> tuple:
    return tuple(getattr(c, attname) for attname in _SYNC_ATTNAMES)


@dataclass
class _Change:
    commitment: Commitment
    item: CommitmentItem | None
    created: bool
    old: dict
    before: tuple = ()
    children: bool = False

    @property
    def dirty(self) -> bool:
        return self.children or _snapshot(self.commitment) != self.before

    def feed_changed(self, name: str) -> bool:
        """What ``_update_existing`` asks: a first link, or the feed changed this field."""
        if self.commitment.tk_id is None:
            return True
        return self.old.get(name) != self.item.feed_data()[name]


class _CommitmentPage:
    """One page of Toezegging records: prefetch everything, decide per record, write in bulk."""

    def __init__(self, applier: Applier, items: list[CommitmentItem], stats: SyncStats):
        self.applier = applier
        self.items = items
        self.stats = stats
        self.events: list[CommitmentEvent] = []
        self.fulfilments: list[Fulfilment] = []
        self.links: list[CommitmentLink] = []
        self.now = timezone.now()

    # prefetch

    def _prefetch_references(self, rows_data: list[dict]) -> None:
        letters = {v for data in rows_data for v in data.get("letters", [])}
        guids = [v for v in letters if is_guid(v)]
        numbers = [v.upper() for v in letters if not is_guid(v)]
        self.documents: dict[str, Document] = {}
        if letters:
            found = Document.objects.filter(Q(tk_id__in=guids) | Q(tk_number__in=numbers))
            # What linking needs; not the text or the search vector of every letter.
            for doc in found.only("pk", "tk_id", "tk_number", "date", "is_confidential"):
                if doc.tk_id:
                    self.documents[str(doc.tk_id)] = doc
                if doc.tk_number:
                    self.documents[doc.tk_number.upper()] = doc
        act_ids = {v for data in rows_data for v in data.get("activiteit", [])}
        act_numbers = {data.get("activiteit_number") for data in rows_data} - {"", None}
        # Debates this run already applied (the activities embedded in the page) are known.
        known = self.applier.debate_refs
        self.debates: dict[str, Debate] = {
            ref: known[ref] for ref in act_ids | act_numbers if ref in known
        }
        act_ids = {ref for ref in act_ids if ref not in known}
        act_numbers = {ref for ref in act_numbers if ref not in known}
        if act_ids or act_numbers:
            for debate in Debate.objects.filter(
                Q(tk_id__in=act_ids) | Q(tk_number__in=act_numbers)
            ):
                self.applier.remember_debate(debate)
                if debate.tk_id:
                    self.debates[str(debate.tk_id)] = debate
                if debate.tk_number:
                    self.debates[debate.tk_number] = debate
        targets = {t for data in rows_data for _, t in data.get("links", [])}
        self.by_guid: dict[str, Commitment] = {}
        if targets:
            for c in Commitment.objects.filter(tk_id__in=targets).only("pk", "tk_id"):
                self.by_guid[str(c.tk_id)] = c

    def _letter(self, value: str) -> Document | None:
        return self.documents.get(value.lower() if is_guid(value) else value.upper())

    def _debate(self, data: dict) -> Debate | None:
        for ref in data.get("activiteit", []):
            if ref in self.debates:
                return self.debates[ref]
        return self.debates.get(data.get("activiteit_number") or "")

    # main

    def run(self) -> None:
        items, stats = self.items, self.stats
        ids = [i.tk_id for i in items]
        # What the feed said last time decides which rows are read in full: on a re-sync
        # most records are unchanged and cost only this comparison.
        last_seen = {
            tk_id: (pk, data, unresolved)
            for pk, tk_id, data, unresolved in Commitment.objects.filter(tk_id__in=ids).values_list(
                "pk", "tk_id", "tk_data", "tk_unresolved"
            )
        }
        stale = []
        for item in items:
            if item.tk_id in last_seen:
                pk, data, unresolved = last_seen[item.tk_id]
                if data != item.feed_data() or unresolved:
                    stale.append(pk)
        existing = {}
        if stale:
            for c in Commitment.objects.filter(pk__in=stale).defer("search_vector"):
                existing[c.tk_id] = c
        numbers = [i.number for i in items if i.number and i.tk_id not in last_seen]
        by_number = {}
        if numbers:
            for c in Commitment.objects.filter(number__in=numbers, tk_id=None).defer(
                "search_vector"
            ):
                by_number[c.number] = c
        changes: list[_Change] = []
        for item in items:
            if item.tk_id in last_seen and item.tk_id not in existing:
                stats.count("Toezegging", "unchanged")
                continue
            commitment = existing.get(item.tk_id) or by_number.get(item.number or None)
            if commitment is None:
                if item.deleted:
                    stats.count("Toezegging", "unchanged")
                    continue
                changes.append(_Change(Commitment(), item, created=True, old={}))
                continue
            data = item.feed_data()
            if commitment.tk_data == data and not commitment.tk_unresolved:
                stats.count("Toezegging", "unchanged")
                continue
            changes.append(
                _Change(
                    commitment,
                    item,
                    created=False,
                    old=commitment.tk_data or {},
                    before=_snapshot(commitment),
                )
            )
        if not changes:
            return
        self._prefetch_references([c.item.feed_data() for c in changes] + [c.old for c in changes])
        # Only rows whose status or due date the feed changed can meet a griffie decision.
        self._prefetch_decisions(
            [
                c.commitment.pk
                for c in changes
                if not c.created and (c.feed_changed("status") or c.feed_changed("due_date"))
            ]
        )
        taken_keys = self._taken_keys([c.item for c in changes if c.created])

        to_create = []
        for change in changes:
            if change.created:
                self._build_new(change, taken_keys)
                to_create.append(change)
                self.by_guid[str(change.item.tk_id)] = change.commitment
            else:
                self._update_existing(change)
        for change in changes:
            # tk_data, not the item: a tombstone carries no letters but its record still does.
            # Before the insert, so new rows go in complete (links to rows of this page count).
            self._set_unresolved(change.commitment, change.commitment.tk_data)
        insert_rows([c.commitment for c in to_create])
        for change in to_create:
            self._record_created(change)
        self._prefetch_fulfilments(
            [c.commitment.pk for c in changes if not c.created and self._links_something(c)]
        )
        for change in changes:
            data = change.commitment.tk_data
            self._link_letters(change.commitment, data, change)
            self._link_commitments(change.commitment, data, change)
        dirty = [c.commitment for c in changes if not c.created and c.dirty]
        dirty_pks = {c.pk for c in dirty}
        for commitment in dirty:
            commitment.updated_at = self.now
        if dirty:
            Commitment.objects.bulk_update(dirty, COMMITMENT_SYNC_FIELDS)
        self._write_children()
        for change in changes:
            if change.created:
                stats.count("Toezegging", "created")
            else:
                # Read before the bulk update above stamped updated_at.
                outcome = "updated" if change.commitment.pk in dirty_pks else "unchanged"
                stats.count("Toezegging", outcome)

    def _links_something(self, change: _Change) -> bool:
        """Whether the row names a letter or commitment the register holds (so may link it)."""
        data = change.commitment.tk_data
        return any(self._letter(v) is not None for v in data.get("letters", [])) or any(
            guid in self.by_guid for _, guid in data.get("links", [])
        )

    def resolve_rows(self, rows: list[Commitment]) -> None:
        self._prefetch_references([row.tk_data for row in rows])
        self._prefetch_fulfilments(
            [row.pk for row in rows if self._links_something(_Change(row, None, False, {}))]
        )
        changed = []
        for row in rows:
            before = (row.tk_unresolved, row.debate_id)
            change = _Change(row, None, created=False, old=row.tk_data)
            if row.debate_id is None and row.document_id is None:
                row.debate = self._debate(row.tk_data)
            self._link_letters(row, row.tk_data, change)
            self._link_commitments(row, row.tk_data, change)
            self._set_unresolved(row, row.tk_data)
            if (row.tk_unresolved, row.debate_id) != before:
                changed.append(row)
        if changed:
            Commitment.objects.bulk_update(changed, ["tk_unresolved", "debate"])
            self.stats.count("Toezegging", "resolved", len(changed))
        self._write_children()

    def _taken_keys(self, items: list[CommitmentItem]) -> set[str]:
        keys = {self._key(i) for i in items}
        return set(Commitment.objects.filter(key__in=keys).values_list("key", flat=True))

    @staticmethod
    def _key(item: CommitmentItem) -> str:
        return slugify(item.number)[:100] if item.number else f"tk-{item.tk_id}"

    def _prefetch_decisions(self, pks: list[int]) -> None:
        """The latest status and due-date decisions not made by this sync, per commitment."""
        self.status_decided: dict[int, datetime.datetime] = {}
        self.due_decided: dict[int, datetime.datetime] = {}
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

    def _prefetch_fulfilments(self, pks: list[int]) -> None:
        self.fulfilled_pairs: set[tuple[int, int]] = set()
        self.linked: set[tuple[int, int, str]] = set()
        if not pks:
            return
        self.fulfilled_pairs = set(
            Fulfilment.objects.filter(commitment_id__in=pks).values_list(
                "commitment_id", "document_id"
            )
        )
        self.linked = set(
            CommitmentLink.objects.filter(from_commitment_id__in=pks).values_list(
                "from_commitment_id", "to_commitment_id", "kind"
            )
        )

    # decisions

    def _fulfilled_on(self, commitment: Commitment, item: CommitmentItem) -> datetime.date:
        dates = [d.date for d in map(self._letter, item.letters) if d is not None and d.date]
        on = max(dates) if dates else self._feed_date(item)
        # The Kamer's word is kept, within what can be true (check_event_date): not before
        # the commitment was made, not after today.
        if on > self.applier.today:
            self.stats.warn("Toezegging", item.label, f"nakoming {on} ligt in de toekomst")
            on = self.applier.today
        if commitment.made_on and on < commitment.made_on:
            on = commitment.made_on
        return on

    def _feed_date(self, item: CommitmentItem) -> datetime.date:
        if item.changed_at:
            return timezone.localdate(item.changed_at)
        return self.applier.today

    def _made_on(self, item: CommitmentItem, debate: Debate | None) -> datetime.date | None:
        return debate.date if debate else item.created_on

    def _due(self, item: CommitmentItem, made_on: datetime.date | None) -> datetime.date | None:
        if item.due_date and made_on and item.due_date < made_on:
            self.stats.warn(
                "Toezegging",
                item.label,
                f"DatumNakoming {item.due_date} ligt voor de datum van de toezegging; genegeerd",
            )
            return None
        return item.due_date

    def _note_unknown_status(self, item: CommitmentItem) -> None:
        if item.status_raw and item.status is None:
            self.stats.count("Toezegging", "unknown")
            self.stats.warn("Toezegging", item.label, f"onbekende status {item.status_raw!r}")

    def _build_new(self, change: _Change, taken_keys: set[str]) -> None:
        item, c = change.item, change.commitment
        key = self._key(item)
        if key in taken_keys:
            key = f"tk-{item.tk_id}"
        taken_keys.add(key)
        data = item.feed_data()
        debate = self._debate(data)
        c.key = key
        c.tk_id = item.tk_id
        c.is_published = True
        c.made_on = self._made_on(item, debate)
        c.debate = debate
        c.due_date = self._due(item, c.made_on)
        c.status = item.status or Status.OPEN
        self._note_unknown_status(item)
        if c.status == Status.FULFILLED:
            c.fulfilled_on = self._fulfilled_on(c, item)
        self._set_feed_columns(c, item)
        if item.person_keys:
            c.made_by = self.applier.person(item.person_keys)
        c.ministry = self.applier.ministry(item.ministry)

    def _record_created(self, change: _Change) -> None:
        c, item = change.commitment, change.item
        self.events.append(
            CommitmentEvent(
                commitment=c,
                kind=Kind.CREATED,
                date=c.made_on or self._feed_date(item),
                new_status=c.status,
                new_due_date=c.due_date,
                evidence=self._evidence(item),
                note=self._status_note(item, c.status),
                source=OPEN_DATA,
            )
        )

    def _set_feed_columns(self, c: Commitment, item: CommitmentItem) -> None:
        c.number = item.number or c.number
        c.text = item.text
        c.tk_status = item.status_raw
        c.tk_updated_at = item.changed_at
        c.tk_person_name = item.person_name
        c.tk_function = item.function
        c.tk_ministry = item.ministry
        c.tk_data = item.feed_data()

    def _evidence(self, item: CommitmentItem) -> Document | None:
        for value in item.letters:
            doc = self._letter(value)
            if doc is not None and not doc.is_confidential:
                return doc
        return None

    def _status_note(self, item: CommitmentItem, status: str) -> str:
        note = f"Tweede Kamer open data ({item.label}): status {item.status_raw or '-'}."
        if status == Status.FULFILLED and self._evidence(item) is None:
            letters = ", ".join(item.letters) or "geen"
            # The one-document rule is the service layer's; the Kamer's word is recorded as is
            # and the letter is linked as soon as it is in the register.
            note += f" Nakomende Kamerbrief nog niet in het register ({letters})."
        return note

    def _update_existing(self, change: _Change) -> None:
        c, item, old = change.commitment, change.item, change.old
        data = item.feed_data()
        first_link = c.tk_id is None

        def feed_changed(name: str) -> bool:
            return first_link or old.get(name) != data[name]

        if item.deleted:
            if not old.get("deleted") and c.is_published:
                c.is_published = False
                self.stats.count("Toezegging", "unpublished")
                self._event(
                    c,
                    Kind.NOTE,
                    item,
                    note="Verwijderd in de open data van de Tweede Kamer; niet meer gepubliceerd.",
                )
            c.tk_data = {**old, "deleted": True, "changed_at": data["changed_at"]}
            return
        if old.get("deleted") and not c.is_published:
            c.is_published = True
            self._event(
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
        debate = self._debate(data)
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
            c.made_by = self.applier.person(item.person_keys) or c.made_by
        if feed_changed("ministry") and item.ministry and not (first_link and c.ministry_id):
            c.ministry = self.applier.ministry(item.ministry)
        if feed_changed("due_date"):
            self._apply_due_date(c, item)
        if feed_changed("status"):
            self._apply_status(c, item)
        c.tk_status = item.status_raw
        c.tk_updated_at = item.changed_at
        c.tk_person_name = item.person_name
        c.tk_function = item.function
        c.tk_ministry = item.ministry
        c.tk_data = data

    def _event(self, c: Commitment, kind: str, item: CommitmentItem, **fields) -> None:
        self.events.append(
            CommitmentEvent(
                commitment=c, kind=kind, date=self._feed_date(item), source=OPEN_DATA, **fields
            )
        )

    def _decided_later(self, decided: dict, c: Commitment, item: CommitmentItem) -> bool:
        at = decided.get(c.pk)
        return at is not None and (item.changed_at is None or at > item.changed_at)

    def _conflict(self, c: Commitment, item: CommitmentItem, what: str, **fields) -> None:
        c.feed_conflict = True
        self.stats.count("Toezegging", "conflicts")
        changed = item.changed_at.strftime("%d-%m-%Y") if item.changed_at else "onbekend"
        self._event(
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

    def _apply_due_date(self, c: Commitment, item: CommitmentItem) -> None:
        due = self._due(item, c.made_on)
        if due == c.due_date:
            return
        if self._decided_later(self.due_decided, c, item):
            self._conflict(c, item, f"termijn {due or 'leeg'}", new_due_date=due)
            return
        self._event(
            c,
            Kind.DUE_DATE,
            item,
            old_due_date=c.due_date,
            new_due_date=due,
            note=f"Termijn volgens Tweede Kamer open data ({item.label}).",
        )
        c.due_date = due

    def _apply_status(self, c: Commitment, item: CommitmentItem) -> None:
        new = item.status
        if new is None:
            self._note_unknown_status(item)
            return
        if new == c.status:
            c.feed_conflict = False
            return
        if self._decided_later(self.status_decided, c, item):
            self._conflict(c, item, f"status '{item.status_raw}'", new_status=new)
            return
        old_status = c.status
        if new == Status.FULFILLED:
            c.fulfilled_on = self._fulfilled_on(c, item)
        else:  # partly fulfilled too: only a fulfilled commitment has a fulfilled_on
            c.fulfilled_on = None
        c.status = new
        c.feed_conflict = False
        self._event(
            c,
            Kind.STATUS,
            item,
            old_status=old_status,
            new_status=new,
            evidence=self._evidence(item) if new != Status.LAPSED else None,
            note=self._status_note(item, new),
        )

    # children

    def _link_letters(self, c: Commitment, data: dict, change: _Change) -> None:
        for value in data.get("letters", []):
            doc = self._letter(value)
            if doc is None or (c.pk, doc.pk) in self.fulfilled_pairs:
                continue
            if doc.is_confidential:
                self.stats.warn(
                    "Toezegging", c.number or c.key, f"{value} is vertrouwelijk; niet gekoppeld"
                )
                continue
            self.fulfilled_pairs.add((c.pk, doc.pk))
            self.fulfilments.append(Fulfilment(commitment=c, document=doc))
            change.children = True

    def _link_commitments(self, c: Commitment, data: dict, change: _Change) -> None:
        for kind, target_guid in data.get("links", []):
            target = self.by_guid.get(target_guid)
            if target is None or target.pk == c.pk or (c.pk, target.pk, kind) in self.linked:
                continue
            self.linked.add((c.pk, target.pk, kind))
            self.links.append(CommitmentLink(from_commitment=c, to_commitment=target, kind=kind))
            change.children = True

    def _set_unresolved(self, c: Commitment, data: dict) -> None:
        missing = [v for v in data.get("letters", []) if self._letter(v) is None]
        missing += [
            f"{kind}:{guid}" for kind, guid in data.get("links", []) if guid not in self.by_guid
        ]
        if c.debate_id is None and c.document_id is None:
            act = data.get("activiteit_number") or next(iter(data.get("activiteit", [])), "")
            if act:
                missing.append(f"activiteit:{act}")
        c.tk_unresolved = " ".join(missing)

    def _write_children(self) -> None:
        insert_rows(self.events)
        insert_rows(self.fulfilments)
        insert_rows(self.links)
        self.events, self.fulfilments, self.links = [], [], []


# --- Fetching -----------------------------------------------------------------------------


class FetchError(RuntimeError):
    pass


class FeedClient:
    """GET with timeouts, a User-Agent, and retries with exponential backoff.

    httpx's transport retries failed connections; 429 and 5xx answers and timeouts are retried
    here, honouring a numeric ``Retry-After``. ``sleep`` is injectable so tests do not wait.
    """

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        retries: int = 4,
        backoff: float = 1.0,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.http = httpx.Client(
            transport=transport or httpx.HTTPTransport(retries=2),
            timeout=httpx.Timeout(timeout, connect=10.0),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=True,
        )

    def get(self, url: str, params: dict | None = None) -> str:
        problem = ""
        for attempt in range(self.retries + 1):
            wait = self.backoff * 2**attempt
            try:
                response = self.http.get(url, params=params)
            except httpx.TransportError as error:
                problem = f"{type(error).__name__}: {error}"
            else:
                if response.status_code < 400:
                    return response.text
                problem = f"HTTP {response.status_code}"
                if response.status_code != 429 and response.status_code < 500:
                    break
                retry_after = response.headers.get("Retry-After", "")
                if retry_after.isdigit():
                    wait = min(float(retry_after), 300.0)
            if attempt < self.retries:
                logger.warning("open data: %s for %s, retry in %.1fs", problem, url, wait)
                self.sleep(wait)
        raise FetchError(f"{url}: {problem}")

    def close(self) -> None:
        self.http.close()


# --- Running a sync -----------------------------------------------------------------------

ODATA_EXPAND = {
    "Toezegging": "Activiteit",
    "Document": "Kamerstukdossier",
}


def odata_first_request(
    base_url: str, entity: str, position: str, page_size: int
) -> tuple[str, dict]:
    params = {"$orderby": "ApiGewijzigdOp asc,Id asc", "$top": str(page_size)}
    if entity in ODATA_EXPAND:
        params["$expand"] = ODATA_EXPAND[entity]
    if position:
        # "ge", not "gt": records sharing the stamp across a page boundary are read twice
        # rather than lost; applying a record twice changes nothing.
        params["$filter"] = f"ApiGewijzigdOp ge {position}"
    return f"{base_url.rstrip('/')}/OData/v4/2.0/{entity}", params


def atom_first_request(base_url: str, entity: str, position: str) -> tuple[str, dict]:
    params = {"category": entity}
    if position:
        params["skiptoken"] = position
    return f"{base_url.rstrip('/')}/SyncFeed/2.0/Feed", params


def _max_stamp(records: list[RawRecord], current: str) -> str:
    """The latest ApiGewijzigdOp of a page, in UTC, so positions compare as text."""
    stamps = [current] if current else []
    for record in records:
        try:
            stamp = as_datetime(record.fields, "ApiGewijzigdOp")
        except RecordError:
            continue
        if stamp:
            stamps.append(stamp.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z"))
    return max(stamps) if stamps else current


@dataclass
class OpenDataSync:
    """Runs pages through the applier, one transaction per page."""

    client: FeedClient | None = None
    base_url: str = DEFAULT_BASE_URL
    fmt: str = "odata"
    page_size: int = 250
    progress: Callable[[str], None] = lambda message: None
    applier: Applier = field(default_factory=Applier)
    stats: SyncStats = field(default_factory=SyncStats)
    failed: bool = False

    def apply_page(
        self, page: Page, *, state: SyncState | None = None, position: str | None = None
    ) -> SyncStats:
        """Apply one page atomically, together with the new position of its feed."""
        page_stats = SyncStats(pages=1)
        for problem in page.errors:
            page_stats.errors.append(problem)
        try:
            with transaction.atomic():
                self.applier.apply(page.records, page_stats)
                self._save_position(state, position, page_stats)
        except DatabaseError:
            # Something slipped past the checks; find the record, keep the rest.
            self.applier.reset_caches()
            page_stats = SyncStats(pages=1, errors=list(page.errors))
            with transaction.atomic():
                for record in page.records:
                    record_stats = SyncStats()
                    try:
                        with transaction.atomic():
                            self.applier.apply([record], record_stats)
                    except DatabaseError as error:
                        self.applier.reset_caches()
                        record_stats = SyncStats(records=1)
                        record_stats.error(record.entity, record.id, f"database: {error}")
                    page_stats.merge(record_stats)
                self._save_position(state, position, page_stats)
        except Exception:
            self.applier.reset_caches()
            raise
        # COPY and bulk updates send no model signals: tell the response cache once per page.
        transaction.on_commit(bump_register_version)
        self.stats.merge(page_stats)
        return page_stats

    @staticmethod
    def _save_position(state: SyncState | None, position: str | None, stats: SyncStats):
        if state is None:
            return
        if position:
            state.position = position
        state.last_run_at = timezone.now()
        state.last_stats = stats.as_dict()
        state.save()

    def run_feed(self, entity: str, *, since: str | None = None) -> None:
        feed = f"{self.fmt}:{entity}"
        state, _ = SyncState.objects.get_or_create(feed=feed)
        position = state.position
        if since:
            # An OData DateTimeOffset literal; the SyncFeed has no date filter, so it is read
            # from the start and older records are skipped here.
            position = f"{since}T00:00:00Z" if self.fmt == "odata" else ""
        if self.fmt == "odata":
            url, params = odata_first_request(self.base_url, entity, position, self.page_size)
        else:
            url, params = atom_first_request(self.base_url, entity, position)
        number = 0
        while url:
            number += 1
            try:
                text = self.client.get(url, params)
                page = parse_page(text, self.fmt, entity)
            except (FetchError, PageError) as error:
                self._fail(feed, number, error)
                return
            if since and self.fmt == "atom":
                page.records = [r for r in page.records if _not_before(r, since)]
            if self.fmt == "odata":
                new_position = _max_stamp(page.records, position)
            else:
                new_position = page.last_position or position
            try:
                page_stats = self.apply_page(page, state=state, position=new_position)
            except Exception as error:
                logger.exception("open data: page %s of %s failed", number, feed)
                self._fail(feed, number, error)
                return
            position = new_position
            self.progress(
                f"{feed} page {number}: {len(page.records)} records; {page_stats.summary()}"
            )
            url, params = page.next_url, None
        with transaction.atomic():
            self.applier.resolve_pending(self.stats)

    def _fail(self, feed: str, number: int, error: Exception) -> None:
        self.failed = True
        message = f"{feed} page {number} failed, position kept: {error}"
        self.stats.errors.append(message)
        self.progress(message)

    def run_files(self, paths: Iterable[str], default_entity: str = "Toezegging") -> None:
        for path in paths:
            try:
                with open(path, "rb") as handle:
                    text = handle.read()
                fmt = self.fmt or sniff_format(text)
                page = parse_page(text, fmt, default_entity)
            except (OSError, PageError) as error:
                self.stats.errors.append(f"{path}: {error}")
                self.failed = True
                continue
            try:
                page_stats = self.apply_page(page)
            except Exception as error:
                logger.exception("open data: file %s failed", path)
                self.stats.errors.append(f"{path}: {error}")
                self.failed = True
                continue
            self.progress(f"{path}: {len(page.records)} records; {page_stats.summary()}")
        with transaction.atomic():
            self.applier.resolve_pending(self.stats)


def _not_before(record: RawRecord, since: str) -> bool:
    try:
        stamp = as_datetime(record.fields, "ApiGewijzigdOp")
    except RecordError:
        return True
    return stamp is None or stamp.date().isoformat() >= since


def iter_pages(texts: Iterable[str], fmt: str) -> Iterator[Page]:
    for text in texts:
        yield parse_page(text, fmt)
