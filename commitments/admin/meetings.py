"""International meetings (with their sessions and documents) and debates."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from ..models import Debate, Meeting, MeetingDocument, MeetingSession


class MeetingSessionInline(admin.StackedInline):
    model = MeetingSession
    extra = 0
    autocomplete_fields = ["guests"]
    fields = [("order", "kind"), "title", "guests", "guest_note", "summary"]


class MeetingDocumentInline(admin.TabularInline):
    model = MeetingDocument
    extra = 0
    autocomplete_fields = ["document"]


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["name", "start_date", "end_date", "place", "session_count"]
    search_fields = ["name", "abbreviation", "place"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["name", "start_date"]}
    inlines = [MeetingSessionInline, MeetingDocumentInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(session_total=Count("sessions"))

    @admin.display(description=_("sessies"), ordering="session_total")
    def session_count(self, obj):
        return obj.session_total


@admin.register(Debate)
class DebateAdmin(admin.ModelAdmin):
    list_display = ["subject", "kind", "date", "committee"]
    list_filter = ["kind", "committee"]
    list_select_related = ["committee"]
    search_fields = ["subject", "tk_number"]
    date_hierarchy = "date"
    autocomplete_fields = ["committee"]
    # A register holds thousands of documents and persons: ids, not a select of all of them.
    raw_id_fields = ["agenda", "bewindspersonen"]
