"""Load and fault test: the production server on loopback under mixed reads and clerk writes.

``make loadtest`` (or ``.venv/bin/python tests/benchmarks/loadtest.py``): starts gunicorn with
production settings against the benchmark database, runs wrk with 64 connections for 60 s
on a mix of public pages, API reads and authenticated clerk writes (new due dates through
the API), and reports requests, non-2xx answers and socket errors. With ``--fault`` it then
runs a second round during which every database connection of the app is killed (what a
database restart does to the app), and checks that afterwards every endpoint answers 200
again without restarting the app.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench  # sibling module: this file runs as a script

LUA = r"""
-- Mixed traffic: 90 % reads over several endpoints, 10 % clerk writes with a token.
local reads = {READS}
local writes = {WRITES}
local token = "TOKEN"
local counter = 0
request = function()
  counter = counter + 1
  if counter % 10 == 0 then
    local key = writes[(counter / 10) % #writes + 1]
    local day = string.format("2031-%02d-%02d", (counter % 12) + 1, (counter % 28) + 1)
    local body = '{"due_date": "' .. day .. '", "note": "loadtest"}'
    return wrk.format("POST", "/api/v1/commitments/" .. key .. "/due-date/",
      {["Content-Type"] = "application/json", ["Authorization"] = "Token " .. token}, body)
  end
  return wrk.format("GET", reads[counter % #reads + 1])
end
"""


def lua_list(items):
    return "{" + ", ".join(json.dumps(item) for item in items) + "}"


def clerk_token() -> str:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from rest_framework.authtoken.models import Token

    user, _ = get_user_model().objects.get_or_create(username="loadtest-clerk", is_staff=True)
    user.groups.add(Group.objects.get(name="clerk"))
    return Token.objects.get_or_create(user=user)[0].key


def kill_app_connections(database_url: str, stop: threading.Event, every: float = 5.0):
    """Terminate the app's database sessions repeatedly, as a restart of the database would."""
    import psycopg

    name = database_url.rsplit("/", 1)[1]
    with psycopg.connect(database_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        while not stop.wait(every):
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )


def check_all(urls) -> dict:
    statuses = {}
    for url in urls:
        try:
            statuses[url] = urllib.request.urlopen(url, timeout=10).status
        except urllib.error.HTTPError as error:
            statuses[url] = error.code
        except OSError as error:
            statuses[url] = str(error)
    return statuses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--fault", action="store_true", help="also kill DB sessions mid-load")
    parser.add_argument("--output", default=str(bench.ROOT / "tests/benchmarks/results/load.json"))
    args = parser.parse_args()

    database_url = bench.os.environ.get("BENCH_DATABASE_URL", bench.DEFAULT_DB)
    bench.ensure_database(database_url)
    bench.django_setup(database_url)
    bench.ensure_data(args.size)
    from django.core.management import call_command

    call_command("loaddata", "fixtures/seed.json", verbosity=0)
    token = clerk_token()
    key, ministry = bench.sample_keys()
    from commitments.models import Commitment

    writable = list(
        Commitment.objects.filter(key__startswith="syn-", status="open", made_on__isnull=False)
        .order_by("id")
        .values_list("key", flat=True)[:50]
    )
    reads = [
        "/",
        "/toezeggingen/?status=open",
        f"/toezeggingen/?ministry={ministry}&overdue=true",
        "/toezeggingen/navo-norm-standpunt/",
        "/kamerstukken/kst-28676-474/",
        "/bijeenkomsten/navo-fmm-2024-12/",
        f"/api/v1/commitments/?status=open&ministry={ministry}",
        f"/api/v1/commitments/{key}/",
        "/api/v1/commitments/?q=veiligheidssituatie",
        "/api/v1/summary/",
        "/api/v1/documents/kst-28676-474/",
    ]
    script = LUA.replace("{READS}", lua_list(reads)).replace("{WRITES}", lua_list(writable))
    script = script.replace("TOKEN", token)
    lua = Path(tempfile.mkstemp(suffix=".lua")[1])
    lua.write_text(script)

    env = {
        **bench.os.environ,
        "DATABASE_URL": database_url,
        "TRACKER_ENV": "production",
        "SECRET_KEY": bench.SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "API_ANON_RATE": "100000000/second",
        "GUNICORN_ACCESSLOG": "",
        "WEB_CONCURRENCY": str(args.workers),
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=bench.ROOT, env=env
    )
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    port = bench.APP_PORT
    app = bench.start(
        [gunicorn, "tracker.wsgi:application", "-c", "gunicorn.conf.py",
         "--bind", f"127.0.0.1:{port}"],
        env,
        port,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    results = {"connections": args.connections, "duration_s": args.duration}
    try:
        command = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--latency"]
        command += ["-s", str(lua), base]
        results["load"] = bench.parse_wrk(
            subprocess.run(command, capture_output=True, text=True).stdout
        )
        if args.fault:
            stop = threading.Event()
            killer = threading.Thread(target=kill_app_connections, args=(database_url, stop))
            killer.start()
            try:
                output = subprocess.run(command, capture_output=True, text=True).stdout
            finally:
                stop.set()
                killer.join()
            results["fault"] = bench.parse_wrk(output)
            time.sleep(1)
            after = check_all([base + path for path in reads])
            results["after_fault"] = after
            results["recovered"] = all(status == 200 for status in after.values())
    finally:
        bench.stop(app)
        lua.unlink()
    from django.db import connection

    from commitments.models import CommitmentEvent

    connection.close()  # this script's own session was among those terminated
    results["events_written"] = CommitmentEvent.objects.filter(note="loadtest").count()
    print(json.dumps(results, indent=2))
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
