"""Bulk export benchmark: full downloads over HTTP through gunicorn, rows/s and worker memory.

Part of ``run.py`` (``make bench``); alone, against a database that already holds the data:

    BENCH_DATABASE_URL=postgres://…/db .venv/bin/python tests/benchmarks/export.py

One gunicorn worker, so its ``/proc/<pid>/status`` is the one that served the download:
``VmRSS`` before the first export (after a warm-up request) and ``VmHWM`` (the peak) after
each one. With a constant-memory export the peak does not grow with the number of rows.
"""

import argparse
import http.client
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # the benchmark's server helpers

PORT = 8403
EXPORTS = {
    "api_ndjson": "/api/v1/commitments/export.ndjson",
    "api_json": "/api/v1/commitments/export.json",
    "api_csv": "/api/v1/commitments/export.csv",
    "page_csv": "/export/toezeggingen.csv",
    "page_json": "/export/toezeggingen.json",
    "page_ndjson": "/export/toezeggingen.ndjson",
    "page_ics": "/export/termijnen.ics",
}
READ = 1 << 16


def worker_pid(master: int) -> int:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.1)
    raise RuntimeError("gunicorn started no worker")


def cpu_seconds(pid: int) -> float:
    """User plus system time of the process so far (the machine may be shared: rows per
    CPU second of the worker say what the code costs, rows per second what a client got)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_kib(pid: int) -> dict:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:  # the worker was killed (a timeout)
        return {"VmRSS": float("nan"), "VmHWM": float("nan")}
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return {name: int(fields[name].split()[0]) for name in ("VmRSS", "VmHWM")}


def download(url: str) -> dict:
    """Read the whole answer as a client would; rows are its lines (less a CSV header)."""
    started = time.perf_counter()
    size = lines = events = 0
    marker = b"BEGIN:VEVENT"
    tail = last = b""
    complete = True
    with urllib.request.urlopen(url, timeout=600) as response:
        status = response.status
        while True:
            try:
                block = response.read(READ)
            except (http.client.IncompleteRead, ConnectionError):
                complete = False  # the server stopped mid-answer (a killed worker)
                break
            if not block:
                break
            size += len(block)
            lines += block.count(b"\n")
            # The previous block's last bytes, shorter than the marker: each one counted once.
            events += (tail + block).count(marker)
            last = (tail + block)[-64:]
            tail = last[-(len(marker) - 1) :]
    # A JSON export ends with its count: ``], "count": 12345}``.
    end = last.rsplit(b'"count":', 1)
    objects = int(end[1].strip(b"} \n")) if len(end) == 2 else 0
    seconds = time.perf_counter() - started
    return {
        "status": status,
        "complete": complete,
        "bytes": size,
        "lines": lines,
        "events": events,
        "objects": objects,
        "seconds": seconds,
    }


def count_rows(name: str, row: dict) -> int:
    if name.endswith("csv"):
        return row["lines"] - 1  # the header
    if name.endswith("ics"):
        return row["events"]
    return row["lines"] if name.endswith("ndjson") else row["objects"]


def measure_exports(database_url: str, *, timeout=None, only=None, query="") -> dict:
    """Each export once, in full, from a fresh one-worker server (response cache off)."""
    env = run.server_env(database_url, 1, 0)
    if timeout:
        env["GUNICORN_TIMEOUT"] = str(timeout)
    results = {}
    for name, path in EXPORTS.items():
        if only and name not in only:
            continue
        app = run.start_app(env, PORT)
        try:
            pid = worker_pid(app.pid)
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/api/v1/", timeout=30).read()
            before, cpu = memory_kib(pid), cpu_seconds(pid)
            separator = "&" if "?" in path else "?"
            row = download(f"http://127.0.0.1:{PORT}{path}{separator + query if query else ''}")
            after, cpu = memory_kib(pid), cpu_seconds(pid) - cpu
            rows = count_rows(name, row)
            row.update(
                rows=rows,
                rows_per_s=rows / row["seconds"],
                worker_cpu_s=cpu,
                rows_per_cpu_s=rows / cpu if cpu else float("nan"),
                rss_before_mib=before["VmRSS"] / 1024,
                peak_rss_mib=after["VmHWM"] / 1024,
                peak_growth_mib=(after["VmHWM"] - before["VmRSS"]) / 1024,
            )
            results[name] = row
        finally:
            run.stop(app)
    return results


def report(results: dict, public_rows: int | None = None):
    if public_rows is not None:
        print(f"\nbulk exports, {public_rows} public commitments, one worker")
    print(f"{'export':<14}{'rows':>9}{'seconds':>9}{'rows/s':>9}{'/cpu s':>9}{'MB':>8}"
          f"{'RSS MiB':>9}"
          f"{'peak MiB':>10}{'growth':>8}  complete")  # fmt: skip
    for name, row in results.items():
        print(
            f"{name:<14}{row['rows']:>9}{row['seconds']:>9.1f}{row['rows_per_s']:>9.0f}"
            f"{row['rows_per_cpu_s']:>9.0f}{row['bytes'] / 1e6:>8.0f}"
            f"{row['rss_before_mib']:>9.0f}{row['peak_rss_mib']:>10.0f}"
            f"{row['peak_growth_mib']:>8.1f}  {'yes' if row['complete'] else 'NO (cut off)'}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", help="also write the results as JSON here")
    parser.add_argument("--timeout", type=int, help="GUNICORN_TIMEOUT for the server")
    parser.add_argument("--query", default="", help="filter for every export, e.g. status=open")
    parser.add_argument("--only", help="comma-separated export names: " + ", ".join(EXPORTS))
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL", run.DEFAULT_DB)
    run.django_setup(database_url)
    from django.http import QueryDict

    from commitments.filters import CommitmentFilter
    from commitments.models import Commitment

    filtered = CommitmentFilter(QueryDict(args.query), queryset=Commitment.objects.public())
    public_rows = filtered.qs.count()
    collect = run.server_env(database_url, 1, 0)
    command = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"]
    subprocess.run(command, cwd=run.ROOT, env=collect)
    only = set(args.only.split(",")) if args.only else None
    results = measure_exports(database_url, timeout=args.timeout, only=only, query=args.query)
    report(results, public_rows)
    if args.output:
        Path(args.output).write_text(
            json.dumps({"public_rows": public_rows, "exports": results}, indent=2) + "\n"
        )


if __name__ == "__main__":
    main()
