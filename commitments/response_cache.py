"""Whole-response cache for anonymous reads, invalidated by one register version.

Anonymous readers (the public, journalists, other systems) ask the same questions over and
over; the answer changes only when the register does. So a finished anonymous GET response
is stored together with the *register version* it was made under, a counter in the shared
cache that every change raises; an entry is served only while the counter still has that
value (both are read in one round trip). Raising it makes every stored answer stale at
once: there is no list of keys to purge and no way to forget one. Entries also expire after
``RESPONSE_CACHE_SECONDS`` as a bound on anything that changes data behind Django's back.

What raises the version (see ``connect_signals`` and ``RegisterCacheMiddleware``):
- a save, delete or many-to-many change of any model of this app (except ``NOT_SHOWN``),
  after its transaction commits (a reader in between would otherwise cache the old answer
  under the new version);
- a write request (POST, PUT, PATCH, DELETE) of a signed-in user or valid token that was
  not refused and wrote to a table of this app (an INSERT, UPDATE or DELETE seen by a
  database execute wrapper): that catches queryset updates and bulk inserts that send no
  signal. Nothing else: not OPTIONS, not an anonymous POST, not a made-up
  ``Authorization`` header, not a form page that only asked for more input;
- the bulk paths that bypass model signals call ``bump_register_version()`` themselves
  (open-data sync, synthetic data, restore).

What is never cached: requests with a session cookie or an ``Authorization`` header (a
clerk sees the live register), the admin, non-200 answers, answers that set a cookie (a
CSRF token, a session) or say ``private``/``no-store``/``Vary: *``, streaming answers, and
answers to a query string that no view vetted (``query_params.is_vetted``): one entry per
made-up parameter would let anyone fill the cache.
"""

import contextlib
import hashlib
import time

from django.conf import settings
from django.core.cache import caches
from django.db import connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, get_conditional_response
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_request

from . import query_params

VERSION_KEY = "register:version"
KEY_PREFIX = "register:response"
SAFE_METHODS = {"GET", "HEAD"}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
WRITE_STATEMENTS = ("INSERT", "UPDATE", "DELETE")
APP_TABLE_PREFIX = "commitments_"


def _cache():
    return caches[settings.RESPONSE_CACHE_ALIAS]


def register_version() -> int:
    """The current version; a fresh one (the clock in ns) if the cache lost it."""
    cache = _cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        # A lost counter must never restart at a number whose answers are still stored.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_register_version() -> None:
    """Every stored answer becomes stale at once. Cheap: one increment in the cache."""
    cache = _cache()
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no counter yet, or it was evicted
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def bump_after_commit(using=None, **kwargs) -> None:
    """Signal receiver: raise the version once the change is visible to other readers.

    Outside a transaction ``on_commit`` runs at once; a rolled-back change raises nothing.
    """
    transaction.on_commit(bump_register_version, using=using)


# Models of this app that no public answer shows. A follower's subscription is written by
# anonymous POSTs: letting it raise the version would let anyone empty the cache for
# everybody with a loop of sign-ups.
NOT_SHOWN = {"commitments.subscription"}


