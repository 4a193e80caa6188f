"""Ministries, committees and people: small tables, plain admins."""

from django.contrib import admin

from ..models import Committee, Ministry, Person


@admin.register(Ministry)
class MinistryAdmin(admin.ModelAdmin):
    list_display = ["name", "abbreviation"]
    search_fields = ["name", "abbreviation"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Committee)
class CommitteeAdmin(admin.ModelAdmin):
    list_display = ["name", "abbreviation"]
    search_fields = ["name", "abbreviation"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "function", "ministry"]
    list_filter = ["ministry"]
    list_select_related = ["ministry"]
    search_fields = ["name", "function"]
    autocomplete_fields = ["ministry"]
    prepopulated_fields = {"slug": ["name"]}
