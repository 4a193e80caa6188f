"""Whole-database backup and restore: pg_dump/pg_restore on PostgreSQL, dumpdata elsewhere.

Both paths are checked by the same round trip (counts plus a checksum of every commitment),
see ``register_fingerprint``.
"""

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from django.core import serializers
from django.core.management import call_command
from django.db import connection, transaction

from . import summary
from .models import Commitment, CommitmentEvent, Document, Fulfilment, Meeting

# dumpdata/loaddata path: everything a restore needs, in dependency-safe order.
DUMP_APPS = ["auth.group", "auth.user", "authtoken", "commitments"]
# The running totals are derived: a restore recounts them instead of loading them on top of
# what the triggers count while the rows go in.
DERIVED = [model._meta.label_lower for model in summary.KEYS]


class BackupError(RuntimeError):
    pass


def _pg_env_and_args():
    settings = connection.settings_dict
    env = {**os.environ}
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    args = ["--dbname", settings["NAME"]]
    if settings.get("HOST"):
        args += ["--host", settings["HOST"]]
    if settings.get("PORT"):
        args += ["--port", str(settings["PORT"])]
    if settings.get("USER"):
        args += ["--username", settings["USER"]]
    return env, args


def _run(command: list[str], env) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed; it is needed on PostgreSQL.")
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[:2000]}")


def backup(path: Path) -> Path:
    """Write a full backup to ``path`` (custom-format dump on PostgreSQL, JSON otherwise)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "postgresql":
        env, args = _pg_env_and_args()
        _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(path), *args], env)
    else:
        call_command(
            "dumpdata",
            *DUMP_APPS,
            exclude=DERIVED,
            natural_foreign=True,
            natural_primary=False,
            indent=None,
            output=str(path),
            verbosity=0,
        )
    return path


def restore(path: Path) -> None:
    """Replace the database's contents with the backup at ``path``."""
    if not path.is_file():
        raise BackupError(f"No backup file at {path}.")
    if connection.vendor == "postgresql":
        connection.close()
        env, args = _pg_env_and_args()
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                *args,
                str(path),
            ],
            env,
        )
        return
    with transaction.atomic(), path.open(encoding="utf-8") as stream:
        call_command("flush", interactive=False, verbosity=0)
        # Deserialise directly: loaddata guesses the format from the file name.
        for obj in serializers.deserialize("json", stream, handle_forward_references=True):
            if obj.object._meta.label_lower not in DERIVED:  # an older backup may hold them
                obj.save()
        # flush emptied the totals in table order, not the triggers'; count them again.
        summary.rebuild()


def register_fingerprint() -> dict:
    """Row counts and a SHA-256 over every commitment's content, for round-trip checks."""
    digest = hashlib.sha256()
    fields = [
        "key", "number", "text", "status", "tk_status", "made_on", "due_date",
        "due_description", "fulfilled_on", "is_published", "made_by__slug", "ministry__slug",
        "debate__subject", "document__identifier", "notes",
    ]  # fmt: skip
    for row in Commitment.objects.order_by("key").values_list(*fields):
        digest.update(repr(row).encode())
    for row in Fulfilment.objects.order_by("commitment__key", "document__identifier").values_list(
        "commitment__key", "document__identifier", "passage"
    ):
        digest.update(repr(row).encode())
    return {
        "commitments": Commitment.objects.count(),
        "events": CommitmentEvent.objects.count(),
        "documents": Document.objects.count(),
        "meetings": Meeting.objects.count(),
        "checksum": digest.hexdigest(),
    }
