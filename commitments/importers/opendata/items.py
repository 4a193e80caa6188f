"""Turn raw open-data records into checked, typed items (no database access here).

Input: the :class:`RawRecord` list of a page from ``parse``; output: one item per record
(``DossierItem``, ``DocumentItem``, ``PersonItem``, ``DebateItem``, ``CommitmentItem``) or a
:class:`RecordError`. ``apply`` writes the items into the register next.

One converter per entity, shared by the OData and the SyncFeed reader. A converter raises
:class:`RecordError` for a record that cannot be used (bad GUID, bad date, wrong type, a
required field missing); the sync reports it with the record's id and goes on.
"""

from __future__ import annotations

import datetime
import re
import uuid
from dataclasses import dataclass, field

from commitments.models import CommitmentLink, CommitmentStatus, DebateKind, DocumentKind

from .parse import (
    RawRecord,
    RecordError,
    as_date,
    as_datetime,
    as_guid,
    as_int,
    as_text,
    expanded,
    ref_ids,
    text_values,
)

VERGADERJAAR_RE = re.compile(r"^(\d{4})-(\d{4})$")

# Case- and space-insensitive: the Kamer wrote "Afgedaan" and, before 2020, "Voldaan".
STATUS_MAP = {
    "openstaand": CommitmentStatus.OPEN,
    "afgedaan": CommitmentStatus.FULFILLED,
    "voldaan": CommitmentStatus.FULFILLED,
    "deels afgedaan": CommitmentStatus.PARTLY_FULFILLED,
    "deels voldaan": CommitmentStatus.PARTLY_FULFILLED,
    "vervallen": CommitmentStatus.LAPSED,
}

DEBATE_KIND_MAP = {
    "commissiedebat": DebateKind.COMMISSIEDEBAT,
    "plenair debat": DebateKind.PLENAIR_DEBAT,
    "schriftelijk overleg": DebateKind.SCHRIFTELIJK_OVERLEG,
    "notaoverleg": DebateKind.NOTAOVERLEG,
    "wetgevingsoverleg": DebateKind.WETGEVINGSOVERLEG,
}

LINK_FIELDS = {
    "IsHerhalingVan": CommitmentLink.Kind.HERHALING,
    "IsAanvullingOp": CommitmentLink.Kind.AANVULLING,
    "IsWijzigingVan": CommitmentLink.Kind.WIJZIGING,
}


def squash(value: str) -> str:
    return " ".join(value.lower().split())


def map_status(raw: str) -> str | None:
    return STATUS_MAP.get(squash(raw)) if raw else None


def map_debate_kind(raw: str) -> str:
    return DEBATE_KIND_MAP.get(squash(raw), DebateKind.OTHER)


def map_document_kind(raw: str) -> str:
    soort = squash(raw)
    if "geannoteerde agenda" in soort:
        return DocumentKind.GEANNOTEERDE_AGENDA
    if "verslag" in soort:
        return DocumentKind.VERSLAG
    if "bijlage" in soort:
        return DocumentKind.BIJLAGE
    if soort.startswith("brief"):
        return DocumentKind.BRIEF
    return DocumentKind.OTHER


def person_key(name: str) -> str:
    """ "C.C.J. Veldkamp", "c.c.j.  veldkamp" and "Veldkamp, C.C.J." are one person."""
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first} {last}"
    return squash(name.replace(".", ""))


def ministry_key(name: str) -> str:
    """ "Ministerie van Buitenlandse Zaken" and "Buitenlandse Zaken" are one ministry."""
    return squash(re.sub(r"^\s*ministerie\s+(van|voor)\s+", "", name, flags=re.IGNORECASE))


def ministry_name(name: str) -> str:
    return re.sub(r"^\s*ministerie\s+(van|voor)\s+", "", name, flags=re.IGNORECASE).strip()


@dataclass
class DossierItem:
    tk_id: uuid.UUID
    deleted: bool
    number: int
    toevoeging: str
    title: str


