"""Kamerstukken and other documents: list, detail, what they promise and fulfil."""

from django.db.models import (
    BooleanField,
    ExpressionWrapper,
    Prefetch,
)
from drf_spectacular.utils import (
    extend_schema,
    extend_schema_view,
)

from ...models import (
    Commitment,
    Document,
    Fulfilment,
    MeetingDocument,
    public_document_q,
)
from .. import serializers as s
from ..attach import (
    attach_made_and_mentioned,
    public_documents,
)
from ..filters import DocumentFilter
from .base import BAD_REQUEST, NOT_FOUND, NOT_MODIFIED, THROTTLED, ReadOnlyViewSet


@extend_schema_view(
    list=extend_schema(
        summary="Kamerstukken",
        description="Openbare Kamerstukken (nooit vertrouwelijke stukken of hun bijlagen).",
        responses={200: s.DocumentSerializer(many=True), 400: BAD_REQUEST, 429: THROTTLED},
    ),
    retrieve=extend_schema(
        summary="Kamerstuk met tekst",
        responses={200: s.DocumentDetailSerializer, 304: NOT_MODIFIED, 404: NOT_FOUND},
    ),
)
class DocumentViewSet(ReadOnlyViewSet):
    lookup_field = "identifier"
    serializer_class = s.DocumentSerializer
    detail_serializer_class = s.DocumentDetailSerializer
    filterset_class = DocumentFilter
    cursor_ordering_fields = ("date", "identifier", "updated_at")
    search_ordering = "-date"

    def get_queryset(self):
        queryset = (
            Document.objects.public()
            .select_related("dossier", "sender", "ministry", "parent__dossier")
            .annotate(
                parent_public=ExpressionWrapper(
                    public_document_q("parent__"), output_field=BooleanField()
                )
            )
            .defer("search_vector", "parent__text", "parent__search_vector")
        )
        nested = {
            "attachments": Prefetch(
                "attachments", queryset=public_documents().order_by("identifier")
            ),
            "cites": Prefetch("cites", queryset=public_documents().order_by("identifier")),
            "meetings": Prefetch(
                "meeting_links",
                queryset=MeetingDocument.objects.select_related("meeting").order_by(
                    "meeting__start_date", "role"
                ),
            ),
            "commitments_fulfilled": Prefetch(
                "fulfilments",
                queryset=Fulfilment.objects.filter(commitment__in=Commitment.objects.public())
                .select_related("commitment")
                .defer("commitment__text", "commitment__search_vector")
                .order_by("commitment__key"),
            ),
        }
        queryset = queryset.prefetch_related(
            *(prefetch for name, prefetch in nested.items() if self.wants(name))
        )
        if (self.action == "list" and not self.expands("text")) or not self.wants("text"):
            queryset = queryset.defer("text")
        return queryset

    def _attach(self, documents):
        if self.wants("commitments_made") or self.wants("commitments_mentioned"):
            attach_made_and_mentioned(documents)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self._attach(page or [])
        return page

    def get_object(self):
        document = super().get_object()
        self._attach([document])
        return document
