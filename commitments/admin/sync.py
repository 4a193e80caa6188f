"""What the open-data sync writes: links between commitments and where each feed stopped."""

from django.contrib import admin

from ..models import CommitmentLink, SyncState

# Open-data sync (commitments/importers/opendata/)


@admin.register(CommitmentLink)
class CommitmentLinkAdmin(admin.ModelAdmin):
    list_display = ["from_commitment", "kind", "to_commitment"]
    list_filter = ["kind"]
    list_select_related = ["from_commitment", "to_commitment"]
    search_fields = ["from_commitment__key", "from_commitment__number", "to_commitment__number"]
    autocomplete_fields = ["from_commitment", "to_commitment"]


@admin.register(SyncState)
class SyncStateAdmin(admin.ModelAdmin):
    """Where each feed stopped; written by ``manage.py sync_tweedekamer`` only."""

    list_display = ["feed", "position", "last_run_at", "updated_at"]
    readonly_fields = ["feed", "position", "last_run_at", "last_stats", "updated_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
