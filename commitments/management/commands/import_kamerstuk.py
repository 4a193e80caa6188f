import datetime
import glob
import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from commitments.importers.kamerstuk import KamerstukError
from commitments.importers.lookups import Lookups
from commitments.importers.store import apply, default_fulfilments, propose

MAX_BYTES = 5 * 1024 * 1024
# What a directory argument contributes (sorted); other readers add their suffix here.
SUFFIXES = (".txt", ".xml")


def expand(arguments: list[str]) -> list[Path]:
    """Files, directories (their files with a known suffix) and quoted globs, in order."""
    paths: list[Path] = []
    for argument in arguments:
        matches = sorted(glob.glob(argument)) if glob.has_magic(argument) else [argument]
        for match in matches or [argument]:
            path = Path(match)
            if path.is_dir():
                paths.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES))
            else:
                paths.append(path)
    return paths


class Command(BaseCommand):
    help = (
        "Import Kamerstuk texts or debate reports (VLOS XML): document, meeting and sessions "
        "or debates, citations or agenda, commitment candidates (saved unpublished for "
        "review). Fulfilment matches are only reported unless --accept-fulfilments. Each file "
        "is one transaction; re-importing updates."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "files", nargs="+", metavar="FILE", help="Files, directories or (quoted) globs."
        )
        parser.add_argument("--dry-run", action="store_true", help="Show, save nothing.")
        parser.add_argument(
            "--json",
            action="store_true",
            help="Print one JSON array (one object per file) on stdout and nothing else; "
            "progress and the summary go to stderr.",
        )
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
        # With --json stdout carries the JSON document only, so it pipes into jq.
        self.log = self.stderr if json else self.stdout
        paths = expand(files)
        totals: dict[str, int] = {}
        failed = 0
        documents = []
        self.lookups = Lookups()  # ministries, senders, dossiers: read once for all files
        for number, path in enumerate(paths, start=1):
            prefix = f"[{number}/{len(paths)}] {path}"
            entry = {"file": str(path)}
            try:
                proposal = self._propose(path)
                entry["proposal"] = proposal.to_dict()
                if dry_run:
                    self._describe(prefix, proposal)
                    entry["status"] = "dry-run"
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
                entry.update(status="error", error=message, code=getattr(error, "code", None))
                self.stderr.write(self.style.ERROR(f"{prefix}: {message} (nothing saved)"))
                continue
            finally:
                documents.append(entry)
            entry.update(status="imported", counts=result.counts)
            for what, n in result.counts.items():
                totals[what] = totals.get(what, 0) + n
            details = ", ".join(f"{n} {what}" for what, n in sorted(result.counts.items()))
            self.log.write(f"{prefix}: {result.document.identifier}: {details}")
            for match in proposal.matches:
                self.log.write(f"    fulfilment → {match.key} (score {match.score:.2f})")
        if json:
            self.stdout.write(_dumps(documents))
        summary = ", ".join(f"{n} {what}" for what, n in sorted(totals.items())) or "nothing"
        verb = "read" if dry_run else "imported"
        self.log.write(f"Summary: {len(paths) - failed} of {len(paths)} files {verb}; {summary}.")
        if failed:
            raise CommandError(f"{failed} file(s) could not be imported.")

    def _propose(self, path: Path):
        """The proposal for one file (the one place that picks a reader by file type)."""
        return propose(self._read(path), source=str(path), lookups=self.lookups)

    def _read(self, path: Path) -> bytes:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise KamerstukError(f"File is {size} bytes; the limit is {MAX_BYTES}.")
        return path.read_bytes()

    def _describe(self, prefix, proposal):
        metadata = proposal.metadata
        existing = "updates " if proposal.document else "new "
        self.log.write(
            f"{prefix}: {existing}{proposal.identifier} ({metadata.kind}), "
            f"{len(proposal.parsed.sections)} sections, {len(proposal.parsed.citations)} "
            f"citations, {len(proposal.parsed.commitments)} commitment candidates, "
            f"{len(proposal.matches)} fulfilment statements"
        )
        for candidate in proposal.parsed.commitments:
            self.log.write(f"    candidate: {candidate.sentence[:120]}")
        for match in proposal.matches:
            self.log.write(f"    fulfilment → {match.key} (score {match.score:.2f})")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, default=str)
