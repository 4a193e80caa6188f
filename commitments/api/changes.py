"""The changes feed: every public-facing change, in order, with tombstones.

How a change travels:

1. A write to any table the API shows leaves ``PendingChange`` rows (kind, id), written by
   database triggers inside the writing transaction (migration ``changes_feed``), so bulk
   updates, ``COPY`` and raw SQL are covered as well as ``save()``.
2. ``publish()`` claims pending rows, widens them to every object whose public
   representation can depend on them (a document made confidential changes its
   attachments, the commitments it fulfils, the documents citing it, its meetings …),
   renders each such object exactly as the API's list does and compares a digest with
   ``PublishedState``. Only a real difference becomes a ``FeedEntry``: changed (upsert) or
   left public view (a tombstone, for objects the feed showed before and only those, so a
   draft's key never appears). One publisher runs at a time (an advisory lock on
   PostgreSQL, the database lock on SQLite), so entry ids grow in commit order.
3. ``/api/v1/changes/?since=<token>`` lists entries after the token with the object as it
   is now. The token is a signed entry id.

Because the publisher compares what the public sees, nothing about the reason leaks: an
unpublished commitment and a deleted one give the same tombstone, and a clerk's note on a
draft changes nothing in the feed.
"""

import datetime
import hashlib
import json
from collections import defaultdict

from django.core import signing
from django.db import connection, transaction
from django.db.models import Q
from django.test import RequestFactory
from django.utils import timezone, translation
from rest_framework.request import Request
from rest_framework.utils.encoders import JSONEncoder

from ..models import (
    Commitment,
    CommitmentEvent,
    Debate,
    Document,
    FeedEntry,
    Fulfilment,
    MeetingDocument,
    MeetingSession,
    PendingChange,
    Person,
    PublishedState,
    ResourceKind,
)
from ..response_cache import bump_register_version
from .attach import attach_made_and_mentioned

Kind = ResourceKind
# Pending rows one publish claims; a feed request publishes one batch, the command all.
BATCH = 2000
# Objects rendered per query round.
CHUNK = 500
TOKEN_SALT = "commitments.api.changes"
# pg_try_advisory_xact_lock key: "changes" in ASCII.
LOCK_KEY = 0x6368616E676573

MentionedIn = Commitment.mentioned_in.through
Cites = Document.cites.through


# --- rendering ------------------------------------------------------------------------------


def _viewsets():
    from . import views

    return {
        Kind.COMMITMENT: views.CommitmentViewSet,
        Kind.DOCUMENT: views.DocumentViewSet,
        Kind.MEETING: views.MeetingViewSet,
        Kind.DEBATE: views.DebateViewSet,
        Kind.DOSSIER: views.DossierViewSet,
        Kind.PERSON: views.PersonViewSet,
        Kind.MINISTRY: views.MinistryViewSet,
        Kind.COMMITTEE: views.CommitteeViewSet,
    }


def list_view(kind, request):
    """The API's list viewset for ``kind``, set up as for ``GET /api/v1/<kind>s/``."""
    view = _viewsets()[kind]()
    view.action = "list"
    view.request = request
    view.format_kwarg = None
    view.kwargs = {}
    view.args = ()
    return view


def _by_keys(kind, view, keys) -> Q:
    if kind == Kind.DOSSIER:
        condition = Q(pk__in=[])
        for key in keys:
            number, _sep, toevoeging = key.partition("-")
            if number.isdigit() and len(number) <= 9:
                condition |= Q(number=int(number), toevoeging=toevoeging)
        return condition
    field = view.lookup_field
    if field == "pk":
        keys = [key for key in keys if key.isascii() and key.isdigit() and len(key) <= 18]
    return Q(**{f"{field}__in": list(keys)})


def represent(kind, request, *, pks=None, keys=None) -> dict:
    """``{pk: (key, data)}`` for the public objects among ``pks`` (or ``keys``), each as
    the API's list shows it. Objects that are not public are simply absent."""
    view = list_view(kind, request)
    found = {}
    ids = list(pks if pks is not None else keys)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        condition = Q(pk__in=chunk) if pks is not None else _by_keys(kind, view, chunk)
        rows = list(view.get_queryset().filter(condition))
        if kind == Kind.DOCUMENT:
            attach_made_and_mentioned(rows)
        data = view.get_serializer(rows, many=True).data
        for obj, item in zip(rows, data, strict=True):
            found[obj.pk] = (view.cursor_key(obj), item)
    return found


