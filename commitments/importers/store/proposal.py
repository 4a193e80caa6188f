"""What importing one text would change, worked out without writing: the document it is,
the meeting, the candidates already registered, the open commitments its fulfilment
statements match."""

import hashlib
from dataclasses import dataclass, field

from django.db import connection
from django.utils.text import slugify

from ...models import (
    Commitment,
    Document,
    MeetingDocument,
)
from ..kamerstuk import (
    FulfilmentMatch,
    ParsedKamerstuk,
    match_fulfilments,
    parse,
    similarity,
)
from ..lookups import Lookups
from ..match_pool import match_pool
from ..vlos import looks_like_vlos
from .rows_sql import document_by_identifier, lookup_cursor, meeting_link

# A candidate this close to a commitment already linked to the document is that commitment.
SAME_COMMITMENT = 0.5
# Fulfilment matches below this score are shown but never pre-selected.
MATCH_THRESHOLD = 0.3


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
            from ..vlos_store import report_dict

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


def organisation_of(meeting_name: str) -> str:
    """ "NAVO Foreign Ministers Meeting" → "NAVO": a leading acronym names the organisation."""
    first = meeting_name.split()[0]
    return first if first.isupper() else ""


def _meeting_slug(parsed: ParsedKamerstuk) -> str | None:
    meeting = parsed.metadata.meeting
    if meeting is None or meeting.start is None or not meeting.name:
        return None
    organisation = organisation_of(meeting.name)
    label = meeting.abbreviation or meeting.name
    return slugify(f"{organisation} {label} {meeting.start:%Y-%m}")[:150]


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _find_document(parsed: ParsedKamerstuk, text: str, meeting_slug: str | None):
    """The document this text is, and the meeting link it was found by (if so)."""
    metadata = parsed.metadata
    if metadata.kst_id:
        found = document_by_identifier(metadata.kst_id)
        if found:
            return found, None
    if meeting_slug and metadata.meeting and metadata.meeting.timing:
        role = (
            MeetingDocument.Role.AGENDA
            if metadata.meeting.timing == "before"
            else MeetingDocument.Role.REPORT
        )
        link = meeting_link(meeting_slug, role)
        if link:
            return link.document, link
    if metadata.kst_id:
        return None, None  # its identifier is the kst id, looked up above
    # Texts without kst id or meeting get an identifier from their content: same text, same row.
    identifier = _new_identifier(parsed, text, meeting_slug)
    return document_by_identifier(identifier), None


def _new_identifier(parsed: ParsedKamerstuk, text: str, meeting_slug: str | None) -> str:
    metadata = parsed.metadata
    if metadata.kst_id:
        return metadata.kst_id
    if meeting_slug:
        return f"{meeting_slug}-{slugify((metadata.kind or 'document').replace('_', ' '))}"[:100]
    return f"import-{text_digest(text)[:12]}"


def _known_candidates(parsed: ParsedKamerstuk, document: Document | None) -> dict:
    """Candidates that are a commitment already linked to the document (made in it or
    mentioning it), so a re-import or a second text does not register them twice."""
    if document is None or not parsed.commitments:
        return {}
    linked = _linked_commitments(document)
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


# Two indexed lookups in one UNION (an OR across the mention join would scan the table),
# written out: only the columns matching and linking need, and no ORM compiling a UNION
# per document. ``mentioned`` says the mention link exists already, so apply() skips it.
LINKED_SQL = """
SELECT id, key, text, document_id, made_on, 0 AS mentioned FROM {commitment}
WHERE document_id = %s
UNION ALL
SELECT c.id, c.key, c.text, c.document_id, c.made_on, 1 AS mentioned
FROM {commitment} c JOIN {mention} m ON m.commitment_id = c.id
WHERE m.document_id = %s
ORDER BY made_on DESC, key, mentioned
"""
# made_on orders the rows only (SQLite would hand it back as text).
LINKED_FIELDS = ["id", "key", "text", "document_id"]


def _linked_commitments(document: Document) -> list[Commitment]:
    sql = LINKED_SQL.format(
        commitment=Commitment._meta.db_table,
        mention=Commitment.mentioned_in.through._meta.db_table,
    )
    with lookup_cursor() as cursor:
        cursor.execute(sql, [document.pk, document.pk])
        rows = cursor.fetchall()
    linked: dict[int, Commitment] = {}
    for *values, _made_on, mentioned in rows:
        commitment = linked.get(values[0])
        if commitment is None:
            commitment = linked[values[0]] = Commitment.from_db(
                connection.alias, LINKED_FIELDS, values
            )
            commitment.mentioned = False
        commitment.mentioned = commitment.mentioned or bool(mentioned)
    return list(linked.values())


def propose(data: bytes | str, *, source: str = "", lookups: Lookups | None = None) -> Proposal:
    """Parse ``data`` and work out what importing it would change. Writes nothing.
    The files of one run pass the same ``lookups``."""
    from ..kamerstuk import decode

    if looks_like_vlos(data):
        from ..vlos_store import propose_report

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
