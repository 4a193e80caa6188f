"""client: retries with backoff for 429 and 5xx answers, none for other 4xx."""

import httpx
import pytest

from commitments.importers.opendata import FeedClient, FetchError

from .feeds import BASE

pytestmark = pytest.mark.django_db


def test_server_errors_are_retried_with_backoff_then_succeed():
    answers = iter([httpx.Response(503), httpx.Response(429), httpx.Response(200, text="ok")])
    sleeps = []
    client = FeedClient(
        transport=httpx.MockTransport(lambda request: next(answers)),
        sleep=sleeps.append,
        backoff=0.5,
    )
    assert client.get(f"{BASE}/x") == "ok"
    assert sleeps == [0.5, 1.0]


def test_a_client_error_is_not_retried():
    sleeps = []
    client = FeedClient(
        transport=httpx.MockTransport(lambda request: httpx.Response(404)), sleep=sleeps.append
    )
    with pytest.raises(FetchError, match="HTTP 404"):
        client.get(f"{BASE}/x")
    assert sleeps == []
