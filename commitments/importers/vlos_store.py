"""From a parsed VLOS report to rows in the register: the Django side of ``importers.vlos``.

``store.propose()`` hands a VLOS file here; :func:`propose_report` parses it and returns the
same :class:`~.store.Proposal` a Kamerstuk text gets (the candidates as
``CommitmentCandidate``, so one review page and one JSON shape serve both), with the report
attached. :func:`apply_report` writes, in the caller's transaction: the report as a document
(kind "verslag"), one ``Debate`` per debate (found by its open-data id or number, else created;
room, committee, agenda documents the register holds, bewindspersonen), and a commitment per
accepted candidate, unpublished, attributed, dated on the debate, with its read-out text kept
in ``report_text``. A candidate that is already a commitment of that debate (the Tweede
Kamer's own record brought by the open-data sync, or an earlier import) is linked, not
duplicated. Re-importing the same report creates nothing new.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify

from .. import services
from ..models import (
    Commitment,
    CommitmentEvent,
    Committee,
    Debate,
    DebateKind,
    Document,
    DocumentKind,
    Ministry,
    Person,
)
from .kamerstuk import (
    CommitmentCandidate,
    DebateReference,
    Metadata,
    NormalisedText,
    ParsedKamerstuk,
    similarity,
)
from .opendata.items import ministry_key, person_key
from .store import Proposal, unique_slug
from .vlos import (
    SAME_COMMITMENT,
    Bewindspersoon,
    Toezegging,
    VlosDebate,
    VlosReport,
    parse_vlos,
)

DEBATE_KINDS = {
    "commissiedebat": DebateKind.COMMISSIEDEBAT,
    "plenair debat": DebateKind.PLENAIR_DEBAT,
    "notaoverleg": DebateKind.NOTAOVERLEG,
    "wetgevingsoverleg": DebateKind.WETGEVINGSOVERLEG,
    "schriftelijk overleg": DebateKind.SCHRIFTELIJK_OVERLEG,
}


@dataclass(frozen=True)
class ReportCandidate:
    """Where candidate ``i`` of the proposal comes from: its debate and toezegging."""

    debate: VlosDebate
    toezegging: Toezegging

    @property
    def made_by(self) -> Bewindspersoon | None:
        index = self.toezegging.made_by
        return None if index is None else self.debate.bewindspersonen[index]


def debate_kind(tk_kind: str) -> str:
    return DEBATE_KINDS.get(tk_kind.strip().lower(), DebateKind.OTHER)


def report_identifier(report: VlosReport, text: str) -> str:
    if report.tk_id:
        return f"vlos-{report.tk_id}"[:100]
    return f"vlos-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}"


def report_title(report: VlosReport) -> str:
    when = f" ({report.date:%d-%m-%Y})" if report.date else ""
    kind = "plenaire vergadering" if report.kind.lower() == "plenair" else "commissievergadering"
    return f"Verslag {kind} {report.title}{when}"[:500]


def _parsed(report: VlosReport, candidates: list[ReportCandidate]) -> ParsedKamerstuk:
    """The report in the Kamerstuk result type, so the command, the JSON and the review page
    read it the same way: the candidates, each with the debate it was made in."""
    commitments = tuple(
        CommitmentCandidate(
            sentence=c.toezegging.text,
            subject=None,
            deadline=c.toezegging.deadline,
            debate=DebateReference(
                kind=c.debate.tk_kind.lower(),
                subject=c.debate.subject,
                date=c.debate.date,
                raw=f"{c.debate.tk_kind} {c.debate.subject} ({c.debate.number})",
            ),
            confidence=c.toezegging.confidence,
            section=c.debate.number,
            pattern=c.toezegging.pattern,
        )
        for c in candidates
    )
    return ParsedKamerstuk(
        metadata=Metadata(
            vergaderjaar=report.vergaderjaar,
            date=report.date,
            kind="verslag",
            title=report_title(report),
        ),
        sections=(),
        citations=(),
        confidential_mentions=(),
        commitments=commitments,
        fulfilments=(),
        signals=("vlos",),
        normalised=NormalisedText(
            text=report.text, paragraphs=(), repairs=(), footers=(), footnotes=(), layout="vlos"
        ),
    )


def _uuid(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


def existing_debates(report: VlosReport) -> dict[str, Debate]:
    """The report's debates the register holds already, by number (one query)."""
    ids = [u for u in (_uuid(d.tk_id) for d in report.debates) if u]
    numbers = [d.number for d in report.debates]
    found = Debate.objects.filter(Q(tk_id__in=ids) | Q(tk_number__in=numbers))
    by_id = {str(d.tk_id): d for d in found if d.tk_id}
    by_number = {d.tk_number: d for d in found if d.tk_number}
    return {
        d.number: by_id.get(d.tk_id) or by_number.get(d.number)
        for d in report.debates
        if by_id.get(d.tk_id) or by_number.get(d.number)
    }


