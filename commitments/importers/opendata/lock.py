"""One sync at a time: a PostgreSQL advisory lock, or a lock file on SQLite.

Input: nothing but the database connection; output: a context manager saying whether this run
holds the lock. ``sync_tweedekamer`` takes it before the first page, so a run started by cron
while the previous one still pages waits (``--wait``) or exits cleanly without writing.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

# pg_advisory_lock takes a bigint; a fixed one derived from the name, so every process agrees.
LOCK_KEY = zlib.crc32(b"commitments.sync_tweedekamer")


def lock_file_path() -> Path:
    """Next to the SQLite file; an in-memory database (tests) is one process's own."""
    configured = getattr(settings, "OPENDATA_SYNC_LOCK_FILE", "")
    if configured:
        return Path(configured)
    name = str(connection.settings_dict.get("NAME") or "")
    if name and ":memory:" not in name and "mode=memory" not in name:
        return Path(f"{name}.sync.lock")
    digest = hashlib.sha1(name.encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"tracker-sync-{digest}-{os.getpid()}.lock"


@contextmanager
def sync_lock(*, wait: bool = False) -> Iterator[bool]:
    """Yields True when this process holds the sync lock, False when another run does."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            if wait:
                cursor.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
                held = True
            else:
                cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
                held = bool(cursor.fetchone()[0])
        try:
            yield held
        finally:
            if held:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
        return
    path = lock_file_path()
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
