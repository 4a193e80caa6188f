from django.core.management.base import BaseCommand, CommandError

from commitments.models import Commitment, Document, Meeting

MODELS = {"commitment": Commitment, "document": Document, "meeting": Meeting}


class Command(BaseCommand):
    help = (
        "Bring back a deleted commitment, document or meeting from its history "
        "(django-simple-history keeps the last state of every deleted row)."
    )

    def add_arguments(self, parser):
        parser.add_argument("model", choices=sorted(MODELS))
        parser.add_argument("id", type=int, help="The database id the row had.")

    def handle(self, *args, model, id, **options):
        model_class = MODELS[model]
        if model_class.objects.filter(pk=id).exists():
            raise CommandError(f"{model} {id} exists; nothing to restore.")
        deleted = model_class.history.filter(id=id, history_type="-").order_by("-history_date")
        record = deleted.first()
        if record is None:
            raise CommandError(f"No deleted {model} with id {id} in the history.")
        instance = record.instance
        instance.save(force_insert=True)
        self.stdout.write(self.style.SUCCESS(f"Restored {model} {id}: {instance}"))
