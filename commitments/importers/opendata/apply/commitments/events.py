"""Queue the rows a page adds beside its commitments, and write them at the end of the page.

Input: events (with the notes that say why, in Dutch, for the griffie), fulfilments and links
that ``create``, ``update``, ``conflicts`` and ``relations`` decide on; output: those rows
inserted in bulk (one ``COPY`` per table on PostgreSQL) once the commitments themselves are
written. ``page`` calls :meth:`PageWrites.write` as its last write; the page then commits.
"""

from __future__ import annotations

import datetime

from commitments.importers.opendata.apply.rows import insert_rows, insert_values
from commitments.importers.opendata.items import CommitmentItem
from commitments.models import Commitment, CommitmentEvent, CommitmentLink, Document, Fulfilment

from .values import feed_date

Status = Commitment.Status
OPEN_DATA = CommitmentEvent.Source.OPEN_DATA


class PageWrites:
    """Events, fulfilments and links of one page, inserted together after the commitments.

    An event is kept as its field values (``insert_values``), not as a model instance: a
    first load writes one per new commitment and nothing reads them back.
    """

    def __init__(self, today: datetime.date):
        self.today = today
        self.events: list[dict] = []
        self.fulfilments: list[Fulfilment] = []
        self.links: list[CommitmentLink] = []

    def event(self, c: Commitment, kind: str, item: CommitmentItem, **fields) -> None:
        self.add_event(c, kind=kind, date=feed_date(item, self.today), **fields)

    def add_event(self, c: Commitment, **fields) -> None:
        """An open-data event of ``c`` (keyed when written: ``c`` may be new)."""
        self.events.append({"commitment": c, "source": OPEN_DATA, **fields})

    def write(self) -> None:
        insert_values(CommitmentEvent, self.events)
        insert_rows(self.fulfilments)
        insert_rows(self.links)
        self.events, self.fulfilments, self.links = [], [], []


def status_note(item: CommitmentItem, status: str, evidence: Document | None) -> str:
    note = f"Tweede Kamer open data ({item.label}): status {item.status_raw or '-'}."
    if status == Status.FULFILLED and evidence is None:
        letters = ", ".join(item.letters) or "geen"
        # The one-document rule is the service layer's; the Kamer's word is recorded as is
        # and the letter is linked as soon as it is in the register.
        note += f" Nakomende Kamerbrief nog niet in het register ({letters})."
    return note
