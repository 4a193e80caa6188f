"""In-process timing of the aggregate pages without the response cache.

``python tests/benchmarks/aggregates.py [--runs 20]`` against the database in
``DATABASE_URL``: the median of ``--runs`` requests per URL through Django's test client
(no server, no network), each after one warm-up request, with ``RESPONSE_CACHE_SECONDS=0``
and without the test suite's template instrumentation unless ``--test-env``.
Prints one line per URL (the median time, and the median time its SQL took as the database
driver saw it) and, with ``--json``, the figures as JSON.
"""

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
os.environ["RESPONSE_CACHE_SECONDS"] = "0"


def main():
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import setup_test_environment

    from commitments.models import Committee, Ministry
    from tests.benchmarks.growth import time_requests

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--test-env",
        action="store_true",
        help="Instrument template rendering as the test suite does (each render copies "
        "its context for the test client): slower, and how the first figures were taken.",
    )
    args = parser.parse_args()
    if args.test_env:
        setup_test_environment()
    ministry = Ministry.objects.order_by("pk").first()
    committee = Committee.objects.order_by("pk").first()
    urls = {
        "home": "/",
        "API summary": "/api/v1/summary/",
        "statistics": "/statistieken/",
        "ministry page": f"/ministeries/{ministry.slug}/",
        "committee page": f"/commissies/{committee.slug}/",
        "sitemap index": "/sitemap.xml",
    }
    client = Client(HTTP_HOST="localhost")
    results = {}
    for name, url in urls.items():
        timed = time_requests(client, url, args.runs)
        assert "status" not in timed, (url, timed)
        results[name] = {
            "ms": round(timed["median_ms"], 1),
            "sql_ms": round(timed["sql_ms"], 1),
            "queries": timed["queries"],
        }
        print(
            f"{name:16} {url:45} median {results[name]['ms']:8.1f} ms,"
            f" of it SQL {results[name]['sql_ms']:7.1f} ms ({results[name]['queries']} queries)"
        )
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
