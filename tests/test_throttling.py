"""The anonymous throttle on Redis (``commitments/throttling.py``): one round trip per
request, and DRF's rule, answers and rate-limit headers, step by step."""

import pytest
import redis
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.test import RequestFactory
from rest_framework.throttling import AnonRateThrottle

from commitments.http_headers import _window
from commitments.throttling import AnonThrottle
from tests.test_response_cache import redis_cache  # noqa: F401 (a fixture)

API = "/api/v1"


class Reference(AnonRateThrottle):
    """DRF's own throttle, on a memory cache: what the Redis script must agree with."""

    rate = "3/minute"
    cache = LocMemCache("throttle-reference", {})


class Scripted(AnonThrottle):
    rate = "3/minute"


def anonymous(address):
    request = RequestFactory().get("/api/v1/ministries/", REMOTE_ADDR=address)
    request.user = AnonymousUser()
    return request


def at(throttle, moment):
    throttle.timer = lambda: moment
    return throttle


@pytest.mark.parametrize("address", ["192.0.2.7", "2001:db8::7"])
def test_the_script_follows_drf_rule_step_by_step(redis_cache, address):  # noqa: F811
    """Allowed or refused, the wait a 429 names and the header's count and oldest moment
    agree with DRF's throttle at every step: filling the rate, refused, a moment leaving
    the window exactly at ``now - duration`` and just after, a long pause."""
    Reference.cache.clear()
    request = anonymous(address)
    moments = [0.0, 1.5, 2.25, 3.0, 30.0, 59.9999, 60.0, 60.0, 61.5, 62.25, 63.0, 300.0, 300.1]
    base = 1_764_000_000.123456
    for step in moments:
        now = base + step
        reference, scripted = at(Reference(), now), at(Scripted(), now)
        allowed = reference.allow_request(request, None)
        assert scripted.allow_request(request, None) is allowed, step
        assert scripted.wait() == reference.wait(), step
        key = reference.get_cache_key(request, None)
        assert _window(scripted, request, None, key, now) == _window(
            reference, request, None, key, now
        ), step
    Reference.cache.clear()


def test_the_api_counts_a_request_in_one_round_trip(client, seed, redis_cache, monkeypatch):  # noqa: F811
    commands = []
    execute = redis.Redis.execute_command

    def counted(self, *args, **options):
        commands.append(args[0])
        return execute(self, *args, **options)

    monkeypatch.setattr(redis.Redis, "execute_command", counted)
    monkeypatch.setattr(AnonRateThrottle, "get_rate", lambda self: "5/minute")
    first = client.get(f"{API}/ministries/")
    # The first use on a Redis that does not know the script yet loads it.
    assert commands[-1] == "EVALSHA" and set(commands) <= {"EVALSHA", "SCRIPT LOAD"}
    commands.clear()
    second = client.get(f"{API}/ministries/")
    third = client.get(f"{API}/ministries/", HTTP_ACCEPT_LANGUAGE="en")
    assert commands == ["EVALSHA", "EVALSHA"]
    assert first["RateLimit-Limit"] == "5"
    remaining = [response["RateLimit-Remaining"] for response in (first, second, third)]
    assert remaining == ["4", "3", "2"]
    assert 0 < int(second["RateLimit-Reset"]) <= 60
    for _ in range(2):
        client.get(f"{API}/ministries/")
    refused = client.get(f"{API}/ministries/")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused["RateLimit-Remaining"] == "0"
    # The moments are a list of their own in Redis, under the cache's prefix.
    raw = cache._cache.get_client(write=True)
    (key,) = raw.keys(f"{redis_cache}:*throttle_anon_127.0.0.1:moments")
    assert raw.type(key) == b"list" and raw.llen(key) == 5
    assert 0 < raw.ttl(key) <= 60


def test_reading_the_window_for_the_headers_does_not_count(redis_cache, monkeypatch):  # noqa: F811
    """A throttle that did not count the request (another instance) reads the window for
    the headers without recording a moment."""
    request = anonymous("192.0.2.8")
    now = 1_764_000_000.5
    for step in (0, 1):
        assert at(Scripted(), now + step).allow_request(request, None)
    onlooker = Scripted()
    assert onlooker.read_window(request, None, now + 2) == (2, now)
    assert Scripted().read_window(request, None, now + 2) == (2, now)
    assert Scripted().read_window(request, None, now + 60) == (1, now + 1)
    assert Scripted().read_window(request, None, now + 61) == (0, None)
