"""Measure the Kamerstuk text core against a labelled evaluation set.

The labels file (``tests/importer_eval/labels.json``) lists, per text, the expected
metadata, the commitment and fulfilment sentences (each by a distinctive substring),
negative sentences that must not become commitment candidates, sections, citations and
confidential-annex mentions. :func:`evaluate` parses every text and reports precision and
recall, metadata accuracy per field, and parsing speed. No Django.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .kamerstuk import ParsedKamerstuk, decode, parse

__all__ = [
    "evaluate",
    "load_labels",
    "precision_recall",
    "resolve_text",
    "score_document",
]

# The seed Kamerstukken, relative to the repository root.
SEED_DIRECTORIES = ("fixtures/kamerstukken",)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def precision_recall(found: int, labelled: int, correct_predictions: int, predictions: int) -> dict:
    """Precision = correct predictions / predictions; recall = labels found / labels.

    With nothing predicted (or nothing labelled) the corresponding value is 1.0.
    """
    precision = correct_predictions / predictions if predictions else 1.0
    recall = found / labelled if labelled else 1.0
    return {
        "labelled": labelled,
        "found": found,
        "predicted": predictions,
        "correct_predictions": correct_predictions,
        "false_positives": predictions - correct_predictions,
        "false_negatives": labelled - found,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
    }


def load_labels(labels_path: str | Path) -> dict[str, Any]:
    return json.loads(Path(labels_path).read_text(encoding="utf-8"))


def resolve_text(entry: dict[str, Any], labels_dir: Path, repo_root: Path) -> Path:
    """Path of the text a label entry refers to.

    ``source: "seed"`` files are looked up in ``fixtures/kamerstukken/`` (relative to the
    repository root); other entries are relative to the labels file (``texts/<name>``).
    """
    name = entry["file"]
    if entry.get("source") == "seed":
        for directory in SEED_DIRECTORIES:
            candidate = (repo_root / directory / name).resolve()
            if candidate.is_file():
                return candidate
        raise FileNotFoundError(f"seed text {name!r} not found in {SEED_DIRECTORIES}")
    return (labels_dir / name).resolve()


def _match_substrings(labels: Iterable[str], sentences: list[str]) -> tuple[int, int, list, list]:
    """(labels found, sentences matching a label, missed labels, unexpected sentences)."""
    labels = [_squash(label) for label in labels]
    squashed = [_squash(s) for s in sentences]
    missed = [label for label in labels if not any(label in s for s in squashed)]
    unexpected = [s for s in squashed if not any(label in s for label in labels)]
    return len(labels) - len(missed), len(squashed) - len(unexpected), missed, unexpected


def score_document(parsed: ParsedKamerstuk, expected: dict[str, Any]) -> dict[str, Any]:
    """Compare one parsed document with its label entry."""
    commitment_sentences = [c.sentence for c in parsed.commitments]
    c_found, c_correct, c_missed, c_unexpected = _match_substrings(
        expected.get("commitments", []), commitment_sentences
    )
    fulfilment_sentences = [f.sentence for f in parsed.fulfilments]
    f_found, f_correct, f_missed, f_unexpected = _match_substrings(
        expected.get("fulfilments", []), fulfilment_sentences
    )
    negatives_hit = [
        neg
        for neg in expected.get("negatives", [])
        if any(_squash(neg) in _squash(s) for s in commitment_sentences)
    ]
    flat = parsed.metadata.flat()
    metadata = {
        key: {"expected": value, "actual": flat.get(key), "ok": flat.get(key) == value}
        for key, value in expected.get("metadata", {}).items()
    }
    sections = None
    if "sections" in expected:
        actual_sections = [[s.title, s.kind] for s in parsed.sections]
        sections = {
            "expected": expected["sections"],
            "actual": actual_sections,
            "ok": actual_sections == expected["sections"],
        }
    citations = None
    if "citations" in expected:
        actual = {c.kst_id for c in parsed.citations}
        wanted = set(expected["citations"])
        citations = {
            "found": len(actual & wanted),
            "labelled": len(wanted),
            "predicted": len(actual),
        }
    conf_found = sum(
        1
        for label in expected.get("confidential", [])
        if any(_squash(label) in _squash(s) for s in parsed.confidential_mentions)
    )
    return {
        "commitments": {
            "found": c_found,
            "labelled": len(expected.get("commitments", [])),
            "correct_predictions": c_correct,
            "predicted": len(commitment_sentences),
            "missed": c_missed,
            "unexpected": c_unexpected,
            "negatives_hit": negatives_hit,
        },
        "fulfilments": {
            "found": f_found,
            "labelled": len(expected.get("fulfilments", [])),
            "correct_predictions": f_correct,
            "predicted": len(fulfilment_sentences),
            "missed": f_missed,
            "unexpected": f_unexpected,
        },
        "metadata": metadata,
        "sections": sections,
        "citations": citations,
        "confidential": {"found": conf_found, "labelled": len(expected.get("confidential", []))},
    }


def _aggregate(scores: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return precision_recall(
        found=sum(s[key]["found"] for s in scores),
        labelled=sum(s[key]["labelled"] for s in scores),
        correct_predictions=sum(s[key]["correct_predictions"] for s in scores),
        predictions=sum(s[key]["predicted"] for s in scores),
    )


def evaluate(
    labels_path: str | Path, *, repeat: int = 5, repo_root: str | Path | None = None
) -> dict[str, Any]:
    """Run the parser over every labelled text and report the numbers.

    ``repeat`` is how often the whole set is parsed to measure documents per second.
    ``repo_root`` defaults to the parent of the ``tests`` directory holding the labels.
    """
    labels_path = Path(labels_path).resolve()
    labels_dir = labels_path.parent
    root = Path(repo_root).resolve() if repo_root else labels_dir.parent.parent
    labels = load_labels(labels_path)

    texts: list[str] = []
    details: list[dict[str, Any]] = []
    for entry in labels["documents"]:
        path = resolve_text(entry, labels_dir, root)
        text = decode(path.read_bytes())
        texts.append(text)
        score = score_document(parse(text), entry)
        score["file"] = entry["file"]
        score["source"] = entry.get("source", "eval")
        details.append(score)

    started = time.perf_counter()
    for _ in range(max(repeat, 1)):
        for text in texts:
            parse(text)
    elapsed = time.perf_counter() - started
    parsed_count = max(repeat, 1) * len(texts)

    by_source: dict[str, dict[str, Any]] = {}
    for source in sorted({d["source"] for d in details}):
        subset = [d for d in details if d["source"] == source]
        by_source[source] = {
            "documents": len(subset),
            "commitments": _aggregate(subset, "commitments"),
            "fulfilments": _aggregate(subset, "fulfilments"),
        }

    field_totals: dict[str, dict[str, int]] = {}
    for d in details:
        for field_name, result in d["metadata"].items():
            totals = field_totals.setdefault(field_name, {"correct": 0, "total": 0})
            totals["total"] += 1
            totals["correct"] += int(result["ok"])
    correct = sum(t["correct"] for t in field_totals.values())
    total = sum(t["total"] for t in field_totals.values())
    section_docs = [d for d in details if d["sections"] is not None]
    citation_docs = [d for d in details if d["citations"] is not None]
    citations = precision_recall(
        found=sum(d["citations"]["found"] for d in citation_docs),
        labelled=sum(d["citations"]["labelled"] for d in citation_docs),
        correct_predictions=sum(d["citations"]["found"] for d in citation_docs),
        predictions=sum(d["citations"]["predicted"] for d in citation_docs),
    )
    return {
        "documents": len(details),
        "commitments": {
            **_aggregate(details, "commitments"),
            "negatives_hit": sum(len(d["commitments"]["negatives_hit"]) for d in details),
        },
        "fulfilments": _aggregate(details, "fulfilments"),
        "by_source": by_source,
        "metadata": {
            "fields": {
                name: {**t, "accuracy": round(t["correct"] / t["total"], 4)}
                for name, t in sorted(field_totals.items())
            },
            "correct": correct,
            "total": total,
            "accuracy": round(correct / total, 4) if total else 1.0,
        },
        "sections": {
            "documents": len(section_docs),
            "exact": sum(1 for d in section_docs if d["sections"]["ok"]),
            "accuracy": round(
                sum(1 for d in section_docs if d["sections"]["ok"]) / len(section_docs), 4
            )
            if section_docs
            else 1.0,
        },
        "citations": citations,
        "confidential": {
            "found": sum(d["confidential"]["found"] for d in details),
            "labelled": sum(d["confidential"]["labelled"] for d in details),
        },
        "speed": {
            "documents_parsed": parsed_count,
            "seconds": round(elapsed, 4),
            "docs_per_second": round(parsed_count / elapsed, 1) if elapsed else float("inf"),
        },
        "details": details,
    }


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - convenience CLI
    import sys

    args = sys.argv[1:] if argv is None else argv
    labels = args[0] if args else "tests/importer_eval/labels.json"
    report = evaluate(labels)
    report.pop("details")
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