def digest(data) -> str:
    body = json.dumps(data, cls=JSONEncoder, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()


def publisher_request():
    """A stand-in request for rendering: links get a fixed host, which cancels out in the
    digest (only changes between two renderings matter)."""
    django_request = RequestFactory().get("/api/v1/changes/")
    django_request.get_host = lambda: "changes.invalid"
    return Request(django_request)


# --- what a change can reach ----------------------------------------------------------------


def _ids(queryset, field="pk") -> set:
    return set(queryset.order_by().values_list(field, flat=True))


def widen(touched: dict) -> dict:
    """Every object whose public representation a change to ``touched`` may alter.

    The rules follow the list serializers: a commitment shows its ministry, person, debate
    and documents; a document its dossier, sender, ministry, parent, attachments, citations,
    meetings and the key and status of its commitments; a meeting its sessions, guests and
    documents; a debate its committee and commitments; a person its ministry.
    """
    c = set(touched.get(Kind.COMMITMENT, ()))
    d = set(touched.get(Kind.DOCUMENT, ()))
    meetings = set(touched.get(Kind.MEETING, ()))
    debates = set(touched.get(Kind.DEBATE, ()))
    dossiers = set(touched.get(Kind.DOSSIER, ()))
    persons = set(touched.get(Kind.PERSON, ()))
    ministries = set(touched.get(Kind.MINISTRY, ()))
    committees = set(touched.get(Kind.COMMITTEE, ()))
    shown_c, shown_d, shown_meetings, shown_debates = set(), set(), set(), set()

    if ministries:
        shown_c |= _ids(Commitment.objects.filter(ministry__in=ministries))
        d |= _ids(Document.objects.filter(ministry__in=ministries))
        persons |= _ids(Person.objects.filter(ministry__in=ministries))
    if persons:
        shown_c |= _ids(Commitment.objects.filter(made_by__in=persons))
        d |= _ids(Document.objects.filter(sender__in=persons))
        shown_meetings |= _ids(MeetingSession.objects.filter(guests__in=persons), "meeting")
    if dossiers:
        d |= _ids(Document.objects.filter(dossier__in=dossiers))
    if committees:
        shown_debates |= _ids(Debate.objects.filter(committee__in=committees))
    if debates:
        shown_c |= _ids(Commitment.objects.filter(debate__in=debates))
    if meetings:
        d |= _ids(MeetingDocument.objects.filter(meeting__in=meetings), "document")
    if c:
        # Documents and debates show a commitment's key and status.
        shown_d |= _ids(Commitment.objects.filter(pk__in=c, document__isnull=False), "document")
        shown_d |= _ids(Fulfilment.objects.filter(commitment__in=c), "document")
        shown_d |= _ids(MentionedIn.objects.filter(commitment__in=c), "document")
        shown_debates |= _ids(Commitment.objects.filter(pk__in=c, debate__isnull=False), "debate")
    if d:
        # Visibility passes from a document to its attachments (and theirs: their parent).
        children = _ids(Document.objects.filter(parent__in=d))
        d |= children | _ids(Document.objects.filter(parent__in=children))
        shown_d |= _ids(Document.objects.filter(pk__in=d, parent__isnull=False), "parent")
        shown_d |= _ids(Cites.objects.filter(to_document__in=d), "from_document")
        shown_c |= _ids(Commitment.objects.filter(document__in=d))
        shown_c |= _ids(Fulfilment.objects.filter(document__in=d), "commitment")
        shown_c |= _ids(MentionedIn.objects.filter(document__in=d), "commitment")
        shown_c |= _ids(CommitmentEvent.objects.filter(evidence__in=d), "commitment")
        shown_meetings |= _ids(MeetingDocument.objects.filter(document__in=d), "meeting")
    return {
        Kind.COMMITMENT: c | shown_c,
        Kind.DOCUMENT: d | shown_d,
        Kind.MEETING: meetings | shown_meetings,
        Kind.DEBATE: debates | shown_debates,
        Kind.DOSSIER: dossiers,
        Kind.PERSON: persons,
        Kind.MINISTRY: ministries,
        Kind.COMMITTEE: committees,
    }


# --- publishing -----------------------------------------------------------------------------


def _lock() -> bool:
    if connection.vendor != "postgresql":
        return True  # SQLite: one writer at a time anyway
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [LOCK_KEY])
        return cursor.fetchone()[0]


