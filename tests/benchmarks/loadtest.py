"""Load and fault test: the production server on loopback under mixed reads and clerk writes.

``make loadtest`` (or ``.venv/bin/python tests/benchmarks/loadtest.py --fault restart``)
starts gunicorn with production settings (Redis response cache on) against the benchmark
database and runs two rounds of ``--duration`` seconds each:

1. **load**: wrk with ``--connections`` connections over public pages and API reads, while
   a clerk system writes new due dates through the API at ``--writes-per-second`` (each
   write raises its commitment's and the lists' cache counters, so every list answer is
   made anew after each write).
2. **fault** (with ``--fault``): the same traffic while PostgreSQL restarts a third of the
   way in (``restart``: ``pg_ctlcluster ... restart``, which ends every session on the
   server), or while every session of the app is terminated every 5 s (``kill``).

Afterwards every read URL must answer 200 from the database again (past the response cache),
without restarting the app. Status codes are counted per class inside wrk (a Lua
``response`` hook) and for the writer; wrk's socket errors (timeouts) are reported apart.
Do not run the restart fault on a machine where others use the same PostgreSQL server.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench  # sibling module: this file runs as a script

LUA = r"""
-- Reads spread over the URLs; counts every answer by status class.
local reads = {READS}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  codes = {}
end

request = function()
  counter = counter + 1
  return wrk.format("GET", reads[counter % #reads + 1])
end

function response(status, headers, body)
  local class = math.floor(status / 100) .. "xx"
  codes[class] = (codes[class] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for class, n in pairs(thread:get("codes")) do
      total[class] = (total[class] or 0) + n
    end
  end
  for class, n in pairs(total) do
    io.write(string.format("status %s %d\n", class, n))
  end
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


class Writer(threading.Thread):
    """A clerk system: new due dates through the API at a steady rate, statuses counted."""

    def __init__(self, base: str, token: str, keys: list[str], per_second: float):
        super().__init__(daemon=True)
        self.base, self.token, self.keys = base, token, keys
        self.interval = 1 / per_second if per_second else None
        self.stop = threading.Event()
        self.codes: Counter = Counter()

    def run(self):
        n = 0
        while self.interval and not self.stop.wait(self.interval):
            n += 1
            key = self.keys[n % len(self.keys)]
            day = f"2031-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
            body = json.dumps({"due_date": day, "note": "loadtest"}).encode()
            request = urllib.request.Request(
                f"{self.base}/api/v1/commitments/{key}/due-date/",
                data=body,
                method="POST",
                headers={
                    "Content-Type": "application/json",
                    "Authorization": f"Token {self.token}",
                },
            )
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    self.codes[f"{response.status // 100}xx"] += 1
            except urllib.error.HTTPError as error:
                self.codes[f"{error.code // 100}xx"] += 1
            except OSError:
                self.codes["socket error"] += 1


def restart_postgres() -> float:
    """Restart the local cluster (every session ends); returns the seconds it took."""
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    started = time.monotonic()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True
    )
    return time.monotonic() - started


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
    """Each URL once from the database. A session cookie (one that names no session, so
    the answer is still the anonymous one) keeps the response cache out; a made-up query
    parameter would not: the app refuses unknown parameters with a 400."""
    statuses = {}
    for url in urls:
        probe = urllib.request.Request(url, headers={"Cookie": "sessionid=recheck"})
        try:
            statuses[url] = urllib.request.urlopen(probe, timeout=30).status
        except urllib.error.HTTPError as error:
            statuses[url] = error.code
        except OSError as error:
            statuses[url] = str(error)
    return statuses


def round_of_traffic(command, writer: Writer, fault=None) -> dict:
    writer.start()
    try:
        wrk = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        fault_info = fault() if fault else None
        output = wrk.communicate()[0]
    finally:
        writer.stop.set()
        writer.join()
    result = bench.parse_wrk(output)
    result["status_classes"] = {
        line.split()[1]: int(line.split()[2])
        for line in output.splitlines()
        if line.startswith("status ")
    }
    result["writes"] = dict(writer.codes)
    if fault_info is not None:
        result["fault"] = fault_info
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--writes-per-second", type=float, default=0.5)
    parser.add_argument("--timeout", default="10s", help="wrk's per-request timeout")
    parser.add_argument("--fault", choices=["restart", "kill"], help="second round with a fault")
    parser.add_argument("--output", default=str(bench.ROOT / "tests/benchmarks/results/load.json"))
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL", bench.DEFAULT_DB)
    bench.ensure_database(database_url)
    bench.django_setup(database_url)
    bench.ensure_data(args.size)
    from django.core.management import call_command
    from django.db import connection

    from commitments.models import Commitment, CommitmentEvent

    call_command("loaddata", "fixtures/seed.json", verbosity=0)
    token = clerk_token()
    key, ministry = bench.sample_keys()
    writable = list(
        Commitment.objects.filter(key__startswith="syn-", status="open", made_on__isnull=False)
        .order_by("id")
        .values_list("key", flat=True)[:50]
    )
    events_before = CommitmentEvent.objects.filter(note="loadtest").count()
    connection.close()  # the restart would end it anyway
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
    lua = Path(tempfile.mkstemp(suffix=".lua")[1])
    lua.write_text(LUA.replace("{READS}", lua_list(reads)))

    env = bench.server_env(database_url, args.workers, 300)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=bench.ROOT, env=env
    )
    port = bench.APP_PORT
    app = bench.start_app(env, port)
    base = f"http://127.0.0.1:{port}"
    results = {
        "size": args.size,
        "connections": args.connections,
        "duration_s": args.duration,
        "writes_per_second": args.writes_per_second,
    }
    command = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--latency"]
    command += ["--timeout", args.timeout, "-s", str(lua), base]
    try:
        writer = Writer(base, token, writable, args.writes_per_second)
        results["load"] = round_of_traffic(command, writer)
        if args.fault:
            writer = Writer(base, token, writable, args.writes_per_second)
            if args.fault == "restart":

                def fault():
                    time.sleep(args.duration / 3)
                    return {"kind": "restart", "restart_seconds": round(restart_postgres(), 2)}
            else:

                def fault():
                    stop = threading.Event()
                    killer = threading.Thread(
                        target=kill_app_connections, args=(database_url, stop)
                    )
                    killer.start()
                    time.sleep(args.duration)
                    stop.set()
                    killer.join()
                    return {"kind": "kill every 5 s"}

            results["fault_round"] = round_of_traffic(command, writer, fault)
            after = check_all([base + path for path in reads])
            results["after_fault"] = after
            results["recovered"] = all(status == 200 for status in after.values())
    finally:
        bench.stop(app)
        lua.unlink()
    connection.close()
    results["events_written"] = (
        CommitmentEvent.objects.filter(note="loadtest").count() - events_before
    )
    print(json.dumps(results, indent=2))
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
