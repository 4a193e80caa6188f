"""From a parsed Kamerstuk to rows in the register, after a clerk's review.

``propose()`` parses a text and works out what it would change (which document it is, which
meeting, which open commitments its fulfilment statements match) without writing anything.
``apply()`` writes the accepted parts in one transaction: document, dossier, meeting and
sessions, citations, a confidential-annex stub, commitment candidates (unpublished, for the
clerk to check) and fulfilments (through ``services.fulfil``, so the history is the same as
for an admin action). Re-importing the same text updates rows; it never duplicates them.
A VLOS report (debate XML) takes the same two calls; ``vlos_store`` does its part.
"""

import datetime
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from .. import services
from ..models import (
    Commitment,
    CommitmentEvent,
    Committee,
    Debate,
    DebateKind,
    Document,
    DocumentKind,
    Dossier,
    Meeting,
    MeetingDocument,
    MeetingSession,
    Person,
    SessionKind,
)
from ..response_cache import bump_after_commit
from .kamerstuk import (
    CommitmentCandidate,
    FulfilmentMatch,
    KamerstukError,
    ParsedKamerstuk,
    match_fulfilments,
    parse,
    similarity,
)
from .lookups import Lookups
from .match_pool import match_pool
from .vlos import looks_like_vlos

# A candidate this close to a commitment already linked to the document is that commitment.
SAME_COMMITMENT = 0.5
# Fulfilment matches below this score are shown but never pre-selected.
MATCH_THRESHOLD = 0.3
DEBATE_KINDS = {
    "commissiedebat": DebateKind.COMMISSIEDEBAT,
    "plenair debat": DebateKind.PLENAIR_DEBAT,
    "plenaire debat": DebateKind.PLENAIR_DEBAT,
    "notaoverleg": DebateKind.NOTAOVERLEG,
    "wetgevingsoverleg": DebateKind.WETGEVINGSOVERLEG,
    "schriftelijk overleg": DebateKind.SCHRIFTELIJK_OVERLEG,
}


@dataclass
class Proposal:
    """What importing one text would do; nothing is written until ``apply``."""

    parsed: ParsedKamerstuk
    text: str
    source: str
    document: Document | None  # the existing document this text is, if any
    identifier: str
    meeting_slug: str | None
    matches: list[FulfilmentMatch]
    known_candidates: dict[int, Commitment]  # candidate index → commitment already registered
    # A VLOS report (``vlos_store``): the parsed report, where each candidate comes from,
    # and the agenda's Kamerstukken the register holds.
    report: object | None = None
    report_candidates: list = field(default_factory=list)
    agenda_documents: dict = field(default_factory=dict)
    # Rows the files of one run share (ministries, senders, dossiers, committees).
    lookups: Lookups = field(default_factory=Lookups, repr=False)
    # The meeting link through which the existing document was found, with its meeting.
    meeting_link: MeetingDocument | None = None

    @property
    def metadata(self):
        return self.parsed.metadata

    def to_dict(self) -> dict:
        data = self.parsed.to_dict()
        data.pop("normalised", None)
        data["source"] = self.source
        data["identifier"] = self.identifier
        data["existing_document"] = self.document.identifier if self.document else None
        data["meeting_slug"] = self.meeting_slug
        data["fulfilment_matches"] = [
            {
                "statement": match.statement.sentence,
                "best": match.key,
                "score": round(match.score, 3),
                "ranked": [[key, round(score, 3)] for key, score in match.candidates[:5]],
            }
            for match in self.matches
        ]
        data["known_candidates"] = {str(i): c.key for i, c in self.known_candidates.items()}
        if self.report is not None:
            from .vlos_store import report_dict

            data["report"] = report_dict(self)
        return data


@dataclass
class ImportResult:
    document: Document
    created: bool
    counts: dict[str, int] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)

    def count(self, what: str, n: int = 1):
        self.counts[what] = self.counts.get(what, 0) + n


def _organisation(meeting_name: str) -> str:
    """ "NAVO Foreign Ministers Meeting" → "NAVO": a leading acronym names the organisation."""
    first = meeting_name.split()[0]
    return first if first.isupper() else ""


def _meeting_slug(parsed: ParsedKamerstuk) -> str | None:
    meeting = parsed.metadata.meeting
    if meeting is None or meeting.start is None or not meeting.name:
        return None
    organisation = _organisation(meeting.name)
    label = meeting.abbreviation or meeting.name
    return slugify(f"{organisation} {label} {meeting.start:%Y-%m}")[:150]


