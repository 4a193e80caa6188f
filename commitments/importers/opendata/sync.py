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
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import httpx
from django.db import DatabaseError, transaction
from django.utils import timezone

from commitments.models import SyncState
from commitments.response_cache import bump_register_version

from .apply import Applier
from .client import DEFAULT_BASE_URL, FeedClient, FetchError, resolve_next
from .parse import (
    Page,
    PageError,
    RawRecord,
    RecordError,
    as_datetime,
    parse_page,
    sniff_format,
)
from .stats import SyncStats

logger = logging.getLogger(__name__)


# Without $expand the portal leaves navigation properties out, and with them the relations
# the register keeps: who it was promised to and the commitments it repeats, adds to or
# changes. Links need only their Id.
ODATA_EXPAND = {
    "Toezegging": (
        "Activiteit,ToegezegdAan,IsHerhalingVan($select=Id),IsAanvullingOp($select=Id),"
        "IsWijzigingVan($select=Id)"
    ),
    "Document": "Kamerstukdossier",
}

_STAMP_RE = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,7})\d*)?(Z|[+-]\d\d:\d\d)?$")


def stamp_key(raw: str) -> str:
    """An ApiGewijzigdOp as the portal orders it: UTC, all seven fractional digits.

    Parsed into a ``datetime`` the seventh digit would be lost, and two records 100 ns apart
    would look like one keyset position.
    """
    match = _STAMP_RE.match(raw.strip()) if isinstance(raw, str) else None
    if match is None:
        raise RecordError(f"ApiGewijzigdOp is geen tijdstip: {raw!r}")
    head, fraction, zone = match.groups()
    if zone and zone not in ("Z", "+00:00"):
        moved = datetime.datetime.fromisoformat(head + zone).astimezone(datetime.UTC)
        head = moved.strftime("%Y-%m-%dT%H:%M:%S")
    return f"{head}.{(fraction or '').ljust(7, '0')}"


def stamp_literal(key: str) -> str:
    """A stamp key as an OData DateTimeOffset literal (and as the stored position)."""
    head, _, fraction = key.partition(".")
    fraction = fraction.rstrip("0")
    return f"{head}.{fraction}Z" if fraction else f"{head}Z"


def odata_first_request(
    base_url: str, entity: str, position: str, page_size: int = 0, skip: int = 0
) -> tuple[str, dict]:
    """The request for the records from ``position`` on, in (ApiGewijzigdOp, Id) order.

    No ``$top``: the portal sends no nextLink when ``$top`` is given (OpenDataPortaal issue
    #70), so a run would end after one page; without it the portal sends 250 a page.
    ``skip`` only counts records sharing the position's own ApiGewijzigdOp (see
    ``OpenDataSync._odata_feed``), never a page offset over the whole feed.
    """
    params = {"$orderby": "ApiGewijzigdOp asc,Id asc"}
    if page_size:
        params["$top"] = str(page_size)
    if entity in ODATA_EXPAND:
        params["$expand"] = ODATA_EXPAND[entity]
    if position:
        # "ge", not "gt": the records at the position's own stamp are counted off with
        # ``skip``, so a cluster of 250+ records sharing one stamp is paged through.
        params["$filter"] = f"ApiGewijzigdOp ge {position}"
    if skip:
        params["$skip"] = str(skip)
    return f"{base_url.rstrip('/')}/OData/v4/2.0/{entity}", params


def atom_first_request(base_url: str, entity: str, position: str) -> tuple[str, dict]:
    params = {"category": entity}
    if position:
        params["skiptoken"] = position
    return f"{base_url.rstrip('/')}/SyncFeed/2.0/Feed", params


def _record_key(record: RawRecord, previous: str) -> str:
    try:
        return stamp_key(record.fields.get("ApiGewijzigdOp"))
    except RecordError:
        # Reported by the converter; for the keyset it sorts where the portal put it.
        return previous


