from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitmentsConfig(AppConfig):
    name = "commitments"
    verbose_name = _("Toezeggingen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import response_cache

        response_cache.connect_signals(self)
