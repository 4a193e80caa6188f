"""Who is asking (behind trusted proxies only) and how often anonymous clients may ask.

One client address for everything that counts per client: the API throttle, the throttle of
exports and feeds, and django-axes' login lockout (``AXES_CLIENT_IP_CALLABLE``). The counts
live in a cache every worker shares (``THROTTLE_CACHE_ALIAS``: Redis when configured, else
a file cache in production), so three gunicorn workers do not allow three times the rate.

On Redis a request is counted in one round trip: a script trims the client's moments,
compares their number with the rate and records this one (``WINDOW_SCRIPT``), where DRF's
throttle reads the pickled history, trims it in Python and writes it back (two round trips
and a pickle of up to the rate's number of moments). Same rule, same answers and headers
(``tests/test_throttling.py`` runs both side by side); other caches keep DRF's own steps.
"""

import functools
import math

from axes.helpers import get_failure_limit
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from rest_framework.throttling import AnonRateThrottle


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' lockout as a page in the admin's negotiated language (429)."""
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "cooloff_hours": settings.AXES_COOLOFF_TIME,
    }
    return render(request, "admin/lockout.html", context, status=429)


def client_ip(request) -> str:
    """The client's address: ``REMOTE_ADDR``, unless ``TRUSTED_PROXY_COUNT`` proxies of our
    own stand in front of the app, each appending the address it was called from to
    ``X-Forwarded-For``. Then the client is the entry that many places from the end; what
    comes before it is whatever the client sent and is ignored. With the default of 0 the
    header is ignored altogether, so a forged one changes nothing.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:
        # Not through all our proxies: nothing in the header can be trusted.
        return remote
    return forwarded[-proxies]


def retry_message(seconds: int) -> str:
    return _("Te veel verzoeken. Probeer het over %(seconds)s seconden opnieuw.") % {
        "seconds": seconds
    }


def retry_seconds(wait: float | None) -> int:
    return max(1, math.ceil(wait or 1))


# DRF's rule on a Redis list of moments, newest first as DRF keeps its history: drop the
# moments at or before now - duration; refuse when as many as the rate remain; else record
# now and keep the list for the duration. ARGV[4] "0" only looks (the rate-limit headers of
# a throttle that did not count this request). Answers {recorded, count, oldest moment}.
WINDOW_SCRIPT = """
local key = KEYS[1]
local now = tonumber(ARGV[1])
local duration = tonumber(ARGV[2])
local oldest = redis.call('LINDEX', key, -1)
while oldest and tonumber(oldest) <= now - duration do
  redis.call('RPOP', key)
  oldest = redis.call('LINDEX', key, -1)
end
local count = redis.call('LLEN', key)
if ARGV[4] == '0' or count >= tonumber(ARGV[3]) then
  return {0, count, oldest or false}
end
redis.call('LPUSH', key, ARGV[1])
redis.call('EXPIRE', key, math.ceil(duration))
if not oldest then oldest = ARGV[1] end
return {1, count + 1, oldest}
"""


def _window_script(cache):
    """The registered script on ``cache``'s Redis client, or None for any other cache."""
    if not isinstance(cache, RedisCache):
        return None
    script = cache.__dict__.get("_throttle_window_script")
    if script is None:
        client = cache._cache.get_client(write=True)
        script = cache._throttle_window_script = client.register_script(WINDOW_SCRIPT)
    return script


class AnonThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, counted per ``client_ip()`` in the shared throttle cache."""

    scope = "anon"
    # (moments in the window, this request's included when recorded; the oldest of them),
    # when counted by ``WINDOW_SCRIPT``; None when DRF's own history holds them.
    window = None

    @property
    def cache(self):
        return caches[settings.THROTTLE_CACHE_ALIAS]

    def get_ident(self, request):
        return client_ip(request)

    def allow_request(self, request, view):
        script = _window_script(self.cache)
        if script is None or self.rate is None:
            return super().allow_request(request, view)
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.now = self.timer()
        recorded = self._run(script, record=True)
        return True if recorded else self.throttle_failure()

    def _run(self, script, *, record):
        # Not DRF's key itself: that one holds a pickled list (a string) where a worker of
        # the previous release counted, and a list command on it would fail.
        key = self.cache.make_and_validate_key(f"{self.key}:moments")
        args = [repr(self.now), self.duration, self.num_requests, "1" if record else "0"]
        recorded, count, oldest = script(keys=[key], args=args)
        self.window = (count, float(oldest) if oldest is not None else None)
        return recorded == 1

    def read_window(self, request, view, now):
        """(moments in the window, the oldest) for the rate-limit headers, without counting."""
        if self.window is not None:
            return self.window
        script = _window_script(self.cache)
        if script is None:
            return None
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return None
        self.now = now
        self._run(script, record=False)
        return self.window

    def wait(self):
        if self.window is None:
            return super().wait()
        count, oldest = self.window
        remaining_duration = self.duration - (self.now - oldest) if count else self.duration
        available_requests = self.num_requests - count + 1
        if available_requests <= 0:
            return None
        return remaining_duration / float(available_requests)


class ExportThrottle(AnonThrottle):
    """Exports and feeds: a whole filtered register per request, so a rate of their own."""

    scope = "export"


def throttled(view):
    """Refuse an anonymous client over ``ExportThrottle``'s rate with a 429 and Retry-After
    (for views outside DRF: exports and feeds). A cached answer is served before this runs
    (the response cache comes first), so only the expensive misses are counted."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        throttle = ExportThrottle()
        if not throttle.allow_request(request, None):
            seconds = retry_seconds(throttle.wait())
            response = HttpResponse(
                retry_message(seconds), status=429, content_type="text/plain; charset=utf-8"
            )
            response["Retry-After"] = str(seconds)
            return response
        return view(request, *args, **kwargs)

    return wrapper
