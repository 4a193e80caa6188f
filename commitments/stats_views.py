"""The statistics page: counts per ministry and status, the deadline shares and medians,
overdue per month, time to fulfilment. Only public commitments count."""

import datetime

from django.db.models import Min
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from . import charts, summary
from .models import Commitment
from .templatetags.tracker import thousands

Status = Commitment.Status


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
        # The running totals keep histograms of these days: no scan of the rows.
        fulfilment, medians = summary.statistics_medians(today)
        per_ministry = self.per_ministry(today, medians)
        overdue_series = self.overdue_series(public, today)
        return super().get_context_data(
            per_ministry=per_ministry,
            overdue_series=overdue_series,
            fulfilment=fulfilment,
            tables=statistics_tables(per_ministry, overdue_series),
            charts={
                "by_ministry": charts.ministry_chart(per_ministry) if per_ministry["rows"] else "",
                "overdue": charts.overdue_chart(overdue_series) if overdue_series["points"] else "",
            },
            statuses=list(Status),
            **kwargs,
        )

    def per_ministry(self, today, medians):
        """Counts per ministry and status and the deadline shares from the running totals
        (one query of a few hundred rows, not a scan of the register), with the medians of
        days late (``summary.statistics_medians``)."""
        rows = {}
        for row in summary.ministry_rows(today):
            key = row["slug"] or ""
            rows[key] = {
                "name": row["name"] or _("Ministerie onbekend"),
                "slug": key,
                "counts": row["counts"],
                **{name: row[name] for name in ("with_due", "on_time", "overdue")},
                "late_median": None,
                "overdue_median": None,
                **medians.get(row["id"] or 0, {}),
            }
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
