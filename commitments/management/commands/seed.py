from django.core.management import call_command
from django.core.management.base import BaseCommand

from commitments.models import Document

SEED_FIXTURE = "fixtures/seed.json"


class Command(BaseCommand):
    help = (
        "Load the seed fixtures (five NATO Kamerstukken, their meetings and commitments) "
        "into an empty register. Skips when data is present, so a clerk's edits survive; "
        "--force reloads and overwrites the seed rows."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Reload even if data exists.")

    def handle(self, *args, force=False, **options):
        if Document.objects.exists() and not force:
            self.stdout.write("Register already holds data; seed fixtures not loaded.")
            return
        call_command("loaddata", SEED_FIXTURE, verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Loaded {SEED_FIXTURE}."))
