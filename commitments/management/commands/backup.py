from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from commitments.backup import BackupError, backup, register_fingerprint


class Command(BaseCommand):
    help = "Back up the whole database (pg_dump on PostgreSQL, dumpdata JSON on SQLite)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="Output file (default: backups/<time>.*)")

    def handle(self, *args, path=None, **options):
        if path is None:
            suffix = "dump" if connection.vendor == "postgresql" else "json"
            path = f"backups/register-{timezone.now():%Y%m%d-%H%M%S}.{suffix}"
        try:
            written = backup(Path(path))
        except BackupError as error:
            raise CommandError(str(error)) from error
        fingerprint = register_fingerprint()
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {written}: {fingerprint['commitments']} commitments, "
                f"checksum {fingerprint['checksum'][:16]}"
            )
        )
