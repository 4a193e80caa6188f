"""Reading the running totals (``summary.models``), and recomputing them from scratch.

The readers answer exactly what the live querysets answer (``views.commitment_counts`` over
``Commitment.objects.public()``, ``overdue_q(day)``), from a few hundred rows;
``tests/test_summary.py`` compares both under random writes on both databases.
``recompute()`` is the independent second computation behind ``check_summary``: it counts
with the ORM, not with the triggers' SQL.
"""

import bisect
import datetime
import itertools
from collections import defaultdict

from django.db import connection, transaction
from django.db.models import BooleanField, Case, Count, F, Q, Value, When
from django.utils import timezone

from ..query_params import given_filters
from .models import (
    DocumentCount,
    FulfilmentDays,
    LateDays,
    OverdueDelta,
    SummaryCount,
    SummaryScope,
)

ALL, MINISTRY, COMMITTEE = SummaryScope.ALL, SummaryScope.MINISTRY, SummaryScope.COMMITTEE
# Where a scope's id lives on a commitment (None: one scope for the whole register).
SCOPE_FIELDS = {ALL: None, MINISTRY: "ministry_id", COMMITTEE: "debate__committee_id"}


def _month(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def _overdue_condition(today: datetime.date, alias: str = "o"):
    """The delta rows whose sum is overdue at the end of ``today``: whole months before
    today's month, then today's month day by day up to today."""
    first = _month(today)
    return (
        f"(({alias}.period = 'month' AND {alias}.day < %s)"
        f" OR ({alias}.period = 'day' AND {alias}.day >= %s AND {alias}.day <= %s))",
        [first, first, today],
    )


def _rows(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def scope_counts(scope=ALL, scope_id=0, today=None) -> dict[str, int]:
    """Published commitments of one scope per status, plus open and overdue: one query.

    Keys as ``views.commitment_counts``: ``total``, ``open_total``, ``overdue`` and one per
    status value."""
    from ..models import Commitment

    today = today or timezone.localdate()
    condition, params = _overdue_condition(today)
    rows = _rows(
        "SELECT c.status, SUM(c.n) FROM commitments_summarycount c"
        " WHERE c.scope = %s AND c.scope_id = %s GROUP BY c.status"
        " UNION ALL SELECT NULL, SUM(o.delta) FROM commitments_overduedelta o"
        f" WHERE o.scope = %s AND o.scope_id = %s AND {condition}",
        [scope, scope_id, scope, scope_id, *params],
    )
    counts = dict.fromkeys(Commitment.Status.values, 0)
    overdue = 0
    for status, n in rows:
        if status is None:
            overdue = int(n or 0)
        else:
            counts[status] = int(n)
    return {
        "total": sum(counts.values()),
        "open_total": sum(counts[status] for status in Commitment.OPEN_STATUSES),
        "overdue": overdue,
        **counts,
    }


def list_count(cleaned: dict, today=None) -> int | None:
    """How many public commitments a list filtered by ``cleaned`` (the FilterSet's cleaned
    data) holds, from the running totals, or None where they cannot tell.

    They can for no filter, ``status``, ``overdue`` (without ``status``: an overdue row can be
    open or partly met, which the totals do not split), and one ``ministry`` or one
    ``committee``: the scopes they are kept for. The list page's paginator counted every
    matching row instead (230 ms at a million rows for the unfiltered list)."""
    narrowed = given_filters(cleaned)
    if not narrowed <= {"status", "overdue", "ministry", "committee"}:
        return None
    if {"ministry", "committee"} <= narrowed or {"status", "overdue"} <= narrowed:
        return None
    if "ministry" in narrowed:
        counts = scope_counts(MINISTRY, cleaned["ministry"].pk, today)
    elif "committee" in narrowed:
        counts = scope_counts(COMMITTEE, cleaned["committee"].pk, today)
    else:
        counts = scope_counts(ALL, 0, today)
    if "status" in narrowed:
        return sum(counts[status] for status in set(cleaned["status"]))
    if "overdue" in narrowed:
        return counts["overdue"] if cleaned["overdue"] else counts["total"] - counts["overdue"]
    return counts["total"]


def ministry_rows(today=None) -> list[dict]:
    """Per ministry with published commitments (unknown ministry: id 0, no name), ordered
    by name and slug as the database orders them: counts per status, ``with_due``,
    ``on_time`` and ``overdue``. One query."""
    today = today or timezone.localdate()
    condition, params = _overdue_condition(today)
    rows = _rows(
        "SELECT t.kind, t.scope_id, m.slug, m.name, t.status, t.has_due, t.on_time, t.n FROM ("
        " SELECT 'c' AS kind, c.scope_id, c.status, c.has_due, c.on_time, SUM(c.n) AS n"
        " FROM commitments_summarycount c WHERE c.scope = %s"
        " GROUP BY c.scope_id, c.status, c.has_due, c.on_time HAVING SUM(c.n) <> 0"
        " UNION ALL SELECT 'o', o.scope_id, NULL, NULL, NULL, SUM(o.delta)"
        f" FROM commitments_overduedelta o WHERE o.scope = %s AND {condition}"
        " GROUP BY o.scope_id"
        ") t LEFT JOIN commitments_ministry m ON m.id = t.scope_id"
        " ORDER BY m.name, m.slug, t.kind",
        [MINISTRY, MINISTRY, *params],
    )
    from ..models import Commitment

    by_id = {}
    overdue = defaultdict(int)
    for kind, scope_id, slug, name, status, has_due, on_time, n in rows:
        n = int(n or 0)
        if kind == "o":
            overdue[scope_id] += n
            continue
        entry = by_id.setdefault(
            scope_id,
            {
                "id": scope_id or None,
                "slug": slug,
                "name": name,
                "counts": dict.fromkeys(Commitment.Status.values, 0),
                "with_due": 0,
                "on_time": 0,
            },
        )
        entry["counts"][status] += n
        if has_due:
            entry["with_due"] += n
        if on_time:
            entry["on_time"] += n
    for scope_id, entry in by_id.items():
        entry["overdue"] = overdue[scope_id]
    return list(by_id.values())


def overdue_series(days: list[datetime.date], today: datetime.date) -> list[int]:
    """Overdue in the whole register at the end of each of ``days``: month ends before
    today's month, and today. One query over the month rows and this month's day rows."""
    condition, params = _overdue_condition(today)
    rows = _rows(
        "SELECT o.period, o.day, SUM(o.delta) FROM commitments_overduedelta o"
        f" WHERE o.scope = %s AND (o.period = 'month' OR {condition}) GROUP BY o.period, o.day",
        [ALL, *params],
    )
    months = sorted(
        (_as_date(day), int(n)) for period, day, n in rows if period == OverdueDelta.Period.MONTH
    )
    this_month = sum(int(n) for period, day, n in rows if period == OverdueDelta.Period.DAY)
    # Running totals over the months, so each day is a bisection: summing the months anew
    # for every day was quadratic (a fifth of the page's time with 400 months of history).
    starts = [month for month, _n in months]
    running = list(itertools.accumulate((n for _start, n in months), initial=0))
    result = []
    for day in days:
        if day == today:
            result.append(running[bisect.bisect_left(starts, _month(today))] + this_month)
        else:
            # A month end: every delta of its month and before.
            result.append(running[bisect.bisect_right(starts, _month(day))])
    return result


EPOCH = datetime.date(1970, 1, 1)
BUCKET = LateDays.BUCKET


def statistics_medians(today=None) -> tuple[dict, dict[int, dict]]:
    """The statistics page's medians, the numbers ``statistics.median`` gives over the
    rows, from the histograms: the ranges first, then the days of the one or two ranges
    per histogram that hold its middle (two queries of a few thousand rows at most).

    Returns ``({"n", "median"}, {ministry id (0: none): {"late_median", "overdue_median"}})``:
    the published fulfilled commitments with both dates and their median days from made to
    fulfilled; per ministry, the median days late of what was fulfilled after its due date
    and of what is overdue today (None without such rows). Overdue today is
    ``overdue_q(today)``: open or partly met and due before today (from the histogram), or
    fulfilled only after today, which can no longer be recorded but is still counted, from
    the few such rows themselves (an index on status and fulfilled_on).

    The middle is found here, not in SQL: one query with window sums over the ranges and
    over the chosen ranges' days did the same walk, but sorting and summing its rows as
    ``numeric`` cost PostgreSQL more than reading them."""
    today = today or timezone.localdate()
    cutoff = (today - EPOCH).days
    first = cutoff - cutoff % BUCKET  # the first day of the cutoff's range
    if connection.vendor == "postgresql":
        due = "(r.due_date - DATE '1970-01-01')"
    else:
        due = "CAST(julianday(r.due_date) - julianday('1970-01-01') AS INTEGER)"
    open_due, late = LateDays.Kind.OPEN_DUE, LateDays.Kind.FULFILLED_LATE
    # The ranges: whole ones (open: wholly before today's range), the open days of today's
    # range before today; and days already: the made-to-fulfilled histogram (kept per day
    # only, a few thousand rows) and the rows overdue although fulfilled: only after today,
    # which can no longer be recorded, a few at most (the index on status and fulfilled_on).
    coarse = _rows(
        # Two arms for the ranges, each one stretch of the index on (kind, width, days).
        "SELECT kind, scope_id, days, n, 0 FROM commitments_latedays"
        f" WHERE kind = 'late' AND width = {BUCKET} AND n <> 0"
        " UNION ALL SELECT kind, scope_id, days, n, 0 FROM commitments_latedays"
        f" WHERE kind = 'open' AND width = {BUCKET} AND days < %s AND n <> 0"
        " UNION ALL SELECT 'open', scope_id, %s, SUM(n), 0 FROM commitments_latedays"
        " WHERE kind = 'open' AND width = 1 AND days >= %s AND days < %s AND n <> 0"
        " GROUP BY scope_id"
        " UNION ALL SELECT 'made', 0, days, n, 1 FROM commitments_fulfilmentdays WHERE n <> 0"
        f" UNION ALL SELECT 'open', COALESCE(r.ministry_id, 0), {due}, 1, 1"
        " FROM commitments_commitment r WHERE r.is_published AND r.status = 'fulfilled'"
        " AND r.fulfilled_on > %s AND r.due_date < %s",
        [first, first, first, cutoff, today, today],
    )
    ranges = defaultdict(lambda: defaultdict(int))  # per histogram: range start -> rows
    known = defaultdict(lambda: defaultdict(int))  # per histogram: day -> rows
    for kind, scope_id, days, n, is_day in coarse:
        n = int(n)
        if is_day:
            known[(kind, scope_id)][days] += n
            days -= days % BUCKET
        ranges[(kind, scope_id)][days] += n
    # Per histogram: its size, its middle positions, and the ranges holding them with the
    # number of rows before each.
    chosen = {}
    for key, by_start in ranges.items():
        total = sum(by_start.values())
        if total <= 0:
            continue
        low, high = (total - 1) // 2, total // 2
        picked, before = [], 0
        for start in sorted(by_start):
            n = by_start[start]
            if n > 0 and before <= high and low < before + n:
                picked.append((start, before))
            before += n
            if before > high:
                break
        chosen[key] = (total, sorted({low, high}), picked)
    wanted = [
        (kind, scope_id, start, start + BUCKET)
        for (kind, scope_id), (_total, _positions, picked) in chosen.items()
        if kind != "made"
        for start, _before in picked
    ]
    if wanted:
        ranges_sql = " OR ".join(
            ["(kind = %s AND scope_id = %s AND days >= %s AND days < %s)"] * len(wanted)
        )
        for kind, scope_id, days, n in _rows(
            "SELECT kind, scope_id, days, n FROM commitments_latedays WHERE width = 1"
            f" AND n <> 0 AND (kind = 'late' OR days < %s) AND ({ranges_sql})",
            [cutoff, *itertools.chain.from_iterable(wanted)],
        ):
            known[(kind, scope_id)][days] += int(n)
    fulfilment = {"n": 0, "median": None}
    ministries = defaultdict(lambda: {"late_median": None, "overdue_median": None})
    for (kind, scope_id), (total, positions, picked) in chosen.items():
        counted = known[(kind, scope_id)]
        values = []
        for start, before in picked:
            for day in sorted(d for d in counted if start <= d < start + BUCKET):
                n = counted[day]
                values += [day for position in positions if before <= position < before + n]
                before += n
        median = _whole(sum(values) / len(values))
        if kind == "made":
            fulfilment = {"n": total, "median": median}
        elif kind == late:
            ministries[scope_id]["late_median"] = median
        elif kind == open_due:
            # Days late today are today minus the due day: the median turns round with it.
            ministries[scope_id]["overdue_median"] = _whole(cutoff - median)
    return fulfilment, dict(ministries)


def _whole(value):
    """A median as ``statistics.median`` gives it for whole days: an int, or a half."""
    return int(value) if value == int(value) else value


def _as_date(value):
    # SQLite returns dates of raw queries as text.
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value


def public_commitment_count() -> int:
    return scope_total(ALL)


def scope_total(scope, scope_id=0) -> int:
    rows = _rows(
        "SELECT SUM(n) FROM commitments_summarycount WHERE scope = %s AND scope_id = %s",
        [scope, scope_id],
    )
    return int(rows[0][0] or 0)


def public_document_count() -> int:
    """``Document.objects.public().count()``: the documents not confidential themselves,
    less the open annexes of confidential ones (a few, found through the partial index
    ``document_confidential_idx``)."""
    rows = _rows(
        "SELECT COALESCE((SELECT n FROM commitments_documentcount WHERE NOT is_confidential), 0)"
        " - (SELECT COUNT(*) FROM commitments_document p JOIN commitments_document a"
        " ON a.parent_id = p.id WHERE p.is_confidential AND NOT a.is_confidential)",
        [],
    )
    return int(rows[0][0])


# --- from scratch -----------------------------------------------------------------------


def recompute() -> dict[type, dict[tuple, int]]:
    """Every total from the tables themselves, with the ORM: {model: {key: value}}, zeros
    left out. Keys are the models' unique fields in order."""
    from ..models import Commitment, Document

    Status = Commitment.Status
    public = Commitment.objects.public()
    flags = public.annotate(
        has_due=Case(When(due_date__isnull=False, then=Value(True)), default=Value(False)),
        on_time=Case(
            When(Q(status=Status.FULFILLED, fulfilled_on__lte=F("due_date")), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        ),
    )
    counts = defaultdict(int)
    deltas = defaultdict(int)
    late = Q(status=Status.FULFILLED, fulfilled_on__gt=F("due_date"))
    starting = public.filter(due_date__isnull=False).filter(
        Q(status__in=Commitment.OPEN_STATUSES) | late
    )
    for scope, field in SCOPE_FIELDS.items():
        group = [field] if field else []
        for row in flags.values(*group, "status", "has_due", "on_time").annotate(n=Count("pk")):
            scope_id = row[field] or 0 if field else 0
            counts[(scope, scope_id, row["status"], row["has_due"], row["on_time"])] += row["n"]
        for rows, column, sign, shift in (
            (starting, "due_date", 1, 1),
            (public.filter(late), "fulfilled_on", -1, 0),
        ):
            for row in rows.values(*group, column).annotate(n=Count("pk")):
                scope_id = row[field] or 0 if field else 0
                day = row[column] + datetime.timedelta(days=shift)
                deltas[(scope, OverdueDelta.Period.DAY, day, scope_id)] += sign * row["n"]
                deltas[(scope, OverdueDelta.Period.MONTH, _month(day), scope_id)] += sign * row["n"]
    days = defaultdict(int)
    pairs = public.filter(
        status=Status.FULFILLED, made_on__isnull=False, fulfilled_on__isnull=False
    ).values("made_on", "fulfilled_on")
    for row in pairs.annotate(n=Count("pk")):
        days[((row["fulfilled_on"] - row["made_on"]).days,)] += row["n"]
    late_days = defaultdict(int)
    late_rows = public.filter(late, due_date__isnull=False).values(
        "ministry_id", "due_date", "fulfilled_on"
    )
    open_rows = public.filter(status__in=Commitment.OPEN_STATUSES, due_date__isnull=False)
    for kind, rows, days_of in (
        (
            LateDays.Kind.FULFILLED_LATE,
            late_rows,
            lambda row: row["fulfilled_on"] - row["due_date"],
        ),
        (
            LateDays.Kind.OPEN_DUE,
            open_rows.values("ministry_id", "due_date"),
            lambda row: row["due_date"] - EPOCH,
        ),
    ):
        for row in rows.annotate(n=Count("pk")):
            number = days_of(row).days
            for width, start in ((1, number), (BUCKET, number - number % BUCKET)):
                late_days[(kind, width, row["ministry_id"] or 0, start)] += row["n"]
    documents = {
        (row["is_confidential"],): row["n"]
        for row in Document.objects.values("is_confidential").annotate(n=Count("pk"))
    }
    result = {
        SummaryCount: counts,
        OverdueDelta: deltas,
        FulfilmentDays: days,
        DocumentCount: documents,
        LateDays: late_days,
    }
    return {model: {k: v for k, v in values.items() if v} for model, values in result.items()}


KEYS = {
    SummaryCount: (["scope", "scope_id", "status", "has_due", "on_time"], "n"),
    OverdueDelta: (["scope", "period", "day", "scope_id"], "delta"),
    FulfilmentDays: (["days"], "n"),
    DocumentCount: (["is_confidential"], "n"),
    LateDays: (["kind", "width", "scope_id", "days"], "n"),
}


def stored() -> dict[type, dict[tuple, int]]:
    result = {}
    for model, (keys, value) in KEYS.items():
        result[model] = {
            tuple(row[:-1]): row[-1]
            for row in model.objects.exclude(**{value: 0}).values_list(*keys, value)
        }
    return result


def drift() -> list[str]:
    """What the stored totals get wrong, one line per key; empty when they are exact."""
    expected, actual = recompute(), stored()
    lines = []
    for model in KEYS:
        want, have = expected[model], actual[model]
        for key in sorted(set(want) | set(have), key=repr):
            if want.get(key, 0) != have.get(key, 0):
                lines.append(
                    f"{model._meta.model_name} {key}: stored {have.get(key, 0)},"
                    f" counted {want.get(key, 0)}"
                )
    return lines


def rebuild() -> None:
    """Replace the stored totals by ``recompute()``. On PostgreSQL the tables the totals
    come from are locked against writes meanwhile, so no write is counted twice or lost."""
    from ..response_cache import bump_register_version

    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "LOCK TABLE commitments_commitment, commitments_debate,"
                    " commitments_document IN SHARE MODE"
                )
        expected = recompute()
        for model, (keys, value) in KEYS.items():
            # Raw: the ORM's delete() would fetch every row to send its signals.
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {model._meta.db_table}")
            model.objects.bulk_create(
                [
                    model(**dict(zip(keys, key, strict=True)), **{value: n})
                    for key, n in expected[model].items()
                ],
                batch_size=2000,
            )
        # The pages now show other numbers: no cached answer may outlive the fix.
        transaction.on_commit(bump_register_version)
