"""Whole-response cache for anonymous reads, invalidated by versioned counters.

Anonymous readers (the public, journalists, other systems) ask the same questions over and
over; the answer changes only when the register does. So a finished anonymous GET response
is stored together with the *register version* it was made under, a counter in the shared
cache that every change raises; an entry is served only while the counter still has that
value (both are read in one round trip). Raising it makes every stored answer stale at
once: there is no list of keys to purge and no way to forget one. Two narrower counters sit
under it: the lists' (every answer but one commitment's detail) and one per commitment (its
page and API detail); a change of one commitment's rows raises only its own and the lists'
(``SCOPED``, ``commitment_keys``), so the other commitments' details stay cached. Entries
also expire after ``RESPONSE_CACHE_SECONDS`` as a bound on anything that changes data
behind Django's back.

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
import functools
import hashlib
import re
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django.db import connections, transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse, QueryDict
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import cc_delim_re, get_conditional_response
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_path, get_language_from_request
from rest_framework.exceptions import NotAcceptable
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.settings import api_settings

from . import query_params
from .middleware import NEGOTIATED_PREFIXES

VERSION_KEY = "register:version"
# Raised by a change of one commitment: every answer that is not one commitment's detail.
LISTS_KEY = "register:lists"
# One commitment's detail (its page and its API detail), by key.
COMMITMENT_KEY = "register:commitment:{}"
KEY_PREFIX = "register:response"
SAFE_METHODS = {"GET", "HEAD"}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
WRITE_STATEMENTS = ("INSERT", "UPDATE", "DELETE")
APP_TABLE_PREFIX = "commitments_"


def _cache():
    return caches[settings.RESPONSE_CACHE_ALIAS]


def _version(key) -> int:
    """A counter's value; a fresh one (the clock in ns) if the cache lost it."""
    cache = _cache()
    version = cache.get(key)
    if version is None:
        # A lost counter must never restart at a number whose answers are still stored.
        cache.add(key, time.time_ns(), timeout=None)
        version = cache.get(key)
    return version


def _bump(key) -> None:
    cache = _cache()
    try:
        cache.incr(key)
    except ValueError:  # no counter yet, or it was evicted
        cache.set(key, time.time_ns(), timeout=None)


def register_version() -> int:
    """The version every stored answer depends on."""
    return _version(VERSION_KEY)


def register_state() -> tuple:
    """(register version, lists version): grows (as a tuple) with every change of the
    register, whether it emptied everything or only what one commitment can change."""
    return register_version(), _version(LISTS_KEY)


def bump_register_version() -> None:
    """Every stored answer becomes stale at once. Cheap: one increment in the cache."""
    _bump(VERSION_KEY)


def bump_commitments(keys) -> None:
    """What a change of these commitments can have changed: their details, and every
    answer that is not one commitment's detail (lists, pages of documents, meetings,
    people, feeds, exports, aggregates). Other commitments' details stay valid."""
    _bump(LISTS_KEY)
    for key in set(keys):
        _bump(COMMITMENT_KEY.format(key))


def bump_after_commit(using=None, **kwargs) -> None:
    """Signal receiver: raise the version once the change is visible to other readers.

    Outside a transaction ``on_commit`` runs at once; a rolled-back change raises nothing.
    """
    _note_signal(None)
    transaction.on_commit(bump_register_version, using=using)


def commitment_keys(sender, instance) -> list[str] | None:
    """The commitments whose detail a saved or deleted row of ``sender`` can change, or
    None when it can change more than commitment details and lists (a document's title is
    in every commitment made in it: that empties everything, as before)."""
    from .models import Commitment, CommitmentEvent, CommitmentLink, Fulfilment

    if sender is Commitment:
        keys = {instance.key, instance.__dict__.get("_loaded_key") or instance.key}
        # Its counterparts show it (``?expand=links``) only while it is public.
        links = CommitmentLink.objects.filter(
            Q(from_commitment_id=instance.pk) | Q(to_commitment_id=instance.pk)
        ).values_list("from_commitment__key", "to_commitment__key")
        for pair in links:
            keys.update(pair)
        return sorted(keys)
    if sender is Commitment.history.model:
        return [instance.key]
    if sender in (Fulfilment, CommitmentEvent):
        return _keys_of([instance.commitment_id])
    if sender is CommitmentLink:
        return _keys_of([instance.from_commitment_id, instance.to_commitment_id])
    return None


def _keys_of(pks) -> list[str]:
    from .models import Commitment

    return list(Commitment.objects.filter(pk__in=pks).values_list("key", flat=True))


