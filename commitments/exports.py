"""CSV, JSON, NDJSON and iCalendar exports of the filtered public list, streamed.

Rows come from ``iterator(chunk_size=…)`` (a server-side cursor on PostgreSQL, prefetches per
chunk) and are written as they arrive, so a million rows take as much memory as a thousand.
An export of at most ``STREAM_AFTER`` rows is still one ordinary answer, which the response
cache can keep; a bigger one is a ``StreamingHttpResponse``.
"""

import csv
import datetime
import itertools

import icalendar
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from icalendar.parser import _escape_char as ical_escape
from icalendar.parser import _foldline as ical_foldline

from tracker import liveness

from . import bulk_rows
from .filters import CommitmentFilter
from .models import Commitment
from .query_params import filter_parameters, mark_vetted, unknown_parameter_errors
from .throttling import throttled
from .views import default_order, public_commitments

# The columns of the pages' export, in order; their values: ``bulk_rows.PAGE_FIELDS``.
EXPORT_FIELDS = list(bulk_rows.PAGE_FIELDS)

# Cells a spreadsheet would run as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Rows per database round trip (and per query for their documents) while streaming.
CHUNK = 2000
# Up to this many rows an export is one ordinary (cacheable) answer.
STREAM_AFTER = 2000
# Characters per write of a streamed answer.
BLOCK = 64 * 1024
# CSV dialects: ``csv`` (comma, for programs) and ``csv-nl`` (semicolon, for a Dutch
# spreadsheet, which reads comma files as one column). Both start with a UTF-8 BOM so Excel
# reads ë and ï correctly.
CSV_DELIMITERS = {"csv": ",", "csv-nl": ";"}


class _Echo:
    """A file for ``csv.writer`` that hands back each line instead of keeping it."""

    def write(self, value):
        return value


def csv_lines(header, rows, *, delimiter=","):
    writer = csv.writer(_Echo(), delimiter=delimiter)
    yield "\ufeff" + writer.writerow(header)
    for row in rows:
        yield writer.writerow([csv_cell(value) for value in row])


# ``json.dumps(item, cls=DjangoJSONEncoder, ensure_ascii=False)`` without a new encoder a row.
encode_json = DjangoJSONEncoder(ensure_ascii=False).encode


def as_text(item):
    """``encode`` for items that are already JSON text (``bulk_json``)."""
    return item


def json_pieces(items, encode=encode_json):
    """``{"results": [...], "count": n}`` written item by item (count last: it is known
    only at the end)."""
    yield '{"results": ['
    count = 0
    for item in items:
        yield ("," if count else "") + encode(item)
        count += 1
    yield f'], "count": {count}}}'


def ndjson_lines(items, encode=encode_json):
    for item in items:
        yield encode(item) + "\n"


def blocks(pieces, size=BLOCK):
    """``pieces`` joined into blocks of about ``size`` characters, as bytes: one write to
    the socket per block instead of one per row, and a sign of life to the server each."""
    buffer, length = [], 0
    for piece in pieces:
        buffer.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(buffer).encode()
            liveness.notify()
            buffer, length = [], 0
    if buffer:
        yield "".join(buffer).encode()


def stream(rows, render, *, content_type, filename=None):
    """Render ``rows`` (an iterator) with ``render``; small answers whole, big ones streamed.

    The first ``STREAM_AFTER + 1`` rows decide: fewer, and everything is already read, so
    the answer is an ordinary ``HttpResponse``.
    """
    first = list(itertools.islice(rows, STREAM_AFTER + 1))
    if len(first) <= STREAM_AFTER:
        response = HttpResponse("".join(render(iter(first))), content_type=content_type)
    else:
        pieces = render(itertools.chain(first, rows))
        response = StreamingHttpResponse(blocks(pieces), content_type=content_type)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def page_rows(queryset, request):
    """The pages' export rows (``EXPORT_FIELDS``), read as columns ``CHUNK`` at a time."""
    return bulk_rows.rows(queryset, request, EXPORT_FIELDS, bulk_rows.PAGE_FIELDS, chunk_size=CHUNK)


@method_decorator(throttled, name="dispatch")
class FilteredExportView(View):
    """Runs the list's FilterSet; an invalid filter is the client's mistake: 400. The most
    expensive answers of the site, so anonymous clients are throttled (``ExportThrottle``)."""

    options = frozenset()

    def get(self, request):
        filterset = CommitmentFilter(request.GET, queryset=public_commitments())
        unknown = unknown_parameter_errors(
            request.GET, filter_parameters(CommitmentFilter) | self.options
        )
        if unknown or not filterset.is_valid():
            errors = {
                **{
                    name: [{"message": m, "code": "unknown"} for m in ms]
                    for name, ms in unknown.items()
                },
                **filterset.errors.get_json_data(),
            }
            return JsonResponse({"errors": errors}, status=400)
        queryset = filterset.qs
        cleaned = filterset.form.cleaned_data
        if not cleaned.get("ordering") and not cleaned.get("q"):
            queryset = default_order(queryset)
        return mark_vetted(self.render(request, queryset))

    def render(self, request, queryset):
        raise NotImplementedError


