import json
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from commitments.importers.evaluation import evaluate, load_labels, resolve_text
from commitments.importers.lookups import Lookups
from commitments.importers.store import apply, propose

LABELS = Path(settings.BASE_DIR) / "tests" / "importer_eval" / "labels.json"


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Evaluate the Kamerstuk importer on the labelled set (precision/recall of commitment "
        "candidates and fulfilment statements, metadata accuracy) and measure documents per "
        "second, for parsing alone and for a full import into the database (rolled back)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--labels", default=str(LABELS))
        parser.add_argument("--repeat", type=int, default=5)
        parser.add_argument("--json", action="store_true", help="Print the full report.")

    def handle(self, *args, labels, repeat, json: bool, **options):
        report = evaluate(labels, repeat=repeat)
        report["import_docs_per_second"] = self._import_throughput(Path(labels), repeat)
        if json:
            self.stdout.write(_dumps(report))
            return
        for what in ("commitments", "fulfilments"):
            row = report[what]
            self.stdout.write(
                f"{what:<12} precision {row['precision']:.3f}  recall {row['recall']:.3f}"
            )
        metadata = report["metadata"]
        self.stdout.write(
            f"metadata     {metadata['correct']}/{metadata['total']} fields correct "
            f"({metadata['accuracy']:.1%})"
        )
        self.stdout.write(
            f"speed        parse {report['speed']['docs_per_second']:.0f} docs/s, "
            f"full import {report['import_docs_per_second']:.0f} docs/s "
            f"({report['documents']} documents, {repeat} rounds)"
        )

    def _import_throughput(self, labels: Path, repeat: int) -> float:
        entries = load_labels(labels)["documents"]
        root = labels.parent.parent.parent
        texts = [resolve_text(entry, labels.parent, root).read_bytes() for entry in entries]
        started = time.perf_counter()
        count = 0
        try:
            with transaction.atomic():
                lookups = Lookups()  # one run, as import_kamerstuk does for its files
                for _ in range(max(repeat, 1)):
                    for data in texts:
                        apply(propose(data, lookups=lookups))
                        count += 1
                raise _Rollback  # measuring must leave the register as it was
        except _Rollback:
            pass
        return count / (time.perf_counter() - started)


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, default=str)
