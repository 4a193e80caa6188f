"""API v1: read-only viewsets for everyone, four write actions for clerk systems.

One module per part of the API: ``base`` (visibility, the clerk permission, the read-only
viewset and the shared OpenAPI responses), ``commitments``, ``documents``, ``tables`` (the small
tables) and ``parameters`` (the query-parameter check of the endpoints that are no viewset).
The names are re-exported here, so ``urls.py`` and the other API modules import ``views`` as
one.
"""

from .. import serializers as s
from .base import (
    BAD_REQUEST,
    NOT_FOUND,
    NOT_MODIFIED,
    SLUG_RE,
    THROTTLED,
    WRITE_ACTIONS,
    IsClerk,
    ReadOnlyViewSet,
    public_commitments,
)
from .commitments import CommitmentViewSet
from .documents import DocumentViewSet
from .parameters import CheckedParametersMixin
from .tables import (
    CommitteeViewSet,
    DebateViewSet,
    DossierViewSet,
    MeetingViewSet,
    MinistryViewSet,
    PersonViewSet,
)

__all__ = [
    "BAD_REQUEST",
    "NOT_FOUND",
    "NOT_MODIFIED",
    "SLUG_RE",
    "THROTTLED",
    "WRITE_ACTIONS",
    "CheckedParametersMixin",
    "CommitmentViewSet",
    "CommitteeViewSet",
    "DebateViewSet",
    "DocumentViewSet",
    "DossierViewSet",
    "IsClerk",
    "MeetingViewSet",
    "MinistryViewSet",
    "PersonViewSet",
    "ReadOnlyViewSet",
    "public_commitments",
    "s",
]
