"""Public, read-only pages, feeds and exports."""

from django.urls import include, path

from . import exports, feeds, stats_views, views

app_name = "commitments"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("toezeggingen/", views.CommitmentListView.as_view(), name="commitment-list"),
    path(
        "toezeggingen/<slug:key>/",
        views.CommitmentDetailView.as_view(),
        name="commitment-detail",
    ),
    path(
        "kamerstukken/<slug:identifier>/",
        views.DocumentDetailView.as_view(),
        name="document-detail",
    ),
    path("bijeenkomsten/", views.MeetingListView.as_view(), name="meeting-list"),
    path("bijeenkomsten/<slug:slug>/", views.MeetingDetailView.as_view(), name="meeting-detail"),
    path("dossiers/<str:number>/", views.DossierView.as_view(), name="dossier-detail"),
    path("personen/<slug:slug>/", views.PersonView.as_view(), name="person-detail"),
    path("ministeries/<slug:slug>/", views.MinistryView.as_view(), name="ministry-detail"),
    path("commissies/<slug:slug>/", views.CommitteeView.as_view(), name="committee-detail"),
    path("statistieken/", stats_views.StatisticsView.as_view(), name="statistics"),
    path("over/", views.AboutView.as_view(), name="about"),
    path(
        "toegankelijkheid/",
        views.InfoPageView.as_view(template_name="commitments/accessibility.html"),
        name="accessibility",
    ),
    path(
        "privacy/",
        views.InfoPageView.as_view(template_name="commitments/privacy.html"),
        name="privacy",
    ),
    path(
        "contact/",
        views.InfoPageView.as_view(template_name="commitments/contact.html"),
        name="contact",
    ),
    path(
        "open-data/",
        views.InfoPageView.as_view(template_name="commitments/open_data.html"),
        name="open-data",
    ),
    path("feeds/toezeggingen/", feeds.CommitmentFeed(), name="feed"),
    path(
        "feeds/ministeries/<slug:slug>/",
        feeds.MinistryCommitmentFeed(),
        name="feed-ministry",
    ),
    path(
        "feeds/commissies/<slug:slug>/",
        feeds.CommitteeCommitmentFeed(),
        name="feed-committee",
    ),
    path("export/toezeggingen.csv", exports.CsvExportView.as_view(), name="export-csv"),
    path("export/toezeggingen.json", exports.JsonExportView.as_view(), name="export-json"),
    path("export/toezeggingen.ndjson", exports.NdjsonExportView.as_view(), name="export-ndjson"),
    path("export/termijnen.ics", exports.IcsExportView.as_view(), name="export-ics"),
    path("volgen/", include("commitments.follow.urls")),
]
