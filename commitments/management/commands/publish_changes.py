"""Publish pending changes to the API's changes feed (cron, or after a bulk load)."""

from django.core.management.base import BaseCommand

from commitments.api.changes import publish_all


class Command(BaseCommand):
    help = "Zet wachtende wijzigingen in de wijzigingenfeed van de API (/api/v1/changes/)."

    def handle(self, *args, **options):
        claimed = publish_all()
        self.stdout.write(f"{claimed} wachtende wijzigingen verwerkt.")
