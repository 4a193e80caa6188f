"""The API's own FilterSet for documents; commitments use the shared ``CommitmentFilter``."""

import django_filters
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from ..filters import CachedFormFilterSet, DossierReferenceFilter, changed_since
from ..models import (
    VERGADERJAAR_RE,
    Document,
    Dossier,
    Meeting,
    MeetingDocument,
    ResourceKind,
)


class DocumentFilter(CachedFormFilterSet):
    q = django_filters.CharFilter(label=_("Zoeken"), method="filter_q", max_length=200)
    dossier = DossierReferenceFilter(method="filter_dossier")
    kind = django_filters.MultipleChoiceFilter(label=_("Soort"), choices=Document.Kind.choices)
    vergaderjaar = django_filters.CharFilter(
        label=_("Vergaderjaar"),
        max_length=9,
        validators=[RegexValidator(VERGADERJAAR_RE, _("Geef een vergaderjaar zoals 2024-2025."))],
    )
    # Slug of the meeting; spectacular cannot infer that from a method filter.
    meeting = extend_schema_field(OpenApiTypes.STR)(
        django_filters.ModelChoiceFilter(
            label=_("Bijeenkomst"),
            queryset=Meeting.objects.all(),
            to_field_name="slug",
            method="filter_meeting",
        )
    )
    date = django_filters.DateFromToRangeFilter(label=_("Datum tussen"))
    tk_number = django_filters.CharFilter(
        label=_("Documentnummer Tweede Kamer"),
        max_length=20,
        help_text=_("Bijvoorbeeld 2024D50159."),
    )
    updated_since = django_filters.IsoDateTimeFilter(
        label=_("Gewijzigd sinds"), method="filter_updated_since"
    )
    # The pagination applies the order; this only validates the choice for the schema.
    ordering = django_filters.OrderingFilter(
        label=_("Sorteren"),
        fields=(("date", "date"), ("identifier", "identifier"), ("updated_at", "updated_at")),
    )

    class Meta:
        model = Document
        fields = []

    def filter_q(self, queryset, name, value):
        return queryset.search(value)

    def filter_updated_since(self, queryset, name, value):
        return queryset.filter(changed_since(ResourceKind.DOCUMENT, value))

    def filter_dossier(self, queryset, name, value):
        return queryset.filter(dossier__in=Dossier.objects.by_reference(value))

    def filter_meeting(self, queryset, name, value):
        return queryset.filter(
            pk__in=MeetingDocument.objects.filter(meeting=value).values("document")
        )
