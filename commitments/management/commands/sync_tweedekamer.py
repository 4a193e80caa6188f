import datetime

from django.core.management.base import BaseCommand, CommandError

from commitments.importers.opendata import DEFAULT_BASE_URL, ENTITIES, FeedClient, OpenDataSync


class Command(BaseCommand):
    help = (
        "Sync toezeggingen (and the debates, documents, dossiers and persons they refer to) "
        "from the Tweede Kamer open-data portal, OData or SyncFeed, resuming where the last "
        "run stopped; or apply payload files with --from-file. Idempotent: clerks' edits "
        "survive, conflicting statuses are recorded as events, deletions unpublish."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--since",
            help="Start at this date (YYYY-MM-DD) instead of the stored position.",
        )
        parser.add_argument(
            "--from-file",
            nargs="+",
            metavar="PATH",
            help="Apply these payload files (OData JSON or SyncFeed XML), one page each.",
        )
        parser.add_argument("--base-url", default=DEFAULT_BASE_URL)
        parser.add_argument("--format", choices=["odata", "atom"], dest="fmt")
        parser.add_argument(
            "--entity",
            action="append",
            choices=ENTITIES,
            help="Feed(s) to sync, in the order given (default: Toezegging).",
        )
        parser.add_argument("--page-size", type=int, default=250, help="OData $top.")
        parser.add_argument("--retries", type=int, default=4)
        parser.add_argument("--timeout", type=float, default=30.0)

    def handle(self, *args, since=None, from_file=None, fmt=None, entity=None, **options):
        verbosity = options["verbosity"]
        if since is not None:
            try:
                since = datetime.date.fromisoformat(str(since))
            except ValueError:
                raise CommandError(
                    f"--since expects a date like 2025-01-31, not {since!r}."
                ) from None
        if not 1 <= options["page_size"] <= 1000:
            raise CommandError(f"--page-size must be 1 to 1000, not {options['page_size']}.")
        sync = OpenDataSync(
            base_url=options["base_url"],
            fmt=fmt,
            page_size=options["page_size"],
            progress=self.stdout.write if verbosity else (lambda message: None),
        )
        entities = entity or ["Toezegging"]
        if from_file:
            sync.run_files(from_file, default_entity=entities[0])
        else:
            sync.fmt = fmt or "odata"
            sync.client = FeedClient(retries=options["retries"], timeout=options["timeout"])
            try:
                for name in entities:
                    sync.run_feed(name, since=since.isoformat() if since else None)
                    if sync.failed:
                        break
            finally:
                sync.client.close()
        stats = sync.stats
        for warning in stats.warnings:
            self.stderr.write(f"warning: {warning}")
        for error in stats.errors:
            self.stderr.write(f"error: {error}")
        self.stdout.write(f"Sync finished: {stats.summary()}.")
        if sync.failed:
            raise CommandError("A page or file could not be synced; the position was kept.")
