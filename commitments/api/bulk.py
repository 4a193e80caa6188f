"""The changes feed and the bulk download: the two ways other systems read everything."""

import itertools

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import View
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param
from rest_framework.views import APIView

from .. import bulk_json, bulk_rows, exports
from ..filters import CommitmentFilter
from ..models import Commitment, FeedEntry, ResourceKind
from ..query_params import filter_parameters, mark_vetted
from . import changes
from . import serializers as s
from .attach import attach_links
from .request_keys import check_query_parameters
from .views import (
    BAD_REQUEST,
    THROTTLED,
    CheckedParametersMixin,
)

Kind = ResourceKind


# --- changes feed ----------------------------------------------------------------------------


class ChangesView(CheckedParametersMixin, APIView):
    """Every public-facing change in order, with tombstones; see ``changes.py``."""

    permission_classes = [AllowAny]
    default_page_size = 100
    max_page_size = 1000

    query_parameters = frozenset({"since", "page_size", "format"})

    @extend_schema(
        summary="Wijzigingen sinds een positie (voor spiegels)",
        description=(
            "Elke publieke wijziging in volgorde: `upsert` met het object zoals de lijst het "
            "nu toont, of `delete` als het uit het openbare zicht is verdwenen (zonder reden "
            "of inhoud). Begin zonder `since` (alles) of met `since=now` (alleen de positie), "
            "en ga verder met `since` uit het antwoord."
        ),
        parameters=[
            OpenApiParameter(
                "since",
                OpenApiTypes.STR,
                description="Positie uit een eerder antwoord, of 'now'.",
            ),
            OpenApiParameter(
                "page_size",
                OpenApiTypes.INT,
                description="Aantal wijzigingen (standaard 100, hoogstens 1000).",
            ),
        ],
        responses={200: s.ChangesPageSerializer, 400: BAD_REQUEST, 429: THROTTLED},
    )
    def get(self, request):
        changes.publish()
        since_raw = request.query_params.get("since") or ""
        if since_raw == "now":
            position = changes.latest_position()
        elif since_raw:
            position = changes.read_token(since_raw)
            if position is None:
                raise ValidationError({"since": [_("Ongeldige positie.")]})
        else:
            position = 0
        size = self._page_size(request)
        entries = (
            list(FeedEntry.objects.filter(id__gt=position).order_by("id")[: size + 1])
            if since_raw != "now"
            else []
        )
        more = len(entries) > size
        entries = entries[:size]
        last = entries[-1].pk if entries else position
        current = {}
        for kind in {entry.kind for entry in entries if not entry.gone}:
            keys = {entry.key for entry in entries if entry.kind == kind and not entry.gone}
            current[kind] = {
                key: data for key, data in changes.represent(kind, request, keys=keys).values()
            }
        results = []
        for entry in entries:
            data = None if entry.gone else current[entry.kind].get(entry.key)
            results.append(
                {
                    "type": entry.kind,
                    "key": entry.key,
                    "action": "delete" if entry.gone else "upsert",
                    "changed_at": entry.recorded_at,
                    "data": data,
                }
            )
        token = changes.make_token(last)
        next_url = None
        if more:
            next_url = replace_query_param(request.build_absolute_uri(), "since", token)
        body = {"since": token, "more": more, "next": next_url, "results": results}
        return Response(s.ChangesPageSerializer(body).data)

    def _page_size(self, request):
        raw = request.query_params.get("page_size") or ""
        if not raw:
            return self.default_page_size
        if not (raw.isascii() and raw.isdigit() and len(raw) <= 5) or not (
            1 <= int(raw) <= self.max_page_size
        ):
            raise ValidationError(
                {
                    "page_size": [
                        _("Geef een geheel getal van 1 tot en met %(max)d.")
                        % {"max": self.max_page_size}
                    ]
                }
            )
        return int(raw)


# --- bulk download ---------------------------------------------------------------------------


