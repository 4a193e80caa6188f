"""The digest: what changed in what each address follows, one message per address.

Run by ``manage.py send_follow_digest`` (from cron, docs/follow.md). For every confirmed
subscription it reports what happened after ``notified_until`` (or the confirmation) up to
the moment the run started:

- status changes and new due dates (``CommitmentEvent`` rows of kind status / due_date);
- new commitments: public for the first time (the first published version in the
  commitment's history, or its creation when the row has no history, as after a bulk sync);
- deadlines passed: still open or partly met, and the due date fell in the period.

Only what ``public()`` shows is reported, as it is now: a withdrawn commitment's news is
never mailed, and evidence is named only when the document is public.

Cost: the changes of the whole period are read once (three queries), then each distinct
ministry, committee or search decides which of those commitments it covers with the list's
FilterSet (one query per followed target per 1,000 changed commitments); the number of
addresses costs nothing but one update per batch of sent messages. A second run sends
nothing new: ``notified_until`` moves to the run's start, for quiet subscriptions too.
"""

import datetime
import itertools
from dataclasses import dataclass, field

from django.core.mail import get_connection
from django.db.models import BooleanField, ExpressionWrapper, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..filters import CommitmentFilter
from ..models import Commitment, CommitmentEvent, public_document_q
from ..templatetags.tracker import document_label, status_label
from .mail import build_message, site_base, unsubscribe_url
from .models import CONFIRM_MAX_AGE, FollowKind, Subscription
from .targets import Target, commitment_label, scope_params, subscription_target

Kind = CommitmentEvent.Kind

# Candidates are passed to each target's FilterSet as id lists of this size.
ID_CHUNK = 1000
# Lines per section of a message; the rest is one line pointing to the page.
MAX_LINES = 20
# Messages sent over one connection before their subscriptions are marked done.
SEND_BATCH = 50
# Big columns a digest line never shows.
HEAVY = ("search_vector", "tk_data", "tk_unresolved", "notes")


def first_public_at():
    """When a commitment was first published: its first published historical version, or
    its creation when it has no history (bulk paths write none, and publish on insert)."""
    history = Commitment.history.model.objects.filter(id=OuterRef("pk"), is_published=True)
    return Coalesce(
        Subquery(history.order_by("history_date").values("history_date")[:1]), F("created_at")
    )


@dataclass
class Changes:
    """Everything public that changed in (since, until], read once for all subscriptions."""

    events: list
    new: list
    deadlines: list

    @classmethod
    def collect(cls, since: datetime.datetime, until: datetime.datetime) -> "Changes":
        today = timezone.localdate(until)
        public = Commitment.objects.public()
        events = (
            CommitmentEvent.objects.filter(
                kind__in=[Kind.STATUS, Kind.DUE_DATE],
                recorded_at__gt=since,
                recorded_at__lte=until,
                commitment__in=public,
            )
            .select_related("commitment", "evidence__dossier")
            .defer(*(f"commitment__{name}" for name in HEAVY), "evidence__text")
            .annotate(
                evidence_public=ExpressionWrapper(
                    public_document_q("evidence__"), output_field=BooleanField()
                )
            )
            .order_by("recorded_at", "id")
        )
        new = (
            public.filter(updated_at__gt=since)
            .defer(*HEAVY)
            .annotate(first_public_at=first_public_at())
            .filter(first_public_at__gt=since, first_public_at__lte=until)
            .order_by("first_public_at", "key")
        )
        deadlines = (
            public.filter(
                status__in=Commitment.OPEN_STATUSES,
                due_date__gte=timezone.localdate(since),
                due_date__lt=today,
            )
            .defer(*HEAVY)
            .order_by("due_date", "key")
        )
        return cls(events=list(events), new=list(new), deadlines=list(deadlines))

    @property
    def commitment_ids(self) -> list[int]:
        ids = {e.commitment_id for e in self.events}
        ids.update(c.pk for c in self.new)
        ids.update(c.pk for c in self.deadlines)
        return sorted(ids)


