"""CPU per uncached API request, in-process: what one worker spends in Python for each.

Not part of the test suite. On a shared machine wall times move with the neighbours' load;
``time.process_time`` counts only this process's CPU, so it is the figure to compare before
and after a change. Per endpoint: warm-up, then ``--samples`` requests through the whole
stack (middleware, DRF, serializers) with the response cache off; prints the median and the
mean CPU ms per request, the wall median, and the queries of one request. ``--profile NAME``
runs cProfile over the requests of one endpoint and prints the top of it.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_100000 \
        .venv/bin/python tests/benchmarks/api_cpu.py --samples 50

Only reads: safe against a benchmark database.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ["RESPONSE_CACHE_SECONDS"] = "0"
    os.environ.setdefault("REDIS_URL", "")
    os.environ["DEBUG"] = "false"
    os.environ["API_ANON_RATE"] = "100000000/second"
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def endpoints() -> dict[str, str]:
    from commitments.models import Commitment, Ministry

    public = Commitment.objects.public()
    key = public.filter(key__startswith="syn-").values_list("key", flat=True).first()
    key = key or public.values_list("key", flat=True).first()
    ministry = Ministry.objects.values_list("slug", flat=True).order_by("slug").first()
    return {
        "list": "/api/v1/commitments/",
        "list_filtered": f"/api/v1/commitments/?status=open&ministry={ministry}",
        "detail": f"/api/v1/commitments/{key}/",
        "search": "/api/v1/commitments/?q=veiligheidssituatie",
        "documents": "/api/v1/documents/",
    }


def measure(client, path: str, samples: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code, response.content[:200])
    cpu, wall = [], []
    for _ in range(samples):
        started_cpu, started = time.process_time(), time.perf_counter()
        client.get(path)
        cpu.append((time.process_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return {
        "cpu_median_ms": statistics.median(cpu),
        "cpu_mean_ms": statistics.fmean(cpu),
        "wall_median_ms": statistics.median(wall),
        "queries": len(queries.captured_queries),
        "sql_ms": sum(float(q["time"]) for q in queries.captured_queries) * 1000,
        "bytes": len(response.content),
    }


def profile(client, path: str, samples: int, top: int):
    import cProfile
    import pstats

    client.get(path)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(samples):
        client.get(path)
    profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(top)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--only", nargs="*", help="endpoint names")
    parser.add_argument("--profile", help="cProfile this endpoint instead")
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()
    setup()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT="application/json")
    paths = endpoints()
    if args.profile:
        profile(client, paths[args.profile], args.samples, args.top)
        return
    print(f"load average {os.getloadavg()[0]:.1f}")
    for name, path in paths.items():
        if args.only and name not in args.only:
            continue
        result = measure(client, path, args.samples)
        print(
            f"{name:14} cpu median {result['cpu_median_ms']:6.1f} ms  mean "
            f"{result['cpu_mean_ms']:6.1f} ms  wall median {result['wall_median_ms']:6.1f} ms  "
            f"queries {result['queries']}  {path}"
        )


if __name__ == "__main__":
    main()
