"""Public, read-only pages. Every queryset starts from ``public()``; nothing else decides."""

import datetime

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import (
    BooleanField,
    CharField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Cast
from django.forms.models import ModelChoiceIterator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, ListView, TemplateView

from . import summary
from .filters import CommitmentFilter, related_to_documents
from .models import (
    Commitment,
    CommitmentEvent,
    Committee,
    Document,
    Dossier,
    Fulfilment,
    Meeting,
    MeetingDocument,
    MeetingSession,
    Ministry,
    Person,
    SyncState,
    overdue_q,
    public_document_q,
)
from .presentation import describe_query, headline, unknown_facts, verdict
from .query_params import (
    PAGE_OPTIONS,
    filter_parameters,
    given_filters,
    mark_vetted,
    unknown_parameter_errors,
)
from .templatetags.tracker import text_structure

Status = Commitment.Status
OPEN_STATUSES = Commitment.OPEN_STATUSES

# How many commitments a dossier, person, ministry or committee page lists before pointing
# to the full (paginated) list with the same filter.
SCOPE_ROWS = 50


def public_commitments():
    """Public commitments with everything a row shows, fetched in the same query."""
    return (
        Commitment.objects.public()
        .with_overdue()
        .select_related("ministry", "made_by", "debate__committee", "document__dossier")
        # A row shows the document's title, never its text: do not drag megabytes along.
        .defer("search_vector", "document__text", "document__search_vector")
        # The document a commitment was made in may itself be confidential: rows link to it
        # only when this is true, so its title never leaks through a commitment.
        .annotate(
            document_public=ExpressionWrapper(
                public_document_q("document__"), output_field=BooleanField()
            )
        )
    )


def default_order(queryset):
    # Newest first with unknown dates last, the same on PostgreSQL and SQLite.
    return queryset.order_by(F("made_on").desc(nulls_last=True), "key")


def commitment_counts(queryset, today=None):
    """Totals per status plus overdue, in one aggregate query."""
    today = today or timezone.localdate()
    counts = queryset.aggregate(
        total=Count("pk"),
        open_total=Count("pk", filter=Q(status__in=OPEN_STATUSES)),
        overdue=Count("pk", filter=overdue_q(today)),
        **{status.value: Count("pk", filter=Q(status=status)) for status in Status},
    )
    return with_by_status(counts)


def summary_counts(scope=summary.ALL, scope_id=0, today=None):
    """``commitment_counts`` of the whole register, a ministry or a committee, read from
    the running totals (``commitments/summary``) instead of counting the table."""
    return with_by_status(summary.scope_counts(scope, scope_id, today or timezone.localdate()))


def with_by_status(counts):
    counts["by_status"] = [(status, status.label, counts[status.value]) for status in Status]
    return counts


def scoped_commitments(param, value):
    """Commitments behind a dossier/person/ministry/committee page: the list filter's logic."""
    filterset = CommitmentFilter({param: value}, queryset=public_commitments())
    if not filterset.is_valid():
        raise Http404
    return filterset.qs


# The filter form's dropdowns: (filter name, model, label of a row from its columns).
CHOICE_MODELS = {
    "ministry": (Ministry, lambda name, extra: name),
    "person": (Person, lambda name, extra: f"{name} ({extra})" if extra else name),
    "committee": (Committee, lambda name, extra: name),
    "meeting": (
        Meeting,
        lambda name, extra: f"{name} {datetime.date.fromisoformat(extra[:10]):%d-%m-%Y}",
    ),
}


def filter_choices() -> dict[str, list[tuple[str, str]]]:
    """Every dropdown's options in one UNION query instead of one query per model.

    The labels are the models' ``__str__``; the order is each model's own ``Meta.ordering``
    (people and the small tables by name, meetings newest first).
    """
    text = CharField()
    extras = {
        "ministry": Value("", output_field=text),
        "person": F("function"),
        "committee": Value("", output_field=text),
        "meeting": Cast("start_date", output_field=text),
    }
    # The person filter offers bewindspersonen only: people of a ministry or who made a
    # commitment, not the foreign guests named in meeting reports.
    bases = {
        "person": Person.objects.filter(
            Q(ministry__isnull=False) | Exists(Commitment.objects.filter(made_by=OuterRef("pk")))
        )
    }
    branches = [
        bases.get(kind, model.objects)
        .order_by()
        .annotate(kind=Value(kind, output_field=text), extra=extras[kind])
        .values_list("kind", "slug", "name", "extra")
        for kind, (model, _label) in CHOICE_MODELS.items()
    ]
    rows = branches[0].union(*branches[1:], all=True)
    choices = {kind: [] for kind in CHOICE_MODELS}
    for kind, slug, name, extra in rows:
        choices[kind].append((slug, CHOICE_MODELS[kind][1](name, extra or ""), name, extra))
    for kind, options in choices.items():
        if kind == "meeting":  # newest first: by start date (the extra), descending
            options.sort(key=lambda o: (o[3], o[2]), reverse=True)
        else:
            options.sort(key=lambda o: (o[2], o[3]))
        choices[kind] = [(slug, label) for slug, label, _name, _extra in options]
    return choices


def prepare_filter_form(form):
    """Accessible widgets and Dutch empty choices for the shared FilterSet's form."""
    for name, options in filter_choices().items():
        # Static choices: rendering no longer runs the field's queryset; a submitted value
        # is still validated against it.
        form.fields[name].widget.choices = [("", _("Alle")), *options]
    # Searchable with JavaScript (site.js puts a name filter before the list); without it,
    # the plain <select> still offers every bewindspersoon.
    form.fields["person"].widget.attrs.update(
        {
            "data-filter-label": _("Zoek een bewindspersoon op naam"),
            "data-filter-status": _("%(shown)s van %(total)s bewindspersonen"),
        }
    )
    status = form.fields["status"]
    status.widget = forms.CheckboxSelectMultiple(choices=status.choices)
    form.fields["overdue"].widget = forms.Select(
        choices=[("", _("Alle")), ("true", _("Ja")), ("false", _("Nee"))]
    )
    form.fields["document"].empty_label = _("Alle")
    ordering = form.fields["ordering"]
    ordering.choices = [("", _("Standaard"))] + [c for c in ordering.choices if c[0]]
    for name, field in form.fields.items():
        described_by = []
        if field.help_text:
            described_by.append(f"id_{name}_helptext")
        if name in form.errors:
            described_by.append(f"id_{name}_error")
            field.widget.attrs["aria-invalid"] = "true"
        if described_by:
            field.widget.attrs["aria-describedby"] = " ".join(described_by)
    return form


# Filters that narrow the list (a chip each); ``ordering`` and ``page`` only arrange it.
RANGE_BOUNDS = {"_after": gettext_lazy("vanaf"), "_before": gettext_lazy("tot en met")}


def active_filters(form, params) -> list[dict]:
    """The list's active filters as removable chips: label, value, and the URL without it.

    Read from the submitted values, so even an invalid one can be removed with one click.
    A filter with several values (status) gets one chip per value.
    """
    chips = []
    for name, field in form.fields.items():
        if name == "ordering":
            continue
        keys = [name + suffix for suffix in RANGE_BOUNDS] if name in RANGE_FIELDS else [name]
        # The widgets' static choices (prepare_filter_form). A model field's widget holds a
        # lazy iterator instead (even a text input's), which would run a query.
        choices = getattr(field.widget, "choices", None)
        if choices is None or isinstance(choices, ModelChoiceIterator):
            choices = ()
        choices = dict(choices)
        for key in keys:
            for value in params.getlist(key):
                if not value.strip():
                    continue
                remaining = params.copy()
                remaining.setlist(key, [v for v in params.getlist(key) if v != value])
                remaining.pop("page", None)
                shown = choices.get(value, value)
                if key != name:
                    shown = f"{RANGE_BOUNDS[key[len(name) :]]} {value}"
                chips.append(
                    {
                        "label": field.label,
                        "value": shown,
                        "url": "?" + remaining.urlencode() if remaining else "?",
                    }
                )
    return chips


RANGE_FIELDS = {"made_on", "due_date", "fulfilled_on"}


def split_by_flags(rows, **flags) -> dict[str, list]:
    """One query's rows into several lists (a row may be in more than one), order kept."""
    lists = {name: [] for name in flags}
    for row in rows:
        for name, flag in flags.items():
            if getattr(row, flag):
                lists[name].append(row)
    return lists


class HomeView(TemplateView):
    template_name = "commitments/home.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        public = public_commitments()
        return super().get_context_data(
            counts=summary_counts(today=today),
            # Never a date after today: a mistyped year would otherwise head the list.
            # NULLS LAST as in commitment_recent_fulfil_idx (migration 0006), or PostgreSQL
            # sorts every fulfilled row instead of reading five from the index; a fulfilled
            # commitment always has the date, so the order is the same.
            recently_fulfilled=public.fulfilled_by(today).order_by(
                F("fulfilled_on").desc(nulls_last=True), "key"
            )[:5],
            upcoming=public.filter(status__in=OPEN_STATUSES, due_date__gte=today).order_by(
                "due_date", "key"
            )[:5],
            today=today,
            **kwargs,
        )


class InfoPageView(TemplateView):
    """A page of the trust layer: what the register is, accessibility, privacy, contact."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(contact_email=settings.CONTACT_EMAIL, **kwargs)


class AboutView(InfoPageView):
    template_name = "commitments/about.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            last_sync=SyncState.objects.aggregate(last=Max("last_run_at"))["last"],
            statuses=STATUS_EXPLANATIONS,
            **kwargs,
        )


# What each status means, in the words of the about page.
STATUS_EXPLANATIONS = [
    (Status.OPEN, gettext_lazy("De bewindspersoon moet de toezegging nog nakomen.")),
    (
        Status.PARTLY_FULFILLED,
        gettext_lazy("Een deel is nagekomen met een Kamerstuk; de rest staat nog open."),
    ),
    (
        Status.FULFILLED,
        gettext_lazy("Nagekomen: het register noemt de datum en het Kamerstuk waarmee."),
    ),
    (
        Status.LAPSED,
        gettext_lazy(
            "Niet meer aan de orde, bijvoorbeeld na een kabinetswissel of omdat de Kamer "
            "haar niet meer nodig vindt."
        ),
    ),
]


class CommitmentListView(ListView):
    """Search and filter with the API's FilterSet; the filters live in the URL."""

    template_name = "commitments/commitment_list.html"
    context_object_name = "commitments"
    paginate_by = 25

    def get(self, request, *args, **kwargs):
        self.filterset = CommitmentFilter(request.GET, queryset=public_commitments())
        self.parameter_errors = unknown_parameter_errors(
            request.GET, filter_parameters(CommitmentFilter) | PAGE_OPTIONS
        )
        # Both checks run, so the summary lists every mistake at once.
        filters_valid = self.filterset.is_valid()
        self.filters_valid = filters_valid and not self.parameter_errors
        prepare_filter_form(self.filterset.form)
        response = super().get(request, *args, **kwargs)
        if not self.filters_valid:
            # A bad value or an unknown parameter means "no answer", not "everything".
            response.status_code = 400
        return mark_vetted(response)

    def get_queryset(self):
        if not self.filters_valid:
            return Commitment.objects.none()
        queryset = self.filterset.qs
        cleaned = self.filterset.form.cleaned_data
        if not cleaned.get("ordering") and not cleaned.get("q"):
            queryset = default_order(queryset)
        return queryset

    def paginate_queryset(self, queryset, page_size):
        # An out-of-range or garbage page number shows the nearest page instead of a 404.
        paginator = self.get_paginator(queryset, page_size)
        if self.filters_valid:
            count = summary.list_count(self.filterset.form.cleaned_data)
            if count is not None:
                paginator.count = count  # a cached_property: the COUNT(*) is not run
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        context = super().get_context_data(**kwargs)
        paginator, page = context["paginator"], context["page_obj"]
        cleaned = self.filterset.form.cleaned_data if self.filters_valid else {}
        context.update(
            described_query=(
                describe_query(cleaned, paginator.count) if given_filters(cleaned) else ""
            ),
            page_range=paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            filter=self.filterset,
            form=self.filterset.form,
            filters_valid=self.filters_valid,
            parameter_errors=[m for messages in self.parameter_errors.values() for m in messages],
            chips=active_filters(self.filterset.form, self.request.GET),
            export_query=query.urlencode(),
        )
        return context


class CommitmentDetailView(DetailView):
    template_name = "commitments/commitment_detail.html"
    context_object_name = "commitment"
    slug_field = "key"
    slug_url_kwarg = "key"

    def get_queryset(self):
        public_documents = Document.objects.public()
        return public_commitments().prefetch_related(
            Prefetch(
                "events",
                queryset=CommitmentEvent.objects.select_related("evidence__dossier")
                .annotate(
                    evidence_public=Exists(public_documents.filter(pk=OuterRef("evidence_id")))
                )
                .order_by("date", "recorded_at", "id"),
            ),
            Prefetch(
                "fulfilments",
                queryset=Fulfilment.objects.filter(document__in=public_documents)
                .select_related("document__dossier")
                .order_by(F("document__date").asc(nulls_last=True), "document__identifier"),
            ),
            Prefetch("mentioned_in", queryset=public_documents.select_related("dossier")),
        )

    def get_context_data(self, **kwargs):
        commitment = self.object
        return super().get_context_data(
            headline=headline(commitment.text),
            verdict=verdict(commitment, commitment.fulfilments.all()),
            unknown_facts=unknown_facts(commitment),
            **kwargs,
        )


class DocumentDetailView(DetailView):
    template_name = "commitments/document_detail.html"
    context_object_name = "document"
    slug_field = "identifier"
    slug_url_kwarg = "identifier"

    def get_queryset(self):
        # The page names its parent only when the rule says the parent is public too (the
        # template checks ``parent_public``), whatever the data looks like.
        return (
            Document.objects.public()
            .select_related("dossier", "sender", "ministry", "parent__dossier")
            .annotate(
                parent_public=ExpressionWrapper(
                    public_document_q("parent__"), output_field=BooleanField()
                )
            )
        )

    def get_context_data(self, **kwargs):
        document = self.object
        related = self.related_commitments(document)
        return super().get_context_data(
            text_blocks=highlighted_paragraphs(document.text, related),
            **related,
            **self.related_documents(document),
            meeting_links=MeetingDocument.objects.filter(document=document).select_related(
                "meeting"
            ),
            **kwargs,
        )

    @staticmethod
    def related_commitments(document):
        """Made in, fulfilled by and mentioned in this document: one query, three lists."""
        fulfilled = Fulfilment.objects.filter(document=document, commitment=OuterRef("pk"))
        mentioned = Commitment.mentioned_in.through.objects.filter(
            document=document, commitment=OuterRef("pk")
        )
        rows = default_order(
            public_commitments()
            .annotate(
                in_made=ExpressionWrapper(Q(document=document), output_field=BooleanField()),
                in_fulfilled=Exists(fulfilled),
                in_mentioned=Exists(mentioned),
                # The fulfilling passage, to highlight in the text (same query).
                passage=Subquery(fulfilled.values("passage")[:1]),
            )
            .filter(related_to_documents(Document.objects.filter(pk=document.pk)))
        )
        return split_by_flags(
            rows, made="in_made", fulfilled="in_fulfilled", mentioned="in_mentioned"
        )

    @staticmethod
    def related_documents(document):
        """Public attachments, documents it cites and documents citing it: one query."""
        cites = Document.cites.through.objects
        rows = (
            Document.objects.public()
            .select_related("dossier")
            .annotate(
                is_attachment=ExpressionWrapper(Q(parent=document), output_field=BooleanField()),
                is_cited=Exists(cites.filter(from_document=document, to_document=OuterRef("pk"))),
                is_citing=Exists(cites.filter(from_document=OuterRef("pk"), to_document=document)),
            )
            # The candidates from three indexed lookups; the flags are then computed for those
            # few rows only (filtering on the flags made PostgreSQL scan every document).
            .filter(
                pk__in=Document.objects.filter(parent=document)
                .order_by()
                .values("pk")
                .union(
                    cites.filter(from_document=document).order_by().values("to_document"),
                    cites.filter(to_document=document).order_by().values("from_document"),
                    all=True,
                )
            )
        )
        return split_by_flags(
            rows, attachments="is_attachment", cites="is_cited", cited_by="is_citing"
        )


# A passage is found in a paragraph by its first words: PDF text and the recorded passage
# differ in line breaks and hyphenation further on.
PASSAGE_PROBE_CHARS = 60


def highlighted_paragraphs(text, related) -> list[dict]:
    """The document's paragraphs, each with the commitment whose passage (or, when made in
    this document, whose text) starts in it: marked and anchored ``#toezegging-<key>``.

    Headings (``text_structure``) carry their level and a linkable id ``#kop-<slug>``; a
    passage is looked for in body paragraphs only."""
    probes = []
    for commitment in related["fulfilled"]:
        if commitment.passage:
            probes.append((commitment, commitment.passage, "fulfilled"))
    for commitment in related["made"]:
        probes.append((commitment, commitment.text, "made"))
    blocks, anchors = [], set()
    for paragraph, level in text_structure(text):
        block = {"text": paragraph, "commitment": None, "kind": "", "level": level}
        if level:
            anchor = base = "kop-" + (slugify(paragraph)[:60].strip("-") or "tekst")
            n = 1
            while anchor in anchors:
                n += 1
                anchor = f"{base}-{n}"
            anchors.add(anchor)
            block.update(anchor=anchor, tag="h3" if level == 1 else "h4")
            blocks.append(block)
            continue
        flat = " ".join(paragraph.split()).lower()
        for commitment, passage, kind in probes:
            probe = " ".join(passage.split()).lower()[:PASSAGE_PROBE_CHARS]
            if probe and probe in flat:
                block.update(commitment=commitment, kind=kind)
                probes.remove((commitment, passage, kind))
                break
        blocks.append(block)
    return blocks


class MeetingListView(ListView):
    template_name = "commitments/meeting_list.html"
    context_object_name = "meetings"
    queryset = Meeting.objects.annotate(session_count=Count("sessions"))


class MeetingDetailView(DetailView):
    template_name = "commitments/meeting_detail.html"
    context_object_name = "meeting"

    def get_queryset(self):
        return Meeting.objects.prefetch_related(
            Prefetch("sessions", queryset=MeetingSession.objects.prefetch_related("guests")),
            Prefetch(
                "links",
                queryset=MeetingDocument.objects.filter(
                    document__in=Document.objects.public()
                ).select_related("document__dossier"),
                to_attr="public_links",
            ),
        )

    def get_context_data(self, **kwargs):
        links = self.object.public_links
        return super().get_context_data(
            agenda=[link.document for link in links if link.role == MeetingDocument.Role.AGENDA],
            reports=[link.document for link in links if link.role == MeetingDocument.Role.REPORT],
            # The list filter's rule (``?meeting=``) on the public documents already fetched.
            commitments=default_order(
                public_commitments().filter(
                    related_to_documents(
                        Document.objects.filter(pk__in=[link.document_id for link in links])
                    )
                )
            ),
            **kwargs,
        )


class ScopeView(TemplateView):
    """A dossier, person, ministry or committee with its commitments and open/overdue counts.

    The commitments come from the list's FilterSet with ``filter_param``, so the page and
    "show all in the list" always agree.
    """

    template_name = "commitments/scope_detail.html"
    filter_param = ""
    kind_label = ""
    feed_url_name = ""

    def get_scope(self):
        raise NotImplementedError

    def get_counts(self, scope, commitments):
        return commitment_counts(commitments)

    def get_context_data(self, **kwargs):
        scope, value = self.get_scope()
        commitments = scoped_commitments(self.filter_param, value)
        feed_url = ""
        if self.feed_url_name:
            feed_url = reverse(self.feed_url_name, args=[value])
        return super().get_context_data(
            scope=scope,
            kind_label=self.kind_label,
            counts=self.get_counts(scope, commitments),
            commitments=default_order(commitments)[:SCOPE_ROWS],
            list_url=reverse("commitments:commitment-list")
            + "?"
            + urlencode({self.filter_param: value}),
            feed_url=feed_url,
            **kwargs,
        )


class DossierView(ScopeView):
    filter_param = "dossier"
    kind_label = gettext_lazy("Kamerstukdossier")

    def get_scope(self):
        dossier = get_object_or_404(Dossier.objects.by_reference(self.kwargs["number"], exact=True))
        value = str(dossier.number)
        if dossier.toevoeging:
            value += f"-{dossier.toevoeging}"
        return dossier, value

    # Kamerstukken per page, as on the list page.
    documents_per_page = 25

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if set(request.GET) <= PAGE_OPTIONS:
            mark_vetted(response)  # ?page= only: the answer may be cached
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Every Kamerstuk of the dossier, dated, newest first (undated last, then by
        # identifier so a page never repeats or skips one), 25 a page with numbered pages.
        documents = (
            Document.objects.public()
            .filter(dossier=context["scope"])
            .select_related("dossier")
            .defer("text", "search_vector")
            .order_by(F("date").desc(nulls_last=True), "identifier")
        )
        paginator = Paginator(documents, self.documents_per_page)
        # A garbage or too-high page number shows the nearest page, as on the list.
        page = paginator.get_page(self.request.GET.get("page"))
        context.update(
            documents=page.object_list,
            documents_page=page,
            documents_page_range=paginator.get_elided_page_range(
                page.number, on_each_side=2, on_ends=1
            ),
        )
        return context


class PersonView(ScopeView):
    filter_param = "person"
    kind_label = gettext_lazy("Bewindspersoon")

    def get_scope(self):
        person = get_object_or_404(
            Person.objects.select_related("ministry"), slug=self.kwargs["slug"]
        )
        return person, person.slug


class MinistryView(ScopeView):
    filter_param = "ministry"
    kind_label = gettext_lazy("Ministerie")
    feed_url_name = "commitments:feed-ministry"

    def get_scope(self):
        ministry = get_object_or_404(Ministry, slug=self.kwargs["slug"])
        return ministry, ministry.slug

    def get_counts(self, scope, commitments):
        return summary_counts(summary.MINISTRY, scope.pk)


class CommitteeView(ScopeView):
    filter_param = "committee"
    kind_label = gettext_lazy("Commissie")
    feed_url_name = "commitments:feed-committee"

    def get_scope(self):
        committee = get_object_or_404(Committee, slug=self.kwargs["slug"])
        return committee, committee.slug

    def get_counts(self, scope, commitments):
        return summary_counts(summary.COMMITTEE, scope.pk)
