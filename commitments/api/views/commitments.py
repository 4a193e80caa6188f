"""The commitments: list, detail, history, the four write actions for clerk systems."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import (
    Prefetch,
)
from django.http import Http404
from django.utils import timezone
from django.utils.http import parse_etags
from django.utils.translation import gettext as _
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.exceptions import (
    ValidationError,
)
from rest_framework.response import Response

from ... import services
from ...filters import CommitmentFilter, CommitmentOrderingFilter
from ...models import (
    Commitment,
    CommitmentEvent,
    ConcurrentEditError,
    Fulfilment,
    public_document_q,
)
from ...query_params import (
    filter_parameters,
)
from .. import compiled, fast, nested
from .. import serializers as s
from ..attach import (
    attach_events,
    attach_links,
    ordered_events,
    public_documents,
)
from ..request_keys import representation_etag
from .base import (
    BAD_REQUEST,
    NOT_FOUND,
    NOT_MODIFIED,
    THROTTLED,
    WRITE_ACTIONS,
    IsClerk,
    ReadOnlyViewSet,
)


@extend_schema_view(
    list=extend_schema(
        summary="Toezeggingen",
        description=(
            "Gepubliceerde toezeggingen, nieuwste registratie eerst. Filters combineren met EN; "
            "`ordering` accepteert één veld, de cursor blijft daarbij geldig; of een van de "
            "vragen van de lijstpagina: `overdue` (langst over de termijn eerst) en `due_soon` "
            "(eerstvolgende termijn eerst), beide met toezeggingen zonder termijn achteraan."
        ),
        responses={200: s.CommitmentSerializer(many=True), 400: BAD_REQUEST, 429: THROTTLED},
    ),
    retrieve=extend_schema(
        summary="Toezegging met geschiedenis",
        responses={200: s.CommitmentDetailSerializer, 304: NOT_MODIFIED, 404: NOT_FOUND},
    ),
)
class CommitmentViewSet(ReadOnlyViewSet):
    lookup_field = "key"
    serializer_class = s.CommitmentSerializer
    detail_serializer_class = s.CommitmentDetailSerializer
    filterset_class = CommitmentFilter
    cursor_ordering_fields = ("made_on", "due_date", "updated_at", "key", "number")
    attaches_documents = False
    # The list page's questions, the same values as its form (one FilterSet serves both).
    offset_orderings = tuple(CommitmentOrderingFilter.QUESTIONS)
    # ?q= without ?ordering=: the order of the pages' search (``CommitmentQuerySet.search``).
    search_ordering = "-made_on"
    # Filters whose SQL is a function of their cleaned value (and the day, which every
    # shape holds): a filtered list of these is compiled once per set of values. Not the
    # search (it asks the planner first), ``updated_since`` (it publishes pending changes
    # first) nor the document filters (they read the matching ids into the SQL).
    pure_filters = frozenset(
        {
            "status",
            "overdue",
            "ministry",
            "person",
            "committee",
            "made_on",
            "due_date",
            "fulfilled_on",
            "debate",
            "ordering",
        }
    )

    def get_permissions(self):
        if self.action in WRITE_ACTIONS:
            return [IsClerk()]
        return super().get_permissions()

    def get_serializer_class(self):
        return {
            "fulfil": s.FulfilInputSerializer,
            "partly_fulfil": s.FulfilInputSerializer,
            "lapse": s.LapseInputSerializer,
            "due_date": s.DueDateInputSerializer,
        }.get(self.action) or super().get_serializer_class()

    def get_queryset(self):
        key = self.queryset_key()
        if key is not None:
            return compiled.template(key, self._build_queryset)
        return self._build_queryset()

    def queryset_key(self):
        """What decides the list's or the detail's queryset: the answer's shape and the
        day (``_answer_shape``); None for the writes and outside a request's reads."""
        if not self.attaches_documents or self.action not in ("list", "retrieve"):
            return None
        if not hasattr(self, "sparse_fields"):
            return None
        return (*self._answer_shape("commitment-queryset"), self.action)

    def _build_queryset(self):
        # Clerks may record history on a commitment that is not published yet.
        writing = self.action in WRITE_ACTIONS
        queryset = Commitment.objects.all() if writing else Commitment.objects.public()
        queryset = queryset.with_overdue().defer("search_vector")
        related = [
            name
            for name, shown in (
                ("ministry", "ministry"),
                ("made_by", "made_by"),
                ("debate", "made_in"),
            )
            if writing or self.wants(shown) or (name == "debate" and self.wants("activity_number"))
        ]
        if related:
            queryset = queryset.select_related(*related)
        if self.attaches_documents:
            # The documents come after the rows are read (``attach_nested``: one query, not
            # three), and only the columns the answer shows are read.
            shown = fast.columns(self.get_serializer_class(), self.get_serializer_context())
            if shown is not None:
                queryset = queryset.only(
                    *shown, self.lookup_field, "document", *self.cursor_ordering_fields
                )
        else:
            queryset = queryset.prefetch_related(*self.document_prefetches(writing))
        if self.attaches_documents and self.action == "retrieve":
            return queryset  # the events come from ``attach_events``
        if (self.action != "list" and self.wants("events")) or self.expands("events"):
            queryset = queryset.prefetch_related(Prefetch("events", queryset=ordered_events()))
        return queryset

    def document_prefetches(self, writing):
        """The nested documents as prefetches, for whoever iterates ``get_queryset()``
        itself (the changes feed, the exports, the writes' answers)."""
        if writing or self.wants("made_in"):
            yield Prefetch("document", queryset=public_documents())
        if writing or self.wants("fulfilled_by"):
            yield Prefetch(
                "fulfilments",
                # Joins, not ``document__in=<public documents>``: that subquery cost a
                # semi-join per row and about a fifth of the query's compile time.
                queryset=Fulfilment.objects.filter(public_document_q("document__"))
                .select_related("document__dossier")
                .defer("document__text", "document__search_vector")
                .order_by("document__date", "document__identifier"),
            )
        if writing or self.wants("mentioned_in"):
            yield Prefetch("mentioned_in", queryset=public_documents())

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # The list and the detail read their page, then its documents in one query.
        self.attaches_documents = self.action in ("list", "retrieve")

    def attach_nested(self, commitments):
        if self.attaches_documents and self.action == "retrieve" and self.wants("events"):
            attach_events(commitments)
        if self.attaches_documents:
            nested.attach_documents(
                commitments,
                made_in=self.wants("made_in"),
                fulfilled_by=self.wants("fulfilled_by"),
                mentioned_in=self.wants("mentioned_in"),
            )
        if self.expands("links"):
            attach_links(commitments)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.attach_nested(page or [])
        return page

    def get_object(self):
        if self.action == "retrieve" and self.attaches_documents:
            commitment = self._get_detail()
        else:
            commitment = super().get_object()
        self.attach_nested([commitment])
        return commitment

    def page_shape(self):
        """What decides a list page's SQL (``KeysetPagination`` compiles it once per
        shape): the answer's shape and, when filters are given, their cleaned values
        (``filter_key``); None when a filter makes the SQL per request."""
        if not self.attaches_documents or self.action != "list":
            return None
        if filter_parameters(self.filterset_class).isdisjoint(self.request.query_params):
            return self._answer_shape("commitment-list")
        key = getattr(self, "filter_key", None)
        if key is None:
            return None
        return (*self._answer_shape("commitment-list"), key)

    def _answer_shape(self, name):
        # The overdue annotation compares with today: a new day is a new shape.
        return (
            name,
            type(self),
            self.get_serializer_class(),
            self.sparse_fields,
            self.expanded,
            timezone.localdate(),
        )

    def _get_detail(self):
        """``super().get_object()`` from SQL compiled once per answer shape and day (the
        overdue annotation compares with today); only the key changes between requests."""
        query = compiled.compiled(
            self._answer_shape("commitment-detail"),
            lambda: self.get_queryset().filter(key=compiled.text_placeholder(0))[:2],
        )
        found = query.instances([self.kwargs[self.lookup_url_kwarg or self.lookup_field]])
        if not found:
            raise Http404
        self.check_object_permissions(self.request, found[0])
        return found[0]

    def _respond(self, commitment):
        fresh = self.get_queryset().get(pk=commitment.pk)
        serializer = s.CommitmentDetailSerializer(fresh, context=self.get_serializer_context())
        return Response(serializer.data)

    def _write(self, request, apply):
        # The change and the answer's re-read in one transaction: if the database goes away
        # between them, the 503 means nothing was stored and a retry is right (before, the
        # change was committed and the clerk was told 503 for it).
        with transaction.atomic():
            return self._write_in_transaction(request, apply)

    def _write_in_transaction(self, request, apply):
        commitment = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        if_match = request.headers.get("If-Match")
        if if_match is not None:
            # The client read the detail (its ETag) and decided on that: anything changed
            # since is a 412, as RFC 9110 says; the version pins it until the row lock.
            if not self._etag_matches(request, commitment, if_match):
                return self._precondition_failed(commitment.version)
            data["version"] = commitment.version
        try:
            apply(commitment, data)
        except DjangoValidationError as exc:
            raise ValidationError({"non_field_errors": exc.messages}) from None
        except ConcurrentEditError as exc:
            if if_match is not None:
                return self._precondition_failed(exc.current_version)
            return Response(
                {"detail": str(exc), "version": exc.current_version},
                status=status.HTTP_409_CONFLICT,
            )
        return self._respond(commitment)

    def _etag_matches(self, request, commitment, if_match: str) -> bool:
        tags = parse_etags(if_match)
        if "*" in tags:
            return True
        fresh = self.get_queryset().get(pk=commitment.pk)
        data = s.CommitmentDetailSerializer(fresh, context=self.get_serializer_context()).data
        return representation_etag(request, data) in tags

    def _precondition_failed(self, current_version):
        return Response(
            {
                "detail": _(
                    "De toezegging is gewijzigd sinds u haar las (If-Match komt niet overeen). "
                    "Lees haar opnieuw en beslis dan."
                ),
                "version": current_version,
            },
            status=status.HTTP_412_PRECONDITION_FAILED,
        )

    def _fulfil(self, request, *, partly):
        return self._write(
            request,
            lambda commitment, data: services.fulfil(
                commitment,
                expected_version=data.get("version"),
                documents=[data["document"]],
                on=data["date"],
                passage=data.get("passage", ""),
                note=data.get("note", ""),
                partly=partly,
                user=request.user,
                source=CommitmentEvent.Source.API,
            ),
        )

    WRITE_RESPONSES = {
        200: s.CommitmentDetailSerializer,
        400: BAD_REQUEST,
        401: OpenApiResponse(s.ErrorSerializer, description="Geen of ongeldig token."),
        403: OpenApiResponse(s.ErrorSerializer, description="Geen griffiemedewerker."),
        404: NOT_FOUND,
        409: OpenApiResponse(s.ErrorSerializer, description="Intussen gewijzigd (versie)."),
        412: OpenApiResponse(
            s.ErrorSerializer, description="Intussen gewijzigd (If-Match: ETag van de detail)."
        ),
    }

    @extend_schema(
        summary="Markeer als voldaan door een Kamerstuk",
        request=s.FulfilInputSerializer,
        responses=WRITE_RESPONSES,
    )
    @action(detail=True, methods=["post"], url_path="fulfil")
    def fulfil(self, request, key=None):
        return self._fulfil(request, partly=False)

    @extend_schema(
        summary="Markeer als deels voldaan door een Kamerstuk",
        request=s.FulfilInputSerializer,
        responses=WRITE_RESPONSES,
    )
    @action(detail=True, methods=["post"], url_path="partly-fulfil")
    def partly_fulfil(self, request, key=None):
        return self._fulfil(request, partly=True)

    @extend_schema(
        summary="Markeer als vervallen", request=s.LapseInputSerializer, responses=WRITE_RESPONSES
    )
    @action(detail=True, methods=["post"], url_path="lapse")
    def lapse(self, request, key=None):
        return self._write(
            request,
            lambda commitment, data: services.lapse(
                commitment,
                expected_version=data.get("version"),
                on=data["date"],
                note=data.get("note", ""),
                user=request.user,
                source=CommitmentEvent.Source.API,
            ),
        )

    @extend_schema(
        summary="Nieuwe termijn", request=s.DueDateInputSerializer, responses=WRITE_RESPONSES
    )
    @action(detail=True, methods=["post"], url_path="due-date")
    def due_date(self, request, key=None):
        return self._write(
            request,
            lambda commitment, data: services.set_due_date(
                commitment,
                expected_version=data.get("version"),
                due_date=data["due_date"],
                due_description=data.get("due_description"),
                on=data.get("date"),
                note=data.get("note", ""),
                user=request.user,
                source=CommitmentEvent.Source.API,
            ),
        )
