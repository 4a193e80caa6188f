"""The register's running totals: counts kept current by database triggers (migration 0013).

Every aggregate page (home, statistics, ministry and committee pages, the API summary, the
sitemap index) reads these few hundred rows instead of counting a million commitments. The
triggers run inside the writing transaction, on PostgreSQL and SQLite, so every path (saves,
queryset updates, ``COPY``, ``loaddata``, raw SQL) keeps them exact; ``check_summary``
recomputes them from scratch and reports any drift. Only published commitments are counted
(``Commitment.objects.public()``); nothing here is edited by hand.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SummaryScope(models.TextChoices):
    ALL = "all", _("heel het register")
    MINISTRY = "ministry", _("ministerie")
    COMMITTEE = "committee", _("commissie")


class SummaryCount(models.Model):
    """Published commitments per scope, status and the two deadline questions.

    ``scope_id`` is the ministry or committee id, 0 for none (and for ``all``): a real
    column value, because a unique key treats NULLs as all different and the triggers'
    upserts need one row per key. The committee is the debate's (``debate__committee``).
    """

    Scope = SummaryScope

    scope = models.CharField(_("bereik"), max_length=10, choices=SummaryScope)
    scope_id = models.BigIntegerField(_("id binnen het bereik"), default=0)
    status = models.CharField(_("status"), max_length=20)
    has_due = models.BooleanField(_("met termijn"))
    # Fulfilled on or before the due date (the statistics page's "on time").
    on_time = models.BooleanField(_("op tijd voldaan"))
    n = models.BigIntegerField(_("aantal"), default=0)

    class Meta:
        verbose_name = _("telling")
        verbose_name_plural = _("tellingen")
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "scope_id", "status", "has_due", "on_time"],
                name="summarycount_key",
            ),
        ]

    def __str__(self):
        return f"{self.scope} {self.scope_id} {self.status}: {self.n}"


class SummaryPeriod(models.TextChoices):
    DAY = "day", _("dag")
    MONTH = "month", _("maand")


class OverdueDelta(models.Model):
    """How many commitments become (+) or stop being (-) overdue on a day, per scope.

    Overdue on day D (``overdue_q(D)``) is an interval per commitment: from the day after
    its due date, until its fulfilment day if it was fulfilled late, for ever while it is
    open or partly met. So overdue(D) is the sum of the deltas up to D. Each delta is kept
    twice, per day and per month, and overdue(D) = the month rows before D's month + the
    day rows of D's own month up to D: about 150 rows a scope, whatever the table's size.
    Lapsed commitments and those fulfilled on time add nothing.
    """

    Period = SummaryPeriod

    scope = models.CharField(_("bereik"), max_length=10, choices=SummaryScope)
    scope_id = models.BigIntegerField(_("id binnen het bereik"), default=0)
    period = models.CharField(_("periode"), max_length=5, choices=SummaryPeriod)
    # The day itself, or the first day of its month.
    day = models.DateField(_("dag"))
    delta = models.BigIntegerField(_("verschil"), default=0)

    class Meta:
        verbose_name = _("verandering in te laat")
        verbose_name_plural = _("veranderingen in te laat")
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "period", "day", "scope_id"], name="overduedelta_key"
            ),
        ]

    def __str__(self):
        return f"{self.scope} {self.scope_id} {self.period} {self.day}: {self.delta:+d}"


class FulfilmentDays(models.Model):
    """Published fulfilled commitments by days from made to fulfilled: the median's histogram."""

    days = models.IntegerField(_("dagen"), unique=True)
    n = models.BigIntegerField(_("aantal"), default=0)

    class Meta:
        verbose_name = _("doorlooptijd")
        verbose_name_plural = _("doorlooptijden")

    def __str__(self):
        return f"{self.days} d: {self.n}"


class DocumentCount(models.Model):
    """Documents by their own confidentiality. The public count subtracts the few open
    annexes of confidential documents (a small indexed join, ``summary.public_documents``)."""

    is_confidential = models.BooleanField(_("vertrouwelijk"), unique=True)
    n = models.BigIntegerField(_("aantal"), default=0)

    class Meta:
        verbose_name = _("aantal Kamerstukken")
        verbose_name_plural = _("aantallen Kamerstukken")

    def __str__(self):
        return f"{'vertrouwelijk' if self.is_confidential else 'openbaar'}: {self.n}"


class LateKind(models.TextChoices):
    FULFILLED_LATE = "late", _("te laat voldaan")
    OPEN_DUE = "open", _("open met termijn")


class LateDays(models.Model):
    """Published commitments per ministry for the medians of days late: those fulfilled
    after their due date by how many days late (``late``), and those open or partly met by
    their due date as a day number since 1 January 1970 (``open``; overdue today are the
    ones due before today, and their days late are today minus that number).

    Each row is counted twice: per day (``width`` 1) and per range of ``BUCKET`` days
    (``width`` BUCKET, ``days`` the range's first day), so a median is found in the few
    hundred ranges first and then in the days of one or two ranges, whatever the size of
    the register. ``scope_id`` is the ministry id, 0 for none, as in ``SummaryCount``.
    """

    # Migration 0015 writes the same number into its triggers (check_summary would report
    # the drift of a change without a migration).
    BUCKET = 128

    Kind = LateKind

    kind = models.CharField(_("soort"), max_length=4, choices=LateKind)
    scope_id = models.BigIntegerField(_("ministerie"), default=0)
    width = models.PositiveSmallIntegerField(_("breedte in dagen"), default=1)
    days = models.IntegerField(_("dagen"))
    n = models.BigIntegerField(_("aantal"), default=0)

    class Meta:
        verbose_name = _("dagen te laat")
        verbose_name_plural = _("dagen te laat")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "width", "scope_id", "days"], name="latedays_key"
            ),
        ]
        # The open days of today's range, of every ministry at once.
        indexes = [models.Index(fields=["kind", "width", "days"], name="latedays_day_idx")]

    def __str__(self):
        return f"{self.kind} {self.scope_id} {self.days}+{self.width}: {self.n}"
