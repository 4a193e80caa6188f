"""Apply the Toezegging items of a page: the commitment page, split into its steps.

Input: a page's :class:`CommitmentItem` list from the ``Applier``; output: commitments with
their events, fulfilments and links. ``page`` runs the steps (``existing``, ``relations``,
``conflicts``, ``create``, ``update``, ``events``); ``resolve`` runs after a run's last page.
"""

from .existing import COMMITMENT_SYNC_FIELDS, Change
from .page import CommitmentPage, apply_commitments
from .resolve import resolve_pending

__all__ = [
    "COMMITMENT_SYNC_FIELDS",
    "Change",
    "CommitmentPage",
    "apply_commitments",
    "resolve_pending",
]
