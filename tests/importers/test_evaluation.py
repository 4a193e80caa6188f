"""``importers.evaluation``: the report over the labelled set (precision, recall, speed)."""

import json
import re
from functools import cache

from commitments.importers.evaluation import evaluate, evaluate_folder

from .kamerstuk.helpers import EVAL_DIR, LABELS, REPO_ROOT, labels


@cache
def evaluation_report() -> dict:
    return evaluate(LABELS, repeat=3, repo_root=REPO_ROOT)


def test_evaluation_report_recall_on_seeds_and_precision_overall():
    report = evaluation_report()
    assert report["documents"] == len(labels()["documents"])
    assert report["by_source"]["seed"]["commitments"]["recall"] == 1.0
    assert report["by_source"]["seed"]["fulfilments"]["recall"] == 1.0
    assert report["commitments"]["precision"] >= 0.8
    assert report["fulfilments"]["precision"] >= 0.8
    assert report["commitments"]["negatives_hit"] == 0
    assert report["metadata"]["accuracy"] >= 0.9
    assert 0.0 <= report["citations"]["recall"] <= 1.0


def test_evaluation_report_measures_speed():
    speed = evaluation_report()["speed"]
    assert speed["documents_parsed"] == 3 * len(labels()["documents"])
    # Speed is measured, not asserted (a loaded machine made a bound flaky): the figures
    # belong to the benchmarks (bench_importer, docs/performance.md).
    assert speed["docs_per_second"] > 0
    assert speed["seconds"] > 0


# --- real texts (tests/importer_eval/real: development set; heldout: not used for the rules) --


@cache
def real_report(folder: str) -> dict:
    return evaluate_folder(EVAL_DIR / folder)


def test_on_the_development_set_every_label_is_found_and_no_trap_taken():
    report = real_report("real")
    for what in ("commitments", "fulfilments", "citations"):
        assert report[what]["recall"] == 1.0, what
        assert report[what]["precision"] == 1.0, what
    assert report["commitments"]["traps_taken"] == report["fulfilments"]["traps_taken"] == 0
    assert report["metadata"]["correct"] == report["metadata"]["total"] == 7 * 12
    assert report["acceptance"] == {"parliamentary_refused": [], "non_parliamentary_accepted": []}


def test_on_held_out_real_texts_no_trap_is_taken_and_nothing_is_invented():
    # The recall targets are NOT met on the held-out texts with promises in them (h14-h28;
    # the measured figures are in docs/importer.md): this pins what holds, so a change that
    # takes a trap, invents metadata or accepts news fails here.
    report = real_report("heldout")
    assert report["commitments"]["traps_taken"] == report["fulfilments"]["traps_taken"] == 0
    assert report["fulfilments"]["precision"] == 1.0
    assert report["metadata"]["invented"] == 0
    assert report["metadata"]["accuracy"] >= 0.9
    assert report["acceptance"]["non_parliamentary_accepted"] == []


def test_on_the_first_held_out_texts_every_label_is_still_found():
    report = real_report("heldout")
    # h00-h13 only: the file names run on to h100 and beyond, so "h10" is not a prefix test
    first = [d for d in report["details"] if re.match(r"h(0\d|1[0-3])_", d["file"])]
    assert first and all(d["accepted"] for d in first)
    for d in first:
        for what in ("commitments", "fulfilments"):
            assert d[what]["missed"] == d[what]["unexpected"] == [], (d["file"], what)
        assert all(v["ok"] for v in d["metadata"].values()), d["file"]


def _folder(tmp_path, text: str, entry: dict):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "labels.json").write_text(json.dumps({"a.txt": entry}), encoding="utf-8")
    return evaluate_folder(tmp_path)


LETTER = (
    "26 991 Voedselveiligheid\n\nNr. 524 BRIEF VAN DE MINISTER VOOR MEDISCHE ZORG\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 5 juni 2018\n\n"
    "Zodra bekend is wanneer de Commissie haar rapport oplevert, wordt uw Kamer hierover "
    "geïnformeerd. Ik zal uw Kamer voor de zomer informeren over de kosten.\n"
)


def test_the_scorer_counts_alternatives_traps_and_invented_metadata(tmp_path):
    report = _folder(
        tmp_path,
        LETTER,
        {
            "meta": {"dossier": "26991", "ondernummer": "524"},
            "commitments": [["niet in de tekst", "wordt uw Kamer hierover geïnformeerd"]],
            "not_commitments": ["informeren over de kosten"],
        },
    )
    commitments = report["commitments"]
    assert (commitments["found"], commitments["predicted"]) == (1, 2)
    assert commitments["false_positives"] == commitments["traps_taken"] == 1
    fields = report["metadata"]["fields"]
    assert fields["dossier"]["correct"] == fields["ondernummer"]["correct"] == 1
    # the date is stated but the label leaves it out: a value there counts as invented
    assert fields["date"] == {"correct": 0, "total": 1, "invented": 1, "accuracy": 0.0}


def test_a_trap_given_as_alternatives_is_taken_when_either_is_returned(tmp_path):
    report = _folder(
        tmp_path,
        LETTER,
        {"not_commitments": [["niet in de tekst", "informeren over de kosten"]]},
    )
    assert report["commitments"]["traps_taken"] == 1


def test_the_scorer_wants_news_refused(tmp_path):
    news = "Het kabinet zegt dat de minister de Kamer eerst een brief zal schrijven. " * 3
    report = _folder(tmp_path, news, {"expect": "reject_or_empty", "meta": {}})
    assert report["acceptance"]["non_parliamentary_accepted"] == []
    assert report["details"][0]["refusal"] == "not_kamerstuk"
