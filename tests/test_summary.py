"""The running totals (``commitments/summary``) against the live querysets they replace.

Every check compares the numbers the pages and the API now read from the totals with the
numbers counting ``public()`` gives, after random writes through every path: saves, status
changes, unpublishing, deletes, queryset updates, bulk inserts, a debate moving committee,
documents turning confidential. Runs on SQLite and, with ``DATABASE_URL``, on PostgreSQL,
where the triggers are different code.
"""

import datetime
import random
import statistics
from collections import defaultdict

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.db.models import Count, F, Q
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from commitments import summary
from commitments.filters import CommitmentFilter
from commitments.models import (
    Commitment,
    Committee,
    Debate,
    Document,
    Ministry,
    SummaryCount,
    overdue_q,
)
from commitments.sitemaps import CommitmentSitemap, DocumentSitemap
from commitments.stats_views import month_ends
from commitments.views import commitment_counts, public_commitments, summary_counts

pytestmark = pytest.mark.django_db

Status = Commitment.Status
DAY = datetime.timedelta(days=1)


# --- the live computations, as the pages did them before the totals ---------------------


def live_ministry_rows(today):
    rows = (
        Commitment.objects.public()
        .values("ministry", "ministry__slug", "ministry__name", "status")
        .annotate(
            n=Count("pk"),
            with_due=Count("pk", filter=Q(due_date__isnull=False)),
            on_time=Count("pk", filter=Q(status=Status.FULFILLED, fulfilled_on__lte=F("due_date"))),
            overdue=Count("pk", filter=overdue_q(today)),
        )
        .order_by("ministry__name", "ministry__slug")
    )
    result = {}
    for row in rows:
        entry = result.setdefault(
            row["ministry"],
            {
                "id": row["ministry"],
                "slug": row["ministry__slug"],
                "name": row["ministry__name"],
                "counts": dict.fromkeys(Status.values, 0),
                "with_due": 0,
                "on_time": 0,
                "overdue": 0,
            },
        )
        entry["counts"][row["status"]] = row["n"]
        for name in ("with_due", "on_time", "overdue"):
            entry[name] += row[name]
    return list(result.values())


def live_median():
    pairs = Commitment.objects.public().filter(
        status=Status.FULFILLED, made_on__isnull=False, fulfilled_on__isnull=False
    )
    days = [(f - m).days for m, f in pairs.values_list("made_on", "fulfilled_on")]
    return {"n": len(days), "median": statistics.median(days) if days else None}


def live_late_medians(today):
    """Per ministry id, the statistics page's medians of days late, from the rows."""
    public = Commitment.objects.public()
    late, overdue = defaultdict(list), defaultdict(list)
    fulfilled_late = public.filter(status=Status.FULFILLED, fulfilled_on__gt=F("due_date"))
    for ministry, due, fulfilled in fulfilled_late.values_list(
        "ministry_id", "due_date", "fulfilled_on"
    ):
        late[ministry or 0].append((fulfilled - due).days)
    for ministry, due in public.filter(overdue_q(today)).values_list("ministry_id", "due_date"):
        overdue[ministry or 0].append((today - due).days)
    return {
        ministry: {
            "late_median": statistics.median(late[ministry]) if late[ministry] else None,
            "overdue_median": statistics.median(overdue[ministry]) if overdue[ministry] else None,
        }
        for ministry in late.keys() | overdue.keys()
    }


