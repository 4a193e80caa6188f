"""REST API v1."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import bulk, errors, overview, views

app_name = "api"

router = overview.Router()
router.register("commitments", views.CommitmentViewSet, basename="commitment")
router.register("documents", views.DocumentViewSet, basename="document")
router.register("dossiers", views.DossierViewSet, basename="dossier")
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("debates", views.DebateViewSet, basename="debate")
router.register("persons", views.PersonViewSet, basename="person")
router.register("ministries", views.MinistryViewSet, basename="ministry")
router.register("committees", views.CommitteeViewSet, basename="committee")

urlpatterns = [
    path("summary/", overview.SummaryView.as_view(), name="summary"),
    path("changes/", bulk.ChangesView.as_view(), name="changes"),
    path(
        "commitments/export.<str:fmt>",
        bulk.CommitmentExportView.as_view(),
        name="commitment-export",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's init script as a file: no inline script for the CSP.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", overview.RedocView.as_view(url_name="api:schema"), name="redoc"),
    *router.urls,
    # Last: anything else under /api/v1/ is a JSON 404, not Django's HTML page.
    re_path(r"^", errors.not_found),
]
