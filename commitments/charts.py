"""The statistics page's two SVG charts, written in Python from the geometry
``stats_views`` computes (the same markup the template wrote).

In the template the two loops (a group with a bar per status per ministry, a bar and a
tick per month) were a third of the page's CPU: every number went through the template
engine's lookups, ``localize`` and escaping. The public site's tables are built the same
way (``commitments/tables.py``)."""

from django.template.defaultfilters import date as date_filter
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _


def _n(value) -> str:
    """A number as the template showed ``{{ value }}``: localized, escaped."""
    return conditional_escape(localize(value))


def ministry_chart(per_ministry) -> SafeString:
    """Stacked bars: per ministry a bar per status, with its total."""
    width, height = _n(per_ministry["width"]), _n(per_ministry["height"])
    label_x = _n(per_ministry["label_x"])
    title = conditional_escape(
        _(
            "Staafdiagram: toezeggingen per ministerie, gestapeld naar status. De getallen"
            " staan in de tabel."
        )
    )
    parts = [
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
        ' aria-labelledby="ministry-chart-title">\n'
        f'        <title id="ministry-chart-title">{title}</title>\n'
    ]
    for row in per_ministry["rows"]:
        parts.append(
            f'        <g transform="translate(0 {_n(row["y"])})">\n'
            f'          <text x="{label_x}" y="20" text-anchor="end" class="chart-label">'
            f"{conditional_escape(row['name'])}</text>\n"
        )
        for segment in row["segments"]:
            if segment["value"]:
                parts.append(
                    f'          <rect x="{conditional_escape(str(segment["x"]))}" y="6"'
                    f' width="{conditional_escape(str(segment["width"]))}" height="20"'
                    f' class="fill-{conditional_escape(segment["status"])}"><title>'
                    f"{conditional_escape(segment['label'])}: {_n(segment['value'])}"
                    "</title></rect>\n"
                )
        parts.append(
            f'          <text x="{conditional_escape(str(row["total_x"]))}" y="20"'
            f' class="chart-label">{_n(row["total"])}</text>\n        </g>\n'
        )
    parts.append("      </svg>")
    return SafeString("".join(parts))


def overdue_chart(series) -> SafeString:
    """Columns: overdue at each month end, with a tick per month."""
    width, height = _n(series["width"]), _n(series["height"] + 30)
    baseline, bar_width = _n(series["baseline"]), _n(series["bar_width"])
    tick_y = _n(series["baseline"] + 8)
    title = conditional_escape(
        _(
            "Kolomdiagram: aantal toezeggingen over de termijn aan het eind van elke maand."
            " De getallen staan in de tabel."
        )
    )
    parts = [
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
        ' aria-labelledby="overdue-chart-title">\n'
        f'        <title id="overdue-chart-title">{title}</title>\n'
        f'        <line x1="36" y1="{baseline}" x2="{width}" y2="{baseline}" class="axis"></line>\n'
        f'        <text x="30" y="{_n(series["top"] + 4)}" text-anchor="end" class="chart-label">'
        f"{_n(series['peak'])}</text>\n"
        f'        <text x="30" y="{baseline}" text-anchor="end" class="chart-label">0</text>\n'
    ]
    for point in series["points"]:
        day = point["date"]
        parts.append(
            f'        <rect x="{_n(point["x"])}" y="{conditional_escape(str(point["y"]))}"'
            f' width="{bar_width}" height="{conditional_escape(str(point["height"]))}"'
            f' class="fill-overdue"><title>{conditional_escape(date_filter(day, "F Y"))}:'
            f" {_n(point['count'])}</title></rect>\n"
            f'        <text transform="translate({_n(point["x"] + 13)} {tick_y}) rotate(60)"'
            f' class="chart-tick">{conditional_escape(date_filter(day, "m-Y"))}</text>\n'
        )
    parts.append("      </svg>")
    return SafeString("".join(parts))
