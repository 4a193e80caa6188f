"""The meeting an agenda or report belongs to, its link to the document and its sessions."""

import re

from django.utils.text import slugify

from ...models import (
    Document,
    Meeting,
    MeetingDocument,
    MeetingSession,
    SessionKind,
)
from .proposal import ImportResult, Proposal, organisation_of
from .rows import create_or_get
from .rows_sql import find


def store_meeting(
    proposal: Proposal, document: Document, document_created: bool, result: ImportResult
):
    meeting_info = proposal.metadata.meeting
    if proposal.meeting_slug is None or meeting_info is None:
        return
    lookups = proposal.lookups
    link = proposal.meeting_link
    if link is not None and link.document_id == document.pk:
        # Found through this very link in propose(): meeting and link exist.
        meeting, created = link.meeting, False
        lookups.add_meeting(meeting)
        lookups.add_link(meeting, document)
        result.count("meetings linked")
    else:
        meeting, created = _meeting(proposal, meeting_info, result)
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
    elif not lookups.linked(meeting, document):
        MeetingDocument.objects.get_or_create(
            meeting=meeting, document=document, defaults={"role": role}
        )
    lookups.add_link(meeting, document)
    _store_sessions(proposal, meeting, created, result)


def _meeting(proposal: Proposal, meeting_info, result: ImportResult):
    meeting = proposal.lookups.meeting(proposal.meeting_slug)
    if meeting is not None:  # an earlier file of this run (agenda, report) read or made it
        result.count("meetings linked")
        return meeting, False
    meeting, created = find(Meeting, slug=proposal.meeting_slug), False
    if meeting is None:
        meeting, created = create_or_get(
            Meeting,
            {"slug": proposal.meeting_slug},
            {
                "name": meeting_info.name,
                "abbreviation": meeting_info.abbreviation or "",
                "organisation": organisation_of(meeting_info.name),
                "place": meeting_info.place or "",
                "start_date": meeting_info.start,
                "end_date": meeting_info.end or meeting_info.start,
            },
        )
    proposal.lookups.add_meeting(meeting)
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
    lookups = proposal.lookups
    existing = [] if created else lookups.sessions(meeting)
    if existing is None:
        existing = list(meeting.sessions.all())
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
    lookups.set_sessions(meeting, existing + new)


def _session_key(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", slugify(title))