def _text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _find_document(parsed: ParsedKamerstuk, text: str, meeting_slug: str | None):
    """The document this text is, and the meeting link it was found by (if so)."""
    metadata = parsed.metadata
    if metadata.kst_id:
        found = Document.objects.filter(identifier=metadata.kst_id).first()
        if found:
            return found, None
    if meeting_slug and metadata.meeting and metadata.meeting.timing:
        role = (
            MeetingDocument.Role.AGENDA
            if metadata.meeting.timing == "before"
            else MeetingDocument.Role.REPORT
        )
        link = (
            MeetingDocument.objects.filter(meeting__slug=meeting_slug, role=role)
            .select_related("document", "meeting")
            .first()
        )
        if link:
            return link.document, link
    if metadata.kst_id:
        return None, None  # its identifier is the kst id, looked up above
    # Texts without kst id or meeting get an identifier from their content: same text, same row.
    identifier = _new_identifier(parsed, text, meeting_slug)
    return Document.objects.filter(identifier=identifier).first(), None


def _new_identifier(parsed: ParsedKamerstuk, text: str, meeting_slug: str | None) -> str:
    metadata = parsed.metadata
    if metadata.kst_id:
        return metadata.kst_id
    if meeting_slug:
        return f"{meeting_slug}-{slugify((metadata.kind or 'document').replace('_', ' '))}"[:100]
    return f"import-{_text_digest(text)[:12]}"


def _known_candidates(parsed: ParsedKamerstuk, document: Document | None) -> dict:
    """Candidates that are a commitment already linked to the document (made in it or
    mentioning it), so a re-import or a second text does not register them twice."""
    if document is None or not parsed.commitments:
        return {}
    # Two indexed lookups in one UNION; an OR across the mention join would scan the table.
    linked = list(
        Commitment.objects.filter(document=document)
        .order_by()
        .union(Commitment.objects.filter(mentioned_in=document).order_by())
        .order_by("-made_on", "key")
    )
    if not linked:
        return {}
    known = {}
    for index, candidate in enumerate(parsed.commitments):
        wording = candidate.subject or candidate.sentence
        scored = [
            (max(similarity(wording, c.text), similarity(candidate.sentence, c.text)), c)
            for c in linked
        ]
        score, commitment = max(scored, key=lambda pair: pair[0])
        if score >= SAME_COMMITMENT:
            known[index] = commitment
    return known


def propose(data: bytes | str, *, source: str = "", lookups: Lookups | None = None) -> Proposal:
    """Parse ``data`` and work out what importing it would change. Writes nothing.
    The files of one run pass the same ``lookups``."""
    from .kamerstuk import decode

    if looks_like_vlos(data):
        from .vlos_store import propose_report

        proposal = propose_report(data, source=source)
        proposal.lookups = lookups or proposal.lookups
        return proposal
    text = decode(data) if isinstance(data, bytes) else data
    parsed = parse(text)
    meeting_slug = _meeting_slug(parsed)
    document, meeting_link = _find_document(parsed, text, meeting_slug)
    identifier = document.identifier if document else _new_identifier(parsed, text, meeting_slug)
    matches = (
        match_fulfilments(
            parsed.fulfilments,
            match_pool(document, parsed.fulfilments),
            threshold=MATCH_THRESHOLD,
        )
        if parsed.fulfilments
        else []
    )
    return Proposal(
        parsed=parsed,
        text=text,
        source=source,
        document=document,
        identifier=identifier,
        meeting_slug=meeting_slug,
        matches=matches,
        known_candidates=_known_candidates(parsed, document),
        lookups=lookups or Lookups(),
        meeting_link=meeting_link,
    )


def _person_and_ministry(name: str | None, function: str | None, lookups: Lookups):
    if not name:
        return None, None
    ministry = None
    if function:
        match = re.search(r"van (.+)$", function)
        if match:
            ministry = lookups.ministry(match.group(1).strip())
    person = lookups.person(name)
    if person is None:
        person = Person.objects.create(
            name=name,
            function=function or "",
            ministry=ministry,
            slug=unique_slug(Person, slugify(name) or "persoon"),
        )
        lookups.add_person(person)
    return person, person.ministry or ministry


def unique_slug(model, base: str) -> str:
    slug, n = base[:90], 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base[:90]}-{n}"
    return slug


