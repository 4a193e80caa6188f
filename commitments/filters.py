"""The one FilterSet behind the public commitment list, its exports and the API."""

import copy
import itertools

import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.db.models import Case, F, Q, Value, When
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from .api import compiled
from .models import (
    DOSSIER_REFERENCE_RE,
    Commitment,
    Committee,
    Document,
    Dossier,
    Fulfilment,
    Meeting,
    MeetingDocument,
    Ministry,
    Person,
    PublishedState,
    ResourceKind,
    overdue_q,
)

# Up to this many related commitments are looked up first and passed as a list of ids.
MATERIALISE_IDS = 5_000


def related_to_documents(documents) -> Q:
    """Made in, fulfilled by or mentioned in any of ``documents`` (a queryset).

    One ``id IN (… UNION ALL …)`` of three indexed lookups: written as an OR of three
    conditions, PostgreSQL scanned every commitment (6 s for a meeting page at a million).
    """
    made = Commitment.objects.filter(document__in=documents).order_by().values("pk")
    fulfilled = Fulfilment.objects.filter(document__in=documents).order_by().values("commitment")
    mentioned = (
        Commitment.mentioned_in.through.objects.filter(document__in=documents)
        .order_by()
        .values("commitment")
    )
    related = made.union(fulfilled, mentioned, all=True)
    # A meeting's or a Kamerstuk's few ids go in as a list: given the subquery, PostgreSQL
    # joined every commitment to every document before applying it (13 s at a million).
    # A big dossier's many ids stay a subquery.
    ids = list(related.values_list("pk", flat=True)[: MATERIALISE_IDS + 1])
    if len(ids) <= MATERIALISE_IDS:
        return Q(pk__in=ids)
    return Q(pk__in=related)


def changed_since(kind, moment) -> Q:
    """Changed at or after ``moment``, itself or anything it shows (a fulfilment added, a
    document retitled or hidden): its own ``updated_at``, or the moment the changes feed
    published a change of its public representation. The two agree with the feed: whatever
    the feed lists after a moment, this includes."""
    from .api import changes  # the feed renders through the API, which imports this module

    # Pending changes first, from a page as from the API: a change the feed would list now
    # must be counted here now.
    changes.publish()
    own = Q(updated_at__gte=moment)
    published = PublishedState.objects.filter(kind=kind, changed_at__gte=moment, gone=False)
    return own | Q(pk__in=published.values("object_id"))


class RawNullBooleanSelect(forms.NullBooleanSelect):
    """Renders the usual yes/no/either select but hands the raw value to the field, which
    then rejects what it does not know (the stock widget silently turns it into None)."""

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class StrictBooleanField(forms.NullBooleanField):
    """true/false (1/0); empty or the form's "unknown" means no filter; anything else is an
    error, so neither an API client nor a page visitor believes a typo filtered."""

    widget = RawNullBooleanSelect

    def to_python(self, value):
        normalised = str(value).strip().lower() if value is not None else ""
        if normalised in {"", "unknown"}:
            return None
        if normalised in {"true", "1"}:
            return True
        if normalised in {"false", "0"}:
            return False
        raise forms.ValidationError(_("Kies true of false."), code="invalid")


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


