"""The parts of ``make bench`` that are not wrk runs, and the table of issue 18's targets.

- ``aggregates``: the aggregate pages in-process without the cache (``aggregates.py``).
- ``writes``: Kamerstuk import and open-data first load on a scratch database holding a
  register of 40,000 commitments (both write, so never on the benchmark database):
  ``manage.py bench_importer`` (a full import, rolled back) and ``manage.py bench_sync``.
- ``report``: every target next to what this run measured, met or missed.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRATCH_COMMITMENTS = 40_000
SYNC_RECORDS = 20_000


def _manage(database_url: str, *args: str) -> str:
    env = {**os.environ, "DATABASE_URL": database_url, "RESPONSE_CACHE_SECONDS": "0"}
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True,
        text=True,
    )  # fmt: skip
    return done.stdout


def _last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


def aggregates(database_url: str, runs: int = 15) -> dict:
    env = {**os.environ, "DATABASE_URL": database_url}
    done = subprocess.run(
        [sys.executable, "tests/benchmarks/aggregates.py", "--runs", str(runs), "--json"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return _last_json(done.stdout)


def writes(database_url: str) -> dict:
    import psycopg

    name = database_url.rsplit("/", 1)[1] + "_writes"
    server = database_url.rsplit("/", 1)[0]
    scratch = f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        _manage(scratch, "migrate", "-v0")
        _manage(
            scratch, "generate_data", "--commitments", str(SCRATCH_COMMITMENTS),
            "--documents", str(SCRATCH_COMMITMENTS // 8), "--seed", "9", "-v0",
        )  # fmt: skip
        with psycopg.connect(scratch, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
        importer = json.loads(_manage(scratch, "bench_importer", "--json"))  # one document
        sync = _last_json(_manage(scratch, "bench_sync", "--records", str(SYNC_RECORDS), "--json"))
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return {
        "register_commitments": SCRATCH_COMMITMENTS,
        "import_docs_per_s": round(importer["import_docs_per_second"], 1),
        "parse_docs_per_s": importer["speed"]["docs_per_second"],
        "documents": importer["documents"],
        **{f"sync_{key}": value for key, value in sync.items()},
    }


def _get(results: dict, *path):
    for key in path:
        if not isinstance(results, dict) or key not in results:
            return None
        results = results[key]
    return results


def targets(results: dict) -> list[dict]:
    """Issue 18's targets (and issue 16's export target) against this run."""
    rows = [
        ("API list uncached, one worker", ("one_worker", "api_list_uncached", "requests_per_s"),
         ">=", 100, "req/s"),
        ("API list uncached p50 / baseline", ("uncached", "api_list_filtered",
         "ratio_p50_to_baseline"), "<=", 3, "x"),
        ("API detail uncached p50 / baseline", ("uncached", "api_detail",
         "ratio_p50_to_baseline"), "<=", 3, "x"),
        *(
            (f"{page} uncached", ("aggregates", page, "ms"), "<", 50, "ms")
            for page in ("home", "API summary", "statistics", "ministry page", "committee page",
                         "sitemap index")
        ),
        ("admin changelist p50, 16 conns", ("cached", "admin_changelist", "p50_ms"), "<", 250,
         "ms"),
        ("API NDJSON export", ("exports", "api_ndjson", "rows_per_s"), ">=", 20_000, "rows/s"),
        ("Kamerstuk import", ("writes", "import_docs_per_s"), ">=", 100, "docs/s"),
        ("open-data first load", ("writes", "sync_first_load_per_s"), ">=", 2_000, "rec/s"),
    ]  # fmt: skip
    checks = {">=": lambda v, t: v >= t, "<=": lambda v, t: v <= t, "<": lambda v, t: v < t}
    out = []
    for name, path, op, target, unit in rows:
        value = _get(results, *path)
        met = None if value is None else checks[op](value, target)
        out.append({"target": name, "measured": value, "goal": f"{op} {target} {unit}", "met": met})
    return out


def report(rows: list[dict]):
    print(f"\n{'target':<38}{'measured':>12}  {'goal':<18}result")
    for row in rows:
        value = row["measured"]
        shown = "-" if value is None else f"{value:,.1f}"
        verdict = {True: "met", False: "MISSED", None: "not measured"}[row["met"]]
        print(f"{row['target']:<38}{shown:>12}  {row['goal']:<18}{verdict}")
