"""Sync the register with the Tweede Kamer open-data portal (gegevensmagazijn)."""

from .items import map_status, ministry_key, person_key
from .parse import ENTITIES, Page, PageError, RawRecord, RecordError, as_date, parse_atom
from .sync import (
    COMMITMENT_SYNC_FIELDS,
    DEFAULT_BASE_URL,
    ODATA_EXPAND,
    USER_AGENT,
    Applier,
    FeedClient,
    FetchError,
    OpenDataSync,
    SyncStats,
    _CommitmentPage,
    atom_first_request,
    insert_rows,
    iter_pages,
    odata_first_request,
)

__all__ = [
    "COMMITMENT_SYNC_FIELDS",
    "DEFAULT_BASE_URL",
    "ENTITIES",
    "ODATA_EXPAND",
    "USER_AGENT",
    "Applier",
    "FeedClient",
    "FetchError",
    "OpenDataSync",
    "Page",
    "PageError",
    "RawRecord",
    "RecordError",
    "SyncStats",
    "_CommitmentPage",
    "as_date",
    "atom_first_request",
    "insert_rows",
    "iter_pages",
    "map_status",
    "ministry_key",
    "odata_first_request",
    "parse_atom",
    "person_key",
]
