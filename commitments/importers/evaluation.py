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

from .kamerstuk import KamerstukError, ParsedKamerstuk, decode, parse

__all__ = [
    "evaluate",
    "evaluate_folder",
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


# ============================================================================================
# Real texts: a folder with ``labels.json`` in the format of tests/importer_eval/real/README.md
# ============================================================================================

#: The metadata fields of a real-text label; an absent field means "not stated" (null).
REAL_META_FIELDS = (
    "dossier",
    "ondernummer",
    "vergaderjaar",
    "date",
    "sender_name",
    "sender_function",
    "kind",
)


def _alternatives(label: str | list[str]) -> list[str]:
    return [_squash(a) for a in (label if isinstance(label, list) else [label])]


def _score_sentences(labels: list, traps: list, sentences: list[str]) -> dict[str, Any]:
    """A label is found when a returned sentence contains one of its alternatives; a returned
    sentence is correct when it contains an alternative of some label. Every other returned
    sentence is a false positive; ``traps_taken`` are those that contain a trap."""
    squashed = [_squash(s) for s in sentences]
    alternatives = [_alternatives(label) for label in labels]
    missed = [alts[0] for alts in alternatives if not any(a in s for a in alts for s in squashed)]
    correct = [s for s in squashed if any(a in s for alts in alternatives for a in alts)]
    unexpected = [s for s in squashed if s not in correct]
    # a trap spanning two sentences is labelled, like a label, as a list of alternatives
    traps_taken = [
        alts[0] for alts in map(_alternatives, traps) if any(a in s for a in alts for s in squashed)
    ]
    return {
        "labelled": len(labels),
        "found": len(labels) - len(missed),
        "predicted": len(squashed),
        "correct_predictions": len(correct),
        "missed": missed,
        "unexpected": unexpected,
        "traps_taken": traps_taken,
    }


def real_metadata(parsed: ParsedKamerstuk | None) -> dict[str, str | None]:
    """The metadata of a parsed text in the label format ("33000-X", "524", "2018-06-05")."""
    if parsed is None:
        return dict.fromkeys(REAL_META_FIELDS)
    m = parsed.metadata
    return {
        "dossier": f"{m.dossier}-{m.toevoeging}" if m.dossier and m.toevoeging else m.dossier,
        "ondernummer": str(m.ondernummer) if m.ondernummer is not None else None,
        "vergaderjaar": m.vergaderjaar,
        "date": m.date.isoformat() if m.date else None,
        "sender_name": m.sender_name,
        "sender_function": m.sender_function,
        "kind": m.kind,
    }


def score_real_document(parsed: ParsedKamerstuk | None, entry: dict[str, Any]) -> dict[str, Any]:
    """One real text against its label; ``parsed`` is None when the importer refused it."""
    expect_reject = entry.get("expect") == "reject_or_empty"
    commitments = [c.sentence for c in parsed.commitments] if parsed else []
    fulfilments = [f.sentence for f in parsed.fulfilments] if parsed else []
    actual = real_metadata(parsed)
    expected = entry.get("meta", {})
    metadata = {}
    for field_name in REAL_META_FIELDS:
        want, got = expected.get(field_name), actual[field_name]
        metadata[field_name] = {
            "expected": want,
            "actual": got,
            "ok": want == got,
            "invented": want is None and got is not None,
        }
    cited = {c.kst_id.removeprefix("kst-") for c in parsed.citations} if parsed else set()
    wanted = set(entry.get("citations", []))
    return {
        "accepted": parsed is not None,
        "expect": "reject_or_empty" if expect_reject else "accept",
        "accept_ok": (parsed is None) == expect_reject,
        "commitments": _score_sentences(
            entry.get("commitments", []), entry.get("not_commitments", []), commitments
        ),
        "fulfilments": _score_sentences(
            entry.get("fulfilments", []), entry.get("not_fulfilments", []), fulfilments
        ),
        "metadata": metadata,
        "citations": {
            "labelled": len(wanted),
            "found": len(cited & wanted),
            "predicted": len(cited),
            "correct_predictions": len(cited & wanted),
            "missed": sorted(wanted - cited),
            "unexpected": sorted(cited - wanted),
        },
    }


def evaluate_folder(folder: str | Path, labels_file: str = "labels.json") -> dict[str, Any]:
    """Score the parser on a folder of real texts labelled as in its ``labels.json``.

    Precision and recall for commitments and fulfilments (traps taken are false positives),
    metadata accuracy per field (a value where the label has none is *invented*, and wrong),
    citations, and which files were refused.
    """
    folder = Path(folder)
    labels = load_labels(folder / labels_file)
    details = []
    for name, entry in labels.items():
        try:
            parsed = parse(decode((folder / name).read_bytes()))
            refusal = None
        except KamerstukError as error:
            parsed, refusal = None, getattr(error, "code", str(error))
        score = score_real_document(parsed, entry)
        score["file"] = name
        score["refusal"] = refusal
        details.append(score)
    fields = {}
    for field_name in REAL_META_FIELDS:
        rows = [d["metadata"][field_name] for d in details]
        correct = sum(r["ok"] for r in rows)
        fields[field_name] = {
            "correct": correct,
            "total": len(rows),
            "invented": sum(r["invented"] for r in rows),
            "accuracy": round(correct / len(rows), 4) if rows else 1.0,
        }
    correct = sum(f["correct"] for f in fields.values())
    total = sum(f["total"] for f in fields.values())
    return {
        "folder": str(folder),
        "documents": len(details),
        "commitments": {
            **_aggregate(details, "commitments"),
            "traps_taken": sum(len(d["commitments"]["traps_taken"]) for d in details),
        },
        "fulfilments": {
            **_aggregate(details, "fulfilments"),
            "traps_taken": sum(len(d["fulfilments"]["traps_taken"]) for d in details),
        },
        "metadata": {
            "fields": fields,
            "correct": correct,
            "total": total,
            "invented": sum(f["invented"] for f in fields.values()),
            "accuracy": round(correct / total, 4) if total else 1.0,
        },
        "citations": _aggregate(details, "citations"),
        "acceptance": {
            "parliamentary_refused": [
                d["file"] for d in details if d["expect"] == "accept" and not d["accepted"]
            ],
            "non_parliamentary_accepted": [
                d["file"] for d in details if d["expect"] != "accept" and d["accepted"]
            ],
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