def assert_summary_is_live(today=None):
    today = today or timezone.localdate()
    public = Commitment.objects.public()
    assert summary.drift() == []
    assert summary_counts(today=today) == commitment_counts(public, today)
    for ministry in Ministry.objects.all():
        assert summary_counts(summary.MINISTRY, ministry.pk, today) == commitment_counts(
            public.filter(ministry=ministry), today
        ), ministry
    for committee in Committee.objects.all():
        assert summary_counts(summary.COMMITTEE, committee.pk, today) == commitment_counts(
            public.filter(debate__committee=committee), today
        ), committee
    rows = summary.ministry_rows(today)
    assert [row["id"] for row in rows] == [row["id"] for row in live_ministry_rows(today)]
    assert rows == live_ministry_rows(today)
    # Overdue on any day, through month boundaries, and the statistics chart's month ends.
    first = public.order_by("due_date").values_list("due_date", flat=True).first() or today
    days = [min(end, today) for end in month_ends(min(first, today), today)]
    live_series = [public.filter(overdue_q(day)).count() for day in days]
    assert summary.overdue_series(days, today) == live_series
    for day in (today, today.replace(day=1), today.replace(day=1) - DAY, today + 40 * DAY):
        assert summary.scope_counts(today=day)["overdue"] == public.filter(overdue_q(day)).count()
    fulfilment, medians = summary.statistics_medians(today)
    assert fulfilment == live_median()
    assert medians == live_late_medians(today)
    for day in (today - 30 * DAY, today + 40 * DAY):
        assert summary.statistics_medians(day)[1] == live_late_medians(day), day
    assert summary.public_commitment_count() == public.count()
    assert summary.public_document_count() == Document.objects.public().count()
    assert CommitmentSitemap().paginator.count == public.count()
    assert DocumentSitemap().paginator.count == Document.objects.public().count()


# --- a random register -------------------------------------------------------------------


class Register:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.today = timezone.localdate()
        self.ministries = [
            Ministry.objects.create(name=f"Ministerie van {name} (test)", slug=f"m-{i}")
            for i, name in enumerate(["Financiën", "Zorg", "Justitie", "Defensie"])
        ]
        self.committees = [
            Committee.objects.create(name=f"Testcommissie {i}", slug=f"c-{i}") for i in range(3)
        ]
        self.debates = [
            Debate.objects.create(
                kind=Debate.Kind.COMMISSIEDEBAT,
                date=self.today - i * DAY,
                subject=f"Debat {i}",
                committee=self.rng.choice([*self.committees, None]),
            )
            for i in range(6)
        ]
        self.counter = 0

    def date(self, spread=120):
        return self.today + self.rng.randint(-spread, spread // 2) * DAY

    def fields(self):
        rng = self.rng
        made_on = self.today - rng.randint(0, 150) * DAY if rng.random() < 0.9 else None
        due = None
        if rng.random() < 0.8:
            due = (made_on or self.today - 200 * DAY) + rng.randint(0, 120) * DAY
        status = rng.choice(Status.values)
        fulfilled_on = None
        if status == Status.FULFILLED:
            fulfilled_on = (made_on or self.today - 200 * DAY) + rng.randint(0, 160) * DAY
        return {
            "made_on": made_on,
            "due_date": due,
            "status": status,
            "fulfilled_on": fulfilled_on,
            "is_published": rng.random() < 0.85,
            "ministry": rng.choice([*self.ministries, None]),
            "debate": rng.choice([*self.debates, None]),
        }

    def new(self, save=True):
        self.counter += 1
        commitment = Commitment(key=f"tz-{self.counter}", text="Toezegging.", **self.fields())
        if save:
            commitment.save()
        return commitment

    def document(self, parent=None):
        self.counter += 1
        return Document.objects.create(
            identifier=f"doc-{self.counter}",
            title="Stuk",
            kind=Document.Kind.BRIEF,
            is_confidential=self.rng.random() < 0.3,
            parent=parent,
        )

    def random_write(self):
        rng = self.rng
        commitments = list(Commitment.objects.order_by("pk"))
        action = rng.randrange(9)
        if action == 0 or not commitments:
            self.new()
        elif action == 1:
            commitment = rng.choice(commitments)
            for name, value in self.fields().items():
                setattr(commitment, name, value)
            commitment.save()
        elif action == 2:
            commitment = rng.choice(commitments)
            commitment.is_published = not commitment.is_published
            commitment.save()
        elif action == 3:
            rng.choice(commitments).delete()
        elif action == 4:
            # A queryset update of many rows: one statement, no signals.
            Commitment.objects.filter(pk__in=[c.pk for c in rng.sample(commitments, 3)]).update(
                status=Status.LAPSED, fulfilled_on=None
            )
        elif action == 5:
            Commitment.objects.filter(due_date__isnull=False, made_on__isnull=False).filter(
                pk__in=[c.pk for c in rng.sample(commitments, min(4, len(commitments)))]
            ).update(due_date=F("due_date") + datetime.timedelta(days=rng.randint(1, 40)))
        elif action == 6:
            Commitment.objects.bulk_create([self.new(save=False) for _ in range(5)])
        elif action == 7:
            debate = rng.choice(self.debates)
            debate.committee = rng.choice([*self.committees, None])
            debate.save()
        else:
            Commitment.objects.filter(status=Status.OPEN, ministry__isnull=False).filter(
                pk__in=[c.pk for c in commitments[:: rng.randint(2, 5)]]
            ).update(ministry=rng.choice(self.ministries), is_published=True)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_totals_equal_live_counts_under_random_writes(seed):
    register = Register(seed)
    for _ in range(25):
        register.new()
    assert_summary_is_live()
    for _round in range(8):
        for _ in range(6):
            register.random_write()
        assert_summary_is_live()


@pytest.mark.parametrize("seed", [4, 5])
def test_list_page_counts_from_the_totals_equal_the_rows(client, seed):
    """The list page's count for the filters the totals are kept for, without a COUNT."""
    register = Register(seed)
    for _ in range(30):
        register.new()
    for _ in range(10):
        register.random_write()
    ministry, committee = register.ministries[0].slug, register.committees[1].slug
    from_totals = [
        {},
        {"status": "open"},
        {"status": ["open", "lapsed"]},
        {"overdue": "true"},
        {"overdue": "false"},
        {"ministry": ministry},
        {"ministry": ministry, "status": ["fulfilled", "partly_fulfilled"]},
        {"committee": committee, "overdue": "true"},
        {"committee": committee, "ordering": "due_date"},
    ]
    counted = [
        {"ministry": ministry, "committee": committee},
        {"status": "open", "overdue": "true"},
        {"status": "open", "q": "Toezegging"},
    ]
    for params in from_totals + counted:
        data = QueryDict(urlencode(params, doseq=True))
        filterset = CommitmentFilter(data, queryset=public_commitments())
        assert filterset.is_valid(), params
        expected = filterset.qs.count()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("commitments:commitment-list"), params)
        assert response.status_code == 200, params
        assert response.context["paginator"].count == expected, params
        counts = [
            q for q in queries if "COUNT(" in q["sql"] and "commitments_commitment" in q["sql"]
        ]
        assert (counts == []) is (params in from_totals), params