class CommitmentExportView(View):
    """The whole filtered list in one streamed download, with the API's field names:
    ``/api/v1/commitments/export.ndjson`` (one object a line), ``.json``, ``.csv`` or
    ``.csv?format=csv-nl`` (semicolons). Same filters, ``fields`` and ``expand`` as the list;
    nested objects become their key in CSV."""

    formats = {"ndjson", "json", "csv"}

    def get(self, request, fmt):
        if fmt not in self.formats:
            return JsonResponse({"detail": _("Niet gevonden.")}, status=404)
        view = changes.list_view(Kind.COMMITMENT, Request(request))
        allowed = filter_parameters(CommitmentFilter) | {"fields", "expand"}
        if fmt == "csv":
            allowed |= {"format"}
        try:
            check_query_parameters(view.request, allowed)
            meta = view.get_serializer_class().Meta
            view.sparse_fields = view._names(view.request, "fields", meta.fields)
            view.expanded = view._names(view.request, "expand", meta.optional)
        except ValidationError as exc:
            return JsonResponse(exc.detail, status=400)
        variant = request.GET.get("format") or "csv"
        if fmt == "csv" and variant not in exports.CSV_DELIMITERS:
            return JsonResponse({"format": [_("Kies csv of csv-nl.")]}, status=400)
        filterset = CommitmentFilter(request.GET, queryset=view.get_queryset())
        if not filterset.is_valid():
            return JsonResponse(filterset.errors, status=400)
        queryset = filterset.qs
        if not filterset.form.cleaned_data.get("ordering"):
            queryset = queryset.order_by("pk")
        names = list(view.get_serializer(Commitment()).fields)
        # NDJSON and JSON from columns written as text (``bulk_json``) when every asked
        # field is a column; else (``?expand=``) objects through the serializer.
        as_text = fmt != "csv" and all(name in bulk_rows.API_FIELDS for name in names)
        if as_text:
            items = bulk_json.items(queryset, view.request, names, chunk_size=exports.CHUNK)
            encode = exports.as_text
        else:
            items, encode = self.items(view, queryset), exports.encode_json
        if fmt == "ndjson":
            response = exports.stream(
                items,
                lambda items: exports.ndjson_lines(items, encode=encode),
                content_type="application/x-ndjson; charset=utf-8",
                filename="toezeggingen.ndjson",
            )
        elif fmt == "json":
            response = exports.stream(
                items,
                lambda items: exports.json_pieces(items, encode=encode),
                content_type="application/json",
            )
        else:
            rows = ([flatten(item.get(name)) for name in names] for item in items)
            response = exports.stream(
                rows,
                lambda rows: exports.csv_lines(
                    names, rows, delimiter=exports.CSV_DELIMITERS[variant]
                ),
                content_type="text/csv; charset=utf-8",
                filename="toezeggingen.csv",
            )
        return mark_vetted(response)

    @staticmethod
    def items(view, queryset):
        """The serializer's fields for each row, one chunk at a time: read as columns
        (``bulk_rows.API_FIELDS``) when every asked field can be, else serialized (only
        ``?expand=links`` or ``events``, which are not columns)."""
        names = list(view.get_serializer(Commitment()).fields)
        if all(name in bulk_rows.API_FIELDS for name in names):
            yield from bulk_rows.rows(
                queryset, view.request, names, bulk_rows.API_FIELDS, chunk_size=exports.CHUNK
            )
            return
        rows = queryset.iterator(chunk_size=exports.CHUNK)
        while chunk := list(itertools.islice(rows, exports.CHUNK)):
            if view.expands("links"):
                attach_links(chunk)
            yield from view.get_serializer(chunk, many=True).data


def flatten(value):
    """A CSV cell for an API value: a nested object by its key, a list space-separated."""
    if type(value) is str:
        return value
    if isinstance(value, dict):
        for name in ("key", "identifier", "slug", "id", "url"):
            if value.get(name) not in (None, ""):
                return value[name]
        return ""
    if isinstance(value, list):
        return " ".join(str(flatten(item)) for item in value)
    return value
