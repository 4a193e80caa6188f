"""What a changelist over a million rows needs: an estimated count, cheap checkboxes and
list filters that read an index or a handful of rows."""

from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Max, Min, Q
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from ..filters import MATERIALISE_IDS
from ..models import Document, estimated_rows

# Large changelists (a million commitments or documents): every query on a page load must
# read an index or a handful of rows, never the whole table.


class EstimatedCountPaginator(Paginator):
    """PostgreSQL's row estimate instead of ``COUNT(*)`` once that estimate is large.

    Counting a million rows costs more than rendering the page. Above ``exact_below`` rows
    the planner's estimate (``pg_class.reltuples`` for the whole table) is shown and pages
    are numbered from it: the total is approximate and the last page may come out short
    or empty. Smaller results, and every other database, are counted exactly.
    """

    exact_below = 10_000

    @cached_property
    def count(self):
        queryset = self.object_list
        if connections[queryset.db].vendor == "postgresql":
            estimate = estimated_rows(queryset)
            if estimate >= self.exact_below:
                return estimate
        return super().count


class DeferringChangeList(ChangeList):
    """Reads the page's rows without the model admin's ``changelist_defer`` columns.

    Only the rows shown: an action gets ``get_queryset()`` anew, with every column, so what
    it saves is never a partly loaded row."""

    def get_results(self, request):
        full = self.queryset
        deferred = getattr(self.model_admin, "changelist_defer", ())
        if deferred:
            self.queryset = full.defer(*deferred)
        try:
            super().get_results(request)
        finally:
            self.queryset = full


class LargeChangelistMixin:
    """What a changelist over a million rows needs besides cheap filters."""

    paginator = EstimatedCountPaginator
    # A second COUNT(*) over the whole table buys nothing on a large register.
    show_full_result_count = False
    # Columns no row of the list shows, left out of its query: a full text, its search
    # vector, open-data JSON (converted per row even though nothing reads it). A column
    # read after all would cost a query per row; the tests pin the page's query count.
    changelist_defer = ()

    def get_changelist(self, request, **kwargs):
        return DeferringChangeList

    def action_checkbox(self, obj):
        """The same checkbox as Django's, built with one ``format_html`` instead of a widget
        template per row: a third of the rendering time of a 100-row page."""
        label = format_html(_("Select this object for an action - {}"), str(obj))
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            ACTION_CHECKBOX_NAME,
            obj.pk,
            label,
        )


class YearFilter(admin.SimpleListFilter):
    """A year list for a date field, in place of ``date_hierarchy``.

    The date hierarchy lists its years with ``SELECT DISTINCT date_trunc(...)`` over every
    row (50 ms at 100k commitments); here the first and last date come from the field's
    index and every year in between is offered. The parameter keeps the hierarchy's name
    (``made_on__year=2023``), so old links still work.
    """

    field = ""  # a subclass sets field, title and parameter_name = f"{field}__year"

    def lookups(self, request, model_admin):
        bounds = model_admin.model._default_manager.aggregate(
            first=Min(self.field), last=Max(self.field)
        )
        if bounds["first"] is None:
            return []
        years = range(bounds["last"].year, bounds["first"].year - 1, -1)
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        if not (value.isascii() and value.isdigit() and len(value) == 4):
            raise IncorrectLookupParameters(f"{self.parameter_name}={value!r}")
        return queryset.filter(**{f"{self.field}__year": int(value)})


class TextInputFilter(admin.SimpleListFilter):
    """A text box instead of a link per row of a related table.

    A real register knows thousands of people and dossiers: a list of links is too long to
    scan, and rendering it was a fifth of a changelist page. The typed text is matched
    (case-insensitive, part of the value) against ``field_path``; the other active filters,
    the search and the ordering travel along as hidden fields.
    """

    template = "admin/commitments/text_input_filter.html"
    field_path = ""  # a subclass sets field_path, title and parameter_name

    def __init__(self, request, params, model, model_admin):
        self.request_params = [
            (key, value)
            for key, values in request.GET.lists()
            if key not in (self.parameter_name, "p")
            for value in values
        ]
        super().__init__(request, params, model, model_admin)

    def lookups(self, request, model_admin):
        return ()

    def has_output(self):
        return True

    def queryset(self, request, queryset):
        value = (self.value() or "").strip()
        if not value:
            return queryset
        matching = Q(**{f"{self.field_path}__icontains": value})
        # Given the join, PostgreSQL walked the whole made_on index looking for a dossier or
        # person with few or no commitments (27 s at a million rows): a few ids go in as a
        # list, as in the public filters.
        made = queryset.model._default_manager.filter(matching).order_by()
        ids = list(made.values_list("pk", flat=True)[: MATERIALISE_IDS + 1])
        if len(ids) <= MATERIALISE_IDS:
            return queryset.filter(pk__in=ids)
        return queryset.filter(matching)

    def choices(self, changelist):
        yield {
            "parameter_name": self.parameter_name,
            "value": self.value() or "",
            "hidden": self.request_params,
            "reset_url": changelist.get_query_string(remove=[self.parameter_name]),
        }


class PersonNameFilter(TextInputFilter):
    title = _("gedaan door (naam)")
    parameter_name = "made_by_name"
    field_path = "made_by__name"


class DossierNumberFilter(TextInputFilter):
    title = _("dossier (nummer)")
    parameter_name = "dossier_number"
    field_path = "document__dossier__number"


class MadeOnYearFilter(YearFilter):
    title = _("jaar gedaan")
    field = "made_on"
    parameter_name = "made_on__year"


class DocumentYearFilter(YearFilter):
    title = _("jaar")
    field = "date"
    parameter_name = "date__year"


class VergaderjaarFilter(admin.SimpleListFilter):
    """Vergaderjaren from the first to the last one, read from document_vergaderjaar_idx;
    the plain field filter ran ``SELECT DISTINCT vergaderjaar`` over every document."""

    title = _("vergaderjaar")
    # The plain field filter's parameter, so existing links keep working.
    parameter_name = "vergaderjaar__exact"

    def lookups(self, request, model_admin):
        bounds = Document.objects.exclude(vergaderjaar="").aggregate(
            first=Min("vergaderjaar"), last=Max("vergaderjaar")
        )
        if bounds["first"] is None:
            return []
        first, last = int(bounds["first"][:4]), int(bounds["last"][:4])
        return [(f"{y}-{y + 1}", f"{y}-{y + 1}") for y in range(last, first - 1, -1)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(vergaderjaar=self.value())
        return queryset


class OverdueFilter(admin.SimpleListFilter):
    title = _("over de termijn")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Ja")), ("no", _("Nee"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.overdue()
        if self.value() == "no":
            return queryset.not_overdue()
        return queryset
