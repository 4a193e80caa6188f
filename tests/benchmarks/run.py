"""Benchmark suite: the production server on loopback under wrk, beside a raw-SQL baseline.

Not part of the test suite (timings are measurements, not assertions). Run with
``make bench`` or ``.venv/bin/python tests/benchmarks/run.py --size 100000``.

Steps: make sure the benchmark database (``BENCH_DATABASE_URL``, PostgreSQL) is migrated and
holds ``--size`` synthetic commitments and documents; start gunicorn with production settings
and the baseline WSGI app on loopback ports; run wrk against each endpoint; measure full-text
search latency inside the database; download every bulk export in full from one worker
(``export.py``); time the aggregate pages in-process, and a Kamerstuk import and an open-data
first load on a scratch register (``targets.py``); print the tables, the last one every
target of issue 18 met or missed, and write a JSON result file.
"""

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/tracker_bench"
DEFAULT_REDIS = "redis://127.0.0.1:6379/1"
SECRET_KEY = "benchmark-only-secret-key-" + "x" * 40
APP_PORT, BASELINE_PORT = 8401, 8402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="commitments and documents")
    parser.add_argument("--duration", type=int, default=10, help="seconds per endpoint")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--output", default=str(ROOT / "tests/benchmarks/results/latest.json"))
    return parser.parse_args()


def django_setup(database_url: str):
    os.environ["DATABASE_URL"] = database_url
    # Same key as the server, so the admin session made here is valid there.
    os.environ["SECRET_KEY"] = SECRET_KEY
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()


def ensure_database(database_url: str):
    import psycopg

    name = database_url.rsplit("/", 1)[1]
    admin_url = database_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def ensure_data(size: int):
    from django.core.management import call_command

    from commitments.models import Commitment

    call_command("migrate", verbosity=0)
    have = Commitment.objects.filter(key__startswith="syn-").count()
    if have < size:
        missing = size - have
        print(f"generating {missing} commitments and documents ...", flush=True)
        started = time.perf_counter()
        call_command(
            "generate_data", commitments=missing, documents=missing, seed=have + 1, verbosity=0
        )
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)
        with __import__("django.db").db.connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def admin_cookie() -> str:
    """A logged-in superuser session, so wrk can load the admin changelist."""
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore

    user, created = get_user_model().objects.get_or_create(
        username="benchmark", defaults={"is_staff": True, "is_superuser": True}
    )
    if created:
        user.set_unusable_password()
        user.save()
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def sample_keys():
    from commitments.models import Commitment, Ministry

    key = Commitment.objects.public().filter(key__startswith="syn-").values_list("key", flat=True)
    ministry = Ministry.objects.filter(slug="buitenlandse-zaken").values_list("slug", flat=True)
    return key.first(), ministry.first() or "buitenlandse-zaken"


def start(command: list[str], env: dict, port: int) -> subprocess.Popen:
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return process
        except urllib.error.HTTPError:
            return process  # the server answers, even if / is not a page of it
        except OSError:
            time.sleep(0.3)
    stop(process)
    raise RuntimeError(f"server on port {port} did not start: {' '.join(command)}")


def stop(process: subprocess.Popen):
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * UNITS[unit]


