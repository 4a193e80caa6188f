"""The statistics page: counts per ministry and status, the deadline shares and medians,
overdue per month, time to fulfilment. Only public commitments count."""

import datetime
import statistics

from django.db import connection
from django.db.models import (
    Aggregate,
    Count,
    DateField,
    F,
    FloatField,
    Func,
    IntegerField,
    Min,
    Q,
    Value,
)
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from . import summary
from .models import Commitment, overdue_q
from .templatetags.tracker import thousands

Status = Commitment.Status
OPEN_STATUSES = Commitment.OPEN_STATUSES


def month_ends(first: datetime.date, last: datetime.date):
    """Last day of every month from ``first``'s month up to and including ``last``'s."""
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
        yield datetime.date(next_year, next_month, 1) - datetime.timedelta(days=1)
        year, month = next_year, next_month


# At most this many months in the overdue chart: enough history without an unreadable chart.
STATS_MONTHS = 36


class StatisticsView(TemplateView):
    template_name = "commitments/statistics.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        public = Commitment.objects.public()
        # PostgreSQL computes medians in the grouped queries (percentile_cont); elsewhere one
        # query reads the few columns of the rows any median needs, for the whole page.
        late_rows = None if connection.vendor == "postgresql" else self.late_rows(public, today)
        per_ministry = self.per_ministry(public, today, late_rows)
        overdue_series = self.overdue_series(public, today)
        return super().get_context_data(
            per_ministry=per_ministry,
            overdue_series=overdue_series,
            fulfilment=self.fulfilment_days(public, late_rows),
            tables=statistics_tables(per_ministry, overdue_series),
            statuses=list(Status),
            **kwargs,
        )

    @staticmethod
    def late_rows(public, today):
        """(ministry slug, status, made_on, due_date, fulfilled_on, overdue) of every row a
        median counts: fulfilled with a date (late, or days to fulfilment) and overdue now."""
        return list(
            public.filter(Q(status=Status.FULFILLED, fulfilled_on__isnull=False) | overdue_q(today))
            .with_overdue(today)
            .order_by()
            .values_list(
                "ministry__slug", "status", "made_on", "due_date", "fulfilled_on", "overdue"
            )
        )

    def per_ministry(self, public, today, late_rows):
        """Counts per ministry and status, the deadline shares and the medians of days late,
        in one grouped scan; on SQLite the medians come from ``late_rows`` instead."""
        fulfilled_late = Q(status=Status.FULFILLED, fulfilled_on__gt=F("due_date"))
        aggregates = {
            **{f"n_{status.value}": Count("pk", filter=Q(status=status)) for status in Status},
            # The deadline questions, in the same scan: how many had a due date, were met
            # by it, and are past it now.
            "with_due": Count("pk", filter=Q(due_date__isnull=False)),
            "on_time": Count(
                "pk", filter=Q(status=Status.FULFILLED, fulfilled_on__lte=F("due_date"))
            ),
            "overdue": Count("pk", filter=overdue_q(today)),
        }
        if late_rows is None:
            aggregates["late_median"] = Median(
                DaysBetween("due_date", "fulfilled_on"), fulfilled_late
            )
            aggregates["overdue_median"] = Median(
                DaysBetween("due_date", Value(today, output_field=DateField())), overdue_q(today)
            )
        counts = (
            public.values("ministry__name", "ministry__slug")
            .annotate(**aggregates)
            .order_by("ministry__name")
        )
        medians = python_medians(late_rows, today) if late_rows is not None else {}
        rows = {}
        for row in counts:
            key = row["ministry__slug"] or ""
            entry = {
                "name": row["ministry__name"] or _("Ministerie onbekend"),
                "slug": key,
                "counts": {status.value: row[f"n_{status.value}"] for status in Status},
                **{name: row[name] for name in ("with_due", "on_time", "overdue")},
                "late_median": row.get("late_median"),
                "overdue_median": row.get("overdue_median"),
                **medians.get(key, {}),
            }
            rows[key] = entry
        table = sorted(rows.values(), key=lambda r: (r["slug"] == "", r["name"]))
        widest = max((sum(r["counts"].values()) for r in table), default=0) or 1
        # Geometry for the stacked bar chart; the template only draws.
        # Full ministry names: the label column is as wide as the longest (about 7 px a
        # character at the chart's 13 px), the bars keep their width.
        bar_area, row_height = 460, 34
        longest = max((len(r["name"]) for r in table), default=0)
        label_width = max(200, 7 * longest + 12)
        for index, entry in enumerate(table):
            entry["total"] = sum(entry["counts"].values())
            # Shares of the commitments that had a due date: met by it, and past it now.
            due = entry["with_due"]
            entry["on_time_share"] = round(100 * entry["on_time"] / due) if due else None
            entry["overdue_share"] = round(100 * entry["overdue"] / due) if due else None
            entry["y"] = index * row_height
            x = label_width
            entry["segments"] = []
            for status in Status:
                value = entry["counts"][status.value]
                width = round(value / widest * bar_area, 1)
                entry["segments"].append(
                    {
                        "status": status.value,
                        "label": status.label,
                        "value": value,
                        "x": x,
                        "width": width,
                    }
                )
                x += width
            entry["total_x"] = x + 6
        return {
            "rows": table,
            "height": max(len(table), 1) * row_height + 10,
            "width": label_width + bar_area + 50,
            "label_x": label_width - 8,
        }

    def overdue_series(self, public, today):
        first = public.aggregate(first=Min("due_date"))["first"]
        if first is None:
            return {"points": [], "height": 0, "width": 0}
        earliest = datetime.date(today.year - STATS_MONTHS // 12, today.month, 1)
        first = max(first, earliest)
        # The current month is counted up to today, not to its last day.
        days = [min(end, today) for end in month_ends(first, today)]
        # Every month end from the running totals: a hundred rows, not a table scan.
        counts = summary.overdue_series(days, today)
        points = [{"date": day, "count": count} for day, count in zip(days, counts, strict=True)]
        peak = max((p["count"] for p in points), default=0) or 1
        chart_height, bar_width, gap, top = 180, 18, 6, 20
        for index, point in enumerate(points):
            height = round(point["count"] / peak * chart_height, 1)
            point["x"] = 40 + index * (bar_width + gap)
            point["height"] = height
            point["y"] = top + chart_height - height
            point["label_y"] = point["y"] - 4
        return {
            "points": points,
            "bar_width": bar_width,
            "peak": peak,
            "baseline": top + chart_height,
            "top": top,
            "width": 40 + len(points) * (bar_width + gap) + 10,
            "height": top + chart_height + 30,
        }

    def fulfilment_days(self, public, late_rows):
        if late_rows is not None:
            days = [
                (fulfilled - made).days
                for _slug, status, made, _due, fulfilled, _overdue in late_rows
                if status == Status.FULFILLED and made and fulfilled
            ]
            return {"n": len(days), "median": statistics.median(days) if days else None}
        # The running totals keep a histogram of these days: no scan of the published rows.
        n, median = summary.fulfilment_median()
        return {"n": n, "median": median}


def days_label(days) -> str:
    """A median in days: whole, or with the language's decimal comma for a half."""
    if days is None:
        return "—"
    return number_format(days, decimal_pos=0 if days == int(days) else 1, force_grouping=True)


def statistics_tables(per_ministry, overdue_series) -> list[dict]:
    """The statistics page's tables as data, so one include draws all of them (caption,
    columns, a header cell and value cells per row; a cell may link)."""
    list_url = reverse("commitments:commitment-list")
    statuses = list(Status)
    by_status = {
        "id": "ministry-table",
        "folded": True,
        "caption": _("Aantal toezeggingen per ministerie en status"),
        "columns": [s.label for s in statuses] + [_("Totaal")],
        "empty": _("Nog geen toezeggingen."),
        "rows": [],
    }
    deadlines = {
        "id": "deadline-table",
        "folded": False,
        "caption": _("Op tijd voldaan, over de termijn en mediaan dagen te laat, per ministerie"),
        "columns": [
            _("Met termijn"),
            _("Op tijd voldaan"),
            _("Nu over de termijn"),
            _("Mediaan dagen te laat (voldaan na de termijn)"),
            _("Mediaan dagen te laat (nog over de termijn)"),
        ],
        "empty": _("Nog geen toezeggingen."),
        "rows": [],
    }
    for row in per_ministry["rows"]:
        header = {
            "text": row["name"],
            "url": reverse("commitments:ministry-detail", args=[row["slug"]])
            if row["slug"]
            else "",
        }
        by_status["rows"].append(
            {
                "header": header,
                "cells": [{"text": thousands(seg["value"])} for seg in row["segments"]]
                + [{"text": thousands(row["total"])}],
            }
        )
        overdue_query = urlencode(
            {"overdue": "true", **({"ministry": row["slug"]} if row["slug"] else {})}
        )
        deadlines["rows"].append(
            {
                "header": header,
                "cells": [
                    {"text": thousands(row["with_due"])},
                    {
                        "text": f"{row['on_time_share']}%"
                        if row["on_time_share"] is not None
                        else "—",
                        "meta": f"({thousands(row['on_time'])})"
                        if row["on_time_share"] is not None
                        else "",
                    },
                    {
                        "text": "—"
                        if row["overdue_share"] is None
                        else f"{row['overdue_share']}% ({thousands(row['overdue'])})"
                        if row["overdue"]
                        else "0%",
                        "url": f"{list_url}?{overdue_query}&ordering=overdue"
                        if row["overdue"]
                        else "",
                    },
                    {"text": days_label(row["late_median"])},
                    {"text": days_label(row["overdue_median"])},
                ],
            }
        )
    per_month = {
        "id": "overdue-table",
        "folded": True,
        "caption": _("Toezeggingen over de termijn aan het eind van de maand"),
        "header_label": _("Peildatum"),
        "columns": [_("Over de termijn")],
        "empty": _("Nog geen toezeggingen met een termijn."),
        "rows": [
            {
                "header": {"text": date_format(p["date"], "j F Y"), "date": p["date"]},
                "cells": [{"text": thousands(p["count"])}],
            }
            for p in overdue_series["points"]
        ],
    }
    for table in (by_status, deadlines):
        table["header_label"] = _("Ministerie")
    return {"by_status": by_status, "deadlines": deadlines, "per_month": per_month}


class Median(Aggregate):
    """PostgreSQL's ``percentile_cont(0.5)``: the median, halfway between the two middle
    values of an even count (as ``statistics.median``)."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, filter=None):
        super().__init__(expression, filter=filter)


class DaysBetween(Func):
    """``end - start`` in days: PostgreSQL subtracts two dates into an integer."""

    template = "(%(expressions)s)"
    arg_joiner = " - "
    output_field = IntegerField()

    def __init__(self, start, end):
        start = F(start) if isinstance(start, str) else start
        end = F(end) if isinstance(end, str) else end
        super().__init__(end, start)


def python_medians(rows, today) -> dict[str, dict]:
    """Per ministry slug, the medians of days late (fulfilled late; overdue now) from the
    rows of ``StatisticsView.late_rows``: the same numbers as the PostgreSQL aggregates."""
    late, overdue = {}, {}
    for slug, status, _made, due, fulfilled, is_overdue in rows:
        slug = slug or ""
        if status == Status.FULFILLED and due and fulfilled > due:
            late.setdefault(slug, []).append((fulfilled - due).days)
        if is_overdue:  # overdue_q, computed by the database
            overdue.setdefault(slug, []).append((today - due).days)
    return {
        slug: {
            "late_median": statistics.median(late[slug]) if slug in late else None,
            "overdue_median": statistics.median(overdue[slug]) if slug in overdue else None,
        }
        for slug in late.keys() | overdue.keys()
    }
