"""Subscriptions in the admin: to answer a reader's request about their address (find it,
delete it), nothing else. Clerks get no permission on them (migration 0002 lists theirs);
only a superuser sees this."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "kind", "target", "confirmed_at", "notified_until"]
    list_filter = ["kind", ("confirmed_at", admin.EmptyFieldListFilter)]
    search_fields = ["email"]
    # Searching is how a request is answered; a full list of addresses is not needed.
    show_full_result_count = False
    list_select_related = ["commitment", "ministry", "committee"]
    fields = ["email", "kind", "target", "language", "requested_at", "confirmed_at"]
    readonly_fields = fields

    @admin.display(description=_("volgt"))
    def target(self, obj):
        return obj.target_value

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
