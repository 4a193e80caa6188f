"""Turn a feed item's dates and status into a commitment's: made on, due, fulfilled on.

Input: a :class:`CommitmentItem`, the row it applies to and the page's lookups; output: the
dates to store (a deadline before the commitment was made is dropped with a warning) and a
warning for a status the register does not know. ``create`` and ``update`` call these while
they fill in a row; nothing follows from here.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.utils import timezone

from commitments.importers.opendata.items import CommitmentItem
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Commitment, Debate

if TYPE_CHECKING:
    from .relations import Relations


def feed_date(item: CommitmentItem, today: datetime.date) -> datetime.date:
    """The day the Kamer changed the record, else the day of the run."""
    if item.changed_at:
        return timezone.localdate(item.changed_at)
    return today


def made_on(item: CommitmentItem, debate: Debate | None) -> datetime.date | None:
    return debate.date if debate else item.created_on


def due(
    item: CommitmentItem, made_on: datetime.date | None, stats: SyncStats
) -> datetime.date | None:
    if item.due_date and made_on and item.due_date < made_on:
        stats.warn(
            "Toezegging",
            item.label,
            f"DatumNakoming {item.due_date} ligt voor de datum van de toezegging; genegeerd",
        )
        return None
    return item.due_date


def fulfilled_on(
    commitment: Commitment, item: CommitmentItem, relations: Relations, today: datetime.date
) -> datetime.date:
    dates = [d.date for d in map(relations.letter, item.letters) if d is not None and d.date]
    on = max(dates) if dates else feed_date(item, today)
    # The Kamer's word is kept within what can be true (models.check_event_date): not after
    # today (a letter dated ahead), not before the commitment was made.
    on = min(on, today)
    if commitment.made_on and on < commitment.made_on:
        on = commitment.made_on
    return on


def note_unknown_status(item: CommitmentItem, stats: SyncStats) -> None:
    if item.status_raw and item.status is None:
        stats.count("Toezegging", "unknown")
        stats.warn("Toezegging", item.label, f"onbekende status {item.status_raw!r}")
