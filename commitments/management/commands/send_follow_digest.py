"""Mail every follower what changed; run from cron once a day (docs/follow.md)."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from commitments.follow import digest


def masked(email: str) -> str:
    """Enough to tell messages apart in a log, not enough to read the address."""
    local, _at, domain = email.partition("@")
    return f"{local[:1]}***@{domain}"


class Command(BaseCommand):
    help = (
        "Send each confirmed follower one digest of status changes, new commitments and "
        "passed deadlines since the last one; delete confirmation requests that expired."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be sent (-v 2: the messages); send, change, delete nothing.",
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        try:
            report = digest.run(dry_run=dry_run)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        verb = "would be" if dry_run else "were"
        for item in report.digests:
            if verbosity >= 2 or dry_run:
                self.stdout.write(
                    f"{masked(item.email)}: {item.count} change(s) "
                    f"in {len(item.sections)} of {len(item.subscriptions)} subscription(s)"
                )
            if verbosity >= 2 and item.message is not None:
                self.stdout.write(item.message.subject)
                self.stdout.write(item.message.body)
        if verbosity >= 1:
            sent = len(report.digests) if dry_run else report.sent
            self.stdout.write(
                f"{sent} digest(s) {verb} sent for {report.subscriptions} confirmed "
                f"subscription(s); {report.expired_deleted} expired request(s) {verb} deleted."
            )
