"""Write parsed open-data records into the register, one entity at a time.

Input: a page's raw records from ``parse``; output: the register's dossiers, documents, persons,
debates and commitments upserted in that order (``applier``, one module per entity, the
commitments in ``commitments/``), with the page's stats. ``sync`` commits the page next,
together with the feed's new position.
"""

from .applier import Applier
from .commitments import COMMITMENT_SYNC_FIELDS, CommitmentPage
from .rows import insert_rows

__all__ = ["COMMITMENT_SYNC_FIELDS", "Applier", "CommitmentPage", "insert_rows"]
