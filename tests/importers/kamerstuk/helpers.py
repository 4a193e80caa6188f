"""Shared by the tests of the Kamerstuk text core: the seeds, the labelled set, parse caches.

No database, no Django settings: the text core is pure Python.
"""

import json
import re
from functools import cache
from pathlib import Path

from commitments.importers.kamerstuk import decode, parse
from commitments.importers.kamerstuk.commitments import Context, commitment_candidate

REPO_ROOT = Path(__file__).resolve().parents[3]
EVAL_DIR = REPO_ROOT / "tests" / "importer_eval"
LABELS = EVAL_DIR / "labels.json"

VERSLAG_2024 = "000_750ff7845ea9edf2.txt"
AGENDA_2024 = "001_73620406e9c260d1.txt"
AGENDA_2023 = "002_eafaf4e2d27f033a.txt"
VERSLAG_2023 = "003_4e7bb6f252a40bc4.txt"
AGENDA_2025 = "004_ab4bdc2fddf8fd8b.txt"
SEEDS = (VERSLAG_2024, AGENDA_2024, AGENDA_2023, VERSLAG_2023, AGENDA_2025)


def seed_path(name: str) -> Path:
    """The seed texts are part of the repository (fixtures/kamerstukken/)."""
    return REPO_ROOT / "fixtures" / "kamerstukken" / name


@cache
def seed_text(name: str) -> str:
    return decode(seed_path(name).read_bytes())


@cache
def parsed_seed(name: str):
    return parse(seed_text(name))


@cache
def labels() -> dict:
    return json.loads(LABELS.read_text(encoding="utf-8"))


def eval_entries():
    return [d for d in labels()["documents"] if d["source"] == "eval"]


@cache
def parsed_eval(file: str):
    return parse(decode((EVAL_DIR / file).read_bytes()))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def candidate_containing(parsed, fragment: str):
    matches = [c for c in parsed.commitments if fragment in c.sentence]
    assert matches, f"no commitment candidate contains {fragment!r}"
    return matches[0]


# Short letters around one body or closing, for the rule tests of every batch.
NO_CONTEXT = Context(reference=None, vergaderjaar=None)


def pattern_of(sentence: str, prev: str | None = None) -> str | None:
    candidate = commitment_candidate(sentence, prev, None, NO_CONTEXT)
    return candidate.pattern if candidate else None


def _letter(body: str) -> str:
    return (
        "12 345 Evaluatie van het beleid\n\nNr. 7 BRIEF VAN DE MINISTER VAN FINANCIËN\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 april 2024\n\n"
        f"{body}\n\nDe Minister van Financiën, A.B. Jansen\n"
    )


def fulfilments_of(body: str) -> list[tuple[str, str]]:
    return [(f.pattern, f.sentence) for f in parse(_letter(body)).fulfilments]


def commitments_of(body: str) -> list[str]:
    return [c.sentence for c in parse(_letter(body)).commitments]


def signed_as(closing: str) -> tuple[str | None, str | None]:
    """(sender_function, sender_name) of a short letter that ends with ``closing``."""
    metadata = parse(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 1 september "
        f"2008\n\nIk zal uw Kamer voor 1 november informeren.\n\n{closing}\n"
    ).metadata
    return metadata.sender_function, metadata.sender_name