def _dossier(metadata, lookups: Lookups) -> Dossier | None:
    if not metadata.dossier:
        return None
    number, toevoeging = int(metadata.dossier), metadata.toevoeging or ""
    dossier = lookups.dossier(number, toevoeging)
    if dossier is None:
        dossier, _ = Dossier.objects.get_or_create(number=number, toevoeging=toevoeging)
        lookups.add_dossier(dossier)
    if metadata.dossier_title and not dossier.title:
        dossier.title = metadata.dossier_title
        dossier.save(update_fields=["title"])
    return dossier


def _store_document(proposal: Proposal, overrides: dict) -> tuple[Document, bool]:
    metadata = proposal.metadata
    document = proposal.document
    created = document is None
    if created:
        document = Document(identifier=overrides.get("identifier") or proposal.identifier)
    dossier = _dossier(metadata, proposal.lookups)
    sender, ministry = _person_and_ministry(
        metadata.sender_name, metadata.sender_function, proposal.lookups
    )
    before = None if created else _field_values(document)
    values = {
        "dossier": dossier,
        "ondernummer": metadata.ondernummer,
        "vergaderjaar": metadata.vergaderjaar,
        "date": metadata.date,
        "kind": metadata.kind if metadata.kind in DocumentKind.values else DocumentKind.OTHER,
        "sender": sender,
        "ministry": ministry,
    }
    # A re-import never blanks out what a clerk (or an earlier import) already knew.
    for name, value in values.items():
        if value not in (None, ""):
            setattr(document, name, value)
    for name in ("title", "date", "kind", "ondernummer", "vergaderjaar"):
        if overrides.get(name) not in (None, ""):
            setattr(document, name, overrides[name])
    if not document.title:
        document.title = metadata.title or document.identifier
    document.text = proposal.text
    document.clean()
    if before is not None and document.kst_id:
        document.identifier = document.kst_id  # as save() would
    if before is not None and _field_values(document) == before:
        # The same text again: an UPDATE would rewrite the text, its search vector and a
        # history row for nothing.
        return document, created
    try:
        # The database checks the constraints; a full_clean() would repeat each as a query.
        # No savepoint of its own: the error leaves apply(), whose transaction rolls back.
        document.save()
    except IntegrityError as error:
        raise ValidationError(f"Het stuk kan niet worden opgeslagen: {error}") from error
    return document, created


def _field_values(document: Document) -> dict:
    return {f.attname: getattr(document, f.attname) for f in Document._meta.concrete_fields}


def _store_meeting(
    proposal: Proposal, document: Document, document_created: bool, result: ImportResult
):
    meeting_info = proposal.metadata.meeting
    if proposal.meeting_slug is None or meeting_info is None:
        return
    link = proposal.meeting_link
    if link is not None and link.document_id == document.pk:
        # Found through this very link in propose(): meeting and link exist.
        meeting, created = link.meeting, False
        result.count("meetings linked")
    else:
        meeting, created = _meeting(proposal, meeting_info, result)
        link = None
    if not created and not meeting.place and meeting_info.place:
        # The agenda may not name the place; the report usually does.
        meeting.place = meeting_info.place
        meeting.save(update_fields=["place", "updated_at"])
    role = (
        MeetingDocument.Role.AGENDA
        if meeting_info.timing == "before"
        else MeetingDocument.Role.REPORT
    )
    if document_created:
        MeetingDocument.objects.create(meeting=meeting, document=document, role=role)
    elif link is None:
        MeetingDocument.objects.get_or_create(
            meeting=meeting, document=document, defaults={"role": role}
        )
    _store_sessions(proposal, meeting, created, result)


def _meeting(proposal: Proposal, meeting_info, result: ImportResult):
    organisation = _organisation(meeting_info.name)
    meeting, created = Meeting.objects.get_or_create(
        slug=proposal.meeting_slug,
        defaults={
            "name": meeting_info.name,
            "abbreviation": meeting_info.abbreviation or "",
            "organisation": organisation,
            "place": meeting_info.place or "",
            "start_date": meeting_info.start,
            "end_date": meeting_info.end or meeting_info.start,
        },
    )
    result.count("meetings created" if created else "meetings linked")
    return meeting, created


