"""The commitment's change form and changelist: optimistic locking, the read-only history,
the actions that call ``services``, the worklist and rappel pages."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from .. import services
from ..forms import DueDateForm, FulfilForm, LapseForm
from ..models import Commitment, CommitmentEvent, ConcurrentEditError, Fulfilment
from .changelists import (
    DossierNumberFilter,
    LargeChangelistMixin,
    MadeOnYearFilter,
    OverdueFilter,
    PersonNameFilter,
)
from .worklist import rappel_csv_view, rappel_view, worklist_view


class FulfilmentFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        if self.instance.status != Commitment.Status.FULFILLED:
            return
        remaining = [
            form
            for form in self.forms
            if form.cleaned_data
            and form.cleaned_data.get("document")
            and not form.cleaned_data.get("DELETE")
        ]
        if not remaining:
            raise ValidationError(
                _("Een voldane toezegging heeft ten minste één Kamerstuk als nakoming.")
            )


class FulfilmentInline(admin.TabularInline):
    model = Fulfilment
    formset = FulfilmentFormSet
    extra = 0
    autocomplete_fields = ["document"]
    fields = ["document", "passage"]
    verbose_name_plural = _("voldaan met (Kamerstukken)")


class CommitmentEventInline(admin.TabularInline):
    """The history, read-only: events are written by the actions, never edited."""

    model = CommitmentEvent
    extra = 0
    can_delete = False
    fields = [
        "date",
        "kind",
        "old_status_label",
        "new_status_label",
        "old_due_date",
        "new_due_date",
        "evidence",
        "note",
        "source",
        "user",
        "recorded_at",
    ]
    readonly_fields = fields
    ordering = ["date", "recorded_at", "id"]
    verbose_name_plural = _("geschiedenis")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    # Events store the raw status value; the clerk reads its name.
    @admin.display(description=_("oude status"))
    def old_status_label(self, event):
        return Commitment.Status(event.old_status).label if event.old_status else "—"

    @admin.display(description=_("nieuwe status"))
    def new_status_label(self, event):
        return Commitment.Status(event.new_status).label if event.new_status else "—"


class CommitmentForm(forms.ModelForm):
    """Carries the version the clerk started from, so a later save by a colleague is
    reported instead of silently overwritten. Required on a change: a POST without it
    (a script, a stale page) is an error, not a save that wins silently."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Commitment
        fields = [
            "key", "number", "text", "is_published", "made_by", "ministry", "made_on",
            "debate", "document", "mentioned_in", "due_date", "due_description", "status",
            "fulfilled_on", "notes", "feed_conflict",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The row as it is now. Usually that is the instance; for the history's "revert"
        # the instance is an old copy, whose version would never match (always a 500).
        self.current = None
        if self.instance.pk:
            self.current = Commitment.objects.filter(pk=self.instance.pk).first()
        seen = self.fields["seen_version"]
        seen.required = self.current is not None
        seen.initial = self.current.version if self.current else self.instance.version
        seen.error_messages["required"] = _(
            "De versie waarmee u begon ontbreekt; open de pagina opnieuw."
        )

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("seen_version")
        if self.current is None or seen is None:
            return cleaned
        if seen != self.current.version:
            raise ValidationError(
                _(
                    "Iemand anders heeft deze toezegging gewijzigd terwijl u haar bewerkte "
                    "(versie %(seen)s → %(now)s). Open de pagina opnieuw en breng uw "
                    "wijziging opnieuw aan; de geschiedenis laat zien wat er veranderde."
                )
                % {"seen": seen, "now": self.current.version},
                code="conflict",
            )
        # What the form does not edit stays as it is now: status and deadline change only
        # through the actions (which write the history), the open-data columns only through
        # the sync. A revert restores the clerk's fields, not an old status without an event.
        for field in Commitment._meta.concrete_fields:
            if field.name not in self.fields and not field.primary_key:
                setattr(self.instance, field.attname, getattr(self.current, field.attname))
        # The save re-checks this version in the database, closing the last gap.
        self.instance.version = seen
        return cleaned


@admin.register(Commitment)
class CommitmentAdmin(LargeChangelistMixin, SimpleHistoryAdmin):
    form = CommitmentForm
    # Rendering the rows is what a changelist page costs (the queries take ~10 ms at a
    # million rows): 50 rows render in half the time of Django's default 100.
    list_per_page = 50
    # What a clerk scans, narrow enough that the status shows at 1280 px; the number,
    # publication and open-data conflict are filters (and on the change form).
    list_display = ["key", "short_text", "ministry", "due_date", "status", "overdue_display"]
    list_filter = [
        "status",
        OverdueFilter,
        "is_published",
        "feed_conflict",
        # Plain related filters: the "related only" variants run a DISTINCT over every
        # commitment on each page load (0.3 s at 100k rows); these read the small tables.
        # People and dossiers are typed, not listed (TextInputFilter).
        "ministry",
        PersonNameFilter,
        "debate__committee",
        DossierNumberFilter,
        MadeOnYearFilter,
    ]
    list_select_related = ["ministry"]
    changelist_defer = ["search_vector", "tk_data", "tk_addressed_to", "notes", "report_text",
                        "tk_unresolved"]  # fmt: skip
    # Index commitment_list_order_idx (migration 0006), the public list's order too.
    ordering = [F("made_on").desc(nulls_last=True), "key"]
    # The count is PostgreSQL's estimate above 10,000 rows (LargeChangelistMixin).
    search_fields = ["key", "number", "text"]
    autocomplete_fields = ["made_by", "ministry", "debate", "document", "mentioned_in"]
    inlines = [FulfilmentInline, CommitmentEventInline]
    actions = ["mark_fulfilled", "mark_partly_fulfilled", "mark_lapsed", "set_new_due_date"]
    fieldsets = [
        (None, {"fields": ["key", "number", "text", "is_published", "seen_version"]}),
        # Where the debate's report and the Kamer's own register word it differently, the
        # clerk sees both next to the register's text.
        (_("Teksten in de bronnen"), {"fields": ["report_text", "tk_text"]}),
        (
            _("Gedaan"),
            {"fields": ["made_by", "ministry", "made_on", "debate", "document", "mentioned_in"]},
        ),
        (
            _("Termijn en status"),
            {"fields": ["due_date", "due_description", "status", "tk_status", "fulfilled_on"]},
        ),
        (_("Notities"), {"fields": ["notes"]}),
        (
            _("Tweede Kamer open data"),
            {
                "classes": ["collapse"],
                "fields": [
                    "feed_conflict",
                    "tk_id",
                    "tk_updated_at",
                    "tk_person_name",
                    "tk_function",
                    "tk_ministry",
                    "tk_unresolved",
                ],
            },
        ),
    ]
    # Written by the sync only; a clerk clears feed_conflict after reading the conflict event.
    feed_fields = ["tk_id", "tk_updated_at", "tk_person_name", "tk_function", "tk_ministry",
                   "tk_unresolved"]  # fmt: skip

    change_list_template = "admin/commitments/commitment/change_list.html"
    change_form_template = "admin/commitments/commitment/change_form.html"

    def get_urls(self):
        def view(function):
            def checked(request, **kwargs):
                if not self.has_view_permission(request):
                    raise PermissionDenied
                return function(self, request, **kwargs)

            return self.admin_site.admin_view(checked)

        custom = [
            path("werklijst/", view(worklist_view), name="commitments_commitment_worklist"),
            path(
                "rappel/<int:ministry_id>/",
                view(rappel_view),
                name="commitments_commitment_rappel",
            ),
            path(
                "rappel/<int:ministry_id>/csv/",
                view(rappel_csv_view),
                name="commitments_commitment_rappel_csv",
            ),
            path(
                "<int:object_id>/actie/<slug:action>/",
                self.admin_site.admin_view(self.object_action_view),
                name="commitments_commitment_object_action",
            ),
        ]
        return custom + super().get_urls()

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ["tk_status", "report_text", "tk_text", *self.feed_fields]
        # Status and deadline change only through the actions, which write the history.
        return [
            "status",
            "tk_status",
            "fulfilled_on",
            "due_date",
            "report_text",
            "tk_text",
            *self.feed_fields,
        ]

    @admin.display(description=_("tekst volgens de Tweede Kamer"))
    def tk_text(self, obj):
        text = (obj.tk_data or {}).get("text") or ""
        if not text:
            return "—"
        return text if text != obj.text else _("gelijk aan de tekst hierboven")

    def get_queryset(self, request):
        return super().get_queryset(request).with_overdue()

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ConcurrentEditError as error:
            # Saved by someone else between our check and our write: nothing of ours was
            # kept (the transaction rolled back); say so rather than fail.
            self.message_user(request, str(error), messages.ERROR)
            return redirect(request.path)

    def has_delete_permission(self, request, obj=None):
        # The register is the Kamer's memory: withdraw or unpublish, never delete.
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    @admin.display(description=_("tekst"))
    def short_text(self, obj):
        return obj.text if len(obj.text) <= 60 else f"{obj.text[:59].rstrip()}…"

    @admin.display(description=_("over termijn"), boolean=True, ordering="overdue")
    def overdue_display(self, obj):
        return obj.is_overdue

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change:
            services.record_created(
                form.instance, source=CommitmentEvent.Source.ADMIN, user=request.user
            )

    # The actions the change form offers next to the history, as on the changelist.
    object_actions = ["mark_fulfilled", "mark_partly_fulfilled", "mark_lapsed", "set_new_due_date"]

    def object_action_view(self, request, object_id, action):
        """One changelist action for one commitment, reached from its change form."""
        if action not in self.object_actions or not self.has_change_permission(request):
            raise PermissionDenied
        queryset = self.get_queryset(request).filter(pk=object_id)
        if not queryset.exists():
            raise Http404
        response = getattr(self, action)(request, queryset)
        if response is None:  # applied: back to the commitment, with the message
            return redirect("admin:commitments_commitment_change", object_id)
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        actions = []
        if self.has_change_permission(request):
            actions = [
                (name, getattr(self, name).short_description) for name in self.object_actions
            ]
        extra_context = {**(extra_context or {}), "object_actions": actions}
        return super().change_view(request, object_id, form_url, extra_context)

    # Actions: each shows a small form, then calls the service that also serves the API.

    def _run_action(self, request, queryset, *, form_class, title, apply):
        form = form_class(request.POST if "apply" in request.POST else None)
        if "apply" in request.POST and form.is_valid():
            done, failed = 0, []
            for commitment in queryset:
                try:
                    apply(commitment, form.cleaned_data)
                except ValidationError as error:
                    failed.append(f"{commitment.key}: {' '.join(error.messages)}")
                else:
                    done += 1
            if done:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d toezegging bijgewerkt.",
                        "%(count)d toezeggingen bijgewerkt.",
                        done,
                    )
                    % {"count": done},
                    messages.SUCCESS,
                )
            for failure in failed:
                self.message_user(request, failure, messages.ERROR)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "form": form,
            "queryset": queryset,
            "opts": self.model._meta,
            "action": request.POST.get("action"),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/commitments/action_form.html", context)

    @admin.action(description=_("Markeer als voldaan met een Kamerstuk"), permissions=["change"])
    def mark_fulfilled(self, request, queryset):
        return self._run_action(
            request,
            queryset,
            form_class=FulfilForm,
            title=_("Markeer als voldaan"),
            apply=lambda c, data: services.fulfil(
                c,
                documents=[data["document"]],
                on=data["on"],
                passage=data["passage"],
                note=data["note"],
                user=request.user,
            ),
        )

    @admin.action(description=_("Markeer als deels voldaan"), permissions=["change"])
    def mark_partly_fulfilled(self, request, queryset):
        return self._run_action(
            request,
            queryset,
            form_class=FulfilForm,
            title=_("Markeer als deels voldaan"),
            apply=lambda c, data: services.fulfil(
                c,
                documents=[data["document"]],
                on=data["on"],
                passage=data["passage"],
                note=data["note"],
                user=request.user,
                partly=True,
            ),
        )

    @admin.action(description=_("Markeer als vervallen"), permissions=["change"])
    def mark_lapsed(self, request, queryset):
        return self._run_action(
            request,
            queryset,
            form_class=LapseForm,
            title=_("Markeer als vervallen"),
            apply=lambda c, data: services.lapse(
                c, on=data["on"], note=data["note"], user=request.user
            ),
        )

    @admin.action(description=_("Stel een nieuwe termijn vast"), permissions=["change"])
    def set_new_due_date(self, request, queryset):
        return self._run_action(
            request,
            queryset,
            form_class=DueDateForm,
            title=_("Nieuwe termijn"),
            apply=lambda c, data: services.set_due_date(
                c,
                due_date=data["due_date"],
                due_description=data["due_description"] or None,
                note=data["note"],
                user=request.user,
            ),
        )


@admin.register(CommitmentEvent)
class CommitmentEventAdmin(admin.ModelAdmin):
    list_display = ["commitment", "date", "kind", "new_status", "source", "user", "recorded_at"]
    list_filter = ["kind", "source"]
    list_select_related = ["commitment", "user"]
    search_fields = ["commitment__key", "commitment__number", "note"]
    date_hierarchy = "date"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