def members(target: Target, candidate_ids: list[int]) -> set[int]:
    """Which of the changed commitments ``target`` covers, decided by the list's FilterSet."""
    if target.kind == FollowKind.COMMITMENT:
        return {target.obj.pk} & set(candidate_ids)
    if not candidate_ids:
        return set()
    filterset = target.filterset
    if filterset is None:
        if target.kind == FollowKind.SEARCH:
            return set()  # a stored search the list no longer accepts
        filterset = CommitmentFilter(scope_params(target), queryset=Commitment.objects.none())
        if not filterset.is_valid():
            return set()
    found = set()
    for start in range(0, len(candidate_ids), ID_CHUNK):
        chunk = candidate_ids[start : start + ID_CHUNK]
        queryset = filterset.filter_queryset(Commitment.objects.public().filter(pk__in=chunk))
        found.update(queryset.order_by().values_list("pk", flat=True))
    return found


@dataclass
class Section:
    """What one subscription has to report."""

    subscription: Subscription
    target: Target
    new: list = field(default_factory=list)
    status: list = field(default_factory=list)
    due_dates: list = field(default_factory=list)
    deadlines: list = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.new) + len(self.status) + len(self.due_dates) + len(self.deadlines)

    @classmethod
    def build(cls, subscription, target, covered: set[int], changes: Changes) -> "Section":
        since = subscription.notified_until or subscription.confirmed_at
        since_day = timezone.localdate(since)
        section = cls(subscription, target)
        section.new = [c for c in changes.new if c.pk in covered and c.first_public_at > since]
        new_ids = {c.pk for c in section.new}
        for event in changes.events:
            # A commitment that is new to the reader is shown as it is now, not its steps.
            if (
                event.commitment_id in covered
                and event.commitment_id not in new_ids
                and event.recorded_at > since
            ):
                bucket = section.status if event.kind == Kind.STATUS else section.due_dates
                bucket.append(event)
        section.deadlines = [
            c
            for c in changes.deadlines
            if c.pk in covered and c.due_date >= since_day and c.pk not in new_ids
        ]
        return section


@dataclass
class Digest:
    """One message: every subscription of one address, the quiet ones included."""

    email: str
    subscriptions: list
    sections: list
    message: object = None

    @property
    def count(self) -> int:
        return sum(s.count for s in self.sections)


@dataclass
class Report:
    expired_deleted: int = 0
    subscriptions: int = 0
    digests: list = field(default_factory=list)
    sent: int = 0


def _day(value) -> str:
    return date_format(value, "j F Y")


def new_line(commitment) -> str:
    detail = commitment.get_status_display()
    if commitment.due_date:
        detail += ", " + _("termijn %(date)s") % {"date": _day(commitment.due_date)}
    return detail


def status_line(event) -> str:
    detail = _("%(old)s → %(new)s op %(date)s") % {
        "old": status_label(event.old_status),
        "new": status_label(event.new_status),
        "date": _day(event.date),
    }
    if event.evidence_id and event.evidence_public:
        detail += ", " + _("met %(document)s") % {"document": document_label(event.evidence)}
    return detail


def due_line(event) -> str:
    if event.new_due_date is None:
        detail = _("geen termijn meer")
    else:
        detail = _("nieuwe termijn %(date)s") % {"date": _day(event.new_due_date)}
    if event.old_due_date:
        detail += " " + _("(was %(date)s)") % {"date": _day(event.old_due_date)}
    return detail


def deadline_line(commitment) -> str:
    return _("termijn %(date)s verstreken; %(status)s") % {
        "date": _day(commitment.due_date),
        "status": commitment.get_status_display().lower(),
    }


LINES = {
    "new": (new_line, False),
    "status": (status_line, True),
    "due_dates": (due_line, True),
    "deadlines": (deadline_line, False),
}