def _store_sessions(proposal: Proposal, meeting: Meeting, created: bool, result: ImportResult):
    sessions = [
        section
        for section in proposal.parsed.sections
        if section.level == 1 and section.kind in (SessionKind.WERKSESSIE, SessionKind.WERKDINER)
    ]
    if not sessions:
        return
    existing = [] if created else list(meeting.sessions.all())
    known = {_session_key(session.title) for session in existing}
    unmatched = [s for s in sessions if _session_key(s.name) not in known]
    # An agenda and its report name the same sessions differently ("Overleg met aanwezigheid
    # van de EU" / "Overleg met de EUHV"): only sessions beyond those known are new.
    spare = len(existing) - (len(sessions) - len(unmatched))
    order = max((session.order for session in existing), default=0)
    new = [
        MeetingSession(
            meeting=meeting, order=order + n, kind=section.kind, title=section.name[:300]
        )
        for n, section in enumerate(unmatched[max(spare, 0) :], start=1)
    ]
    if new:
        # Sessions have no history; one INSERT for all (the document's save already
        # announces the change to the response cache).
        MeetingSession.objects.bulk_create(new)
        result.count("sessions created", len(new))


def _session_key(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", slugify(title))


def _store_citations(proposal: Proposal, document: Document, user, result: ImportResult):
    citations = proposal.parsed.citations
    if not citations:
        return
    # Known dossiers and cited documents in two queries, missing ones in one batch each.
    numbers = {(int(c.dossier), c.toevoeging or "") for c in citations}
    lookups = proposal.lookups
    dossiers = {number: lookups.dossier(*number) for number in numbers}
    wanted = {number for number, dossier in dossiers.items() if dossier is None}
    if wanted:
        dossiers.update(
            {
                (d.number, d.toevoeging): d
                for d in Dossier.objects.filter(number__in={number for number, _ in wanted})
                if (d.number, d.toevoeging) in wanted
            }
        )
        missing = sorted(number for number in wanted if dossiers[number] is None)
        new, _ = _insert_new(
            Dossier,
            [Dossier(number=number, toevoeging=toevoeging) for number, toevoeging in missing],
            ("number", "toevoeging"),
        )
        dossiers.update(((d.number, d.toevoeging), d) for d in new)
        for number in wanted:
            lookups.add_dossier(dossiers[number])
    known = {
        (d.dossier_id, d.ondernummer): d
        for d in Document.objects.filter(
            dossier__in=list(dossiers.values()),
            ondernummer__in={c.ondernummer for c in citations},
        ).defer("text", "search_vector")
    }
    missing = {}
    for citation in citations:
        dossier = dossiers[int(citation.dossier), citation.toevoeging or ""]
        key = (dossier.pk, citation.ondernummer)
        if key not in known and key not in missing:
            cited = Document(
                dossier=dossier,
                ondernummer=citation.ondernummer,
                identifier=citation.kst_id,
                kind=DocumentKind.OTHER,
                title=citation.raw.strip("() ")[:500],
            )
            cited.identifier = cited.kst_id  # as save() would
            missing[key] = cited
    rows, inserted = _insert_new(
        Document, list(missing.values()), ("dossier_id", "ondernummer"), user
    )
    created = set()
    for n, (key, row) in enumerate(zip(missing, rows, strict=True)):
        known[key] = row
        if n in inserted:
            created.add(key)
    cites = []
    for citation in citations:
        key = (dossiers[int(citation.dossier), citation.toevoeging or ""].pk, citation.ondernummer)
        cited = known[key]
        if cited.pk != document.pk:
            cites.append(cited)
            result.count("citations")
            if key in created:
                created.discard(key)
                result.count("cited documents created")
    if cites:
        _link(Document.cites.through, "to_document", cites, "from_document", document)


def _store_confidential_annex(proposal: Proposal, document: Document, result: ImportResult):
    if not proposal.parsed.confidential_mentions:
        return
    _, created = Document.objects.get_or_create(
        identifier=f"{document.identifier}-vertrouwelijke-bijlage"[:100],
        defaults={
            "kind": DocumentKind.BIJLAGE,
            "parent": document,
            "is_confidential": True,
            "title": f"Vertrouwelijke bijlage bij {document.citation or document.title}"[:500],
            "notes": " ".join(proposal.parsed.confidential_mentions)[:5000],
        },
    )
    if created:
        result.count("confidential annexes")


def _create_or_get(model, lookup: dict, defaults: dict):
    """``get_or_create`` for a row a batched lookup has just not found: no second SELECT.
    Should a concurrent import have inserted it since, that row is used after all."""
    try:
        with transaction.atomic():
            return model.objects.create(**lookup, **defaults), True
    except IntegrityError:
        try:
            return model.objects.get(**lookup), False
        except model.DoesNotExist:
            pass
        raise


def _link(through, field: str, targets, owner_field: str, owner):
    """Add many-to-many links in one INSERT; links that exist already are left alone.
    (The document's save already announces the change to the response cache.)"""
    through.objects.bulk_create(
        [
            through(**{field: target, owner_field: owner})
            for target in {t.pk: t for t in targets}.values()
        ],
        ignore_conflicts=True,
    )


def _debate_key(candidate: CommitmentCandidate) -> tuple | None:
    reference = candidate.debate
    if reference is None or reference.date is None:
        return None
    kind = DEBATE_KINDS.get((reference.kind or "").lower(), DebateKind.OTHER)
    return kind, reference.date, (reference.subject or reference.raw)[:500]


def _debates(candidates: list[CommitmentCandidate], lookups: Lookups) -> dict[tuple, Debate]:
    """The debates the candidates were made in: known ones in one query, new ones created."""
    wanted = {key for key in map(_debate_key, candidates) if key is not None}
    if not wanted:
        return {}
    debates = {
        (d.kind, d.date, d.subject): d
        for d in Debate.objects.filter(date__in={date for _, date, _ in wanted})
        if (d.kind, d.date, d.subject) in wanted
    }
    committees = {
        _debate_key(c): c.debate.committee for c in candidates if c.debate and c.debate.committee
    }
    missing = sorted(wanted - debates.keys())
    rows, _ = _insert_new(
        Debate,
        [
            Debate(kind=kind, date=date, subject=subject, committee=_committee(name, lookups))
            for kind, date, subject in missing
            for name in [committees.get((kind, date, subject))]
        ],
        ("kind", "date", "subject"),
    )
    debates.update(zip(missing, rows, strict=True))
    return debates


def _committee(name: str | None, lookups: Lookups) -> Committee | None:
    """The register's committee a debate report names ("vaste commissie voor Binnenlandse
    Zaken"); committees are reference data, so an unknown name links nothing."""
    if not name:
        return None
    short = re.sub(r"^(?:de\s+)?(?:vaste|algemene)\s+commissie\s+voor\s+", "", name, flags=re.I)
    return lookups.committee(name) or lookups.committee(short)


def _candidate_key(document: Document, candidate: CommitmentCandidate) -> str:
    return f"{document.identifier}-{_text_digest(candidate.sentence)[:8]}"[:100]


def _store_candidates(
    proposal: Proposal, document: Document, accepted: Iterable[int], user, result: ImportResult
):
    new = []
    mentioned = []  # commitments this document mentions (made in a debate, or known)
    for index in accepted:
        known = proposal.known_candidates.get(index)
        if known is not None:
            if known.document_id != document.pk:
                mentioned.append(known)
            result.count("candidates already registered")
        else:
            new.append(proposal.parsed.commitments[index])
    debates = _debates(new, proposal.lookups)
    existing = Commitment.objects.in_bulk(
        [_candidate_key(document, candidate) for candidate in new], field_name="key"
    )
    wanted: dict[str, Commitment] = {}
    for candidate in new:
        key = _candidate_key(document, candidate)
        debate_key = _debate_key(candidate)
        debate = debates[debate_key] if debate_key else None
        if key not in existing and key not in wanted:
            made_on = debate.date if debate else document.date
            due = candidate.deadline.date if candidate.deadline else None
            if due and made_on and due < made_on:
                due = None
            wanted[key] = Commitment(
                key=key,
                **{
                    "text": candidate.sentence,
                    "debate": debate,
                    "document": None if debate else document,
                    "made_by": None if debate else document.sender,
                    "ministry": document.ministry,
                    "made_on": made_on,
                    "due_date": due,
                    "due_description": (candidate.deadline.text if candidate.deadline else "")[
                        :300
                    ],
                    "notes": f"Voorgesteld door de import van {document.identifier}; controleer "
                    f"tekst en gegevens voor publicatie.",
                    "is_published": False,
                },
            )
    rows, inserted = _insert_new(Commitment, list(wanted.values()), ("key",), user)
    existing.update({row.key: row for row in rows})
    created = {rows[n].key for n in inserted}
    CommitmentEvent.objects.bulk_create(
        services.created_event(
            existing[key],
            source=CommitmentEvent.Source.IMPORT,
            user=user,
            evidence=document,
            note="Kandidaat uit Kamerstuk-import",
        )
        for key in created
    )
    for candidate in new:
        key = _candidate_key(document, candidate)
        if _debate_key(candidate):
            mentioned.append(existing[key])
        if key in created:
            created.discard(key)  # a sentence twice in the text is one commitment
            result.count("commitments created")
        else:
            result.count("commitments unchanged")
    if mentioned:
        _link(Commitment.mentioned_in.through, "commitment", mentioned, "document", document)


def _insert_new(model, rows: list, lookup: tuple[str, ...], user=None) -> tuple[list, set[int]]:
    """Insert rows a batched lookup has just not found, with their history rows, in one go:
    the rows as stored (in order) and the positions of those inserted.

    Should a concurrent import have inserted one of them since, the batch rolls back to its
    savepoint and the rows go in one by one, using what that import wrote.
    """
    if not rows:
        return rows, set()
    try:
        with transaction.atomic():
            if hasattr(model, "history"):
                bulk_create_with_history(rows, model, default_user=user)
            else:
                model.objects.bulk_create(rows)
    except IntegrityError:
        skip = {"id", "search_vector", *lookup}
        stored, created = [], set()
        for n, row in enumerate(rows):
            values = {f.attname: getattr(row, f.attname) for f in model._meta.concrete_fields}
            keys = {name: values.pop(name) for name in lookup}
            row, new = _create_or_get(
                model, keys, {k: v for k, v in values.items() if k not in skip}
            )
            stored.append(row)
            if new:
                created.add(n)
        return stored, created
    # No save(), so no signal: announce the new rows to the response cache as save() would.
    bump_after_commit()
    return rows, set(range(len(rows)))


def _store_fulfilments(
    proposal: Proposal,
    document: Document,
    accepted: dict[int, str],
    on: datetime.date | None,
    user,
    result: ImportResult,
):
    for index, key in accepted.items():
        statement = proposal.parsed.fulfilments[index]
        commitment = Commitment.objects.filter(key=key).first()
        if commitment is None:
            raise ValidationError(f"Onbekende toezegging {key!r}.")
        if commitment.fulfilments.filter(document=document).exists():
            result.count("fulfilments already recorded")
            continue
        date = on or document.date
        if date is None:
            raise ValidationError(
                f"Het stuk heeft geen datum; geef de datum van nakoming op voor {key}."
            )
        services.fulfil(
            commitment,
            documents=[document],
            on=date,
            passage=statement.sentence,
            note=f"Nakoming gevonden bij import van {document.identifier}.",
            source=CommitmentEvent.Source.IMPORT,
            user=user,
        )
        result.count("fulfilments recorded")


def default_fulfilments(proposal: Proposal) -> dict[int, str]:
    """The best match of every statement that reached the threshold."""
    return {i: m.key for i, m in enumerate(proposal.matches) if m.key is not None}


def apply(
    proposal: Proposal,
    *,
    user=None,
    candidates: Iterable[int] | None = None,
    fulfilments: dict[int, str] | None = None,
    fulfilment_date: datetime.date | None = None,
    overrides: dict | None = None,
) -> ImportResult:
    """Write the accepted parts of ``proposal``. ``candidates=None`` accepts all candidates;
    ``fulfilments=None`` records none (a clerk confirms matches explicitly). One transaction."""
    try:
        with transaction.atomic():
            return _apply(proposal, user, candidates, fulfilments, fulfilment_date, overrides)
    except BaseException:
        proposal.lookups.forget()  # what the file wrote is rolled back
        raise


def _apply(proposal, user, candidates, fulfilments, fulfilment_date, overrides) -> ImportResult:
    overrides = overrides or {}
    accepted = range(len(proposal.parsed.commitments)) if candidates is None else candidates
    if proposal.report is not None:
        from .vlos_store import apply_report, store_document

        document, created = store_document(proposal, overrides)
        result = ImportResult(document=document, created=created)
        result.count("documents created" if created else "documents updated")
        apply_report(proposal, document, accepted, user, result)
        return result
    document, created = _store_document(proposal, overrides)
    result = ImportResult(document=document, created=created)
    result.count("documents created" if created else "documents updated")
    _store_meeting(proposal, document, created, result)
    _store_citations(proposal, document, user, result)
    _store_confidential_annex(proposal, document, result)
    _store_candidates(proposal, document, accepted, user, result)
    _store_fulfilments(proposal, document, fulfilments or {}, fulfilment_date, user, result)
    return result


__all__ = ["ImportResult", "KamerstukError", "Proposal", "apply", "default_fulfilments", "propose"]