@dataclass
class DocumentItem:
    tk_id: uuid.UUID
    deleted: bool
    tk_number: str
    title: str
    kind: str
    tk_kind: str
    date: datetime.date | None
    ondernummer: int | None
    vergaderjaar: str
    dossier_ids: list[str]
    warnings: list[str] = field(default_factory=list)


@dataclass
class PersonItem:
    tk_id: uuid.UUID
    deleted: bool
    name: str
    function: str


@dataclass
class DebateItem:
    tk_id: uuid.UUID
    deleted: bool
    tk_number: str
    kind: str
    tk_kind: str
    subject: str
    date: datetime.date
    committee_name: str
    committee_abbreviation: str


@dataclass
class CommitmentItem:
    tk_id: uuid.UUID
    deleted: bool
    number: str = ""
    text: str = ""
    created_on: datetime.date | None = None
    changed_at: datetime.datetime | None = None
    activiteit_ids: list[str] = field(default_factory=list)
    activiteit_number: str = ""
    person_name: str = ""
    person_keys: list[str] = field(default_factory=list)
    function: str = ""
    ministry: str = ""
    status_raw: str = ""
    due_date: datetime.date | None = None
    letters: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    _feed_data: dict | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def label(self) -> str:
        return self.number or str(self.tk_id)

    @property
    def status(self) -> str | None:
        return map_status(self.status_raw)

    def feed_data(self) -> dict:
        """What the feed said, as stored in ``Commitment.tk_data`` to see what it changes.

        Built once per item; callers store it, none changes it in place.
        """
        if self._feed_data is None:
            self._feed_data = self._build_feed_data()
        return self._feed_data

    def _build_feed_data(self) -> dict:
        return {
            "deleted": self.deleted,
            "number": self.number,
            "text": self.text,
            "created_on": self.created_on.isoformat() if self.created_on else None,
            "changed_at": self.changed_at.isoformat() if self.changed_at else None,
            "activiteit": self.activiteit_ids,
            "activiteit_number": self.activiteit_number,
            "person": self.person_name,
            "function": self.function,
            "ministry": self.ministry,
            "status": self.status_raw,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "letters": self.letters,
            "links": [list(link) for link in self.links],
        }


def _guid(record: RawRecord) -> uuid.UUID:
    return as_guid(record.fields.get("Id", record.id))


def _check_guids(values: list[str], name: str) -> list[str]:
    for value in values:
        as_guid(value, name)
    return values


def to_dossier(record: RawRecord) -> DossierItem:
    fields = record.fields
    tk_id = _guid(record)
    number = as_int(fields, "Nummer")
    if number is None and not record.deleted:
        raise RecordError("Nummer ontbreekt")
    if number is not None and number <= 0:
        raise RecordError(f"Nummer is geen dossiernummer: {number}")
    return DossierItem(
        tk_id=tk_id,
        deleted=record.deleted,
        number=number or 0,
        toevoeging=as_text(fields, "Toevoeging", max_length=10),
        title=as_text(fields, "Titel")[:500],
    )


def to_document(record: RawRecord) -> DocumentItem:
    fields = record.fields
    tk_id = _guid(record)
    warnings = []
    volgnummer = as_int(fields, "Volgnummer")
    vergaderjaar = as_text(fields, "Vergaderjaar")
    match = VERGADERJAAR_RE.match(vergaderjaar)
    if vergaderjaar and not (match and int(match[2]) == int(match[1]) + 1):
        warnings.append(f"vergaderjaar {vergaderjaar!r} genegeerd")
        vergaderjaar = ""
    soort = as_text(fields, "Soort")
    return DocumentItem(
        tk_id=tk_id,
        deleted=record.deleted,
        tk_number=as_text(fields, "DocumentNummer", max_length=20),
        title=(as_text(fields, "Onderwerp") or as_text(fields, "Titel"))[:500],
        kind=map_document_kind(soort),
        tk_kind=soort[:100],
        date=as_date(fields, "Datum"),
        # -1 (or 0) means: not a Kamerstuk, so no ondernummer.
        ondernummer=volgnummer if volgnummer and volgnummer > 0 else None,
        vergaderjaar=vergaderjaar,
        dossier_ids=_check_guids(ref_ids(fields, "Kamerstukdossier"), "Kamerstukdossier"),
        warnings=warnings,
    )


