"""Statistics per ministry: the share met on time and the share overdue now."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from commitments.models import Commitment, Ministry

pytestmark = pytest.mark.django_db


def test_shares_on_time_and_overdue_per_ministry(client, db):
    ministry = Ministry.objects.create(name="Justitie en Veiligheid", slug="jenv")
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    Status = Commitment.Status

    def make(key, due, status=Status.OPEN, fulfilled_on=None):
        Commitment.objects.create(
            key=key, text="T.", ministry=ministry, due_date=due, status=status,
            fulfilled_on=fulfilled_on, is_published=True,
        )  # fmt: skip

    make("op-tijd", today - 50 * day, Status.FULFILLED, today - 60 * day)
    make("te-laat", today - 50 * day, Status.FULFILLED, today - 10 * day)
    make("over", today - 5 * day)
    make("nog-niet", today + 5 * day)
    make("zonder-termijn", None)  # not counted in either share

    response = client.get(reverse("commitments:statistics"))
    row = next(r for r in response.context["per_ministry"]["rows"] if r["slug"] == "jenv")
    assert (row["with_due"], row["on_time"], row["overdue"]) == (4, 1, 1)
    assert (row["on_time_share"], row["overdue_share"]) == (25, 25)
    page = response.content.decode()
    assert "Toon als tabel" in page
    assert "?overdue=true&amp;ministry=jenv&amp;ordering=overdue" in page


def test_median_days_late_per_ministry_fulfilled_late_and_still_overdue(client, db):
    """Both medians, on the database in use (PostgreSQL's percentile_cont or the rows read
    once on SQLite), halfway between the middle two for an even count."""
    ministry = Ministry.objects.create(name="Binnenlandse Zaken en Koninkrijksrelaties", slug="bzk")
    other = Ministry.objects.create(name="Financiën", slug="fin")
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    Status = Commitment.Status

    def make(key, due, status=Status.OPEN, fulfilled_on=None, to=ministry):
        Commitment.objects.create(
            key=key, text="T.", ministry=to, due_date=due, status=status,
            fulfilled_on=fulfilled_on, is_published=True,
        )  # fmt: skip

    # Fulfilled late by 10, 20 and 40 days: median 20. One on time does not count.
    for n, late in enumerate((10, 20, 40)):
        make(f"laat-{n}", today - 100 * day, Status.FULFILLED, today - (100 - late) * day)
    make("op-tijd", today - 100 * day, Status.FULFILLED, today - 120 * day)
    # Overdue now by 5 and 8 days (one partly fulfilled): median 6.5. Lapsed never counts.
    make("over-5", today - 5 * day)
    make("over-8", today - 8 * day, Status.PARTLY_FULFILLED)
    make("vervallen", today - 300 * day, Status.LAPSED)
    make("elders", today - 3 * day, to=other)

    response = client.get(reverse("commitments:statistics"))
    rows = {r["slug"]: r for r in response.context["per_ministry"]["rows"]}
    assert (rows["bzk"]["late_median"], rows["bzk"]["overdue_median"]) == (20, 6.5)
    assert (rows["fin"]["late_median"], rows["fin"]["overdue_median"]) == (None, 3)
    page = response.content.decode()
    assert "Mediaan dagen te laat (voldaan na de termijn)" in page
    assert "Mediaan dagen te laat (nog over de termijn)" in page
    assert "6,5" in page
    # Full names, in the table and in the chart's labels.
    assert page.count("Binnenlandse Zaken en Koninkrijksrelaties") >= 3
    with translation.override("nl"):  # the English request leaves English active
        english = client.get("/en" + reverse("commitments:statistics")).content.decode()
    assert "6.5" in english


def test_statistics_page_draws_every_table_from_one_include(client, seed):
    page = client.get(reverse("commitments:statistics")).content.decode()
    for table in ("ministry-table", "deadline-table", "overdue-table"):
        assert f'<table id="{table}">' in page
    assert page.count("Toon als tabel") == 2  # the two charts' tables


def test_charts_draw_a_bar_per_status_and_a_column_per_month_escaped(client, db):
    """The charts are written in Python (``commitments/charts.py``): a bar per status a
    ministry has, titled with its label and count, the ministry's total, a column and a
    tick per month end, names escaped."""
    ministry = Ministry.objects.create(name="Zaken <b>& Co</b>", slug="zaken")
    today = timezone.localdate()
    Status = Commitment.Status
    for key, status in (("a", Status.OPEN), ("b", Status.OPEN), ("c", Status.LAPSED)):
        Commitment.objects.create(
            key=key, text="T.", ministry=ministry, status=status, is_published=True,
            due_date=today - datetime.timedelta(days=40),
        )  # fmt: skip
    response = client.get(reverse("commitments:statistics"))
    page = response.content.decode()
    chart = page[page.index('aria-labelledby="ministry-chart-title"') : page.index("</svg>")]
    assert "Zaken &lt;b&gt;&amp; Co&lt;/b&gt;</text>" in chart
    assert "<b>" not in chart
    assert chart.count("<rect ") == 2  # open and lapsed; no bar for a status without rows
    assert 'class="fill-open"><title>Openstaand: 2</title></rect>' in chart
    assert 'class="fill-lapsed"><title>Vervallen: 1</title></rect>' in chart
    assert 'class="chart-label">3</text>' in chart
    series = response.context["overdue_series"]
    columns = page[page.index('aria-labelledby="overdue-chart-title"') :]
    columns = columns[: columns.index("</svg>")]
    assert columns.count('class="fill-overdue">') == len(series["points"]) >= 2
    assert columns.count('class="chart-tick">') == len(series["points"])
    last = series["points"][-1]
    assert f'height="{last["height"]}" class="fill-overdue"><title>' in columns
    assert f": {last['count']}</title></rect>" in columns
    assert f'class="chart-tick">{today:%m-%Y}</text>' in columns
