"""API v1: read-only viewsets for everyone, four write actions for clerk systems."""

import logging

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import (
    BooleanField,
    ExpressionWrapper,
    Prefetch,
)
from django.http import Http404
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import parse_etags
from django.utils.translation import gettext as _
from django_filters import utils as filter_utils
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import (
    ValidationError,
)
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.response import Response

from .. import services
from ..filters import CachedFormFilterSet, CommitmentFilter, CommitmentOrderingFilter
from ..http_headers import CountedThrottlesMixin, add_rate_limit_headers
from ..models import (
    Commitment,
    CommitmentEvent,
    Committee,
    ConcurrentEditError,
    Debate,
    Document,
    Dossier,
    Fulfilment,
    Meeting,
    MeetingDocument,
    MeetingSession,
    Ministry,
    Person,
    ResourceKind,
    public_document_q,
)
from ..query_params import (
    API_DETAIL_OPTIONS,
    API_LIST_OPTIONS,
    filter_parameters,
    mark_vetted,
)
from . import changes, compiled, fast, nested
from . import serializers as s
from .attach import (
    attach_events,
    attach_links,
    attach_made_and_mentioned,
    ordered_events,
    public_documents,
)
from .filters import DocumentFilter
from .pagination import KeysetPagination
from .request_keys import check_query_parameters, filter_key, representation_etag

logger = logging.getLogger(__name__)
Kind = ResourceKind

SLUG_RE = r"[-a-zA-Z0-9_]+"
WRITE_ACTIONS = {"fulfil", "partly_fulfil", "lapse", "due_date"}

BAD_REQUEST = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description="Ongeldige invoer: per veld een lijst met meldingen, of 'detail'.",
)
NOT_FOUND = OpenApiResponse(s.ErrorSerializer, description="Niet gevonden.")
NOT_MODIFIED = OpenApiResponse(description="Niet gewijzigd (If-None-Match / If-Modified-Since).")
THROTTLED = OpenApiResponse(s.ErrorSerializer, description="Te veel verzoeken.")


# --- building blocks -------------------------------------------------------------------------


def public_commitments():
    return Commitment.objects.public().defer("text", "search_vector")


class IsClerk(BasePermission):
    """Clerk systems: a staff user in the clerk group who may change commitments, or a
    superuser. The same people who may do it in the admin, no one else."""

    message = _("Alleen de griffie (groep 'clerk') mag toezeggingen bijwerken.")

    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated and user.is_active):
            return False
        if user.is_superuser:
            return True
        if not user.is_staff:
            return False
        return user.groups.filter(name="clerk").exists() and user.has_perm(
            "commitments.change_commitment"
        )


