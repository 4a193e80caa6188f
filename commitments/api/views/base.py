"""The API's building blocks: visibility, the clerk permission, the read-only viewset with
its conditional answers, and the OpenAPI responses every view shares."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.cache import get_conditional_response
from django.utils.translation import gettext as _
from django_filters import utils as filter_utils
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiResponse,
)
from rest_framework import viewsets
from rest_framework.exceptions import (
    ValidationError,
)
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.response import Response

from ...filters import CachedFormFilterSet
from ...http_headers import CountedThrottlesMixin, add_rate_limit_headers
from ...models import (
    Commitment,
)
from ...query_params import (
    API_DETAIL_OPTIONS,
    API_LIST_OPTIONS,
    filter_parameters,
    mark_vetted,
)
from .. import changes, compiled, fast
from .. import serializers as s
from ..pagination import KeysetPagination
from ..request_keys import check_query_parameters, filter_key, representation_etag

SLUG_RE = r"[-a-zA-Z0-9_]+"
WRITE_ACTIONS = {"fulfil", "partly_fulfil", "lapse", "due_date"}

BAD_REQUEST = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description="Ongeldige invoer: per veld een lijst met meldingen, of 'detail'.",
)
NOT_FOUND = OpenApiResponse(s.ErrorSerializer, description="Niet gevonden.")
NOT_MODIFIED = OpenApiResponse(description="Niet gewijzigd (If-None-Match / If-Modified-Since).")
THROTTLED = OpenApiResponse(s.ErrorSerializer, description="Te veel verzoeken.")


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
