"""CPU per admin changelist request, in-process: what one worker spends for each page.

Not part of the test suite. ``time.process_time`` counts only this process, so on a shared
machine it is the figure to compare before and after a change (wall times move with the
neighbours' load). A superuser ``benchmark`` is created if missing and signed in through
the test client, so the database must be one you may write to (a copy of a benchmark
database, not the benchmark database itself). Per URL: warm-up, then ``--samples`` requests
through the whole stack (middleware, admin, templates); prints the CPU and wall medians and
the queries of one request. ``--profile NAME`` runs cProfile over one URL's requests.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<your copy> \
        .venv/bin/python tests/benchmarks/admin_cpu.py --samples 30

``ADMIN_CPU_READONLY=1`` calls the views directly instead, as an unsaved superuser and
without the middleware (``ReadOnlyClient``): nothing is written, so it runs against a
benchmark database itself.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_cpu import measure  # noqa: E402  (one way to time a request, for both)


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ["RESPONSE_CACHE_SECONDS"] = "0"
    os.environ["REDIS_URL"] = ""
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


URLS = {
    "changelist": "/admin/commitments/commitment/",
    "filtered": "/admin/commitments/commitment/?status__exact=open&overdue=yes",
    "search": "/admin/commitments/commitment/?q=veiligheidssituatie",
    "sorted": "/admin/commitments/commitment/?o=4",
    "documents": "/admin/commitments/document/",
    # What any admin page costs: a changelist of a dozen rows without filters.
    "ministries": "/admin/commitments/ministry/",
}


class ReadOnlyClient:
    """Calls the admin's views directly as an unsaved superuser, without the middleware
    (no session, no login, nothing written): for a benchmark database, which is read-only.
    The figures leave out the middleware's few milliseconds."""

    def __init__(self):
        from django.contrib.auth import get_user_model
        from django.test import RequestFactory

        self.factory = RequestFactory(HTTP_HOST="127.0.0.1")
        self.user = get_user_model()(
            id=0, username="benchmark", is_staff=True, is_superuser=True, is_active=True
        )

    def get(self, path):
        from django.urls import resolve

        request = self.factory.get(path)
        request.user = self.user
        match = resolve(request.path_info)
        response = match.func(request, *match.args, **match.kwargs)
        if hasattr(response, "render"):
            response.render()
        return response


def client():
    from django.contrib.auth import get_user_model
    from django.test import Client

    if os.environ.get("ADMIN_CPU_READONLY"):
        return ReadOnlyClient()

    user, created = get_user_model().objects.get_or_create(
        username="benchmark", defaults={"is_staff": True, "is_superuser": True}
    )
    if created:
        user.set_unusable_password()
        user.save()
    result = Client(HTTP_HOST="127.0.0.1")
    result.force_login(user)
    return result


def profile(client, path: str, samples: int, top: int, sort: str):
    import cProfile
    import pstats

    client.get(path)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(samples):
        client.get(path)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(sort).print_stats(top)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--only", nargs="*", help="URL names")
    parser.add_argument("--profile", help="cProfile this URL instead")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--queries", action="store_true", help="print one request's SQL")
    args = parser.parse_args()
    setup()
    signed_in = client()
    if args.profile:
        profile(signed_in, URLS[args.profile], args.samples, args.top, args.sort)
        return
    if args.queries:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        for name in args.only or URLS:
            signed_in.get(URLS[name])
            with CaptureQueriesContext(connection) as queries:
                signed_in.get(URLS[name])
            print(f"== {name}")
            for query in queries.captured_queries:
                print(f"{float(query['time']) * 1000:7.1f} ms  {query['sql'][:400]}")
        return
    print(f"load average {os.getloadavg()[0]:.1f}")
    for name, path in URLS.items():
        if args.only and name not in args.only:
            continue
        result = measure(signed_in, path, args.samples)
        print(
            f"{name:11} cpu median {result['cpu_median_ms']:6.1f} ms  wall median "
            f"{result['wall_median_ms']:6.1f} ms  queries {result['queries']} "
            f"(sql {result['sql_ms']:.1f} ms)  {result['bytes']} B  {path}"
        )


if __name__ == "__main__":
    main()
