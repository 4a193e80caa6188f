"""CSV, JSON and iCalendar exports of the filtered public list."""

import csv
import datetime

import icalendar
from django.db.models import Prefetch
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from .filters import CommitmentFilter
from .models import Commitment, Document
from .query_params import filter_parameters, mark_vetted, unknown_parameter_errors
from .views import default_order, public_commitments

EXPORT_FIELDS = [
    "key",
    "number",
    "text",
    "status",
    "status_label",
    "overdue",
    "made_on",
    "made_by",
    "ministry",
    "made_in",
    "due_date",
    "due_description",
    "fulfilled_on",
    "fulfilled_by",
    "url",
    "updated_at",
]

# Cells a spreadsheet would run as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def export_row(commitment, request):
    made_in = ""
    if commitment.debate:
        made_in = str(commitment.debate)
    elif commitment.document and commitment.document_public:
        made_in = commitment.document.citation or commitment.document.title
    return {
        "key": commitment.key,
        "number": commitment.number or "",
        "text": commitment.text,
        "status": commitment.status,
        "status_label": str(commitment.get_status_display()),
        "overdue": commitment.is_overdue,
        "made_on": commitment.made_on.isoformat() if commitment.made_on else None,
        "made_by": commitment.made_by.name if commitment.made_by else "",
        "ministry": commitment.ministry.name if commitment.ministry else "",
        "made_in": made_in,
        "due_date": commitment.due_date.isoformat() if commitment.due_date else None,
        "due_description": commitment.due_description,
        "fulfilled_on": commitment.fulfilled_on.isoformat() if commitment.fulfilled_on else None,
        "fulfilled_by": [document.identifier for document in commitment.fulfilled_by.all()],
        "url": request.build_absolute_uri(commitment.get_absolute_url()),
        "updated_at": commitment.updated_at.isoformat(),
    }


class FilteredExportView(View):
    """Runs the list's FilterSet; an invalid filter is the client's mistake: 400."""

    def get(self, request):
        filterset = CommitmentFilter(request.GET, queryset=public_commitments())
        unknown = unknown_parameter_errors(request.GET, filter_parameters(CommitmentFilter))
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
        queryset = queryset.prefetch_related(
            Prefetch("fulfilled_by", queryset=Document.objects.public().order_by("identifier"))
        )
        return mark_vetted(self.render(request, queryset))

    def render(self, request, queryset):
        raise NotImplementedError


class CsvExportView(FilteredExportView):
    def render(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="toezeggingen.csv"'
        # A BOM makes Excel read the file as UTF-8 (ë, ï in Dutch text).
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow(EXPORT_FIELDS)
        for commitment in queryset:
            row = export_row(commitment, request)
            writer.writerow([csv_cell(row[field]) for field in EXPORT_FIELDS])
        return response


def csv_cell(value):
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
        results = [export_row(commitment, request) for commitment in queryset]
        return JsonResponse(
            {"count": len(results), "results": results}, json_dumps_params={"ensure_ascii": False}
        )


class IcsExportView(FilteredExportView):
    """Due dates of open commitments as all-day events (RFC 5545 via ``icalendar``)."""

    def render(self, request, queryset):
        queryset = queryset.filter(
            status__in=Commitment.OPEN_STATUSES, due_date__isnull=False
        ).order_by("due_date", "key")
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//Toezeggingenregister//NL")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", _("Termijnen toezeggingen"))
        host = request.get_host()
        stamp = timezone.now()
        for commitment in queryset:
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
            calendar.add_component(event)
        response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="termijnen.ics"'
        return response
