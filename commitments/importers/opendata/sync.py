"""Run a sync: read each feed page by page from its stored position, one transaction a page.

Input: the feeds to read (OData or SyncFeed, per entity) and their ``SyncState`` positions, or
payload files; output: every page fetched by ``client``, read by ``parse``, written by
``apply``, and committed together with the feed's new position, so a failed page leaves
nothing behind and the next run starts there. After the last page ``apply`` resolves what
could not be linked yet; the management command ``sync_tweedekamer`` prints the stats.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction
from django.utils import timezone

from commitments.models import SyncState
from commitments.response_cache import bump_register_version

from .apply import Applier
from .client import DEFAULT_BASE_URL, FeedClient, FetchError
from .parse import Page, PageError, RawRecord, RecordError, as_datetime, parse_page, sniff_format
from .stats import SyncStats

logger = logging.getLogger(__name__)


ODATA_EXPAND = {
    "Toezegging": "Activiteit",
    "Document": "Kamerstukdossier",
}


def odata_first_request(
    base_url: str, entity: str, position: str, page_size: int
) -> tuple[str, dict]:
    params = {"$orderby": "ApiGewijzigdOp asc,Id asc", "$top": str(page_size)}
    if entity in ODATA_EXPAND:
        params["$expand"] = ODATA_EXPAND[entity]
    if position:
        # "ge", not "gt": records sharing the stamp across a page boundary are read twice
        # rather than lost; applying a record twice changes nothing.
        params["$filter"] = f"ApiGewijzigdOp ge {position}"
    return f"{base_url.rstrip('/')}/OData/v4/2.0/{entity}", params


def atom_first_request(base_url: str, entity: str, position: str) -> tuple[str, dict]:
    params = {"category": entity}
    if position:
        params["skiptoken"] = position
    return f"{base_url.rstrip('/')}/SyncFeed/2.0/Feed", params


def _max_stamp(records: list[RawRecord], current: str) -> str:
    """The latest ApiGewijzigdOp of a page, in UTC, so positions compare as text."""
    stamps = [current] if current else []
    for record in records:
        try:
            stamp = as_datetime(record.fields, "ApiGewijzigdOp")
        except RecordError:
            continue
        if stamp:
            stamps.append(stamp.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z"))
    return max(stamps) if stamps else current


@dataclass
class OpenDataSync:
    """Runs pages through the applier, one transaction per page."""

    client: FeedClient | None = None
    base_url: str = DEFAULT_BASE_URL
    fmt: str = "odata"
    page_size: int = 250
    progress: Callable[[str], None] = lambda message: None
    applier: Applier = field(default_factory=Applier)
    stats: SyncStats = field(default_factory=SyncStats)
    failed: bool = False

    def apply_page(
        self, page: Page, *, state: SyncState | None = None, position: str | None = None
    ) -> SyncStats:
        """Apply one page atomically, together with the new position of its feed."""
        page_stats = SyncStats(pages=1)
        for problem in page.errors:
            page_stats.errors.append(problem)
        try:
            with transaction.atomic():
                self.applier.apply(page.records, page_stats)
                self._save_position(state, position, page_stats)
        except DatabaseError:
            # Something slipped past the checks; find the record, keep the rest.
            self.applier.reset_caches()
            page_stats = SyncStats(pages=1, errors=list(page.errors))
            with transaction.atomic():
                for record in page.records:
                    record_stats = SyncStats()
                    try:
                        with transaction.atomic():
                            self.applier.apply([record], record_stats)
                    except DatabaseError as error:
                        self.applier.reset_caches()
                        record_stats = SyncStats(records=1)
                        record_stats.error(record.entity, record.id, f"database: {error}")
                    page_stats.merge(record_stats)
                self._save_position(state, position, page_stats)
        except Exception:
            self.applier.reset_caches()
            raise
        # COPY and bulk updates send no model signals: tell the response cache once per page.
        transaction.on_commit(bump_register_version)
        self.stats.merge(page_stats)
        return page_stats

    @staticmethod
    def _save_position(state: SyncState | None, position: str | None, stats: SyncStats):
        if state is None:
            return
        if position:
            state.position = position
        state.last_run_at = timezone.now()
        state.last_stats = stats.as_dict()
        state.save()

    def run_feed(self, entity: str, *, since: str | None = None) -> None:
        feed = f"{self.fmt}:{entity}"
        state, _ = SyncState.objects.get_or_create(feed=feed)
        position = state.position
        if since:
            # An OData DateTimeOffset literal; the SyncFeed has no date filter, so it is read
            # from the start and older records are skipped here.
            position = f"{since}T00:00:00Z" if self.fmt == "odata" else ""
        if self.fmt == "odata":
            url, params = odata_first_request(self.base_url, entity, position, self.page_size)
        else:
            url, params = atom_first_request(self.base_url, entity, position)
        number = 0
        while url:
            number += 1
            try:
                text = self.client.get(url, params)
                page = parse_page(text, self.fmt, entity)
            except (FetchError, PageError) as error:
                self._fail(feed, number, error)
                return
            if since and self.fmt == "atom":
                page.records = [r for r in page.records if _not_before(r, since)]
            if self.fmt == "odata":
                new_position = _max_stamp(page.records, position)
            else:
                new_position = page.last_position or position
            try:
                page_stats = self.apply_page(page, state=state, position=new_position)
            except Exception as error:
                logger.exception("open data: page %s of %s failed", number, feed)
                self._fail(feed, number, error)
                return
            position = new_position
            self.progress(
                f"{feed} page {number}: {len(page.records)} records; {page_stats.summary()}"
            )
            url, params = page.next_url, None
        with transaction.atomic():
            self.applier.resolve_pending(self.stats)

    def _fail(self, feed: str, number: int, error: Exception) -> None:
        self.failed = True
        message = f"{feed} page {number} failed, position kept: {error}"
        self.stats.errors.append(message)
        self.progress(message)

    def run_files(self, paths: Iterable[str], default_entity: str = "Toezegging") -> None:
        for path in paths:
            try:
                with open(path, "rb") as handle:
                    text = handle.read()
                fmt = self.fmt or sniff_format(text)
                page = parse_page(text, fmt, default_entity)
            except (OSError, PageError) as error:
                self.stats.errors.append(f"{path}: {error}")
                self.failed = True
                continue
            try:
                page_stats = self.apply_page(page)
            except Exception as error:
                logger.exception("open data: file %s failed", path)
                self.stats.errors.append(f"{path}: {error}")
                self.failed = True
                continue
            self.progress(f"{path}: {len(page.records)} records; {page_stats.summary()}")
        with transaction.atomic():
            self.applier.resolve_pending(self.stats)


def _not_before(record: RawRecord, since: str) -> bool:
    try:
        stamp = as_datetime(record.fields, "ApiGewijzigdOp")
    except RecordError:
        return True
    return stamp is None or stamp.date().isoformat() >= since


def iter_pages(texts: Iterable[str], fmt: str) -> Iterator[Page]:
    for text in texts:
        yield parse_page(text, fmt)