def scoped_bump_after_commit(sender, instance, using=None, **kwargs) -> None:
    """Signal receiver for the rows of one commitment: only what they can change.

    The keys are found now (a deleted row's commitment may be gone after commit) and
    raised once the change is visible to other readers, like ``bump_after_commit``."""
    keys = commitment_keys(sender, instance)
    _note_signal(keys)
    if keys is None:
        transaction.on_commit(bump_register_version, using=using)
    else:
        transaction.on_commit(lambda: bump_commitments(keys), using=using)


def mentions_changed(sender, instance, action, reverse, model, pk_set, using=None, **kwargs):
    """``Commitment.mentioned_in`` changed: the commitments concerned, and the lists."""
    from .models import Commitment

    if sender is not Commitment.mentioned_in.through:
        return bump_after_commit(using=using)
    if action == "pre_clear" and reverse:
        # A document's mentions are about to be cleared: after, nothing says whose.
        mentions = sender.objects.filter(document_id=instance.pk)
        instance._mentioned_keys = list(mentions.values_list("commitment__key", flat=True))
    if not action.startswith("post_"):
        return None
    if not reverse:
        keys = [instance.key]
    elif action == "post_clear":
        keys = getattr(instance, "_mentioned_keys", None)
    else:
        keys = _keys_of(pk_set or ())
    _note_signal(keys)
    if keys is None:
        return transaction.on_commit(bump_register_version, using=using)
    transaction.on_commit(lambda: bump_commitments(keys), using=using)
    return None


# Models of this app that no public answer shows. A follower's subscription is written by
# anonymous POSTs: letting it raise the version would let anyone empty the cache for
# everybody with a loop of sign-ups.
NOT_SHOWN = {"commitments.subscription"}


# The rows of one commitment: a change of them raises only what it can change
# (``commitment_keys``); every other model of the app raises the register version.
SCOPED = {
    "commitments.commitment",
    "commitments.historicalcommitment",
    "commitments.fulfilment",
    "commitments.commitmentevent",
    "commitments.commitmentlink",
}


def connect_signals(app_config) -> None:
    for model in app_config.get_models():
        label = model._meta.label_lower
        if label in NOT_SHOWN:
            continue
        uid = f"response-cache-{label}"
        receiver = scoped_bump_after_commit if label in SCOPED else bump_after_commit
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}-delete")
    m2m_changed.connect(mentions_changed, dispatch_uid="response-cache-m2m")


# Model signals seen during the current write request (see ``RegisterCacheMiddleware``).
_signals = threading.local()


def _note_signal(keys=None) -> None:
    """Remember, for the write request being answered, what a model signal raises: the
    commitments' keys, or everything (``keys`` None)."""
    if getattr(_signals, "watching", False):
        _signals.seen = True
        if keys is None:
            _signals.everything = True
        else:
            _signals.keys.update(keys)


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
    """Execute wrapper: did this request INSERT, UPDATE or DELETE a row of this app, and of
    a table outside the rows of one commitment (``SCOPED_TABLES``)?

    Sessions, admin log entries and django-axes' records are other apps' tables: a login or
    a form page that only asks for input writes those, and the register did not change.
    """

    def __init__(self):
        self.seen = False
        self.unscoped = False

    def __call__(self, execute, sql, params, many, context):
        if not self.unscoped:
            statement = sql.lstrip()[:6].upper()
            if statement.startswith(WRITE_STATEMENTS) and APP_TABLE_PREFIX in sql:
                self.seen = True
                self.unscoped = not _writes_scoped_table(sql)
        return execute(sql, params, many, context)


SCOPED_TABLES = (
    "commitments_commitment",
    "commitments_historicalcommitment",
    "commitments_fulfilment",
    "commitments_commitmentevent",
    "commitments_commitmentlink",
    "commitments_commitment_mentioned_in",
)
_TABLE_IN_WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.I)


def _writes_scoped_table(sql) -> bool:
    match = _TABLE_IN_WRITE.match(sql)
    return bool(match) and match.group(1) in SCOPED_TABLES


def get_response_watching_writes(get_response, request):
    """The response, what it wrote (``RegisterWrites``), and the commitments' keys the
    model signals it sent named (None: a signal that raises everything, or none at all)."""
    writes = RegisterWrites()
    _signals.watching, _signals.seen, _signals.everything = True, False, False
    _signals.keys = set()
    try:
        with contextlib.ExitStack() as stack:
            for alias in connections:
                stack.enter_context(connections[alias].execute_wrapper(writes))
            response = get_response(request)
    finally:
        signalled = None if _signals.everything or not _signals.seen else set(_signals.keys)
        _signals.watching = _signals.seen = _signals.everything = False
        _signals.keys = set()
    return response, writes, signalled