def to_person(record: RawRecord) -> PersonItem:
    fields = record.fields
    tk_id = _guid(record)
    parts = [
        as_text(fields, "Initialen"),
        as_text(fields, "Tussenvoegsel"),
        as_text(fields, "Achternaam"),
    ]
    name = " ".join(p for p in parts if p)
    if not name and not record.deleted:
        raise RecordError("Achternaam ontbreekt")
    return PersonItem(tk_id, record.deleted, name[:200], as_text(fields, "Functie")[:200])


def to_debate(record: RawRecord) -> DebateItem:
    fields = record.fields
    tk_id = _guid(record)
    soort = as_text(fields, "Soort")
    date = as_date(fields, "Datum")
    if date is None:
        raise RecordError("Datum ontbreekt")
    subject = as_text(fields, "Onderwerp", required=True)[:500]
    return DebateItem(
        tk_id=tk_id,
        deleted=record.deleted,
        tk_number=as_text(fields, "Nummer", max_length=20),
        kind=map_debate_kind(soort),
        tk_kind=soort[:100],
        subject=subject,
        date=date,
        committee_name=as_text(fields, "Voortouwnaam")[:200],
        committee_abbreviation=as_text(fields, "Voortouwafkorting")[:20],
    )


def to_commitment(record: RawRecord) -> CommitmentItem:
    fields = record.fields
    tk_id = _guid(record)
    changed_at = as_datetime(fields, "GewijzigdOp") or as_datetime(fields, "ApiGewijzigdOp")
    if record.deleted and not as_text(fields, "Tekst"):
        # A SyncFeed tombstone carries nothing but its id.
        return CommitmentItem(tk_id=tk_id, deleted=True, changed_at=changed_at)
    naam = as_text(fields, "Naam")
    initialen, tussenvoegsel, achternaam, voornaam = (
        as_text(fields, name) for name in ("Initialen", "Tussenvoegsel", "Achternaam", "Voornaam")
    )
    keys = [person_key(naam)] if naam else []
    for first in (initialen, voornaam):
        if first and achternaam:
            keys.append(person_key(" ".join(p for p in (first, tussenvoegsel, achternaam) if p)))
    links = []
    for name, kind in LINK_FIELDS.items():
        for target in _check_guids(ref_ids(fields, name), name):
            links.append((str(kind), target.lower()))
    activiteit_ids = _check_guids(ref_ids(fields, "Activiteit"), "Activiteit")
    return CommitmentItem(
        tk_id=tk_id,
        deleted=record.deleted,
        number=as_text(fields, "Nummer", max_length=30),
        text=as_text(fields, "Tekst", required=True),
        created_on=as_date(fields, "Aanmaakdatum"),
        changed_at=changed_at,
        activiteit_ids=[value.lower() for value in activiteit_ids],
        activiteit_number=as_text(fields, "ActiviteitNummer", max_length=20),
        person_name=(naam or " ".join(p for p in (initialen, tussenvoegsel, achternaam) if p))[
            :200
        ],
        person_keys=[key for key in keys if key],
        function=as_text(fields, "Functie")[:200],
        ministry=as_text(fields, "Ministerie")[:200],
        status_raw=as_text(fields, "Status", max_length=50),
        due_date=as_date(fields, "DatumNakoming"),
        letters=text_values(fields, "KamerbriefNakoming"),
        links=links,
    )


CONVERTERS = {
    "Kamerstukdossier": to_dossier,
    "Document": to_document,
    "Persoon": to_person,
    "Activiteit": to_debate,
    "Toezegging": to_commitment,
}


def embedded_records(record: RawRecord) -> list[RawRecord]:
    """Related objects an OData ``$expand`` put inside this one, to apply before it."""
    nested = {"Toezegging": ["Activiteit"], "Document": ["Kamerstukdossier"]}
    result = []
    for name in nested.get(record.entity, []):
        for item in expanded(record.fields, name):
            result.append(RawRecord(name, str(item.get("Id")), fields=item))
    return result
