"""gunicorn settings for `make serve-prod` and the benchmarks; overridable from the environment."""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# Sync workers: the app is database-bound and short requests; one per core plus one.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 10
keepalive = 5
# Recycle workers now and then so a slow leak never takes the service down. Not too often: at
# 5,000 a worker under the load test (~400 req/s each) restarted every ~12 s, each time with a
# cold import and cold caches, which showed in the p99.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    # A streamed export writing for longer than ``timeout`` is not a hung worker: it signs
    # of life per block it writes (tracker/liveness.py); a silent one is still killed.
    from tracker import liveness

    liveness.attach(worker.notify)
