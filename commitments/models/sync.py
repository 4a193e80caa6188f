"""Bookkeeping of the open-data sync and of the public changes feed."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class SyncState(models.Model):
    """Where the open-data sync of one feed stopped, so the next run resumes there."""

    feed = models.CharField(
        _("feed"), max_length=100, unique=True, help_text=_("Bijvoorbeeld odata:Toezegging.")
    )
    position = models.CharField(
        _("positie"),
        max_length=500,
        blank=True,
        help_text=_("Laatste ApiGewijzigdOp (OData) of skiptoken (SyncFeed)."),
    )
    # OData: the (ApiGewijzigdOp, Id) keyset of the last record applied, and how many records
    # with that ApiGewijzigdOp were read up to it, so a run resumes inside a large cluster.
    position_id = models.CharField(_("positie: laatste Id"), max_length=100, blank=True)
    position_count = models.PositiveIntegerField(_("positie: aantal op dit tijdstip"), default=0)
    last_run_at = models.DateTimeField(_("laatste run"), null=True, blank=True)
    last_stats = models.JSONField(_("resultaat laatste run"), default=dict, blank=True)
    last_success_at = models.DateTimeField(
        _("laatste geslaagde run"), null=True, blank=True, help_text=_("Tot de laatste pagina.")
    )
    last_error = models.TextField(
        _("laatste fout"), blank=True, help_text=_("Leeg na een geslaagde run.")
    )
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        ordering = ["feed"]
        verbose_name = _("synchronisatiestand")
        verbose_name_plural = _("synchronisatiestanden")

    def __str__(self):
        return f"{self.feed} @ {self.position or '-'}"


# --- the changes feed (commitments/api/changes.py) ----------------------------------------


class ResourceKind(models.TextChoices):
    COMMITMENT = "commitment", _("toezegging")
    DOCUMENT = "document", _("Kamerstuk")
    MEETING = "meeting", _("bijeenkomst")
    DEBATE = "debate", _("debat")
    DOSSIER = "dossier", _("Kamerstukdossier")
    PERSON = "person", _("persoon")
    MINISTRY = "ministry", _("ministerie")
    COMMITTEE = "committee", _("commissie")


class PendingChange(models.Model):
    """A row that may have changed something public, written by a database trigger.

    Triggers (migration ``changes_feed``), not signals: bulk updates, ``COPY`` and raw SQL
    are seen too, inside the writing transaction, at no extra round trip. The publisher
    (``changes.publish``) turns these into ``FeedEntry`` rows and deletes them.
    """

    kind = models.CharField(_("soort"), max_length=20, choices=ResourceKind)
    object_id = models.BigIntegerField(_("object"))

    class Meta:
        verbose_name = _("te publiceren wijziging")
        verbose_name_plural = _("te publiceren wijzigingen")

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class PublishedState(models.Model):
    """What the changes feed last said about one object: its key and a digest of its public
    representation, or that it left public view (``gone``). Without a row the object was
    never public, so it never gets a tombstone."""

    kind = models.CharField(_("soort"), max_length=20, choices=ResourceKind)
    object_id = models.BigIntegerField(_("object"))
    key = models.CharField(_("kenmerk"), max_length=200)
    digest = models.CharField(_("vingerafdruk"), max_length=64)
    gone = models.BooleanField(_("verdwenen"), default=False)
    changed_at = models.DateTimeField(_("publiek gewijzigd"))

    class Meta:
        verbose_name = _("gepubliceerde stand")
        verbose_name_plural = _("gepubliceerde standen")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id"], name="publishedstate_kind_object_unique"
            ),
        ]
        indexes = [
            # updated_since: the objects whose public representation changed since then.
            models.Index(fields=["kind", "changed_at"], name="publishedstate_changed_idx"),
        ]

    def __str__(self):
        return f"{self.kind} {self.key}"


class FeedEntry(models.Model):
    """One entry of the changes feed: an object appeared or changed, or left public view.

    Only the publisher writes these, one publisher at a time, so the ids increase in commit
    order and a client's position (the last id it saw) never skips an entry.
    """

    kind = models.CharField(_("soort"), max_length=20, choices=ResourceKind)
    key = models.CharField(_("kenmerk"), max_length=200)
    gone = models.BooleanField(_("verdwenen"), default=False)
    recorded_at = models.DateTimeField(_("vastgelegd"))

    class Meta:
        ordering = ["id"]
        verbose_name = _("wijziging in de feed")
        verbose_name_plural = _("wijzigingen in de feed")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=ResourceKind.values), name="feedentry_kind_valid"
            ),
        ]

    def __str__(self):
        return f"{self.pk} {self.kind} {self.key}{' (weg)' if self.gone else ''}"
