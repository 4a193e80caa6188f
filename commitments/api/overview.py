"""The API's own pages: the summary counts, the root that lists every resource, and the
documentation pages (Redoc under the CSP). The resources are in ``views``."""

from csp.decorators import csp_update
from django.http import HttpResponse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from drf_spectacular.utils import (
    extend_schema,
)
from drf_spectacular.views import SpectacularRedocView
from rest_framework import routers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from .. import summary
from ..models import (
    Commitment,
    Ministry,
)
from . import serializers as s
from .views import BAD_REQUEST, CheckedParametersMixin


class SummaryView(CheckedParametersMixin, APIView):
    """Counts of published commitments: by status, overdue, and per ministry."""

    permission_classes = [AllowAny]

    @extend_schema(
        summary="Overzicht per status en ministerie",
        responses={200: s.SummarySerializer, 400: BAD_REQUEST},
    )
    def get(self, request):
        statuses = Commitment.Status.values
        # From the running totals (``commitments/summary``): the same numbers as counting
        # ``public()`` with ``overdue_q()``, in one query of a few hundred rows.
        rows = summary.ministry_rows()
        # The totals are the sum of the ministries, as they always were.
        overall = {
            "counts": {value: sum(row["counts"][value] for row in rows) for value in statuses},
            "overdue": sum(row["overdue"] for row in rows),
        }

        def shape(row):
            return {
                "total": sum(row["counts"].values()),
                "by_status": dict(row["counts"]),
                "overdue": row["overdue"],
            }

        ministries = []
        for row in rows:
            slug = row["slug"]
            ministry = Ministry(pk=row["id"], slug=slug, name=row["name"]) if slug else None
            ministries.append({"ministry": ministry, **shape(row)})
        data = {**shape(overall), "ministries": ministries}
        return Response(s.SummarySerializer(data, context={"request": request}).data)


# --- root ------------------------------------------------------------------------------------


class ApiRootView(CheckedParametersMixin, routers.APIRootView):
    """Every resource of API v1, the changes feed, the summary, the schema and its docs."""

    extra_urls = {
        "summary": "api:summary",
        "changes": "api:changes",
        "schema": "api:schema",
        "docs": "api:docs",
        "redoc": "api:redoc",
    }

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        for name, url_name in self.extra_urls.items():
            response.data[name] = reverse(url_name, request=request)
        response.data["commitments_export"] = reverse(
            "api:commitment-export", kwargs={"fmt": "ndjson"}, request=request
        )
        return response


class Router(routers.DefaultRouter):
    APIRootView = ApiRootView


# --- documentation pages ------------------------------------------------------------------


@method_decorator(
    # Redoc's search index runs in a worker built from a blob: URL; only this page allows it.
    csp_update({"worker-src": ["'self'", "blob:"]}),
    name="dispatch",
)
class RedocView(SpectacularRedocView):
    """Redoc without an inline script or Google Fonts, so the site's CSP can stay strict."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        page = format_html(
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>{}</title></head><body>"
            '<redoc spec-url="{}"></redoc><script src="{}"></script></body></html>',
            self.title or "Redoc",
            self._get_schema_url(request),
            self._redoc_standalone(),
        )
        return HttpResponse(page)