def _claim(limit: int) -> dict:
    table = PendingChange._meta.db_table
    with connection.cursor() as cursor:
        # Exactly the rows this statement sees: one committed meanwhile waits for next time.
        cursor.execute(
            f"DELETE FROM {table} WHERE id IN (SELECT id FROM {table} ORDER BY id LIMIT %s)"
            " RETURNING kind, object_id",
            [limit],
        )
        rows = cursor.fetchall()
    touched = defaultdict(set)
    for kind, object_id in rows:
        touched[kind].add(object_id)
    return touched


def _own_change(data):
    raw = data.get("updated_at")
    if not isinstance(raw, str):
        return None
    try:
        return datetime.datetime.fromisoformat(raw)
    except ValueError:
        return None


def publish(limit: int = BATCH) -> int:
    """Publish up to ``limit`` pending rows; returns how many were claimed (0: none left, or
    another publisher is at work)."""
    # Rendered in one language, so switching languages is not a change.
    with transaction.atomic(), translation.override("nl"):
        if not _lock():
            return 0
        touched = _claim(limit)
        if not touched:
            return 0
        claimed = sum(len(pks) for pks in touched.values())
        now = timezone.now()
        request = publisher_request()
        entries, created, updated = [], [], []
        for kind, pks in widen(touched).items():
            pks = sorted(pks)
            if not pks:
                continue
            states = {
                state.object_id: state
                for state in PublishedState.objects.filter(kind=kind, object_id__in=pks)
            }
            current = represent(kind, request, pks=pks)
            # The register's first publication (no state of this kind yet) is not a change
            # of every row: each counts as of its own last change. After that, an object new
            # to public view is new as of now, whatever its own ``updated_at`` says: a draft
            # published or a document unhidden by ``.update()`` keeps an old one, and
            # ``updated_since`` must still see it as the feed does.
            backfill = not PublishedState.objects.filter(kind=kind).exists()
            for pk in pks:
                state = states.get(pk)
                if pk not in current:
                    if state is not None and not state.gone:
                        entries.append(FeedEntry(kind=kind, key=state.key, gone=True))
                        state.gone, state.changed_at = True, now
                        updated.append(state)
                    continue
                key, data = current[pk]
                fingerprint = digest(data)
                if state is None:
                    entries.append(FeedEntry(kind=kind, key=key))
                    created.append(
                        PublishedState(
                            kind=kind,
                            object_id=pk,
                            key=key,
                            digest=fingerprint,
                            changed_at=(backfill and _own_change(data)) or now,
                        )
                    )
                    continue
                if state.gone:
                    pass  # back in public view
                elif state.key != key:
                    # Renamed: the old key leaves, the new one arrives.
                    entries.append(FeedEntry(kind=kind, key=state.key, gone=True))
                elif state.digest == fingerprint:
                    continue
                entries.append(FeedEntry(kind=kind, key=key))
                state.key, state.digest, state.gone, state.changed_at = key, fingerprint, False, now
                updated.append(state)
        for entry in entries:
            entry.recorded_at = now
        PublishedState.objects.bulk_update(
            updated, ["key", "digest", "gone", "changed_at"], batch_size=CHUNK
        )
        PublishedState.objects.bulk_create(created, batch_size=CHUNK)
        FeedEntry.objects.bulk_create(entries, batch_size=CHUNK)
        if entries:
            transaction.on_commit(bump_register_version)
        return claimed


def publish_all() -> int:
    total = 0
    while claimed := publish():
        total += claimed
    return total


# --- tokens ---------------------------------------------------------------------------------


def make_token(position: int) -> str:
    return signing.dumps({"s": position}, salt=TOKEN_SALT)


def read_token(token: str) -> int | None:
    """The entry id a token stands for; None when it is not one of ours."""
    if len(token) > 200:
        return None
    try:
        data = signing.loads(token, salt=TOKEN_SALT)
    except (signing.BadSignature, ValueError, UnicodeError):
        return None
    position = data.get("s") if isinstance(data, dict) else None
    if not isinstance(position, int) or isinstance(position, bool) or position < 0:
        return None
    return position


def latest_position() -> int:
    last = FeedEntry.objects.order_by("-id").values_list("id", flat=True).first()
    return last or 0