class SyncFailed(Exception):
    """A feed cannot go on this run; the position stays at the last committed page."""


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
    # The current feed's share of ``stats``, stored in its SyncState at the end of the run.
    feed_stats: SyncStats = field(default_factory=SyncStats)
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
        self.feed_stats.merge(page_stats)
        return page_stats

    @staticmethod
    def _save_position(state: SyncState | None, position, stats: SyncStats):
        """``position``: a skiptoken, or an OData (stamp key, last Id, count) keyset."""
        if state is None:
            return
        if isinstance(position, tuple):
            key, state.position_id, state.position_count = position
            state.position = stamp_literal(key) if key else ""
        elif position:
            state.position = position
        state.last_run_at = timezone.now()
        state.last_stats = stats.as_dict()
        state.save()

    def run_feed(self, entity: str, *, since: str | None = None) -> None:
        feed = f"{self.fmt}:{entity}"
        state, _ = SyncState.objects.get_or_create(feed=feed)
        self.feed_stats = SyncStats()
        try:
            if self.fmt == "odata":
                self._odata_feed(entity, state, since)
            else:
                self._atom_feed(entity, state, since)
        except SyncFailed as error:
            self.failed = True
            message = f"{feed} {error}"
            self.stats.errors.append(message)
            self.progress(message)
            SyncState.objects.filter(pk=state.pk).update(
                last_error=message[:2000], last_run_at=timezone.now()
            )
            return
        with transaction.atomic():
            self.applier.resolve_pending(self.stats)
        waiting = ("Toezegging", "unresolved")
        self.feed_stats.counts[waiting] = self.stats.counts[waiting]
        errors = self.feed_stats.errors
        SyncState.objects.filter(pk=state.pk).update(
            last_success_at=timezone.now(),
            last_error="\n".join(errors)[:2000],
            last_stats=self.feed_stats.as_dict(),
        )

    def _fetch(self, feed: str, number: int, url: str, params: dict | None, entity: str) -> Page:
        try:
            text = self.client.get(url, params)
            return parse_page(text, self.fmt, entity)
        except (FetchError, PageError) as error:
            raise SyncFailed(f"page {number} failed, position kept: {error}") from None

    def _apply(self, feed: str, number: int, page: Page, state: SyncState, position) -> SyncStats:
        try:
            page_stats = self.apply_page(page, state=state, position=position)
        except Exception as error:
            logger.exception("open data: page %s of %s failed", number, feed)
            raise SyncFailed(f"page {number} failed, position kept: {error}") from None
        self.progress(f"{feed} page {number}: {len(page.records)} records; {page_stats.summary()}")
        return page_stats

    def _odata_feed(self, entity: str, state: SyncState, since: str | None) -> None:
        """Page by the (ApiGewijzigdOp, Id) keyset, never by an offset into the feed.

        Each request asks for everything from the last stamp applied (``ge``). Records sharing
        that stamp were read up to the stored Id, ``count`` of them; the request skips all but
        the last of those, and the first record must then be that last one again. If it is
        not (one of them changed meanwhile and moved to the end), nothing is assumed: the
        records of that stamp are read again from the first, which changes nothing for those
        already applied. A record that changes mid-run gets a later stamp and comes again.
        """
        feed = f"odata:{entity}"
        key = stamp_key(state.position) if state.position else ""
        last_id, count = state.position_id, state.position_count
        if since:
            key, last_id, count = stamp_key(f"{since}T00:00:00Z"), "", 0
        number = 0
        while True:
            number += 1
            skip = count - 1 if count > 0 else 0
            position = stamp_literal(key) if key else ""
            url, params = odata_first_request(self.base_url, entity, position, skip=skip)
            page = self._fetch(feed, number, url, params, entity)
            overlap = count > 0
            if overlap and not _starts_with(page.records, key, last_id):
                logger.warning("open data: %s changed under stamp %s; reading it again", feed, key)
                overlap, skip = False, 0
                url, params = odata_first_request(self.base_url, entity, position)
                page = self._fetch(feed, number, url, params, entity)
            rows = page.records
            if overlap:
                page.records = rows[1:]  # the last record applied, read again as a check
            new = (key, last_id, count)
            if rows:
                run_key, run_len = None, 0
                for record in rows:
                    record_key = _record_key(record, run_key or key)
                    run_key, run_len = record_key, run_len + 1 if record_key == run_key else 1
                if run_key == key:
                    # All of this page shares the position's stamp, like the skipped records.
                    run_len = skip + len(rows)
                new = (run_key, rows[-1].id, run_len)
            self._apply(feed, number, page, state, new)
            try:
                # Not followed (it pages by offset), but a link elsewhere is a warning sign.
                more = resolve_next(url, page.next_url) is not None
            except FetchError as error:
                raise SyncFailed(f"page {number}: {error}") from None
            if not more or not rows:
                return
            if new == (key, last_id, count):
                raise SyncFailed(f"page {number}: the portal sent the same records again")
            key, last_id, count = new

    def _atom_feed(self, entity: str, state: SyncState, since: str | None) -> None:
        """Follow the skiptokens; a damaged page resumes after its last entry read."""
        feed = f"atom:{entity}"
        position = "" if since else state.position
        url, params = atom_first_request(self.base_url, entity, position)
        number = 0
        retried_at = None
        while url:
            number += 1
            page = self._fetch(feed, number, url, params, entity)
            if since:
                page.records = [r for r in page.records if _not_before(r, since)]
            new_position = page.last_position or position
            self._apply(feed, number, page, state, new_position)
            if page.broken:
                # Truncated in transit, or an entry that is not XML: ask again from the last
                # entry applied. The same damage at the same place twice ends the run there,
                # naming the entry, and the next run tries again.
                if retried_at == new_position:
                    raise SyncFailed(
                        f"page {number}: {'; '.join(page.errors[1:]) or page.errors[0]}; "
                        f"position kept at {new_position or 'the start'}"
                    )
                retried_at = new_position
                url, params = atom_first_request(self.base_url, entity, new_position)
            else:
                retried_at = None
                try:
                    url = resolve_next(url if params is None else _with(url, params), page.next_url)
                except FetchError as error:
                    raise SyncFailed(f"page {number}: {error}") from None
                params = None
            position = new_position

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


def _starts_with(records: list[RawRecord], key: str, ident: str) -> bool:
    if not records:
        return False
    first = records[0]
    return first.id == ident and _record_key(first, "") == key


def _with(url: str, params: dict) -> str:
    return str(httpx.URL(url, params=params))


def _not_before(record: RawRecord, since: str) -> bool:
    try:
        stamp = as_datetime(record.fields, "ApiGewijzigdOp")
    except RecordError:
        return True
    return stamp is None or stamp.date().isoformat() >= since


def iter_pages(texts: Iterable[str], fmt: str) -> Iterator[Page]:
    for text in texts:
        yield parse_page(text, fmt)
