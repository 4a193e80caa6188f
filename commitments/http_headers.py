"""Caching and rate-limit headers every public answer carries.

``Cache-Control`` is explicit on every answer: anonymous reads may be kept briefly by
browsers and proxies (the register changes a few times an hour, mirrors use the changes
feed), anything for a signed-in user or an API token is ``private, no-store``. Validators
come from the body (``ETag``, Django's ``ConditionalGetMiddleware`` for lists and pages, the
API's detail views set their own), never from ``updated_at``: a related row that is hidden
changes the body without moving any date.
"""

import time

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

# Statuses an anonymous reader may keep: a page, a redirect, a "not modified", a 404.
KEEPABLE = {200, 301, 304, 404}


def is_authenticated_request(request) -> bool:
    if "HTTP_AUTHORIZATION" in request.META:
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        user = getattr(request, "user", None)
        return bool(user and user.is_authenticated)
    return False


class CacheControlMiddleware:
    """Adds ``Cache-Control`` where the view set none (the admin's ``never_cache`` stays)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith("/api/"):
            # A shared cache must not hand an anonymous answer to a clerk's token, or back.
            patch_vary_headers(response, ["Authorization"])
        if response.has_header("Cache-Control"):
            return response
        if is_authenticated_request(request):
            patch_cache_control(response, private=True, no_store=True)
        elif request.method in ("GET", "HEAD") and response.status_code in KEEPABLE:
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_MAX_AGE)
        else:
            patch_cache_control(response, no_store=True)
        return response


def add_rate_limit_headers(view, request, response) -> None:
    """``RateLimit-Limit`` / ``-Remaining`` / ``-Reset`` (IETF draft names) from the view's
    own throttles, the tightest one wins. A throttle that counted this request (the view's
    ``CountedThrottlesMixin``) already holds what it counted, this request included; any
    other is read back from the cache it counts in."""
    tightest = None
    for throttle in view.get_throttles():
        if not hasattr(throttle, "get_cache_key") or throttle.rate is None:
            continue
        key = throttle.get_cache_key(request, view)
        if key is None:  # this throttle does not apply (an authenticated user, say)
            continue
        now = time.time()
        count, oldest = _window(throttle, request, view, key, now)
        remaining = max(throttle.num_requests - count, 0)
        reset = int(oldest + throttle.duration - now) + 1 if count else 0
        if tightest is None or remaining < tightest[1]:
            tightest = (throttle.num_requests, remaining, max(reset, 0))
    if tightest is not None:
        limit, remaining, reset = tightest
        response["RateLimit-Limit"] = str(limit)
        response["RateLimit-Remaining"] = str(remaining)
        response["RateLimit-Reset"] = str(reset)


def _window(throttle, request, view, key, now):
    """(moments in the throttle's window, the oldest): from the script that counted the
    request on Redis (``AnonThrottle.read_window``), else from DRF's history."""
    read_window = getattr(throttle, "read_window", None)
    window = read_window(request, view, now) if read_window is not None else None
    if window is not None:
        return window
    if getattr(throttle, "key", None) == key and isinstance(
        getattr(throttle, "history", None), list
    ):
        history = throttle.history
    else:
        history = throttle.cache.get(key, [])
    history = [moment for moment in history if moment > now - throttle.duration]
    return len(history), (history[-1] if history else None)


class CountedThrottlesMixin:
    """For DRF views: the throttles that counted the request are the ones its rate-limit
    headers read (``add_rate_limit_headers``), so the history is not fetched twice."""

    def get_throttles(self):
        throttles = self.__dict__.get("_counted_throttles")
        if throttles is None:
            throttles = self._counted_throttles = super().get_throttles()
        return throttles
