"""The portal stand-in (tests/data/opendata_real/server.py) served from a thread on a free port.

``portal`` (a fixture in conftest) gives each test a freshly reset stand-in: its controls
(``paging``, ``fail``, ``bump``, ``snapshot``, ...) as in the server's docstring, its request
log, and a ``sync()`` helper that runs feeds against it with the real HTTP client.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import httpx

from commitments.importers.opendata import FeedClient, OpenDataSync

SERVER = Path(__file__).parents[2] / "data" / "opendata_real" / "server.py"
# Ids in the v1/v2 payloads (records rebuilt from real ones).
KARREMANS = "ddf96a14-201c-5cb2-8f2c-9865d9b98987"  # TZ202507-003, ToegezegdAan, Openstaand
PTSS = "edec9235-67b3-5e07-8ac1-011999e96130"  # TZ202507-021, changed in v2 (text, Afgedaan)
DELETED_IN_V2 = "ca0b51d1-fc59-583b-9e81-3005e7b43942"  # TZ202507-004, a tombstone in v2
NAIVE_IN_ATOM = PTSS  # in the SyncFeed its tk:bijgewerkt has no offset


def load_server():
    spec = importlib.util.spec_from_file_location("opendata_standin", SERVER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Portal:
    def __init__(self):
        self.module = load_server()
        self.defaults = copy.deepcopy(self.module.STATE)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.module.Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def reset(self) -> None:
        m = self.module
        with m.LOCK:
            m.STATE.clear()
            m.STATE.update(copy.deepcopy(self.defaults))
            m.CACHE.clear()
            m.LOG.clear()
            m.HITS.clear()

    def control(self, **settings) -> dict:
        return httpx.get(f"{self.url}/_control", params=settings).json()

    def log(self) -> list[dict]:
        return json.loads(httpx.get(f"{self.url}/_log").text)

    def wait_for(self, seen, seconds: float = 30.0) -> None:
        """Until the server has logged a matching request (a handler still running)."""
        import time

        give_up = time.monotonic() + seconds
        while not any(seen(entry) for entry in self.log()):
            if time.monotonic() > give_up:
                raise AssertionError("the stand-in never logged the request")
            time.sleep(0.2)

    def feed_requests(self) -> list[str]:
        return [e["path"] for e in self.log() if not e["path"].startswith("/_")]

    def records(self, entity: str = "Toezegging") -> list[dict]:
        return self.module.load_odata(self.module.STATE["snapshot"], entity)

    def client(self, **kwargs) -> FeedClient:
        kwargs.setdefault("sleep", lambda seconds: None)
        kwargs.setdefault("timeout", 10.0)
        return FeedClient(**kwargs)

    def sync(self, *entities: str, fmt: str = "odata", client=None, **kwargs) -> OpenDataSync:
        sync = OpenDataSync(client=client or self.client(), base_url=self.url, fmt=fmt, **kwargs)
        for entity in entities or ("Toezegging",):
            sync.run_feed(entity)
            if sync.failed:
                break
        sync.client.close()
        return sync

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
