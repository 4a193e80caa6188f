from django.core.management.base import BaseCommand, CommandError

from commitments import summary


class Command(BaseCommand):
    help = (
        "Recount the running totals (home, statistics, summary API, sitemaps) from the tables "
        "and report every difference; exit 1 on drift. --fix replaces them by the recount."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Replace the totals by the recount.")

    def handle(self, *args, fix=False, **options):
        lines = summary.drift()
        for line in lines[:50]:
            self.stdout.write(line)
        if len(lines) > 50:
            self.stdout.write(f"... and {len(lines) - 50} more")
        if not lines:
            self.stdout.write(self.style.SUCCESS("The running totals match the register."))
            return
        if fix:
            summary.rebuild()
            self.stdout.write(self.style.WARNING(f"Fixed {len(lines)} drifted totals."))
            return
        raise CommandError(f"{len(lines)} running totals drifted; run check_summary --fix.")
