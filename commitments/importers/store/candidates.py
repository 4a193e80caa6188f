"""Commitment candidates: new ones in one batch with their debates, history rows and
``created`` events; ones already registered linked as mentioned."""

import re
from collections.abc import Iterable

from ... import services
from ...models import (
    Commitment,
    CommitmentEvent,
    Committee,
    Debate,
    DebateKind,
    Document,
)
from ..kamerstuk import (
    CommitmentCandidate,
)
from ..lookups import Lookups
from .proposal import ImportResult, Proposal, text_digest
from .rows import insert_new, link_all

DEBATE_KINDS = {
    "commissiedebat": DebateKind.COMMISSIEDEBAT,
    "plenair debat": DebateKind.PLENAIR_DEBAT,
    "plenaire debat": DebateKind.PLENAIR_DEBAT,
    "notaoverleg": DebateKind.NOTAOVERLEG,
    "wetgevingsoverleg": DebateKind.WETGEVINGSOVERLEG,
    "schriftelijk overleg": DebateKind.SCHRIFTELIJK_OVERLEG,
}


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
    rows, _ = insert_new(
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
    return f"{document.identifier}-{text_digest(candidate.sentence)[:8]}"[:100]


def store_candidates(
    proposal: Proposal, document: Document, accepted: Iterable[int], user, result: ImportResult
):
    new = []
    mentioned = []  # commitments this document mentions (made in a debate, or known)
    for index in accepted:
        known = proposal.known_candidates.get(index)
        if known is not None:
            # Linked as mentioned when proposed (``mentioned``): the link is there already.
            if known.document_id != document.pk and not getattr(known, "mentioned", False):
                mentioned.append(known)
            result.count("candidates already registered")
        else:
            new.append(proposal.parsed.commitments[index])
    debates = _debates(new, proposal.lookups)
    # A document new in this file has no candidates registered under its keys but by a rare
    # accident (a deleted document's debate commitments, a concurrent import): the insert
    # below finds those as conflicts and uses them, so only a known document is looked up.
    existing = (
        Commitment.objects.in_bulk(
            [_candidate_key(document, candidate) for candidate in new], field_name="key"
        )
        if new and proposal.document is not None
        else {}
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
    rows, inserted = insert_new(Commitment, list(wanted.values()), ("key",), user)
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
        link_all(Commitment.mentioned_in.through, "commitment", mentioned, "document", document)