def _known_candidates(candidates: list[ReportCandidate], debates: dict[str, Debate]) -> dict:
    """Candidates that are a commitment of their debate already (the Tweede Kamer's own
    record, or this report imported before), so importing again registers nothing twice."""
    if not debates:
        return {}
    by_debate: dict[int, list[Commitment]] = {}
    for c in Commitment.objects.filter(debate__in=list(debates.values())).order_by("key"):
        by_debate.setdefault(c.debate_id, []).append(c)
    known = {}
    for index, candidate in enumerate(candidates):
        debate = debates.get(candidate.debate.number)
        pool = by_debate.get(debate.pk, []) if debate else []
        scored = [
            (
                max(
                    similarity(candidate.toezegging.text, c.report_text or c.text),
                    similarity(candidate.toezegging.text, c.text),
                ),
                c,
            )
            for c in pool
        ]
        if scored:
            score, commitment = max(scored, key=lambda pair: pair[0])
            if score >= SAME_COMMITMENT:
                known[index] = commitment
    return known


def propose_report(data: bytes | str, *, source: str = ""):
    """Parse a VLOS report and work out what importing it would change. Writes nothing."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    report = parse_vlos(raw)
    text = raw.decode("utf-8-sig", errors="replace")
    candidates = [
        ReportCandidate(debate, toezegging)
        for debate in report.debates
        for toezegging in debate.toezeggingen
    ]
    identifier = report_identifier(report, text)
    debates = existing_debates(report)
    return Proposal(
        parsed=_parsed(report, candidates),
        text=text,
        source=source,
        document=Document.objects.filter(identifier=identifier).first(),
        identifier=identifier,
        meeting_slug=None,
        matches=[],
        known_candidates=_known_candidates(candidates, debates),
        report=report,
        report_candidates=candidates,
        agenda_documents=_agenda_documents(report),
    )


def _agenda_documents(report: VlosReport) -> dict[tuple, Document]:
    """The agenda's Kamerstukken the register holds, by (dossier, toevoeging, ondernummer)."""
    wanted = {
        (int(item.dossier), item.toevoeging, item.ondernummer)
        for debate in report.debates
        for item in debate.agenda
        if item.ondernummer is not None
    }
    if not wanted:
        return {}
    found = Document.objects.filter(
        dossier__number__in={number for number, _, _ in wanted},
        ondernummer__in={n for _, _, n in wanted},
    ).select_related("dossier")
    return {
        key: doc
        for doc in found
        if (key := (doc.dossier.number, doc.dossier.toevoeging.upper(), doc.ondernummer)) in wanted
    }


def agenda_key(item) -> tuple:
    return (int(item.dossier), item.toevoeging, item.ondernummer)


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def store_document(proposal, overrides: dict) -> tuple[Document, bool]:
    report: VlosReport = proposal.report
    document = proposal.document
    created = document is None
    if created:
        document = Document(identifier=proposal.identifier, kind=DocumentKind.VERSLAG)
    document.title = overrides.get("title") or document.title or report_title(report)
    document.date = overrides.get("date") or document.date or report.date
    document.vergaderjaar = (
        overrides.get("vergaderjaar") or document.vergaderjaar or report.vergaderjaar
    )
    if overrides.get("kind"):
        document.kind = overrides["kind"]
    # The register keeps the report as text (searchable); the XML stays at the portal.
    document.text = report.text
    document.clean()
    document.save()
    return document, created


