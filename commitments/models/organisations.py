"""Who makes and receives commitments: ministries, committees and people."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import SlugManager, tk_id_field


class Ministry(models.Model):
    name = models.CharField(_("naam"), max_length=200, unique=True)
    abbreviation = models.CharField(_("afkorting"), max_length=20, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    objects = SlugManager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("ministerie")
        verbose_name_plural = _("ministeries")

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)


class Committee(models.Model):
    name = models.CharField(_("naam"), max_length=200, unique=True)
    abbreviation = models.CharField(_("afkorting"), max_length=20, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    objects = SlugManager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("commissie")
        verbose_name_plural = _("commissies")

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)


class Person(models.Model):
    """A bewindspersoon, or a guest named in a meeting report (a foreign minister, a king)."""

    name = models.CharField(_("naam"), max_length=200, help_text=_("Zoals in de stukken."))
    function = models.CharField(_("functie"), max_length=200, blank=True)
    ministry = models.ForeignKey(
        Ministry,
        verbose_name=_("ministerie"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    tk_id = tk_id_field()

    objects = SlugManager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")

    def __str__(self):
        return f"{self.name} ({self.function})" if self.function else self.name

    def natural_key(self):
        return (self.slug,)
