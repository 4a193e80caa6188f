import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from commitments.importers.evaluation import evaluate_folder

EVAL = Path(settings.BASE_DIR) / "tests" / "importer_eval"
FOLDERS = (EVAL / "real", EVAL / "heldout")


class Command(BaseCommand):
    help = (
        "Score the Kamerstuk importer on folders of real texts labelled in labels.json "
        "(tests/importer_eval/real/README.md): precision and recall of commitments and "
        "fulfilments, metadata per field, citations, refused files."
    )

    def add_arguments(self, parser):
        parser.add_argument("folders", nargs="*", metavar="FOLDER")
        parser.add_argument("--json", action="store_true", help="Print the full reports.")

    def handle(self, *args, folders, json: bool, **options):
        paths = [Path(f) for f in folders] or [f for f in FOLDERS if (f / "labels.json").is_file()]
        reports = [evaluate_folder(path) for path in paths]
        if json:
            self.stdout.write(_dumps(reports))
            return
        for report in reports:
            self.stdout.write(f"{report['folder']} ({report['documents']} texts)")
            for what in ("commitments", "fulfilments", "citations"):
                row = report[what]
                self.stdout.write(
                    f"  {what:<12} precision {row['precision']:.3f}  recall {row['recall']:.3f}"
                    f"  ({row['found']}/{row['labelled']} found, "
                    f"{row['false_positives']} false positives"
                    + (f", {row['traps_taken']} traps taken)" if "traps_taken" in row else ")")
                )
            metadata = report["metadata"]
            per_field = ", ".join(
                f"{name} {f['correct']}/{f['total']}" for name, f in metadata["fields"].items()
            )
            self.stdout.write(
                f"  metadata     {metadata['correct']}/{metadata['total']} "
                f"({metadata['accuracy']:.1%}, {metadata['invented']} invented): {per_field}"
            )
            acceptance = report["acceptance"]
            self.stdout.write(
                f"  refused      parliamentary: {acceptance['parliamentary_refused'] or 'none'}; "
                f"non-parliamentary accepted: {acceptance['non_parliamentary_accepted'] or 'none'}"
            )
            for detail in report["details"]:
                for what in ("commitments", "fulfilments"):
                    for label in detail[what]["missed"]:
                        self.stdout.write(f"    {detail['file']}: missed {what[:-1]}: {label}")
                    for sentence in detail[what]["unexpected"]:
                        self.stdout.write(
                            f"    {detail['file']}: unexpected {what[:-1]}: {sentence[:110]}"
                        )
                for name, field in detail["metadata"].items():
                    if not field["ok"]:
                        self.stdout.write(
                            f"    {detail['file']}: {name} {field['actual']!r}, "
                            f"labelled {field['expected']!r}"
                        )
                for kst in detail["citations"]["missed"]:
                    self.stdout.write(f"    {detail['file']}: missed citation {kst}")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, default=str)
