import datetime
import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from commitments.importers.kamerstuk import KamerstukError
from commitments.importers.store import apply, default_fulfilments, propose

MAX_BYTES = 5 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Import Kamerstuk texts or debate reports (VLOS XML): document, meeting and sessions "
        "or debates, citations or agenda, commitment candidates (saved unpublished for "
        "review). Fulfilment matches are only reported unless --accept-fulfilments. Each file "
        "is one transaction; re-importing updates."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="Show, save nothing.")
        parser.add_argument("--json", action="store_true", help="Print the proposal as JSON.")
        parser.add_argument(
            "--accept-fulfilments",
            action="store_true",
            help="Record each fulfilment statement's best match (score ≥ threshold).",
        )
        parser.add_argument(
            "--fulfilment-date",
            type=datetime.date.fromisoformat,
            help="Date of fulfilment when the text has no date (YYYY-MM-DD).",
        )
        parser.add_argument(
            "--no-candidates", action="store_true", help="Do not save commitment candidates."
        )

    def handle(self, *args, files, dry_run, json, accept_fulfilments, fulfilment_date, **opts):
        totals: dict[str, int] = {}
        failed = 0
        for number, name in enumerate(files, start=1):
            prefix = f"[{number}/{len(files)}] {name}"
            try:
                proposal = propose(self._read(Path(name)), source=name)
                if json:
                    self.stdout.write(_dumps(proposal.to_dict()))
                if dry_run:
                    self._describe(prefix, proposal)
                    continue
                result = apply(
                    proposal,
                    candidates=[] if opts["no_candidates"] else None,
                    fulfilments=default_fulfilments(proposal) if accept_fulfilments else None,
                    fulfilment_date=fulfilment_date,
                )
            except (KamerstukError, ValidationError, OSError) as error:
                failed += 1
                message = "; ".join(getattr(error, "messages", [str(error)]))
                self.stderr.write(self.style.ERROR(f"{prefix}: {message} (nothing saved)"))
                continue
            for what, n in result.counts.items():
                totals[what] = totals.get(what, 0) + n
            details = ", ".join(f"{n} {what}" for what, n in sorted(result.counts.items()))
            self.stdout.write(f"{prefix}: {result.document.identifier}: {details}")
            for match in proposal.matches:
                self.stdout.write(f"    fulfilment → {match.key} (score {match.score:.2f})")
        summary = ", ".join(f"{n} {what}" for what, n in sorted(totals.items())) or "nothing"
        self.stdout.write(
            f"Summary: {len(files) - failed} of {len(files)} files imported; {summary}."
        )
        if failed:
            raise CommandError(f"{failed} file(s) could not be imported.")

    def _read(self, path: Path) -> bytes:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise KamerstukError(f"File is {size} bytes; the limit is {MAX_BYTES}.")
        return path.read_bytes()

    def _describe(self, prefix, proposal):
        metadata = proposal.metadata
        existing = "updates " if proposal.document else "new "
        self.stdout.write(
            f"{prefix}: {existing}{proposal.identifier} ({metadata.kind}), "
            f"{len(proposal.parsed.sections)} sections, {len(proposal.parsed.citations)} "
            f"citations, {len(proposal.parsed.commitments)} commitment candidates, "
            f"{len(proposal.matches)} fulfilment statements"
        )
        for candidate in proposal.parsed.commitments:
            self.stdout.write(f"    candidate: {candidate.sentence[:120]}")
        for match in proposal.matches:
            self.stdout.write(f"    fulfilment → {match.key} (score {match.score:.2f})")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, default=str)