def wrk(url: str, *, duration: int, connections: int, headers=()) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url]
    for header in headers:
        command += ["-H", header]
    return parse_wrk(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def parse_wrk(output: str) -> dict:
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+(?:us|ms|s))", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": _ms(latency["50"]),
        "p99_ms": _ms(latency["99"]),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def search_latency_in_database(samples: int = 200) -> dict:
    """p50/p95 of the full-text search the list runs, timed inside PostgreSQL.

    Per sample: the planning of the ``EXPLAIN`` with which ``search()`` chooses between
    ranking and newest first, plus planning and execution of the first page of 20
    (``EXPLAIN ANALYZE``). Words from the synthetic vocabulary, hyphenated ones included.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from commitments.models import Document
    from commitments.synthetic import SUBJECTS

    def explained(sql, params=None, *, analyze):
        options = "ANALYZE, FORMAT JSON" if analyze else "SUMMARY, FORMAT JSON"
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN ({options}) {sql}", params)
            plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan
        return plan[0]

    words = [w for subject in SUBJECTS for w in subject.split() if len(w) > 5]
    timings, ranked = [], 0
    for i in range(samples):
        with CaptureQueriesContext(connection) as decided:
            query = Document.objects.public().search(words[i % len(words)])[:20]
        elapsed = 0.0
        for captured in decided.captured_queries:  # the EXPLAIN (FORMAT JSON) of the choice
            sql = captured["sql"].removeprefix("EXPLAIN (FORMAT JSON) ")
            elapsed += explained(sql, analyze=False)["Planning Time"]
        sql, params = query.query.sql_with_params()
        plan = explained(sql, params, analyze=True)
        elapsed += plan["Planning Time"] + plan["Execution Time"]
        ranked += "search_rank" in str(query.query.order_by)
        timings.append(elapsed)
    timings.sort()
    return {
        "p50_ms": statistics.median(timings),
        "p95_ms": timings[int(len(timings) * 0.95) - 1],
        "max_ms": timings[-1],
        "samples": samples,
        "ranked_samples": ranked,
    }


def server_env(database_url: str, workers: int, cache_seconds: int) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "TRACKER_ENV": "production",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "API_ANON_RATE": "100000000/second",
        "EXPORT_ANON_RATE": "100000000/second",
        "GUNICORN_ACCESSLOG": "",
        "WEB_CONCURRENCY": str(workers),
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS),
        "CACHE_KEY_PREFIX": "bench",
        "RESPONSE_CACHE_SECONDS": str(cache_seconds),
    }


def start_app(env: dict, port: int) -> subprocess.Popen:
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    command = [gunicorn, "tracker.wsgi:application", "-c", "gunicorn.conf.py",
               "--bind", f"127.0.0.1:{port}"]  # fmt: skip
    return start(command, env, port)


def start_baseline(env: dict, port: int, workers: int) -> subprocess.Popen:
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    command = [gunicorn, "tests.benchmarks.baseline_app:application", "--workers", str(workers),
               "--bind", f"127.0.0.1:{port}"]  # fmt: skip
    return start(command, env, port)


def cache_state(url: str) -> str:
    """What the server says about its response cache for ``url`` (after one warm-up)."""
    urllib.request.urlopen(url, timeout=30).read()
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers.get("X-Cache", "off")


def measure(endpoints: dict, baseline: dict, *, args, cookie: str) -> dict:
    rows = {}
    for name, url in endpoints.items():
        headers = [f"Cookie: {cookie}"] if name == "admin_changelist" else []
        row = wrk(url, duration=args.duration, connections=args.connections, headers=headers)
        row["ratio_p50_to_baseline"] = row["p50_ms"] / baseline["p50_ms"]
        row["cache"] = "bypassed (signed in)" if headers else cache_state(url)
        rows[name] = row
    return rows


def main():
    args = parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk (make bench does this)")
    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)
    ensure_database(database_url)
    django_setup(database_url)
    ensure_data(args.size)
    cookie = admin_cookie()
    key, ministry = sample_keys()

    collect = server_env(database_url, args.workers, 0)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=collect
    )
    paths = {
        "api_list_filtered": f"/api/v1/commitments/?status=open&ministry={ministry}",
        "api_detail": f"/api/v1/commitments/{key}/",
        "public_list_page": f"/toezeggingen/?status=open&ministry={ministry}",
        "search_api": "/api/v1/commitments/?q=veiligheidssituatie",
        "summary": "/api/v1/summary/",
        "admin_changelist": "/admin/commitments/commitment/",
    }
    results = {"size": args.size, "workers": args.workers, "connections": args.connections}
    baseline_path = f"/?status=open&ministry={ministry}"

    # 1. The production setup: anonymous answers from the response cache (Redis).
    # 2. The same server with the response cache off: what a cache miss costs.
    # 3. One worker each, app (cached) and baseline: requests per second per worker.
    servers = [
        ("cached", args.workers, 300),
        ("uncached", args.workers, 0),
    ]
    baseline = start_baseline(collect, BASELINE_PORT, args.workers)
    try:
        results["baseline"] = wrk(
            f"http://127.0.0.1:{BASELINE_PORT}{baseline_path}",
            duration=args.duration,
            connections=args.connections,
        )
        for label, workers, seconds in servers:
            app = start_app(server_env(database_url, workers, seconds), APP_PORT)
            try:
                endpoints = {name: f"http://127.0.0.1:{APP_PORT}{p}" for name, p in paths.items()}
                if label == "uncached":
                    endpoints.pop("admin_changelist")  # signed in: never cached anyway
                results[label] = measure(endpoints, results["baseline"], args=args, cookie=cookie)
            finally:
                stop(app)
    finally:
        stop(baseline)

    per_worker = {}
    one_baseline = start_baseline(collect, BASELINE_PORT, 1)
    one_app = start_app(server_env(database_url, 1, 300), APP_PORT)
    try:
        for name, url in (
            ("baseline", f"http://127.0.0.1:{BASELINE_PORT}{baseline_path}"),
            ("api_list_cached", f"http://127.0.0.1:{APP_PORT}{paths['api_list_filtered']}"),
        ):
            per_worker[name] = wrk(url, duration=args.duration, connections=4)
    finally:
        stop(one_app)
        stop(one_baseline)
    one_uncached = start_app(server_env(database_url, 1, 0), APP_PORT)
    try:
        per_worker["api_list_uncached"] = wrk(
            f"http://127.0.0.1:{APP_PORT}{paths['api_list_filtered']}",
            duration=args.duration,
            connections=4,
        )
    finally:
        stop(one_uncached)
    results["one_worker"] = per_worker
    results["fts_documents_in_db"] = search_latency_in_database()
    # 4. Full bulk exports, one worker: rows/s and its peak memory (tests/benchmarks/export.py).
    import export

    # BENCH_EXPORTS (comma-separated names) keeps a 1M run short: each export is a full download.
    only = [name for name in os.environ.get("BENCH_EXPORTS", "").split(",") if name] or None
    results["exports"] = export.measure_exports(database_url, only=only)
    # Growth: the same endpoints, uncached, at every size given (10k, 100k, 1M databases).
    growth_urls = [u for u in os.environ.get("BENCH_GROWTH_URLS", "").split(",") if u]
    if growth_urls:
        from tests.benchmarks import growth

        results["growth"] = growth.growth(growth_urls)
    # 5. Aggregate pages in-process; import and first sync on a scratch register (they write).
    from tests.benchmarks import targets

    results["aggregates"] = targets.aggregates(database_url)
    if os.environ.get("BENCH_WRITES", "1") != "0":
        results["writes"] = targets.writes(database_url)
    results["targets"] = targets.targets(results)
    report(results)
    export.report(results["exports"], results["size"])
    targets.report(results["targets"])
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n")
    print(f"results written to {output}")


def report(results: dict):
    header = f"{'endpoint':<22}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'x base':>8}{'non2xx':>8}"
    base = results["baseline"]
    print(f"\n{results['size']} rows, {results['workers']} workers, {results['connections']} conns")
    print(header)
    print(f"{'baseline':<22}{base['requests_per_s']:>10.0f}{base['p50_ms']:>10.2f}"
          f"{base['p99_ms']:>10.2f}{1.0:>8.2f}{base['non_2xx']:>8}")  # fmt: skip
    for label in ("cached", "uncached"):
        print(f"-- {label}")
        for name, row in results[label].items():
            print(
                f"{name:<22}{row['requests_per_s']:>10.0f}{row['p50_ms']:>10.2f}"
                f"{row['p99_ms']:>10.2f}{row['ratio_p50_to_baseline']:>8.2f}{row['non_2xx']:>8}"
                f"  {row['cache']}"
            )
    print("-- one worker, 4 connections")
    for name, row in results["one_worker"].items():
        print(
            f"{name:<22}{row['requests_per_s']:>10.0f}{row['p50_ms']:>10.2f}{row['p99_ms']:>10.2f}"
        )
    fts = results["fts_documents_in_db"]
    print(f"full-text search in database: p50 {fts['p50_ms']:.2f} ms, p95 {fts['p95_ms']:.2f} ms")
    if "growth" in results:
        from tests.benchmarks import growth

        growth.report(results["growth"])


if __name__ == "__main__":
    main()
