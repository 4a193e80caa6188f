"""The register: Kamerstukken, meetings, debates, people and the commitments made in them.

One module per job; every name is re-exported here, so ``from commitments.models import X``
is the way to import any of them. Each module imports the models its own refer to, so the
models register in the order of the former single module (``dumpdata`` follows it).
"""

from . import lookups  # noqa: F401  (registers ``__any``)
from .base import CachedDisplay, SlugManager, tk_id_field
from .commitment import (
    PUBLIC_NOTE_HELP,
    Commitment,
    CommitmentEvent,
    CommitmentEventManager,
    CommitmentLink,
    CommitmentLinkKind,
    CommitmentManager,
    CommitmentQuerySet,
    CommitmentStatus,
    ConcurrentEditError,
    EventKind,
    EventSource,
    Fulfilment,
    FulfilmentManager,
    check_event_date,
    overdue_q,
)
from .documents import (
    ATTACHMENT_DEPTH_MESSAGE,
    ATTACHMENT_HAS_ATTACHMENTS_MESSAGE,
    DOSSIER_REFERENCE_RE,
    KST_ID_RE,
    VERGADERJAAR_RE,
    Document,
    DocumentKind,
    DocumentManager,
    DocumentQuerySet,
    Dossier,
    DossierManager,
    DossierQuerySet,
    cite,
    format_dossier_number,
    public_document_q,
)
from .meetings import (
    Debate,
    DebateKind,
    DebateManager,
    Meeting,
    MeetingDocument,
    MeetingDocumentManager,
    MeetingDocumentRole,
    MeetingSession,
    MeetingSessionManager,
    SessionKind,
)
from .organisations import Committee, Ministry, Person
from .search import QUERY_CONFIG, RANKED_MATCHES, estimated_rows, full_text_search
from .sync import FeedEntry, PendingChange, PublishedState, ResourceKind, SyncState

# simple_history builds these when their model class is ready.
HistoricalDocument = Document.history.model
HistoricalMeeting = Meeting.history.model
HistoricalCommitment = Commitment.history.model

# Follow by e-mail lives in its own package; imported here so it is a model of this app.
from ..follow.models import Subscription  # noqa: E402
from ..summary.models import (  # noqa: E402
    DocumentCount,
    FulfilmentDays,
    LateDays,
    OverdueDelta,
    SummaryCount,
)

__all__ = [
    "ATTACHMENT_DEPTH_MESSAGE",
    "ATTACHMENT_HAS_ATTACHMENTS_MESSAGE",
    "DOSSIER_REFERENCE_RE",
    "KST_ID_RE",
    "PUBLIC_NOTE_HELP",
    "QUERY_CONFIG",
    "RANKED_MATCHES",
    "VERGADERJAAR_RE",
    "CachedDisplay",
    "Commitment",
    "CommitmentEvent",
    "CommitmentEventManager",
    "CommitmentLink",
    "CommitmentLinkKind",
    "CommitmentManager",
    "CommitmentQuerySet",
    "CommitmentStatus",
    "Committee",
    "ConcurrentEditError",
    "Debate",
    "DebateKind",
    "DebateManager",
    "Document",
    "DocumentCount",
    "DocumentKind",
    "DocumentManager",
    "DocumentQuerySet",
    "Dossier",
    "DossierManager",
    "DossierQuerySet",
    "EventKind",
    "EventSource",
    "FeedEntry",
    "Fulfilment",
    "FulfilmentDays",
    "FulfilmentManager",
    "HistoricalCommitment",
    "HistoricalDocument",
    "HistoricalMeeting",
    "LateDays",
    "Meeting",
    "MeetingDocument",
    "MeetingDocumentManager",
    "MeetingDocumentRole",
    "MeetingSession",
    "MeetingSessionManager",
    "Ministry",
    "OverdueDelta",
    "PendingChange",
    "Person",
    "PublishedState",
    "ResourceKind",
    "SessionKind",
    "SlugManager",
    "Subscription",
    "SummaryCount",
    "SyncState",
    "check_event_date",
    "cite",
    "estimated_rows",
    "format_dossier_number",
    "full_text_search",
    "overdue_q",
    "public_document_q",
    "tk_id_field",
]
