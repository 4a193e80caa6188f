"""Where commitments are made or announced: international meetings with their sessions and
documents, and the Kamer's debates."""

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .base import CachedDisplay, SlugManager, tk_id_field
from .documents import Document
from .organisations import Committee, Person


class Meeting(models.Model):
    """An international meeting the Kamer is informed about, e.g. a NATO FMM."""

    name = models.CharField(_("naam"), max_length=300)
    abbreviation = models.CharField(_("afkorting"), max_length=20, blank=True)
    organisation = models.CharField(_("organisatie"), max_length=100, blank=True)
    place = models.CharField(_("plaats"), max_length=200, blank=True)
    start_date = models.DateField(_("begindatum"))
    end_date = models.DateField(_("einddatum"))
    description = models.TextField(_("beschrijving"), blank=True)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    documents = models.ManyToManyField(
        Document,
        through="MeetingDocument",
        verbose_name=_("stukken"),
        related_name="meetings",
        blank=True,
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = SlugManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="meeting_end_not_before_start",
                violation_error_message=_("De einddatum ligt voor de begindatum."),
            ),
        ]

    def __str__(self):
        return f"{self.name} {self.start_date:%d-%m-%Y}"

    def get_absolute_url(self):
        return reverse("commitments:meeting-detail", args=[self.slug])

    def natural_key(self):
        return (self.slug,)


class MeetingDocumentRole(models.TextChoices):
    AGENDA = "agenda", _("Geannoteerde agenda")
    REPORT = "report", _("Verslag")


class MeetingDocumentManager(models.Manager):
    def get_by_natural_key(self, meeting_slug, document_identifier):
        return self.get(meeting__slug=meeting_slug, document__identifier=document_identifier)


class MeetingDocument(CachedDisplay, models.Model):
    """Links a meeting to the Kamerstuk that announces (agenda) or reports on it (verslag)."""

    Role = MeetingDocumentRole

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("bijeenkomst"), on_delete=models.CASCADE, related_name="links"
    )
    document = models.ForeignKey(
        Document,
        verbose_name=_("stuk"),
        on_delete=models.CASCADE,
        related_name="meeting_links",
    )
    role = models.CharField(_("rol"), max_length=10, choices=Role)

    objects = MeetingDocumentManager()

    class Meta:
        ordering = ["meeting", "role"]
        verbose_name = _("stuk bij bijeenkomst")
        verbose_name_plural = _("stukken bij bijeenkomsten")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "document"],
                name="meetingdocument_unique",
                violation_error_message=_("Dit stuk is al aan deze bijeenkomst gekoppeld."),
            ),
            models.CheckConstraint(
                condition=Q(role__in=MeetingDocumentRole.values),
                name="meetingdocument_role_valid",
                violation_error_message=_("Onbekende rol."),
            ),
        ]

    def __str__(self):
        return f"{self.get_role_display()}: {self.document}"

    def natural_key(self):
        return (*self.meeting.natural_key(), *self.document.natural_key())

    natural_key.dependencies = ["commitments.meeting", "commitments.document"]


class SessionKind(models.TextChoices):
    WERKSESSIE = "werksessie", _("Werksessie")
    WERKDINER = "werkdiner", _("Werkdiner")
    OTHER = "other", _("Overig")


class MeetingSessionManager(models.Manager):
    def get_by_natural_key(self, meeting_slug, order):
        return self.get(meeting__slug=meeting_slug, order=order)


class MeetingSession(CachedDisplay, models.Model):
    Kind = SessionKind

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("bijeenkomst"), on_delete=models.CASCADE, related_name="sessions"
    )
    order = models.PositiveSmallIntegerField(_("volgorde"))
    kind = models.CharField(_("soort"), max_length=20, choices=Kind, default=Kind.WERKSESSIE)
    title = models.CharField(_("titel"), max_length=300)
    guests = models.ManyToManyField(
        Person, verbose_name=_("gasten"), blank=True, related_name="sessions_attended"
    )
    guest_note = models.CharField(
        _("overige deelnemers"),
        max_length=500,
        blank=True,
        help_text=_("Gasten die geen persoon in het register zijn, zoals partnerlanden."),
    )
    summary = models.TextField(_("samenvatting"), blank=True)

    objects = MeetingSessionManager()

    class Meta:
        ordering = ["meeting", "order"]
        verbose_name = _("sessie")
        verbose_name_plural = _("sessies")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "order"],
                name="meetingsession_order_unique",
                violation_error_message=_("Deze bijeenkomst heeft al een sessie met dit nummer."),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=SessionKind.values),
                name="meetingsession_kind_valid",
                violation_error_message=_("Onbekende soort sessie."),
            ),
        ]

    def __str__(self):
        return f"{self.order}. {self.title}"

    def natural_key(self):
        return (*self.meeting.natural_key(), self.order)

    natural_key.dependencies = ["commitments.meeting"]


class DebateManager(models.Manager):
    def get_by_natural_key(self, kind, date, subject):
        return self.get(kind=kind, date=date, subject=subject)


class DebateKind(models.TextChoices):
    COMMISSIEDEBAT = "commissiedebat", _("Commissiedebat")
    PLENAIR_DEBAT = "plenair_debat", _("Plenair debat")
    SCHRIFTELIJK_OVERLEG = "schriftelijk_overleg", _("Schriftelijk overleg")
    NOTAOVERLEG = "notaoverleg", _("Notaoverleg")
    WETGEVINGSOVERLEG = "wetgevingsoverleg", _("Wetgevingsoverleg")
    OTHER = "other", _("Overig")


class Debate(CachedDisplay, models.Model):
    """An activity of the Kamer where oral commitments are made."""

    Kind = DebateKind

    kind = models.CharField(_("soort"), max_length=30, choices=Kind)
    date = models.DateField(_("datum"))
    subject = models.CharField(_("onderwerp"), max_length=500)
    tk_number = models.CharField(
        _("activiteitnummer"),
        max_length=20,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld 2024A05766."),
    )
    committee = models.ForeignKey(
        Committee,
        verbose_name=_("voortouwcommissie"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="debates",
    )
    tk_id = tk_id_field()
    tk_kind = models.CharField(
        _("soort Tweede Kamer (ruw)"),
        max_length=100,
        blank=True,
        help_text=_("De soort activiteit zoals de Tweede Kamer die publiceert, ongewijzigd."),
    )
    # From the debate's VLOS report (importers/vlos/): where it was held, the Kamerstukken on
    # its agenda that the register holds, and the bewindspersonen who took part.
    room = models.CharField(_("zaal"), max_length=200, blank=True)
    agenda = models.ManyToManyField(
        Document,
        verbose_name=_("stukken op de agenda"),
        related_name="debates_on_agenda",
        blank=True,
    )
    bewindspersonen = models.ManyToManyField(
        Person,
        verbose_name=_("bewindspersonen"),
        related_name="debates_attended",
        blank=True,
    )

    objects = DebateManager()

    class Meta:
        ordering = ["-date"]
        verbose_name = _("debat")
        verbose_name_plural = _("debatten")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "date", "subject"],
                name="debate_kind_date_subject_unique",
                violation_error_message=_("Dit debat bestaat al."),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=DebateKind.values),
                name="debate_kind_valid",
                violation_error_message=_("Onbekende soort debat."),
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.subject} ({self.date:%d-%m-%Y})"

    def natural_key(self):
        return (self.kind, self.date.isoformat(), self.subject)