def _committee(name: str | None, abbreviation: str | None) -> Committee | None:
    if not name:
        return None
    found = Committee.objects.filter(name__iexact=name).first()
    if found is None and abbreviation:
        found = Committee.objects.filter(abbreviation__iexact=abbreviation).first()
    if found is None:
        found = Committee.objects.create(
            name=name[:200],
            abbreviation=(abbreviation or "")[:20],
            slug=unique_slug(Committee, slugify(abbreviation or name) or "commissie"),
        )
    return found


def _ministry(name: str | None) -> Ministry | None:
    if not name:
        return None
    key = ministry_key(name)
    for ministry in Ministry.objects.all():
        if ministry_key(ministry.name) == key:
            return ministry
    return None  # a function's wording is no reason to add a ministry to the register


def _person(b: Bewindspersoon, persons: dict) -> Person:
    """Found by the spreker's open-data id, else by name; created otherwise."""
    if b.tk_id in persons or person_key(b.name) in persons:
        person = persons.get(b.tk_id) or persons[person_key(b.name)]
        if person.tk_id is None and _uuid(b.tk_id):
            # Found by name: the spreker's id is the open-data Persoon.Id the sync keys on.
            person.tk_id = _uuid(b.tk_id)
            person.save(update_fields=["tk_id"])
            persons[b.tk_id] = person
        return person
    ministry = _ministry(b.ministry)
    person = Person.objects.create(
        name=b.name[:200],
        function=b.function[:200],
        ministry=ministry,
        tk_id=_uuid(b.tk_id),
        slug=unique_slug(Person, slugify(b.name) or "persoon"),
    )
    persons[b.tk_id] = persons[person_key(b.name)] = person
    return person


def _persons(report: VlosReport) -> dict:
    ids = [u for d in report.debates for b in d.bewindspersonen if (u := _uuid(b.tk_id))]
    keys = {person_key(b.name) for d in report.debates for b in d.bewindspersonen}
    persons: dict = {}
    for p in Person.objects.select_related("ministry").filter(tk_id__in=ids):
        persons[str(p.tk_id)] = p
    if keys:
        for p in (
            Person.objects.select_related("ministry")
            .all()
            .only("pk", "name", "ministry", "tk_id", "function", "slug")
        ):
            if person_key(p.name) in keys:
                persons.setdefault(person_key(p.name), p)
    return persons


def _store_debate(debate: VlosDebate, report: VlosReport, found: Debate | None, result):
    kind = debate_kind(debate.tk_kind)
    if found is None:
        found = Debate.objects.filter(
            kind=kind, date=debate.date, subject=debate.subject[:500]
        ).first()
    created = found is None
    if created:
        found = Debate(kind=kind, date=debate.date or report.date, subject=debate.subject[:500])
    # A re-import fills in what is missing; what the sync or a clerk set stays.
    found.tk_id = found.tk_id or _uuid(debate.tk_id)
    found.tk_number = found.tk_number or debate.number
    found.tk_kind = found.tk_kind or debate.tk_kind[:100]
    found.room = found.room or (report.room or "")[:200]
    if found.committee_id is None:
        found.committee = _committee(debate.committee, debate.committee_abbreviation)
    try:
        with transaction.atomic():
            found.save()
    except IntegrityError as error:  # e.g. a debate of that kind, date and subject exists
        raise ValidationError(
            f"Debat {debate.number} kan niet worden opgeslagen: {error}"
        ) from error
    result.count("debates created" if created else "debates linked")
    return found


