import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from commitments.backup import BackupError, register_fingerprint, restore
from commitments.response_cache import bump_register_version


class Command(BaseCommand):
    help = "Replace the database's contents with a backup made by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Backup file")
        parser.add_argument(
            "--yes", action="store_true", help="Do not ask for confirmation (scripts, CI)."
        )

    def handle(self, *args, path, yes=False, **options):
        if not yes:
            if not sys.stdin.isatty():
                # No one to ask (a script, CI, cron): refuse rather than fail on EOF.
                raise CommandError(
                    "Restore replaces ALL data and there is no terminal to confirm on: "
                    "pass --yes (make restore BACKUP=... YES=1)."
                )
            answer = input("This replaces ALL data in the database. Type 'yes' to go on: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            restore(Path(path))
        except BackupError as error:
            raise CommandError(str(error)) from error
        # pg_restore writes behind Django's back: no signal tells the response cache.
        bump_register_version()
        fingerprint = register_fingerprint()
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {path}: {fingerprint['commitments']} commitments, "
                f"checksum {fingerprint['checksum'][:16]}"
            )
        )
