"""sync: the run over pages, positions kept in SyncState, and the command over real HTTP."""

import http.server
import threading
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from django.core.management import CommandError, call_command

from commitments.importers.opendata import FeedClient, OpenDataSync
from commitments.importers.opendata.apply.commitments import CommitmentPage
from commitments.models import Commitment, Debate, SyncState

from .feeds import (
    BASE,
    E,
    Status,
    atom_handler,
    call_command_output,
    dump_register,
    odata_handler,
    payload,
    run_odata,
)

pytestmark = pytest.mark.django_db


def test_second_run_changes_nothing(seed):
    run_odata(odata_handler([]))
    before = dump_register()
    requests = []
    second = run_odata(odata_handler(requests))
    assert dump_register() == before
    stats = second.stats.as_dict()
    assert (stats["created"], stats["updated"], stats["errors"]) == (0, 0, 0)
    # Incremental: the second run asks only for what changed since the stored position.
    assert "ApiGewijzigdOp ge 2025-02-21T11:00:05Z" in requests[1].url.params["$filter"]


def test_a_crash_mid_page_leaves_that_page_unwritten_and_the_position_unchanged(seed, monkeypatch):
    original = CommitmentPage.write_children
    calls = {"n": 0}

    def crash_on_second_page(self):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        original(self)

    monkeypatch.setattr(CommitmentPage, "write_children", crash_on_second_page)
    sync = run_odata(odata_handler([]), entities=["Toezegging"])
    assert sync.failed
    assert "disk full" in sync.stats.errors[-1]
    assert set(Commitment.objects.exclude(tk_id=None).values_list("number", flat=True)) == {
        "TZ202412-116",
        "TZ202412-117",
        "TZ202501-001",
    }
    position = SyncState.objects.get(feed="odata:Toezegging").position
    assert position == "2025-02-11T07:00:03Z"  # end of page 1

    monkeypatch.setattr(CommitmentPage, "write_children", original)
    requests = []
    resumed = run_odata(odata_handler(requests), entities=["Toezegging"])
    assert "ge 2025-02-11T07:00:03Z" in requests[0].url.params["$filter"]
    assert not resumed.failed
    assert Commitment.objects.filter(tk_id=E).exists()


def test_atom_sync_follows_skiptokens_and_unpublishes_tombstones(seed):
    requests = []
    client = FeedClient(transport=httpx.MockTransport(atom_handler(requests)), sleep=lambda s: 0)
    sync = OpenDataSync(client=client, base_url=BASE, fmt="atom")
    sync.run_feed("Toezegging")

    first = Commitment.objects.get(number="TZ202501-050")
    assert first.debate.tk_number == "2025A00123"
    assert first.debate.kind == Debate.Kind.PLENAIR_DEBAT
    assert first.fulfilled_by.get().identifier == "2024D50159"
    assert first.tk_unresolved == "2025D09999"
    assert not first.is_published  # its tombstone came on page 2
    second = Commitment.objects.get(number="TZ202502-001")
    assert second.status == Status.FULFILLED  # "Voldaan"
    assert second.ministry.slug == "buitenlandse-zaken"
    assert second.links_from.get().to_commitment == first
    assert SyncState.objects.get(feed="atom:Toezegging").position == "1004"
    assert [r.url.params.get("skiptoken") for r in requests] == [None, "1002"]

    requests.clear()
    again = OpenDataSync(client=client, base_url=BASE, fmt="atom")
    again.run_feed("Toezegging")
    assert requests[0].url.params["skiptoken"] == "1004"
    assert again.stats.as_dict()["created"] == 0


def test_a_page_that_keeps_failing_leaves_the_position_unchanged(seed):
    run_odata(odata_handler([]), entities=["Toezegging"])
    state_before = SyncState.objects.get(feed="odata:Toezegging").position
    sleeps = []
    client = FeedClient(
        transport=httpx.MockTransport(lambda request: httpx.Response(500)),
        sleep=sleeps.append,
        retries=3,
    )
    sync = OpenDataSync(client=client, base_url=BASE, fmt="odata")
    sync.run_feed("Toezegging")
    assert sync.failed
    assert len(sleeps) == 3
    assert SyncState.objects.get(feed="odata:Toezegging").position == state_before


@pytest.fixture
def feed_server():
    """A local SyncFeed: /SyncFeed/2.0/Feed serves page 1, then page 2 for skiptoken 1002."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            token = parse_qs(urlparse(self.path).query).get("skiptoken", [None])[0]
            name = {None: "atom_page1.xml", "1002": "atom_page2.xml"}.get(token)
            body = payload(name) if name else '<feed xmlns="http://www.w3.org/2005/Atom"/>'
            body = body.replace(BASE, f"http://127.0.0.1:{self.server.server_port}")
            self.send_response(200)
            self.send_header("Content-Type", "application/atom+xml")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_sync_command_end_to_end_over_http(seed, feed_server):
    out = call_command_output("sync_tweedekamer", base_url=feed_server, fmt="atom")
    assert "atom:Toezegging page 1: 2 records" in out
    assert out.strip().splitlines()[-1] == (
        "Sync finished: created 3, updated 1, unchanged 0, unpublished 1, conflicts 0, "
        "unknown values 0, unresolved 1, errors 0."
    )
    out = call_command_output("sync_tweedekamer", base_url=feed_server, fmt="atom")
    assert "created 0, updated 0" in out


def test_since_must_be_a_date():
    with pytest.raises(CommandError):
        call_command("sync_tweedekamer", "--since", "gisteren")


@pytest.mark.parametrize("size", [0, -5, 100_000])
def test_page_size_out_of_range_is_a_clear_error(db, size):
    with pytest.raises(CommandError, match="--page-size"):
        call_command("sync_tweedekamer", page_size=size, verbosity=0)
