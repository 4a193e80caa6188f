"""How each endpoint grows with the register: the same requests at several sizes, uncached.

Not part of the test suite. Each database URL (one per size, PostgreSQL, filled with
``generate_data``) is measured in its own process, so Django connects to one database per
run. Per endpoint: one warm-up, then the median and the worst of ``--samples`` in-process
requests through the whole stack (middleware, views, templates, serializers) with the
response cache off, and the number of queries. The growth factor is the largest size's
median over the smallest's: about 1 for what reads an index or a summary, about the size
ratio for what scans the table.

    .venv/bin/python tests/benchmarks/growth.py \
        postgres://postgres@127.0.0.1:5432/bench_10000 \
        postgres://postgres@127.0.0.1:5432/tracker_bench
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def endpoints(key: str, ministry: str, committee: str) -> dict[str, str]:
    return {
        "api_list_filtered": f"/api/v1/commitments/?status=open&ministry={ministry}",
        "api_detail": f"/api/v1/commitments/{key}/",
        "api_search": "/api/v1/commitments/?q=veiligheidssituatie",
        "api_summary": "/api/v1/summary/",
        "list_page": f"/toezeggingen/?status=open&ministry={ministry}",
        "commitment_page": f"/toezeggingen/{key}/",
        "home": "/",
        "statistics": "/statistieken/",
        "ministry_page": f"/ministeries/{ministry}/",
        "committee_page": f"/commissies/{committee}/",
        "sitemap_index": "/sitemap.xml",
    }


def time_requests(client, path: str, samples: int) -> dict:
    """One warm-up, then ``samples`` requests of ``path``: median and worst time, the median
    time of their SQL as the driver saw it, and the number of queries of one request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(path)  # warm-up: connection, caches of compiled templates
    if response.status_code != 200:
        return {"status": response.status_code}
    timings, sql = [], []
    for _ in range(samples):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(path)
            if getattr(response, "streaming", False):
                b"".join(response.streaming_content)
            timings.append((time.perf_counter() - started) * 1000)
        sql.append(sum(float(q["time"]) for q in queries.captured_queries) * 1000)
    return {
        "median_ms": statistics.median(timings),
        "max_ms": max(timings),
        "sql_ms": statistics.median(sql),
        "queries": len(queries.captured_queries),
    }


def measure_one(samples: int) -> dict:
    """Runs inside the child process, already pointed at one database."""
    import django

    django.setup()
    from django.test import Client

    from commitments.models import Commitment, Committee, Ministry

    public = Commitment.objects.public()
    key = public.filter(key__startswith="syn-").values_list("key", flat=True).first()
    ministry = Ministry.objects.values_list("slug", flat=True).order_by("slug").first()
    committee = Committee.objects.values_list("slug", flat=True).order_by("slug").first()
    client = Client(HTTP_HOST="127.0.0.1")
    return {
        "size": Commitment.objects.count(),
        "endpoints": {
            name: time_requests(client, path, samples)
            for name, path in endpoints(key, ministry, committee).items()
        },
    }


def run_size(database_url: str, samples: int) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "RESPONSE_CACHE_SECONDS": "0",
        "REDIS_URL": "",
        "DEBUG": "false",
        "API_ANON_RATE": "100000000/second",
        "EXPORT_ANON_RATE": "100000000/second",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    code = (
        f"import json, sys; sys.path.insert(0, {str(ROOT)!r}); "
        "from tests.benchmarks.growth import measure_one; "
        f"print(json.dumps(measure_one({samples})))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def growth(database_urls: list[str], samples: int = 10) -> dict:
    runs = sorted((run_size(url, samples) for url in database_urls), key=lambda r: r["size"])
    table = {}
    for name in runs[0]["endpoints"]:
        cells = [run["endpoints"].get(name, {}) for run in runs]
        first, last = cells[0].get("median_ms"), cells[-1].get("median_ms")
        table[name] = {
            "by_size": {run["size"]: cell for run, cell in zip(runs, cells, strict=True)},
            "growth": (last / first) if first and last else None,
        }
    return {"sizes": [run["size"] for run in runs], "samples": samples, "endpoints": table}


def report(result: dict):
    sizes = result["sizes"]
    print(f"\ngrowth, uncached in-process median ms ({result['samples']} samples)")
    print(f"{'endpoint':<20}" + "".join(f"{size:>12,}" for size in sizes) + f"{'growth':>9}")
    for name, row in result["endpoints"].items():
        cells = "".join(
            f"{row['by_size'][size].get('median_ms', float('nan')):>12.1f}" for size in sizes
        )
        factor = f"{row['growth']:>8.1f}x" if row["growth"] else f"{'-':>9}"
        print(f"{name:<20}{cells}{factor}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_urls", nargs="+", help="one PostgreSQL URL per size")
    parser.add_argument("--samples", type=int, default=10)
    parser.add_argument("--output", help="write the result as JSON here")
    args = parser.parse_args()
    result = growth(args.database_urls, args.samples)
    report(result)
    if args.output:
        Path(args.output).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
