import time

from django.core.management.base import BaseCommand, CommandError

from commitments.response_cache import bump_register_version
from commitments.synthetic import generate


class Command(BaseCommand):
    help = (
        "Insert realistic synthetic Kamerstukken and commitments (bulk inserts) for "
        "benchmarks and load tests. Keys start with 'syn-'."
    )

    def add_arguments(self, parser):
        parser.add_argument("--commitments", type=int, default=10_000)
        parser.add_argument("--documents", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=1, help="Random seed (reproducible).")
        parser.add_argument("--batch-size", type=int, default=5_000)

    def handle(self, *args, commitments, documents, seed, batch_size, **options):
        if commitments < 0 or documents < 1 or batch_size < 1:
            raise CommandError("Need --documents ≥ 1, --commitments ≥ 0, --batch-size ≥ 1.")
        started = time.perf_counter()
        counts = generate(
            commitments=commitments,
            documents=documents,
            seed=seed,
            batch_size=batch_size,
            progress=lambda message: self.stdout.write(f"  {message}"),
        )
        # Bulk inserts send no signals; tell the response cache the register changed.
        bump_register_version()
        seconds = time.perf_counter() - started
        rows = counts.documents + counts.commitments + counts.fulfilments
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {counts.documents} documents, {counts.commitments} commitments, "
                f"{counts.fulfilments} fulfilments in {seconds:.1f} s "
                f"({rows / seconds:,.0f} rows/s)."
            )
        )
