"""Sync the register with the Tweede Kamer open-data portal (gegevensmagazijn).

Reads Toezegging, Activiteit, Document, Kamerstukdossier and Persoon from the OData v4 API or
the Atom SyncFeed and upserts them keyed on the official GUID. The stages, in order:
``client`` fetches a page, ``parse`` reads it into raw records, ``items`` checks and types
them, ``apply`` writes them entity by entity (``stats`` counts the outcomes), and ``sync`` runs
the pages of each feed from its stored position, one transaction per page.

Rules (docs/opendata.md explains them for the griffie):

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

from .apply import COMMITMENT_SYNC_FIELDS, Applier, insert_rows
from .client import DEFAULT_BASE_URL, USER_AGENT, FeedClient, FetchError
from .items import (
    CONVERTERS,
    CommitmentItem,
    DebateItem,
    DocumentItem,
    DossierItem,
    PersonItem,
    embedded_records,
    map_status,
    ministry_key,
    ministry_name,
    person_key,
)
from .parse import (
    ENTITIES,
    Page,
    PageError,
    RawRecord,
    RecordError,
    as_date,
    as_datetime,
    is_guid,
    parse_atom,
    parse_odata,
    parse_page,
    sniff_format,
)
from .stats import SyncStats
from .sync import (
    ODATA_EXPAND,
    OpenDataSync,
    atom_first_request,
    iter_pages,
    odata_first_request,
)

__all__ = [
    "COMMITMENT_SYNC_FIELDS",
    "CONVERTERS",
    "DEFAULT_BASE_URL",
    "ENTITIES",
    "ODATA_EXPAND",
    "USER_AGENT",
    "Applier",
    "CommitmentItem",
    "DebateItem",
    "DocumentItem",
    "DossierItem",
    "FeedClient",
    "FetchError",
    "OpenDataSync",
    "Page",
    "PageError",
    "PersonItem",
    "RawRecord",
    "RecordError",
    "SyncStats",
    "as_date",
    "as_datetime",
    "atom_first_request",
    "embedded_records",
    "insert_rows",
    "is_guid",
    "iter_pages",
    "map_status",
    "ministry_key",
    "ministry_name",
    "odata_first_request",
    "parse_atom",
    "parse_odata",
    "parse_page",
    "person_key",
    "sniff_format",
]
