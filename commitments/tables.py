"""Tables of the public pages written in Python: the commitment table and the statistics'.

The commitment table (``_commitment_table.html``) is on the list page and on every ministry,
committee, meeting, dossier and Kamerstuk page. Written as a template it cost 20 ms of CPU
for 50 rows (about 25 variable lookups, three ``date`` filters, two ``reverse()`` calls and
an include a row): half of a ministry page's time without the cache (issue 18, profiled at
100,000 rows). Here the labels, the month names and the two URL patterns are worked out once
per table, and a row is one ``format_html``. The markup is the templates' it replaces
(kept in ``tests/data/legacy_*.html``); ``tests/test_tables.py`` compares both on varied
rows in both languages.
"""

from django.urls import reverse
from django.utils.dates import MONTHS
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .api.serializers import URL_PLACEHOLDER
from .bulk_rows import PATH_SAFE, url_template
from .models import Commitment

ROW = (
    "\n    <tr>\n"
    '      <th scope="row" class="commitment-cell">\n'
    '        <a href="{}"{}>{}</a>\n'
    '        <span class="meta">{}{}{}</span>\n'
    "      </th>\n"
    '      <td data-label="{}"><span class="status status-{}">{}</span>{}</td>\n'
    '      <td data-label="{}">{}</td>\n'
    '      <td data-label="{}">{}</td>\n'
    "    </tr>"
)


def _page_url(view_name):
    """``reverse(view_name, args=[value])`` from one reversed pattern."""
    return url_template(reverse(view_name, args=[URL_PLACEHOLDER]), PATH_SAFE)


class _Labels:
    """What every row of one table says the same, in the active language."""

    def __init__(self):
        self.status = _("Status")
        self.due = _("Termijn")
        self.ministry = _("Ministerie")
        self.made_on = _("gedaan op")
        self.unknown = format_html('<span class="muted">{}</span>', _("onbekend"))
        self.overdue = format_html(
            ' <span class="status status-overdue">{}</span>', _("Over de termijn")
        )
        # ``source_lang``: Dutch source text marked as such on a page in another language.
        self.lang = mark_safe(' lang="nl"') if get_language() != "nl" else ""
        self.months = {number: str(name) for number, name in MONTHS.items()}
        self.commitment_url = _page_url("commitments:commitment-detail")
        self.ministry_url = _page_url("commitments:ministry-detail")

    def long_date(self, day):
        """The ``date:"j F Y"`` filter."""
        return f"{day.day} {self.months[day.month]} {day.year}"


def _row(commitment: Commitment, labels: _Labels) -> SafeString:
    made_on = made_by = ""
    if commitment.made_on:
        made_on = format_html(" · {} {}", labels.made_on, labels.long_date(commitment.made_on))
    if commitment.made_by:
        made_by = format_html(" · {}", commitment.made_by.name)
    if commitment.due_date:
        due = format_html(
            '<time datetime="{}">{}</time>',
            commitment.due_date.isoformat(),
            labels.long_date(commitment.due_date),
        )
    elif commitment.due_description:
        due = format_html("<span{}>{}</span>", labels.lang, commitment.due_description)
    else:
        due = labels.unknown
    if commitment.ministry:
        ministry = format_html(
            '<a href="{}">{}</a>',
            labels.ministry_url(commitment.ministry.slug),
            commitment.ministry.name,
        )
    else:
        ministry = labels.unknown
    return format_html(
        ROW,
        labels.commitment_url(commitment.key),
        labels.lang,
        Truncator(commitment.text).words(30, truncate=" …"),
        commitment.number or commitment.key,
        made_on,
        made_by,
        labels.status,
        commitment.status,
        commitment.get_status_display(),
        labels.overdue if commitment.is_overdue else "",
        labels.due,
        due,
        labels.ministry,
        ministry,
    )


def commitment_rows(commitments) -> SafeString:
    """The ``<tr>`` of each commitment, as the table's ``<tbody>`` holds them."""
    labels = _Labels()
    return mark_safe("".join(_row(commitment, labels) for commitment in commitments))


def _cell(cell) -> SafeString:
    if cell.get("url"):
        value = format_html('<a href="{}">{}</a>', cell["url"], cell["text"])
    else:
        value = conditional_escape(cell["text"])
    if cell.get("meta"):
        value = format_html('{} <span class="meta">{}</span>', value, cell["meta"])
    return format_html('<td class="num">{}</td>', value)


def _header(header) -> SafeString:
    if header.get("url"):
        return format_html('<a href="{}">{}</a>', header["url"], header["text"])
    if header.get("date"):
        return format_html(
            '<time datetime="{}">{}</time>', header["date"].isoformat(), header["text"]
        )
    return conditional_escape(header["text"])


def data_table(table) -> SafeString:
    """One table of the statistics page from its data (``stats_views.statistics_tables``):
    caption, columns, a header cell and value cells per row; a chart's table is folded
    under "Toon als tabel". In a template the month-end table alone (a row a month since
    the first deadline) cost more than the page's queries."""
    columns = "".join(
        format_html('<th scope="col" class="num">{}</th>', c) for c in table["columns"]
    )
    rows = [
        format_html(
            '\n        <tr>\n          <th scope="row">{}</th>\n          {}\n        </tr>',
            _header(row["header"]),
            mark_safe("".join(_cell(cell) for cell in row["cells"])),
        )
        for row in table["rows"]
    ] or [
        format_html(
            '\n        <tr><td colspan="{}">{}</td></tr>', len(table["columns"]) + 1, table["empty"]
        )
    ]
    html = format_html(
        '<div class="table-scroll">\n    <table id="{}">\n      <caption>{}</caption>\n'
        "      <thead>\n        <tr>\n"
        '          <th scope="col">{}</th>\n          {}\n        </tr>\n      </thead>\n'
        "      <tbody>{}\n      </tbody>\n    </table>\n    </div>",
        table["id"],
        table["caption"],
        table["header_label"],
        mark_safe(columns),
        mark_safe("".join(rows)),
    )
    if table.get("folded"):
        html = format_html(
            '<details class="as-table">\n    <summary>{}</summary>\n    {}\n    </details>',
            _("Toon als tabel"),
            html,
        )
    return html
