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
from collections.abc import Iterable

from django.db import transaction

from ..kamerstuk import KamerstukError
from .candidates import store_candidates
from .documents import store_citations, store_confidential_annex, store_document, unique_slug
from .fulfilments import default_fulfilments, store_fulfilments
from .meetings import store_meeting
from .proposal import MATCH_THRESHOLD, ImportResult, Proposal, propose


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
        from ..vlos_store import apply_report
        from ..vlos_store import store_document as store_report_document

        document, created = store_report_document(proposal, overrides)
        result = ImportResult(document=document, created=created)
        result.count("documents created" if created else "documents updated")
        apply_report(proposal, document, accepted, user, result)
        return result
    document, created = store_document(proposal, overrides)
    result = ImportResult(document=document, created=created)
    result.count("documents created" if created else "documents updated")
    store_meeting(proposal, document, created, result)
    store_citations(proposal, document, user, result)
    store_confidential_annex(proposal, document, result)
    store_candidates(proposal, document, accepted, user, result)
    store_fulfilments(proposal, document, fulfilments or {}, fulfilment_date, user, result)
    return result


__all__ = [
    "MATCH_THRESHOLD",
    "ImportResult",
    "KamerstukError",
    "Proposal",
    "apply",
    "default_fulfilments",
    "propose",
    "unique_slug",
]
