"""Kamerstukdossiers and Kamerstukken, with their attachments and the upload page."""

from django.contrib import admin
from django.db.models import F
from django.urls import path
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from ..models import Document, Dossier
from .changelists import DocumentYearFilter, LargeChangelistMixin, VergaderjaarFilter
from .importing import import_view


@admin.register(Dossier)
class DossierAdmin(admin.ModelAdmin):
    list_display = ["display_number", "title"]
    search_fields = ["=number", "title"]


class AttachmentInline(admin.TabularInline):
    model = Document
    fk_name = "parent"
    fields = ["identifier", "kind", "title", "is_confidential"]
    extra = 0
    show_change_link = True
    verbose_name = _("bijlage")
    verbose_name_plural = _("bijlagen")


@admin.register(Document)
class DocumentAdmin(LargeChangelistMixin, SimpleHistoryAdmin):
    list_display = ["identifier", "title", "kind", "date", "dossier", "is_confidential"]
    list_filter = ["kind", "is_confidential", VergaderjaarFilter, DocumentYearFilter, "ministry"]
    list_select_related = ["dossier"]
    changelist_defer = ["text", "search_vector", "notes"]
    search_fields = ["identifier", "tk_number", "title"]
    # Index document_search_order_idx (migration 0007); undated documents last.
    ordering = [F("date").desc(nulls_last=True), "identifier"]
    autocomplete_fields = ["dossier", "sender", "ministry", "parent", "cites"]
    readonly_fields = ["kst_id", "citation", "created_at", "updated_at"]
    inlines = [AttachmentInline]
    change_list_template = "admin/commitments/document/change_list.html"
    fieldsets = [
        (None, {"fields": ["title", "kind", "date", "is_confidential"]}),
        (
            _("Vindplaats"),
            {
                "fields": [
                    "dossier",
                    "ondernummer",
                    "vergaderjaar",
                    "tk_number",
                    "identifier",
                    "kst_id",
                    "citation",
                    "parent",
                ]
            },
        ),
        (_("Afzender"), {"fields": ["sender", "ministry"]}),
        (_("Inhoud"), {"fields": ["text", "cites", "notes"]}),
        (_("Registratie"), {"fields": ["created_at", "updated_at"]}),
    ]

    def get_urls(self):
        custom = [
            path(
                "import/",
                self.admin_site.admin_view(lambda request: import_view(self, request)),
                name="commitments_document_import",
            )
        ]
        return custom + super().get_urls()

    @admin.display(description=_("kst-nummer"))
    def kst_id(self, obj):
        return obj.kst_id or "—"

    @admin.display(description=_("vindplaats"))
    def citation(self, obj):
        return obj.citation or "—"