class DossierReferenceFilter(django_filters.CharFilter):
    """A dossier as typed ("28676", "21501-02"); malformed input is a field error."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("Dossier"))
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("help_text", _("Dossiernummer, bijvoorbeeld 28676 of 21501-02."))
        kwargs.setdefault(
            "validators",
            [
                RegexValidator(
                    DOSSIER_REFERENCE_RE, _("Geef een dossiernummer zoals 28676 of 21501-02.")
                )
            ],
        )
        super().__init__(*args, **kwargs)


class CommitmentOrderingFilter(django_filters.OrderingFilter):
    """The fields' orders with undated rows last in both directions (on every database),
    plus two questions people ask of the list, which only make sense ascending:

    - ``overdue``: longest overdue first (overdue ones by oldest due date), then the rest;
    - ``due_soon``: due soonest first (from today on), then the past ones, newest first.

    The key breaks ties, so a page never repeats or skips a row.
    """

    QUESTIONS = {
        "overdue": _("Langst over de termijn eerst"),
        "due_soon": _("Eerstvolgende termijn eerst"),
    }

    def build_choices(self, fields, labels):
        return [*self.QUESTIONS.items(), *super().build_choices(fields, labels)]

    def _only_overdue(self) -> bool:
        form = getattr(self.parent, "form", None) if self.parent else None
        return bool(form is not None and form.cleaned_data.get("overdue") is True)

    def filter(self, qs, value):
        if not value:
            return qs
        ordering = []
        for param in value:
            ordering.extend(self.ordering_for(param))
        return qs.order_by(*ordering, "key")

    def ordering_for(self, param):
        today = timezone.localdate()
        if param == "overdue" and self._only_overdue():
            # Every row is overdue, so the order is the due date's, which an index gives;
            # the CASE made PostgreSQL sort every overdue row for one page. The statistics
            # page links to exactly this list, per ministry.
            return [F("due_date").asc()]
        if param == "overdue":
            return [
                Case(When(overdue_q(today), then=Value(0)), default=Value(1)).asc(),
                F("due_date").asc(nulls_last=True),
            ]
        if param == "due_soon":
            upcoming = Q(due_date__gte=today)
            return [
                Case(When(upcoming, then=Value(0)), default=Value(1)).asc(),
                Case(When(upcoming, then=F("due_date"))).asc(nulls_last=True),
                F("due_date").desc(nulls_last=True),
            ]
        field = F(self.param_map[param.lstrip("-")])
        if param.startswith("-"):
            return [field.desc(nulls_last=True)]
        return [field.asc(nulls_last=True)]


class CachedFormFilterSet(django_filters.FilterSet):
    """A FilterSet whose form class is built once per class, not once per request.

    django-filter builds a new form class on every request from freshly constructed form
    fields (a fifth of an uncached API list's time at 100,000 rows). Nothing about it
    depends on the request: the querysets are fixed and the labels are lazy, and each form
    instance still gets its own deep copy of the fields to change (``prepare_filter_form``).
    Likewise the filters are copied, not deep-copied: a filter holds no per-request state
    (its form field is never built here, the form class is), only its parent and model.
    """

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, validating=False):
        # ``validating``: the form only cleans the query string and is never rendered
        # (``validating_form_class``).
        self.validating = validating
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {name: copy.copy(filter_) for name, filter_ in self.base_filters.items()}
        for filter_ in self.filters.values():
            filter_.model = queryset.model
            filter_.parent = self
            if filter_.method is not None:
                # Rebinds its FilterMethod, which points at the filter it was made for.
                filter_.method = filter_.method

    @classmethod
    def _form_class_cache(cls):
        return cls.__dict__.get("_cached_form_class")

    def get_form_class(self):
        form_class = type(self)._form_class_cache()
        if form_class is None:
            form_class = super().get_form_class()
            type(self)._cached_form_class = form_class
        if self.validating:
            return self.validating_form_class(form_class)
        return form_class

    @classmethod
    def validating_form_class(cls, form_class):
        """The form class for cleaning only: its instances share the class's fields.

        A form deep-copies every field per instance (about 160 copies for the commitment
        filters, a tenth of a filtered API list) so that rendering may change them
        (``prepare_filter_form``); cleaning a value reads a field and changes nothing."""
        validating = cls.__dict__.get("_validating_form_class")
        if validating is None or validating.__bases__[0] is not form_class:
            validating = type(f"Validating{form_class.__name__}", (form_class,), {})
            validating.base_fields = SharedFields(form_class.base_fields)
            cls._validating_form_class = validating
        return validating


class SharedFields(dict):
    """Form fields that a form's ``copy.deepcopy(self.base_fields)`` shares, not copies."""

    def __deepcopy__(self, memo):
        return dict(self)


_lookup_keys = itertools.count()


class CompiledModelChoiceField(django_filters.fields.ModelChoiceField):
    """A choice by slug or identifier, looked up with SQL compiled once per field
    (``commitments/api/compiled.py``) instead of the ORM building and compiling
    ``queryset.get(slug=…)`` for every request: about half a millisecond of a filtered
    API list. The lookup still runs every request, from the same queryset (a public one
    stays public), so a renamed or hidden row is refused at once. Anything unusual (no
    match, a null choice, not a string) is Django's own ``to_python``, errors included.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lookup_key = ("choice", next(_lookup_keys))

    def _set_queryset(self, queryset):
        super()._set_queryset(queryset)
        # Another queryset (a form's deep copy sets its own): the ORM's lookup from now on.
        self.lookup_key = None

    queryset = property(django_filters.fields.ModelChoiceField._get_queryset, _set_queryset)

    def to_python(self, value):
        key, field = self.lookup_key, self.to_field_name
        if (
            key is None
            or not field
            or not isinstance(value, str)
            or value in self.empty_values
            or (self.null_label is not None and value == self.null_value)
            or "\x00" in value
        ):
            return super().to_python(value)
        query = compiled.compiled(
            key, lambda: self.queryset.filter(**{field: compiled.text_placeholder(0)})[:2]
        )
        found = query.instances([value])
        if len(found) == 1:
            return found[0]
        return super().to_python(value)


class CompiledModelChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = CompiledModelChoiceField


class CommitmentFilter(CachedFormFilterSet):
    q = django_filters.CharFilter(label=_("Zoeken"), method="filter_q", max_length=200)
    # distinct=False: status is a column of the row itself, and DISTINCT over every column
    # (text included) made a 100k-row list sort everything.
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Commitment.Status.choices, distinct=False
    )
    overdue = StrictBooleanFilter(label=_("Over de termijn"), method="filter_overdue")
    ministry = CompiledModelChoiceFilter(
        label=_("Ministerie"), queryset=Ministry.objects.all(), to_field_name="slug"
    )
    person = CompiledModelChoiceFilter(
        label=_("Bewindspersoon"),
        field_name="made_by",
        queryset=Person.objects.all(),
        to_field_name="slug",
    )
    committee = CompiledModelChoiceFilter(
        label=_("Commissie"),
        field_name="debate__committee",
        queryset=Committee.objects.all(),
        to_field_name="slug",
    )
    dossier = DossierReferenceFilter(method="filter_dossier")
    # Slug of the meeting; spectacular cannot infer that from a method filter.
    meeting = extend_schema_field(OpenApiTypes.STR)(
        CompiledModelChoiceFilter(
            label=_("Bijeenkomst"),
            queryset=Meeting.objects.all(),
            to_field_name="slug",
            method="filter_meeting",
        )
    )
    document = CompiledModelChoiceFilter(
        label=_("Kamerstuk"),
        queryset=Document.objects.public(),
        to_field_name="identifier",
        method="filter_document",
        # A typed kenmerk, not a <select> of every Kamerstuk in the register.
        widget=forms.TextInput,
        help_text=_("Kenmerk, bijvoorbeeld kst-28676-474."),
    )
    made_on = django_filters.DateFromToRangeFilter(label=_("Gedaan tussen"))
    due_date = django_filters.DateFromToRangeFilter(label=_("Termijn tussen"))
    fulfilled_on = django_filters.DateFromToRangeFilter(label=_("Voldaan tussen"))
    # A typed id (as in the API's debate URLs), not a <select> of every debate.
    debate = django_filters.NumberFilter(
        label=_("Debat"), field_name="debate", min_value=1, max_value=2**63 - 1
    )
    tk_number = django_filters.CharFilter(
        label=_("Nummer Tweede Kamer"),
        method="filter_tk_number",
        max_length=30,
        help_text=_(
            "TZ-nummer van de toezegging (TZ202412-116), activiteitnummer van het debat "
            "(2024A05766) of documentnummer van het Kamerstuk (2024D50159) waarin ze is gedaan."
        ),
    )
    updated_since = django_filters.IsoDateTimeFilter(
        label=_("Gewijzigd sinds"), method="filter_updated_since"
    )
    ordering = CommitmentOrderingFilter(
        label=_("Sorteren"),
        fields=(
            ("made_on", "made_on"),
            ("due_date", "due_date"),
            ("updated_at", "updated_at"),
            ("key", "key"),
            ("number", "number"),
        ),
        field_labels={
            "made_on": _("Datum toezegging"),
            "due_date": _("Termijn"),
            "updated_at": _("Laatst gewijzigd"),
            "key": _("Kenmerk"),
            "number": _("Nummer"),
        },
    )

    class Meta:
        model = Commitment
        fields = []

    def filter_q(self, queryset, name, value):
        return queryset.search(value)

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.overdue() if value else queryset.not_overdue()

    def filter_tk_number(self, queryset, name, value):
        # Three indexed lookups (all three columns are unique), not an OR over two joins.
        value = value.strip()
        ids = (
            Commitment.objects.filter(number=value)
            .order_by()
            .values("pk")
            .union(
                Commitment.objects.filter(debate__tk_number=value).order_by().values("pk"),
                Commitment.objects.filter(document__tk_number=value).order_by().values("pk"),
                all=True,
            )
        )
        return queryset.filter(pk__in=list(ids.values_list("pk", flat=True)[:MATERIALISE_IDS]))

    def filter_updated_since(self, queryset, name, value):
        return queryset.filter(changed_since(ResourceKind.COMMITMENT, value))

    def filter_dossier(self, queryset, name, value):
        dossiers = Dossier.objects.by_reference(value)
        return queryset.filter(
            related_to_documents(Document.objects.public().filter(dossier__in=dossiers))
        )

    def filter_meeting(self, queryset, name, value):
        documents = Document.objects.public().filter(
            pk__in=MeetingDocument.objects.filter(meeting=value).values("document")
        )
        return queryset.filter(related_to_documents(documents))

    def filter_document(self, queryset, name, value):
        return queryset.filter(related_to_documents(Document.objects.filter(pk=value.pk)))
