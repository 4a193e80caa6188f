"""The register's admin site (``tracker/admin_site.py``) lists the same apps and models as
Django's, for each user, and checks the permissions on every request."""

import pytest
from django.contrib import admin
from django.contrib.admin import AdminSite
from django.contrib.auth.models import Permission
from django.test import RequestFactory
from django.urls import reverse

from tracker.admin_site import RegisterAdminSite


def request_for(user):
    request = RequestFactory().get(reverse("admin:commitments_commitment_changelist"))
    request.user = user
    return request


def djangos(request, label=None):
    return AdminSite._build_app_dict(admin.site, request, label)


def test_admin_site_is_the_registers():
    assert isinstance(admin.site, RegisterAdminSite)


@pytest.mark.parametrize("label", [None, "commitments", "auth"])
def test_the_app_list_is_djangos_for_each_user(django_user_model, clerk, label):
    superuser = django_user_model.objects.create_superuser("beheer", password="x-secret-pw")
    for user in (superuser, clerk):
        request = request_for(user)
        for _ in range(2):  # the URLs reversed, then remembered
            assert admin.site._build_app_dict(request, label) == djangos(request, label)
            assert admin.site.get_app_list(request, label) == AdminSite.get_app_list(
                admin.site, request, label
            )
    names = [
        m["name"] for app in admin.site.get_app_list(request_for(superuser)) for m in app["models"]
    ]
    assert all(type(name) is str for name in names)


def test_a_revoked_permission_drops_the_model_at_once(clerk, django_user_model):
    people = reverse("admin:commitments_person_changelist")

    def urls():
        user = django_user_model.objects.get(pk=clerk.pk)  # a fresh permission cache
        apps = admin.site.get_app_list(request_for(user))
        return [model["admin_url"] for app in apps for model in app["models"]]

    assert people in urls()
    group = clerk.groups.get()
    group.permissions.remove(*Permission.objects.filter(codename__endswith="_person"))
    assert people not in urls()
    assert reverse("admin:commitments_commitment_changelist") in urls()


def test_a_view_only_model_has_no_add_link(staff_without_group):
    staff_without_group.user_permissions.add(Permission.objects.get(codename="view_ministry"))
    apps = admin.site.get_app_list(request_for(staff_without_group))
    [model] = [m for app in apps for m in app["models"]]
    assert model["view_only"] is True
    assert model["add_url"] is None
    assert model["admin_url"] == reverse("admin:commitments_ministry_changelist")