def connect_signals(app_config) -> None:
    for model in app_config.get_models():
        if model._meta.label_lower in NOT_SHOWN:
            continue
        uid = f"response-cache-{model._meta.label_lower}"
        post_save.connect(bump_after_commit, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(bump_after_commit, sender=model, dispatch_uid=f"{uid}-delete")
    m2m_changed.connect(bump_after_commit, dispatch_uid="response-cache-m2m")


def is_cacheable_request(request) -> bool:
    if request.method not in SAFE_METHODS:
        return False
    if "HTTP_AUTHORIZATION" in request.META or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not request.path_info.startswith(settings.RESPONSE_CACHE_EXCLUDE_PREFIXES)


def is_cacheable_response(response) -> bool:
    """A 200 that sets no cookie. ``Vary: Cookie`` alone does not stop it: DRF and the
    session middleware add it to every answer, and the cookies an answer can depend on are
    handled already (a session cookie skips the cache, the language is part of the key, and
    using a CSRF token always sets its cookie)."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", ""))}
    if "*" in vary:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return "private" not in cache_control and "no-store" not in cache_control


def may_have_written(request, response) -> bool:
    """A write request by a signed-in user (session, or a token DRF accepted) that was not
    refused. Anonymous or refused requests change nothing, and letting them raise the version
    would let anyone empty the cache for everybody with a loop of bogus requests. A made-up
    ``Authorization`` header counts for nothing: DRF sets ``request.user`` only for a
    token it accepted."""
    if request.method not in WRITE_METHODS or response.status_code >= 400:
        return False
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


class RegisterWrites:
    """Execute wrapper: did this request INSERT, UPDATE or DELETE a row of this app?

    Sessions, admin log entries and django-axes' records are other apps' tables: a login or
    a form page that only asks for input writes those, and the register did not change.
    """

    def __init__(self):
        self.seen = False

    def __call__(self, execute, sql, params, many, context):
        if not self.seen:
            statement = sql.lstrip()[:6].upper()
            self.seen = statement.startswith(WRITE_STATEMENTS) and APP_TABLE_PREFIX in sql
        return execute(sql, params, many, context)


def get_response_watching_writes(get_response, request):
    writes = RegisterWrites()
    with contextlib.ExitStack() as stack:
        for alias in connections:
            stack.enter_context(connections[alias].execute_wrapper(writes))
        response = get_response(request)
    return response, writes.seen


def response_key(request) -> str:
    """Today (overdue depends on it), language, Accept and the absolute URL (the API's
    hyperlinks contain scheme and host). The version is kept in the stored value."""
    parts = [
        timezone.localdate().isoformat(),
        get_language_from_request(request),
        request.META.get("HTTP_ACCEPT", ""),
        request.build_absolute_uri(),
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"{KEY_PREFIX}:{digest}"


class RegisterCacheMiddleware:
    """Serves stored anonymous answers before the rest of the stack runs.

    Placed right after the security and static-file middleware, so a hit costs one cache
    round trip and no database query. Off when ``RESPONSE_CACHE_SECONDS`` is 0; then it
    only raises the version on unsafe requests, so turning it on later starts clean.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.RESPONSE_CACHE_SECONDS
        if request.method in WRITE_METHODS:
            response, wrote = get_response_watching_writes(self.get_response, request)
            if wrote and may_have_written(request, response):
                bump_register_version()
            return response
        if not seconds or not is_cacheable_request(request):
            return self.get_response(request)

        cache = _cache()
        key = response_key(request)
        # One round trip for both: the stored answer carries the version it was made under.
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY)
        if version is None:
            version = register_version()
        stored = found.get(key)
        if stored is not None and stored[0] == version:
            _version, status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "hit"
            # Answer If-None-Match / If-Modified-Since as the view itself would have.
            last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
            conditional = get_conditional_response(
                request, etag=response.get("ETag"), last_modified=last_modified, response=response
            )
            if conditional is not None:
                conditional["X-Cache"] = "hit"
                return conditional
            return response

        response = self.get_response(request)
        # HEAD answers may come without a body; only a GET's is stored (and serves HEAD too).
        if (
            request.method == "GET"
            and is_cacheable_response(response)
            and query_params.is_vetted(request, response)
        ):
            # Rate-limit headers are the first caller's count, not the next one's.
            headers = [
                (name, value)
                for name, value in response.items()
                if not name.lower().startswith("ratelimit-")
            ]
            # Stored with the version read *before* the answer was made: if a change
            # committed meanwhile, the version has moved on and this entry is never served.
            cache.set(key, (version, response.status_code, headers, response.content), seconds)
            response["X-Cache"] = "miss"
        return response