class ReadOnlyViewSet(CountedThrottlesMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [AllowAny]
    pagination_class = KeysetPagination
    lookup_value_regex = SLUG_RE
    default_ordering = "-id"
    cursor_ordering_fields: tuple = ()
    detail_serializer_class = None

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class is not None:
            return self.detail_serializer_class
        return self.serializer_class

    def cursor_key(self, obj) -> str:
        """The public value a cursor names a row by: what its URL uses, never the id."""
        return str(getattr(obj, self.lookup_field))

    def cursor_pk(self, key: str):
        """The row a cursor names, found again (published or not: its place stays valid)."""
        field = self.lookup_field
        if len(key) > 200 or "\x00" in key:
            return None
        if field == "pk" and not (key.isascii() and key.isdigit() and len(key) <= 18):
            return None
        try:
            return (
                self.get_queryset()
                .model._default_manager.filter(**{field: key})
                .values_list("pk", flat=True)
                .first()
            )
        except (DjangoValidationError, ValueError, OverflowError):
            return None

    def allowed_query_parameters(self):
        """What a read may carry in its query string; None for the writes (their body counts)."""
        if self.action == "list":
            allowed = set(API_LIST_OPTIONS)
            filterset_class = getattr(self, "filterset_class", None)
            if filterset_class is not None:
                allowed |= filter_parameters(filterset_class)
            if self.cursor_ordering_fields:
                allowed.add("ordering")
            return allowed
        if self.action == "retrieve":
            return API_DETAIL_OPTIONS
        return None

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_query_parameters(request, self.allowed_query_parameters())
        if self.action in ("list", "retrieve"):
            meta = self.get_serializer_class().Meta
            self.sparse_fields = self._names(request, "fields", meta.fields)
            self.expanded = self._names(request, "expand", getattr(meta, "optional", ()))

    @staticmethod
    def _names(request, param, allowed):
        raw = request.query_params.get(param) or ""
        names = [name.strip() for name in raw.split(",") if name.strip()]
        unknown = [name for name in names if name not in allowed]
        if unknown:
            raise ValidationError(
                {
                    param: [
                        _("Onbekend: %(names)s. Kies uit: %(allowed)s.")
                        % {"names": ", ".join(unknown), "allowed": ", ".join(allowed) or "-"}
                    ]
                }
            )
        return frozenset(names)

    def wants(self, name) -> bool:
        """Whether the answer shows ``name``: a client asking for five fields does not pay
        for the nested documents."""
        fields = getattr(self, "sparse_fields", None)
        return not fields or name in fields

    def expands(self, name) -> bool:
        return name in getattr(self, "expanded", ()) and self.wants(name)

    def get_serializer_context(self):
        return {
            **super().get_serializer_context(),
            "fields": getattr(self, "sparse_fields", None),
            "expand": getattr(self, "expanded", ()),
        }

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        add_rate_limit_headers(self, request, response)
        if self.allowed_query_parameters() is not None:
            mark_vetted(response)
        return response

    def filter_queryset(self, queryset):
        # Filters narrow lists only: ``/commitments/x/?status=open`` must not 404 a fulfilled x.
        if self.action != "list":
            return queryset
        if self.request.query_params.get("updated_since"):
            # So that ``updated_since`` sees what the changes feed would list now.
            changes.publish()
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None and filter_parameters(filterset_class).isdisjoint(
            self.request.query_params
        ):
            # No filter asked for: every filter of an empty form leaves the queryset as it
            # is, and building and cleaning that form was a tenth of an unfiltered list.
            return queryset
        if filterset_class is None or list(self.filter_backends) != [DjangoFilterBackend]:
            return super().filter_queryset(queryset)
        # DjangoFilterBackend's own steps, keeping the cleaned form for ``filter_key``.
        filterset = DjangoFilterBackend().get_filterset(self.request, queryset, self)
        if isinstance(filterset, CachedFormFilterSet):
            # This form is cleaned, never rendered (the browsable API renders its own).
            filterset.validating = True
        if not filterset.is_valid():
            raise filter_utils.translate_validation(filterset.errors)
        self.filter_key = filter_key(
            filterset, self.request.query_params, getattr(self, "pure_filters", frozenset())
        )
        base = self.queryset_key()
        if self.filter_key is not None and base is not None:
            # The same cleaned values filter the same queryset the same way.
            return compiled.template((base, self.filter_key), lambda: filterset.qs)
        return filterset.qs

    def queryset_key(self):
        """A key for ``get_queryset()``'s result when it depends on nothing else
        (``compiled.template``), or None."""
        return None

    def represent(self, instance, *, many=False):
        """What ``get_serializer(instance, many=many).data`` gives, from the compiled
        serializer (``fast.py``): the same fields and JSON at a fraction of DRF's cost."""
        return fast.represent(
            self.get_serializer_class(), instance, self.get_serializer_context(), many=many
        )

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        if page is not None:
            return self.get_paginated_response(self.represent(page, many=True))
        return Response(self.represent(queryset, many=True))

    def retrieve(self, request, *args, **kwargs):
        """Detail with an ETag over the representation, and no Last-Modified: no date moves
        when a related row is hidden, so If-Modified-Since would answer 304 for a changed
        body. The ETag covers everything shown, related rows included."""
        instance = self.get_object()
        data = self.represent(instance)
        response = Response(data)
        response["ETag"] = representation_etag(request, data)
        conditional = get_conditional_response(
            request._request, etag=response["ETag"], response=response
        )
        return conditional or response


# --- commitments -----------------------------------------------------------------------------


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


# --- documents -------------------------------------------------------------------------------


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


# --- the small tables ------------------------------------------------------------------------


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


# --- summary ---------------------------------------------------------------------------------


class CheckedParametersMixin(CountedThrottlesMixin):
    """For the API's plain views: unknown parameters are a 400, answers carry rate-limit
    headers and may be cached (their query string was vetted)."""

    query_parameters = frozenset({"format"})

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_query_parameters(request, self.query_parameters)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        add_rate_limit_headers(self, request, response)
        return mark_vetted(response)
