"""Who is asking (behind trusted proxies only) and how often anonymous clients may ask.

One client address for everything that counts per client: the API throttle, the throttle of
exports and feeds, and django-axes' login lockout (``AXES_CLIENT_IP_CALLABLE``). The counts
live in a cache every worker shares (``THROTTLE_CACHE_ALIAS``: Redis when configured, else
a file cache in production), so three gunicorn workers do not allow three times the rate.
"""

import functools
import math

from axes.helpers import get_failure_limit
from django.conf import settings
from django.core.cache import caches
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


class AnonThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, counted per ``client_ip()`` in the shared throttle cache."""

    scope = "anon"

    @property
    def cache(self):
        return caches[settings.THROTTLE_CACHE_ALIAS]

    def get_ident(self, request):
        return client_ip(request)


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
