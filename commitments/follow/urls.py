from django.urls import path

from . import views
from .models import FollowKind

urlpatterns = [
    path(
        "toezegging/<slug:value>/",
        views.FollowView.as_view(kind=FollowKind.COMMITMENT),
        name="follow-commitment",
    ),
    path(
        "ministerie/<slug:value>/",
        views.FollowView.as_view(kind=FollowKind.MINISTRY),
        name="follow-ministry",
    ),
    path(
        "commissie/<slug:value>/",
        views.FollowView.as_view(kind=FollowKind.COMMITTEE),
        name="follow-committee",
    ),
    path(
        "zoekopdracht/",
        views.FollowView.as_view(kind=FollowKind.SEARCH),
        name="follow-search",
    ),
    path("verstuurd/", views.SentView.as_view(), name="follow-sent"),
    path("bevestigen/<str:token>/", views.ConfirmView.as_view(), name="follow-confirm"),
    path("afmelden/<str:token>/", views.UnsubscribeView.as_view(), name="follow-unsubscribe"),
]
