"""Count what a sync did: created, updated, unchanged, unpublished, conflicts, errors.

Input: the outcome of each record as ``apply`` writes it, per page; output: one page's or one
run's totals, as a dict (stored in ``SyncState.last_stats``) and as the one-line summary the
command prints. ``sync`` merges the pages' counts into the run's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class SyncStats:
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    records: int = 0

    def count(self, entity: str, outcome: str, n: int = 1) -> None:
        self.counts[(entity, outcome)] += n

    def total(self, outcome: str) -> int:
        return sum(n for (_, name), n in self.counts.items() if name == outcome)

    def error(self, entity: str, ident: str, message: str) -> None:
        self.errors.append(f"{entity} {ident}: {message}")

    def warn(self, entity: str, ident: str, message: str) -> None:
        self.warnings.append(f"{entity} {ident}: {message}")

    def merge(self, other: SyncStats) -> None:
        self.counts.update(other.counts)
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)
        self.pages += other.pages
        self.records += other.records

    def as_dict(self) -> dict:
        outcomes = ("created", "updated", "unchanged", "unpublished", "conflicts")
        result = {name: self.total(name) for name in outcomes}
        result.update(
            unknown=self.total("unknown"),
            unresolved=self.total("unresolved"),
            errors=len(self.errors),
            pages=self.pages,
            records=self.records,
        )
        return result

    def summary(self) -> str:
        d = self.as_dict()
        return (
            f"created {d['created']}, updated {d['updated']}, unchanged {d['unchanged']}, "
            f"unpublished {d['unpublished']}, conflicts {d['conflicts']}, "
            f"unknown values {d['unknown']}, unresolved {d['unresolved']}, errors {d['errors']}"
        )