class CsvExportView(FilteredExportView):
    """``?format=csv-nl``: semicolons for a Dutch spreadsheet."""

    options = frozenset({"format"})

    def render(self, request, queryset):
        variant = request.GET.get("format") or "csv"
        if variant not in CSV_DELIMITERS:
            return JsonResponse(
                {"errors": {"format": [{"message": _("Kies csv of csv-nl."), "code": "invalid"}]}},
                status=400,
            )
        rows = (list(row.values()) for row in page_rows(queryset, request))
        return stream(
            rows,
            lambda rows: csv_lines(EXPORT_FIELDS, rows, delimiter=CSV_DELIMITERS[variant]),
            content_type="text/csv; charset=utf-8",
            filename="toezeggingen.csv",
        )


def csv_cell(value):
    if type(value) is str:  # most cells: the general path's checks cost a row a third more
        return "'" + value if value.startswith(FORMULA_PREFIXES) else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = " ".join(value)
    value = str(value)
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class JsonExportView(FilteredExportView):
    def render(self, request, queryset):
        return stream(page_rows(queryset, request), json_pieces, content_type="application/json")


class NdjsonExportView(FilteredExportView):
    """One JSON object per line: a client can process a million rows as they arrive."""

    def render(self, request, queryset):
        return stream(
            page_rows(queryset, request),
            ndjson_lines,
            content_type="application/x-ndjson; charset=utf-8",
            filename="toezeggingen.ndjson",
        )


class IcsExportView(FilteredExportView):
    """Due dates of open commitments as all-day events (RFC 5545), written from columns the
    way ``icalendar`` writes the event of ``event()`` (``tests/test_bulk_exports.py`` holds
    them equal): an ``icalendar.Event`` a row cost about 2.5 ms."""

    COLUMNS = ("key", "number", "text", "due_date", "due_description", "updated_at")

    def render(self, request, queryset):
        queryset = queryset.filter(
            status__in=Commitment.OPEN_STATUSES, due_date__isnull=False
        ).order_by("due_date", "key")
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//Toezeggingenregister//NL")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", _("Termijnen toezeggingen"))
        # The calendar's own lines, then each event as it is read, then its end.
        head, _sep, tail = calendar.to_ical().decode().rpartition("END:VCALENDAR")
        host = request.get_host()
        stamp = timezone.now()
        events = ics_events(request, host, stamp)

        def render(rows):
            yield head
            yield from map(events, rows)
            yield "END:VCALENDAR" + tail

        rows = bulk_rows.value_rows(queryset, self.COLUMNS, chunk_size=CHUNK)
        return stream(
            rows, render, content_type="text/calendar; charset=utf-8", filename="termijnen.ics"
        )

    @staticmethod
    def event(request, commitment, host, stamp):
        """The event of one commitment through ``icalendar``: what ``ics_events`` writes."""
        event = icalendar.Event()
        event.add("uid", f"{commitment.key}@{host}")
        event.add("dtstamp", stamp)
        event.add("last-modified", commitment.updated_at)
        event.add("dtstart", commitment.due_date)
        event.add("dtend", commitment.due_date + datetime.timedelta(days=1))
        event.add(
            "summary",
            _("Termijn toezegging: %(label)s") % {"label": commitment.number or commitment.key},
        )
        description = commitment.text
        if commitment.due_description:
            description += "\n\n" + _("Termijn: %(due)s") % {"due": commitment.due_description}
        event.add("description", description)
        event.add("url", request.build_absolute_uri(commitment.get_absolute_url()))
        return event


def _ical_date(value):
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _ical_utc(value):
    """A ``DATE-TIME`` in UTC as ``icalendar`` writes DTSTAMP and LAST-MODIFIED."""
    value = value.astimezone(datetime.UTC)
    return f"{_ical_date(value)}T{value.hour:02d}{value.minute:02d}{value.second:02d}Z"


def ical_fold(line):
    """``icalendar``'s folding (75 octets a line), without its per-character loop for the
    lines that need none or are plain ASCII."""
    if len(line) < 75 and len(line.encode()) < 75:
        return line
    if line.isascii() and "\\" not in line and "^" not in line:
        return "\r\n ".join(line[i : i + 74] for i in range(0, len(line), 74))
    return ical_foldline(line)


def ics_events(request, host, stamp):
    """A function from a row of ``IcsExportView.COLUMNS`` to its ``VEVENT`` text; what does
    not depend on the row (labels, the URL's prefix, DTSTAMP) is worked out here, once."""
    url = bulk_rows.Context(request).page_url("commitments:commitment-detail")
    summary = _("Termijn toezegging: %(label)s")
    due = _("Termijn: %(due)s")
    stamp_line = f"DTSTAMP:{_ical_utc(stamp)}\r\n"
    one_day = datetime.timedelta(days=1)

    def event(row):
        description = row["text"]
        if row["due_description"]:
            description += "\n\n" + due % {"due": row["due_description"]}
        label = summary % {"label": row["number"] or row["key"]}
        return "".join(
            (
                "BEGIN:VEVENT\r\n",
                ical_fold("SUMMARY:" + ical_escape(label)),
                "\r\nDTSTART;VALUE=DATE:",
                _ical_date(row["due_date"]),
                "\r\nDTEND;VALUE=DATE:",
                _ical_date(row["due_date"] + one_day),
                "\r\n",
                stamp_line,
                ical_fold(f"UID:{ical_escape(row['key'] + '@' + host)}"),
                "\r\n",
                ical_fold("DESCRIPTION:" + ical_escape(description)),
                "\r\nLAST-MODIFIED:",
                _ical_utc(row["updated_at"]),
                "\r\n",
                ical_fold("URL:" + url(row["key"])),
                "\r\nEND:VEVENT\r\n",
            )
        )

    return event