# The answers that show one commitment and nothing that another one's change can alter.
COMMITMENT_DETAILS = {"commitments:commitment-detail", "api:commitment-detail"}


def _resolve(request):
    try:
        return resolve(request.path_info)
    except Resolver404:
        return None


def scope_key(request, match=None) -> str:
    """Which counter besides the register's an answer depends on: its commitment's, for
    the commitment's page and API detail; the lists' for everything else."""
    match = match or _resolve(request)
    if match and match.view_name in COMMITMENT_DETAILS and "key" in match.kwargs:
        return COMMITMENT_KEY.format(match.kwargs["key"])
    return LISTS_KEY


def negotiated_format(request, match) -> str | None:
    """What the ``Accept`` header can change about the answer, as a short bounded string.

    The header itself cannot be part of the key: anyone can send a new one with every
    request and fill the cache. Only the API negotiates, so elsewhere it changes nothing;
    in the API it chooses a renderer, and JSON's ``indent`` parameter (0-8) changes the
    body. So the key holds DRF's own choice for this view, made exactly as the view will
    make it. None: the view would refuse it (406), nothing to store.
    """
    view = getattr(match.func, "cls", None) if match else None
    if view is None:
        return ""
    # A router's action may bring its own renderers in the view's initkwargs.
    classes = tuple(match.func.initkwargs.get("renderer_classes", view.renderer_classes))
    return _negotiate(
        view.content_negotiation_class,
        classes,
        request.META.get("HTTP_ACCEPT"),
        request.GET.get(view.settings.URL_FORMAT_OVERRIDE),
        match.kwargs.get(view.settings.FORMAT_SUFFIX_KWARG),
    )


# Memoised (bounded): on a cache hit the key costs microseconds, not a negotiation.
@functools.lru_cache(maxsize=512)
def _negotiate(negotiation_class, renderer_classes, accept, format_param, format_suffix):
    """DRF's choice from exactly the inputs DRF's negotiation reads."""
    stand_in = HttpRequest()
    if accept is not None:
        stand_in.META["HTTP_ACCEPT"] = accept
    if format_param is not None:
        stand_in.GET = QueryDict(mutable=True)
        stand_in.GET[api_settings.URL_FORMAT_OVERRIDE] = format_param
    renderers = [renderer() for renderer in renderer_classes]
    try:
        renderer, media_type = negotiation_class().select_renderer(
            Request(stand_in), renderers, format_suffix
        )
    except NotAcceptable:
        return None
    indent = JSONRenderer().get_indent(media_type, {})
    return f"{type(renderer).__module__}.{type(renderer).__qualname__}:{indent}"


def key_language(request) -> str:
    """The language of the answer: the URL's on the public pages (whatever the cookie or
    Accept-Language say, so they do not split its entries), negotiated elsewhere."""
    if request.path_info.startswith(NEGOTIATED_PREFIXES):
        return get_language_from_request(request)
    return get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def response_key(request, match=None) -> str | None:
    """Today (overdue depends on it), language, the negotiated format and the absolute URL
    (the API's hyperlinks contain scheme and host). The version is kept in the stored
    value. None: no answer of this request is stored (see ``negotiated_format``)."""
    match = match or _resolve(request)
    answer_format = negotiated_format(request, match)
    if answer_format is None:
        return None
    parts = [
        timezone.localdate().isoformat(),
        key_language(request),
        answer_format,
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
            response, writes, signalled = get_response_watching_writes(self.get_response, request)
            # Raised here too, not only after commit: a request may run in a transaction
            # that commits later. Writes to the rows of some commitments that sent their
            # model signals raise what those can change; anything else (another table, a
            # queryset update or bulk insert without signals) empties the cache.
            if writes.seen and may_have_written(request, response):
                if writes.unscoped or signalled is None:
                    bump_register_version()
                else:
                    bump_commitments(signalled)
            return response
        if not seconds or not is_cacheable_request(request):
            return self.get_response(request)

        match = _resolve(request)
        key = response_key(request, match)
        if key is None:
            return self.get_response(request)
        cache = _cache()
        scope = scope_key(request, match)
        # One round trip for all three: the stored answer carries the versions it was made
        # under, the register's and its scope's (one commitment, or the lists).
        found = cache.get_many([VERSION_KEY, scope, key])
        version = (
            found.get(VERSION_KEY) or register_version(),
            found.get(scope) or _version(scope),
        )
        stored = found.get(key)
        if stored is not None and stored[0] == version:
            _made_under, status, headers, content = stored
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