def render_section(section: Section, base: str) -> dict:
    """Plain strings for both templates: label, link and what happened, per line."""
    rendered = {
        "label": section.target.label,
        "page_url": base + section.target.page_url,
        "unsubscribe_url": unsubscribe_url(base, [section.subscription]),
    }
    for name, (describe, is_event) in LINES.items():
        items = getattr(section, name)
        rendered[name] = {
            "lines": [
                {
                    "label": commitment_label(c),
                    "url": base + c.get_absolute_url(),
                    "detail": describe(item),
                }
                for item in items[:MAX_LINES]
                for c in [item.commitment if is_event else item]
            ],
            "more": max(len(items) - MAX_LINES, 0),
        }
    return rendered


def render_digest(digest: Digest, base: str) -> None:
    # The language of the address's latest confirmed subscription.
    language = max(digest.subscriptions, key=lambda s: s.confirmed_at).language
    with translation.override(language):
        count = digest.count
        digest.message = build_message(
            to=digest.email,
            subject=ngettext(
                "Toezeggingenregister: %(count)d wijziging in wat u volgt",
                "Toezeggingenregister: %(count)d wijzigingen in wat u volgt",
                count,
            )
            % {"count": count},
            template="digest",
            context={"sections": [render_section(s, base) for s in digest.sections]},
            unsubscribe=unsubscribe_url(base, digest.subscriptions),
            html=True,
        )


def prepare(now: datetime.datetime) -> tuple[list, list]:
    """The digests to send and the quiet subscriptions (nothing to report) as of ``now``."""
    subscriptions = list(
        Subscription.objects.filter(confirmed_at__isnull=False, confirmed_at__lte=now)
        .select_related("commitment", "ministry", "committee")
        .defer(*(f"commitment__{name}" for name in HEAVY))
        .order_by("email", "id")
    )
    if not subscriptions:
        return [], []
    since = min(s.notified_until or s.confirmed_at for s in subscriptions)
    changes = Changes.collect(since, now)
    candidate_ids = changes.commitment_ids

    targets, covered = {}, {}
    for subscription in subscriptions:
        key = (subscription.kind, subscription.target_value)
        if key not in targets:
            targets[key] = subscription_target(subscription)
            covered[key] = members(targets[key], candidate_ids)

    digests, quiet = [], []
    for email, group in itertools.groupby(subscriptions, key=lambda s: s.email):
        group = list(group)
        sections = []
        for subscription in group:
            key = (subscription.kind, subscription.target_value)
            section = Section.build(subscription, targets[key], covered[key], changes)
            if section.count:
                sections.append(section)
        if sections:
            digests.append(Digest(email, group, sections))
        else:
            quiet.extend(group)
    return digests, quiet


def mark_done(subscriptions, now) -> None:
    ids = [s.pk for s in subscriptions]
    for start in range(0, len(ids), ID_CHUNK):
        Subscription.objects.filter(pk__in=ids[start : start + ID_CHUNK]).update(notified_until=now)


def run(*, dry_run: bool = False, now: datetime.datetime | None = None) -> Report:
    """Delete stale requests, then send every address its digest and mark it sent."""
    now = now or timezone.now()
    report = Report()
    expired = Subscription.objects.filter(
        confirmed_at__isnull=True, requested_at__lt=now - CONFIRM_MAX_AGE
    )
    report.expired_deleted = expired.count() if dry_run else expired.delete()[0]

    digests, quiet = prepare(now)
    report.digests = digests
    report.subscriptions = len(quiet) + sum(len(d.subscriptions) for d in digests)
    if digests:
        base = site_base()
        for digest in digests:
            render_digest(digest, base)
    if dry_run:
        return report

    # Quiet ones first: they need no mail server, and a failing one must not hold them back.
    mark_done(quiet, now)
    if not digests:
        return report
    with get_connection() as connection:
        for start in range(0, len(digests), SEND_BATCH):
            sent = []
            try:
                for digest in digests[start : start + SEND_BATCH]:
                    connection.send_messages([digest.message])
                    sent.extend(digest.subscriptions)
                    report.sent += 1
            finally:
                # What went out is marked even when a later message fails, so it is not
                # sent twice; what failed is tried again next run.
                mark_done(sent, now)
    return report