def apply_report(proposal, document: Document, accepted, user, result) -> None:
    report: VlosReport = proposal.report
    existing = existing_debates(report)
    persons = _persons(report)
    debates: dict[str, Debate] = {}
    for vlos_debate in report.debates:
        debate = _store_debate(vlos_debate, report, existing.get(vlos_debate.number), result)
        debates[vlos_debate.number] = debate
        people = [_person(b, persons) for b in vlos_debate.bewindspersonen]
        if people:
            debate.bewindspersonen.add(*people)
        on_agenda = [
            proposal.agenda_documents[agenda_key(item)]
            for item in vlos_debate.agenda
            if item.ondernummer is not None and agenda_key(item) in proposal.agenda_documents
        ]
        if on_agenda:
            debate.agenda.add(*on_agenda)
            result.count("agenda documents linked", len(on_agenda))
        listed = len(vlos_debate.agenda) - len(on_agenda)
        if listed:
            result.count("agenda items not in the register", listed)
    _store_candidates(proposal, document, debates, persons, accepted, user, result)


def candidate_key(document: Document, text: str) -> str:
    return f"{document.identifier}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"[:100]


def _store_candidates(proposal, document, debates, persons, accepted, user, result):
    mentioned = []
    for index in accepted:
        candidate: ReportCandidate = proposal.report_candidates[index]
        text = candidate.toezegging.text
        known = proposal.known_candidates.get(index)
        if known is not None:
            if not known.report_text:
                # The Tweede Kamer's own record: keep the chair's wording next to it.
                known.report_text = text
                known.save(update_fields=["report_text", "updated_at"])
            mentioned.append(known)
            result.count("candidates already registered")
            continue
        debate = debates[candidate.debate.number]
        key = candidate_key(document, text)
        commitment = Commitment.objects.filter(key=key).first()
        if commitment is not None:
            mentioned.append(commitment)
            result.count("commitments unchanged")
            continue
        person = candidate.made_by
        made_by = _person(person, persons) if person else None
        deadline = candidate.toezegging.deadline
        due = deadline.date if deadline else None
        if due and debate.date and due < debate.date:
            due = None
        how = (
            "voorgelezen door de voorzitter"
            if candidate.toezegging.source == "chair"
            else "eigen woorden van de bewindspersoon, lagere zekerheid"
        )
        commitment = Commitment.objects.create(
            key=key,
            text=text,
            report_text=text,
            debate=debate,
            made_by=made_by,
            ministry=(made_by.ministry if made_by else None) or document.ministry,
            made_on=debate.date,
            due_date=due,
            due_description=(deadline.text if deadline else "")[:300],
            notes=(
                f"Voorgesteld door de import van {document.identifier} ({how}, "
                f"{candidate.toezegging.confidence:.2f}); controleer tekst en gegevens voor "
                "publicatie."
            ),
            is_published=False,
        )
        services.record_created(
            commitment,
            source=CommitmentEvent.Source.IMPORT,
            user=user,
            evidence=document,
            note="Kandidaat uit VLOS-verslag",
        )
        mentioned.append(commitment)
        result.count("commitments created")
    if mentioned:
        document.commitments_mentioned.add(*{c.pk: c for c in mentioned}.values())


def report_dict(proposal) -> dict:
    """The report's part of the proposal's JSON: meeting, debates, agenda, candidates' origin."""
    report: VlosReport = proposal.report
    data = report.to_dict()
    data.pop("text", None)
    for debate_data, debate in zip(data["debates"], report.debates, strict=True):
        debate_data.pop("toezeggingen", None)
        for item_data, item in zip(debate_data["agenda"], debate.agenda, strict=True):
            doc = (
                proposal.agenda_documents.get(agenda_key(item))
                if item.ondernummer is not None
                else None
            )
            item_data["in_register"] = doc.identifier if doc else None
    data["candidates"] = [
        {
            "debate": c.debate.number,
            "made_by": c.made_by.name if c.made_by else None,
            "function": c.made_by.function if c.made_by else None,
            "source": c.toezegging.source,
            "addressee": c.toezegging.addressee,
        }
        for c in proposal.report_candidates
    ]
    return data
