"""The small tables: dossiers, meetings, debates, people, ministries, committees."""

from django.db.models import (
    Prefetch,
)
from django.http import Http404
from drf_spectacular.utils import (
    extend_schema,
    extend_schema_view,
)

from ...models import (
    Committee,
    Debate,
    Document,
    Dossier,
    Meeting,
    MeetingDocument,
    MeetingSession,
    Ministry,
    Person,
)
from .. import serializers as s
from ..attach import (
    public_documents,
)
from .base import NOT_FOUND, NOT_MODIFIED, ReadOnlyViewSet, public_commitments


@extend_schema_view(
    list=extend_schema(summary="Kamerstukdossiers"),
    retrieve=extend_schema(
        summary="Dossier met openbare stukken",
        responses={200: s.DossierDetailSerializer, 304: NOT_MODIFIED, 404: NOT_FOUND},
    ),
)
class DossierViewSet(ReadOnlyViewSet):
    lookup_field = "key"
    lookup_value_regex = r"[0-9]{1,9}(?:-[0-9A-Za-z]{1,10})?"
    serializer_class = s.DossierSerializer
    detail_serializer_class = s.DossierDetailSerializer
    default_ordering = "number"

    def get_queryset(self):
        queryset = Dossier.objects.all()
        if self.action == "retrieve":
            queryset = queryset.prefetch_related(
                Prefetch(
                    "documents",
                    # One more than is shown, so the answer can say it was cut.
                    queryset=public_documents().order_by("ondernummer", "id")[: s.NESTED_LIMIT + 1],
                    to_attr="first_documents",
                )
            )
        return queryset

    def cursor_key(self, obj) -> str:
        return s.dossier_key(obj)

    def cursor_pk(self, key: str):
        return Dossier.objects.by_reference(key, exact=True).values_list("pk", flat=True).first()

    def get_object(self):
        obj = self.get_queryset().by_reference(self.kwargs["key"], exact=True).first()
        if obj is None:
            raise Http404
        return obj


@extend_schema_view(
    list=extend_schema(summary="Bijeenkomsten met sessies en stukken"),
    retrieve=extend_schema(responses={200: s.MeetingSerializer, 304: NOT_MODIFIED, 404: NOT_FOUND}),
)
class MeetingViewSet(ReadOnlyViewSet):
    lookup_field = "slug"
    serializer_class = s.MeetingSerializer
    default_ordering = "-start_date"

    def get_queryset(self):
        return Meeting.objects.prefetch_related(
            Prefetch(
                "sessions",
                queryset=MeetingSession.objects.order_by("order").prefetch_related(
                    Prefetch("guests", queryset=Person.objects.order_by("name"))
                ),
            ),
            Prefetch(
                "links",
                queryset=MeetingDocument.objects.filter(document__in=Document.objects.public())
                .select_related("document__dossier")
                .defer("document__text", "document__search_vector")
                .order_by("role", "document__identifier"),
            ),
        )


@extend_schema_view(
    list=extend_schema(summary="Debatten"),
    retrieve=extend_schema(responses={200: s.DebateSerializer, 304: NOT_MODIFIED, 404: NOT_FOUND}),
)
class DebateViewSet(ReadOnlyViewSet):
    lookup_value_regex = r"[0-9]{1,18}"
    serializer_class = s.DebateSerializer
    default_ordering = "-date"

    def get_queryset(self):
        return Debate.objects.select_related("committee").prefetch_related(
            Prefetch(
                "commitments",
                queryset=public_commitments().order_by("key")[: s.NESTED_LIMIT + 1],
                to_attr="first_commitments",
            )
        )


@extend_schema_view(
    list=extend_schema(summary="Personen"),
    retrieve=extend_schema(responses={200: s.PersonSerializer, 304: NOT_MODIFIED, 404: NOT_FOUND}),
)
class PersonViewSet(ReadOnlyViewSet):
    lookup_field = "slug"
    serializer_class = s.PersonSerializer
    default_ordering = "name"
    queryset = Person.objects.select_related("ministry")


@extend_schema_view(
    list=extend_schema(summary="Ministeries"),
    retrieve=extend_schema(
        responses={200: s.MinistrySerializer, 304: NOT_MODIFIED, 404: NOT_FOUND}
    ),
)
class MinistryViewSet(ReadOnlyViewSet):
    lookup_field = "slug"
    serializer_class = s.MinistrySerializer
    default_ordering = "name"
    queryset = Ministry.objects.all()


@extend_schema_view(
    list=extend_schema(summary="Commissies"),
    retrieve=extend_schema(
        responses={200: s.CommitteeSerializer, 304: NOT_MODIFIED, 404: NOT_FOUND}
    ),
)
class CommitteeViewSet(ReadOnlyViewSet):
    lookup_field = "slug"
    serializer_class = s.CommitteeSerializer
    default_ordering = "name"
    queryset = Committee.objects.all()