def test_overdue_moves_with_today_without_a_write():
    """The totals hold no 'today': the same rows answer for any day."""
    register = Register(4)
    for _ in range(40):
        register.new()
    for offset in (-400, -31, -1, 0, 1, 15, 45, 365):
        assert_summary_is_live(register.today + offset * DAY)


def test_medians_of_days_late_on_every_day_across_range_boundaries():
    """The medians are found in ranges of ``LateDays.BUCKET`` days first: every day of a
    stretch crossing several range boundaries (today's range cut at today, whole ranges
    before it) gives the medians of the rows themselves."""
    register = Register(6)
    for _ in range(60):
        register.new()
    for offset in range(-200, 60, 3):
        day = register.today + offset * DAY
        assert summary.statistics_medians(day)[1] == live_late_medians(day), day


def test_documents_turning_confidential_with_their_annexes():
    register = Register(5)
    parents = [register.document() for _ in range(5)]
    annexes = [register.document(parent=p) for p in parents for _ in range(2)]
    assert_summary_is_live()
    # Parent and annex change in the same statement, both ways.
    Document.objects.filter(pk__in=[parents[0].pk, annexes[0].pk]).update(is_confidential=True)
    assert_summary_is_live()
    Document.objects.filter(pk__in=[parents[0].pk, annexes[1].pk]).update(is_confidential=False)
    assert_summary_is_live()
    Document.objects.update(is_confidential=F("is_confidential") == False)  # noqa: E712
    assert_summary_is_live()
    annexes[3].delete()
    Document.objects.filter(pk=parents[1].pk).update(is_confidential=True)
    assert_summary_is_live()


