"""The register's admin site: Django's, with the app list of every admin page built cheaper.

Every admin page lists the models the user may see (``each_context``'s ``available_apps``,
drawn in the sidebar). Django reverses two URLs per model for it on every request (39
``reverse()`` calls for 18 models) and sorts the models by their lazily translated names,
translating both names again at each comparison: 3.3 ms of CPU a page. Here the URLs are
reversed once per URLconf and script prefix, and the names are translated once before
the sort. The permission checks still run for every request, so a revoked permission
drops its model at once.
"""

from contextlib import suppress
from functools import lru_cache

from django.apps import apps
from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.text import capfirst


@lru_cache(maxsize=1024)
def _reversed(urlconf, prefix, name, current_app, app_label):
    # The URLconf and script prefix are arguments so that each has its own entry; reverse()
    # reads the same values from the current thread.
    kwargs = {"app_label": app_label} if app_label else None
    return reverse(name, kwargs=kwargs, current_app=current_app)


@receiver(setting_changed)
def _forget_urls_on_settings_change(*, setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _reversed.cache_clear()


class RegisterAdminSite(admin.AdminSite):
    def _url(self, name, app_label=None):
        return _reversed(get_urlconf(), get_script_prefix(), name, self.name, app_label)

    def _build_app_dict(self, request, label=None):
        """Django 5.2's ``AdminSite._build_app_dict`` with the URLs from ``_url`` and each
        model's name translated once (``tests/test_admin_site.py`` compares the two)."""
        app_dict = {}
        if label:
            models = {m: m_a for m, m_a in self._registry.items() if m._meta.app_label == label}
        else:
            models = self._registry
        for model, model_admin in models.items():
            app_label = model._meta.app_label
            has_module_perms = model_admin.has_module_permission(request)
            if not has_module_perms:
                continue
            perms = model_admin.get_model_perms(request)
            if True not in perms.values():
                continue
            model_name = model._meta.model_name
            model_dict = {
                "model": model,
                "name": str(capfirst(model._meta.verbose_name_plural)),
                "object_name": model._meta.object_name,
                "perms": perms,
                "admin_url": None,
                "add_url": None,
            }
            if perms.get("change") or perms.get("view"):
                model_dict["view_only"] = not perms.get("change")
                with suppress(NoReverseMatch):
                    model_dict["admin_url"] = self._url(
                        f"admin:{app_label}_{model_name}_changelist"
                    )
            if perms.get("add"):
                with suppress(NoReverseMatch):
                    model_dict["add_url"] = self._url(f"admin:{app_label}_{model_name}_add")
            if app_label in app_dict:
                app_dict[app_label]["models"].append(model_dict)
            else:
                app_dict[app_label] = {
                    "name": apps.get_app_config(app_label).verbose_name,
                    "app_label": app_label,
                    "app_url": self._url("admin:app_list", app_label),
                    "has_module_perms": has_module_perms,
                    "models": [model_dict],
                }
        return app_dict


class RegisterAdminConfig(AdminConfig):
    """``django.contrib.admin`` with ``RegisterAdminSite`` as ``admin.site``."""

    default_site = "tracker.admin_site.RegisterAdminSite"