def test_a_rolled_back_write_leaves_the_totals_as_they_were():
    register = Register(6)
    for _ in range(10):
        register.new()
    before = summary.stored()
    with pytest.raises(RuntimeError), transaction.atomic():
        Commitment.objects.update(status=Status.OPEN, fulfilled_on=None, is_published=True)
        register.new()
        raise RuntimeError
    assert summary.stored() == before
    assert_summary_is_live()


def test_loaddata_and_seed_are_counted(seed):
    assert Commitment.objects.public().exists()
    assert_summary_is_live()


def test_generate_data_is_counted():
    call_command("generate_data", commitments=60, documents=20, seed=7, verbosity=0)
    assert_summary_is_live()


def test_check_summary_reports_drift_and_fixes_it(seed, capsys):
    call_command("check_summary")
    assert "match the register" in capsys.readouterr().out
    SummaryCount.objects.filter(scope=summary.ALL).update(n=F("n") + 2)
    with pytest.raises(CommandError, match="drifted"):
        call_command("check_summary")
    assert "stored" in capsys.readouterr().out
    call_command("check_summary", fix=True)
    call_command("check_summary")
    assert_summary_is_live()


def test_pages_and_api_show_the_live_numbers(seed, client):
    register = Register(8)
    for _ in range(30):
        register.new()
    ministry = register.ministries[0]
    today = timezone.localdate()
    live = commitment_counts(Commitment.objects.public(), today)
    assert client.get(reverse("commitments:home")).context["counts"] == live
    page = client.get(reverse("commitments:ministry-detail", args=[ministry.slug]))
    assert page.context["counts"] == commitment_counts(
        Commitment.objects.public().filter(ministry=ministry), today
    )
    body = client.get(reverse("api:summary")).json()
    assert body["total"] == live["total"] and body["overdue"] == live["overdue"]
    assert [m["ministry"] and m["ministry"]["slug"] for m in body["ministries"]] == [
        row["slug"] for row in live_ministry_rows(today)
    ]
    stats = client.get(reverse("commitments:statistics")).context
    assert stats["fulfilment"] == live_median()
    ids = dict(Ministry.objects.values_list("slug", "pk"))
    medians = live_late_medians(today)
    none = {"late_median": None, "overdue_median": None}
    for row in stats["per_ministry"]["rows"]:
        expected = medians.get(ids.get(row["slug"], 0), none)
        assert {name: row[name] for name in none} == expected, row["slug"]


def test_triggers_run_on_the_database_in_use():
    assert connection.vendor in ("sqlite", "postgresql")
    register = Register(9)
    register.new()
    Commitment.objects.update(is_published=True)
    assert summary.public_commitment_count() == Commitment.objects.count()


def test_medians_whose_middle_pair_lies_in_two_ranges():
    """An even count whose two middle values lie in different ranges of
    ``summary.BUCKET`` days (and a later range not needed): the median is their mean, as
    ``statistics.median`` gives it, for days late, days overdue and days to fulfilment."""
    bucket = summary.BUCKET
    today = timezone.localdate()
    ministry = Ministry.objects.create(name="Midden", slug="midden")
    made = today - 2000 * DAY

    def make(key, due, status=Status.OPEN, fulfilled_on=None):
        Commitment.objects.create(
            key=key, text="T.", ministry=ministry, made_on=made, due_date=due, status=status,
            fulfilled_on=fulfilled_on, is_published=True,
        )  # fmt: skip

    # Days late: 10, bucket - 1 | bucket + 1, 3 * bucket: the middle pair straddles a range.
    for index, late in enumerate((10, bucket - 1, bucket + 1, 3 * bucket)):
        due = today - 1000 * DAY
        make(f"laat-{index}", due, Status.FULFILLED, due + late * DAY)
    # Overdue today by 5 and 5 + bucket days: two ranges of due dates.
    make("over-1", today - 5 * DAY)
    make("over-2", today - (5 + bucket) * DAY)
    fulfilment, medians = summary.statistics_medians(today)
    assert medians[ministry.pk] == {"late_median": bucket, "overdue_median": 5 + bucket / 2}
    assert medians == live_late_medians(today)
    assert fulfilment == live_median()
    assert fulfilment["median"] == 1000 + bucket
