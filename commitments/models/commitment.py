"""Commitments (toezeggingen), what fulfils them, how they relate and their dated history."""

import datetime
import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .base import CachedDisplay, tk_id_field
from .documents import Document
from .meetings import Debate
from .organisations import Ministry, Person
from .search import full_text_search


def overdue_q(day: datetime.date | None = None) -> Q:
    """The one definition of overdue, at the end of ``day`` (today when not given).

    Due before that day and not done on it: open or partly met, or fulfilled only after
    that day. Lapsed ones never count (the register does not record when they lapsed). The
    home page, the statistics (today and every month end before it), the summary API, the
    list filter and ``Commitment.is_overdue`` all use it. Fulfilled after today cannot be
    recorded any more (``check_event_date``), but a row from before that rule still counts
    the same everywhere instead of in the statistics only.

    A ``Q`` so that aggregates can count it (``Count("pk", filter=overdue_q())``) without a
    subquery per group.
    """
    day = day or timezone.localdate()
    return Q(due_date__lt=day) & (
        Q(status__in=Commitment.OPEN_STATUSES)
        | Q(status=Commitment.Status.FULFILLED, fulfilled_on__gt=day)
    )


def check_event_date(
    on: datetime.date,
    made_on: datetime.date | None,
    what: str,
    today: datetime.date | None = None,
) -> None:
    """Something that happened to a commitment (fulfilled, lapsed, reopened, a new term
    decided) happened neither in the future nor before the commitment was made.

    The one check behind the services (admin actions, API, importer), the admin's add form
    (``Commitment.clean``) and the open-data sync, which clamps instead of refusing.
    """
    today = today or timezone.localdate()
    if on > today:
        raise ValidationError(
            _("%(what)s (%(on)s) ligt in de toekomst; vandaag is het %(today)s.")
            % {"what": what, "on": on.isoformat(), "today": today.isoformat()},
            code="future",
        )
    if made_on and on < made_on:
        raise ValidationError(
            _("%(what)s (%(on)s) ligt voor de datum van de toezegging (%(made)s).")
            % {"what": what, "on": on.isoformat(), "made": made_on.isoformat()},
            code="before_made",
        )


class CommitmentQuerySet(models.QuerySet):
    def public(self):
        """The one place that decides what the public may see."""
        return self.filter(is_published=True)

    def with_overdue(self, today: datetime.date | None = None):
        """Annotate ``overdue``: open or partly met, with a due date that has passed."""
        today = today or timezone.localdate()
        return self.annotate(
            overdue=Case(
                When(overdue_q(today), then=Value(True)),
                default=Value(False),
                output_field=models.BooleanField(),
            )
        )

    def search(self, query: str, *, rank_limit: int | None = None):
        return full_text_search(
            self,
            query,
            rank_limit=rank_limit,
            fallback_fields=["text", "key", "number", "due_description"],
            # Index commitment_list_order_idx (migration 0006).
            newest_first=[F("made_on").desc(nulls_last=True), "key"],
        )

    def overdue(self, today: datetime.date | None = None):
        return self.filter(overdue_q(today))

    def fulfilled_by(self, today: datetime.date | None = None):
        """Fulfilled on or before ``today``: what "recently fulfilled" lists and feeds show."""
        today = today or timezone.localdate()
        return self.filter(status=CommitmentStatus.FULFILLED, fulfilled_on__lte=today)

    def not_overdue(self, today: datetime.date | None = None):
        return self.exclude(overdue_q(today))


class ConcurrentEditError(Exception):
    """Somebody else saved the commitment since this copy was read."""

    def __init__(self, commitment, current_version=None):
        self.commitment = commitment
        self.current_version = current_version
        super().__init__(
            f"Toezegging {commitment.key} is intussen gewijzigd (versie {current_version}, "
            f"u bewerkte versie {commitment.version})."
        )


class CommitmentManager(models.Manager.from_queryset(CommitmentQuerySet)):
    def get_by_natural_key(self, key):
        return self.get(key=key)


class CommitmentStatus(models.TextChoices):
    OPEN = "open", _("Openstaand")
    FULFILLED = "fulfilled", _("Voldaan")
    PARTLY_FULFILLED = "partly_fulfilled", _("Deels voldaan")
    LAPSED = "lapsed", _("Vervallen")


class Commitment(CachedDisplay, models.Model):
    """A toezegging: a promise by a bewindspersoon to the Kamer."""

    Status = CommitmentStatus

    OPEN_STATUSES = (Status.OPEN, Status.PARTLY_FULFILLED)

    key = models.SlugField(
        _("kenmerk"),
        max_length=100,
        unique=True,
        help_text=_("Stabiel kenmerk in dit register, ook als het TZ-nummer (nog) onbekend is."),
    )
    number = models.CharField(
        _("nummer Tweede Kamer"),
        max_length=30,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld TZ202412-116. Leeg als het nummer onbekend is."),
    )
    text = models.TextField(_("tekst"))
    made_by = models.ForeignKey(
        Person,
        verbose_name=_("gedaan door"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commitments",
    )
    ministry = models.ForeignKey(
        Ministry,
        verbose_name=_("ministerie"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commitments",
    )
    debate = models.ForeignKey(
        Debate,
        verbose_name=_("gedaan in debat"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commitments",
    )
    document = models.ForeignKey(
        Document,
        verbose_name=_("gedaan in Kamerstuk"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commitments_made",
    )
    mentioned_in = models.ManyToManyField(
        Document,
        verbose_name=_("genoemd in"),
        blank=True,
        related_name="commitments_mentioned",
        help_text=_("Stukken die de toezegging herhalen, zoals een agenda die haar aanhaalt."),
    )
    made_on = models.DateField(_("gedaan op"), null=True, blank=True)
    due_date = models.DateField(_("termijn"), null=True, blank=True)
    due_description = models.CharField(
        _("termijn (omschrijving)"),
        max_length=300,
        blank=True,
        help_text=_("Zoals in de tekst, bijvoorbeeld 'voor de NAVO-top'."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.OPEN)
    tk_status = models.CharField(
        _("status Tweede Kamer (ruw)"),
        max_length=50,
        blank=True,
        help_text=_("De status zoals de Tweede Kamer die publiceert, ongewijzigd."),
    )
    fulfilled_on = models.DateField(_("voldaan op"), null=True, blank=True)
    fulfilled_by = models.ManyToManyField(
        Document,
        through="Fulfilment",
        verbose_name=_("voldaan met"),
        blank=True,
        related_name="commitments_fulfilled",
    )
    notes = models.TextField(
        _("notities"),
        blank=True,
        help_text=_("Intern: alleen zichtbaar in het beheer, nooit op de site of in de API."),
    )
    report_text = models.TextField(
        _("tekst in het verslag"),
        blank=True,
        help_text=_(
            "De toezegging zoals de voorzitter die aan het eind van het debat voorlas "
            "(VLOS-verslag). Blijft staan als de Tweede Kamer een eigen tekst publiceert."
        ),
    )
    is_published = models.BooleanField(
        _("gepubliceerd"),
        default=False,
        help_text=_("Alleen gepubliceerde toezeggingen zijn publiek zichtbaar."),
    )
    # Open-data sync (importers/opendata/): the official id, the raw values that did not
    # match a row of this register, and what the feed said last time, so a re-sync only
    # touches what the Tweede Kamer changed and a clerk's own edits survive.
    tk_id = tk_id_field()
    tk_updated_at = models.DateTimeField(
        _("gewijzigd bij Tweede Kamer"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("GewijzigdOp in de open data."),
    )
    tk_person_name = models.CharField(
        _("bewindspersoon (ruw)"), max_length=200, blank=True, editable=False
    )
    tk_function = models.CharField(_("functie (ruw)"), max_length=200, blank=True, editable=False)
    tk_ministry = models.CharField(
        _("ministerie (ruw)"), max_length=200, blank=True, editable=False
    )
    tk_unresolved = models.TextField(
        _("nog niet gekoppeld (open data)"),
        blank=True,
        editable=False,
        help_text=_(
            "Kamerbrieven en toezeggingen die de open data noemt maar die (nog) niet in het "
            "register staan; een volgende synchronisatie probeert ze opnieuw."
        ),
    )
    tk_addressed_to = models.JSONField(
        _("toegezegd aan (open data)"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("ToegezegdAan: de Kamerleden en fracties aan wie de toezegging is gedaan."),
    )
    tk_data = models.JSONField(
        _("laatst gesynchroniseerde open data"), default=dict, blank=True, editable=False
    )
    feed_conflict = models.BooleanField(
        _("conflict met open data"),
        default=False,
        help_text=_(
            "De open data meldt een andere status dan de griffie later besloot; "
            "zie de geschiedenis. Let op: de conflictmelding in de geschiedenis is openbaar "
            "(publieke pagina en API)."
        ),
    )
    # Kept up to date by a PostgreSQL trigger (migration 0003); stays empty on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True, db_index=True)

    version = models.PositiveIntegerField(
        _("versie"),
        default=1,
        editable=False,
        help_text=_("Verhoogd bij elke wijziging; zo overschrijven griffiers elkaar niet."),
    )

    objects = CommitmentManager()
    history = HistoricalRecords(excluded_fields=["search_vector", "tk_data"])

    class Meta:
        ordering = ["-made_on", "key"]
        verbose_name = _("toezegging")
        verbose_name_plural = _("toezeggingen")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=CommitmentStatus.values),
                name="commitment_status_valid",
                violation_error_message=_("Onbekende status."),
            ),
            models.CheckConstraint(
                condition=Q(debate__isnull=True) | Q(document__isnull=True),
                name="commitment_made_in_debate_or_document",
                violation_error_message=_(
                    "Een toezegging is gedaan in een debat óf in een Kamerstuk, niet in beide."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(status=CommitmentStatus.FULFILLED) | Q(fulfilled_on__isnull=False),
                name="commitment_fulfilled_has_date",
                violation_error_message=_("Een voldane toezegging heeft een datum van voldoen."),
            ),
            models.CheckConstraint(
                condition=Q(due_date__isnull=True)
                | Q(made_on__isnull=True)
                | Q(due_date__gte=F("made_on")),
                name="commitment_due_not_before_made",
                violation_error_message=_("De termijn ligt voor de datum van de toezegging."),
            ),
            models.CheckConstraint(
                condition=Q(fulfilled_on__isnull=True)
                | Q(made_on__isnull=True)
                | Q(fulfilled_on__gte=F("made_on")),
                name="commitment_fulfilled_not_before_made",
                violation_error_message=_("Voldaan op ligt voor de datum van de toezegging."),
            ),
            # Partly fulfilled, open or lapsed is not fulfilled on a day. ("Not in the
            # future" depends on today, which no portable constraint can see:
            # check_event_date enforces that in every write path.)
            models.CheckConstraint(
                condition=Q(status=CommitmentStatus.FULFILLED) | Q(fulfilled_on__isnull=True),
                name="commitment_fulfilled_on_only_when_fulfilled",
                violation_error_message=_(
                    "Alleen een voldane toezegging heeft een datum van voldoen."
                ),
            ),
        ]
        indexes = [
            # API/list filter ?ministry=…&status=…, newest first (keyset on id).
            models.Index(
                fields=["ministry", "status", "id"], name="commitment_ministry_status_idx"
            ),
            # Orderings offered by the list and the API (?ordering=made_on / due_date).
            models.Index(fields=["made_on", "id"], name="commitment_made_on_idx"),
            # (NULLS LAST orderings have PostgreSQL-only indexes in migration 0006.)
            # Home page "upcoming deadlines": open, due from today, soonest first; and the
            # overdue lists (status filter, due date order). It replaced (status, due_date),
            # its prefix, which cost every insert an index for nothing (migration 0017).
            models.Index(fields=["status", "due_date", "key"], name="commitment_upcoming_idx"),
            models.Index(fields=["due_date", "id"], name="commitment_due_date_idx"),
            # The Atom feeds: newest registrations, newest fulfilments (``feeds.feed_entries``);
            # without them each feed sorted every published row (135 + 81 ms at 100k).
            models.Index(fields=["-created_at", "key"], name="commitment_created_idx"),
            models.Index(
                fields=["status", "-fulfilled_on", "key"], name="commitment_fulfilled_idx"
            ),
            # The sync's retry of references still missing (``resolve_pending``): only the
            # waiting rows are in it, so reading them costs the backlog, not the register.
            models.Index(
                fields=["id"],
                name="commitment_unresolved_idx",
                condition=~Q(tk_unresolved="") & Q(tk_id__isnull=False),
                include=["tk_unresolved"],
            ),
            # The sync's search for a debate's report candidates (``reported``): commitments of
            # the page's debates not linked to the Kamer's record yet. The debate index alone
            # reads every commitment of those debates, the synced ones too, on every page; this
            # one holds only the unlinked rows, and a synced insert does not touch it.
            models.Index(
                fields=["debate"],
                name="commitment_unsynced_debate_idx",
                condition=Q(tk_id__isnull=True),
            ),
        ]

    def __str__(self):
        label = self.number or self.key
        return f"{label}: {self.text[:80]}"

    def save(self, *args, **kwargs):
        """Optimistic locking: only the copy that was read last may be saved."""
        if self._state.adding or kwargs.get("force_insert"):
            return super().save(*args, **kwargs)
        with transaction.atomic():
            bumped = (
                type(self)
                .objects.filter(pk=self.pk, version=self.version)
                .update(version=F("version") + 1)
            )
            if not bumped:
                current = type(self).objects.filter(pk=self.pk).values_list("version", flat=True)
                raise ConcurrentEditError(self, current.first())
            self.version += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("commitments:commitment-detail", args=[self.key])

    @classmethod
    def from_db(cls, db, field_names, values):
        return cls.after_load(super().from_db(db, field_names, values))

    @staticmethod
    def after_load(instance):
        """What ``from_db`` adds, also for ``models.base.loader``: the key as loaded, so the
        response cache invalidates the old key's answers too when the key changes."""
        instance._loaded_key = instance.__dict__.get("key")
        return instance

    def clean(self):
        super().clean()
        # The admin's add form sets status and date directly; the same rules as the services.
        if self.made_on is not None:
            try:
                check_event_date(self.made_on, None, _("Gedaan op"))
            except ValidationError as error:
                raise ValidationError({"made_on": error.messages}) from None
        if self.fulfilled_on is not None:
            try:
                check_event_date(self.fulfilled_on, self.made_on, _("Voldaan op"))
            except ValidationError as error:
                raise ValidationError({"fulfilled_on": error.messages}) from None
            if self.status != self.Status.FULFILLED:
                raise ValidationError(
                    {
                        "fulfilled_on": _(
                            "Alleen een voldane toezegging heeft een datum van voldoen."
                        )
                    }
                )

    @property
    def is_overdue(self) -> bool:
        """``overdue_q()`` for one row; the ``with_overdue()`` annotation when present, so
        lists cost no extra work."""
        if hasattr(self, "overdue"):
            return self.overdue
        today = timezone.localdate()
        if self.due_date is None or self.due_date >= today:
            return False
        if self.status == self.Status.FULFILLED:
            return self.fulfilled_on is not None and self.fulfilled_on > today
        return self.status in self.OPEN_STATUSES

    @property
    def made_in(self):
        return self.debate or self.document

    def natural_key(self):
        return (self.key,)


class FulfilmentManager(models.Manager):
    def get_by_natural_key(self, commitment_key, document_identifier):
        return self.get(commitment__key=commitment_key, document__identifier=document_identifier)


class Fulfilment(models.Model):
    """A Kamerstuk that (partly) fulfils a commitment, with the passage that does so."""

    commitment = models.ForeignKey(
        Commitment,
        verbose_name=_("toezegging"),
        on_delete=models.CASCADE,
        related_name="fulfilments",
    )
    document = models.ForeignKey(
        Document,
        verbose_name=_("Kamerstuk"),
        on_delete=models.PROTECT,
        related_name="fulfilments",
    )
    passage = models.TextField(_("passage"), blank=True)

    objects = FulfilmentManager()

    class Meta:
        ordering = ["commitment", "document"]
        verbose_name = _("nakoming")
        verbose_name_plural = _("nakomingen")
        constraints = [
            models.UniqueConstraint(
                fields=["commitment", "document"],
                name="fulfilment_unique",
                violation_error_message=_("Dit stuk is al als nakoming vastgelegd."),
            ),
        ]

    def __str__(self):
        return f"{self.commitment.key} ← {self.document.identifier}"

    def natural_key(self):
        return (*self.commitment.natural_key(), *self.document.natural_key())

    natural_key.dependencies = ["commitments.commitment", "commitments.document"]


class CommitmentLinkKind(models.TextChoices):
    HERHALING = "herhaling", _("is herhaling van")
    AANVULLING = "aanvulling", _("is aanvulling op")
    WIJZIGING = "wijziging", _("is wijziging van")


class CommitmentLink(CachedDisplay, models.Model):
    """One commitment repeats, adds to or changes another (IsHerhalingVan and siblings)."""

    Kind = CommitmentLinkKind

    from_commitment = models.ForeignKey(
        Commitment,
        verbose_name=_("toezegging"),
        on_delete=models.CASCADE,
        related_name="links_from",
    )
    to_commitment = models.ForeignKey(
        Commitment,
        verbose_name=_("verwijst naar"),
        on_delete=models.CASCADE,
        related_name="links_to",
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind)

    class Meta:
        ordering = ["from_commitment", "kind", "to_commitment"]
        verbose_name = _("verband tussen toezeggingen")
        verbose_name_plural = _("verbanden tussen toezeggingen")
        constraints = [
            models.UniqueConstraint(
                fields=["from_commitment", "to_commitment", "kind"],
                name="commitmentlink_unique",
                violation_error_message=_("Dit verband is al vastgelegd."),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=CommitmentLinkKind.values),
                name="commitmentlink_kind_valid",
                violation_error_message=_("Onbekende soort verband."),
            ),
            models.CheckConstraint(
                condition=~Q(from_commitment=F("to_commitment")),
                name="commitmentlink_not_to_itself",
                violation_error_message=_("Een toezegging verwijst niet naar zichzelf."),
            ),
        ]

    def __str__(self):
        return f"{self.from_commitment.key} {self.get_kind_display()} {self.to_commitment.key}"


class EventSource(models.TextChoices):
    ADMIN = "admin", _("Beheer")
    API = "api", _("API")
    IMPORT = "import", _("Import Kamerstuk")
    OPEN_DATA = "open_data", _("Tweede Kamer open data")
    FIXTURE = "fixture", _("Basisgegevens")


class EventKind(models.TextChoices):
    CREATED = "created", _("Geregistreerd")
    STATUS = "status", _("Statuswijziging")
    DUE_DATE = "due_date", _("Nieuwe termijn")
    NOTE = "note", _("Notitie")
    CONFLICT = "conflict", _("Conflict met open data")


# Said next to every field whose text the public sees: the notes of the history are shown on
# the commitment's page and in the API, unlike the internal "notities" of a commitment.
PUBLIC_NOTE_HELP = _(
    "Openbaar: deze toelichting staat in de geschiedenis op de publieke pagina en in de "
    "API. Schrijf hier niets vertrouwelijks; interne aantekeningen horen bij 'notities'."
)


class CommitmentEventManager(models.Manager):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)


class CommitmentEvent(CachedDisplay, models.Model):
    """One dated step in a commitment's history. Rows are only ever added."""

    Kind = EventKind

    Source = EventSource

    commitment = models.ForeignKey(
        Commitment,
        verbose_name=_("toezegging"),
        on_delete=models.PROTECT,
        related_name="events",
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind)
    date = models.DateField(_("datum"), help_text=_("Wanneer het feit zich voordeed."))
    old_status = models.CharField(_("oude status"), max_length=20, blank=True)
    new_status = models.CharField(_("nieuwe status"), max_length=20, blank=True)
    old_due_date = models.DateField(_("oude termijn"), null=True, blank=True)
    new_due_date = models.DateField(_("nieuwe termijn"), null=True, blank=True)
    evidence = models.ForeignKey(
        Document,
        verbose_name=_("bewijsstuk"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="evidence_for",
    )
    note = models.TextField(
        _("toelichting"),
        blank=True,
        help_text=PUBLIC_NOTE_HELP,
    )
    source = models.CharField(_("bron"), max_length=20, choices=Source, default=Source.ADMIN)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commitment_events",
    )
    recorded_at = models.DateTimeField(_("vastgelegd"), default=timezone.now)
    uid = models.UUIDField(_("uid"), default=uuid.uuid4, unique=True, editable=False)

    objects = CommitmentEventManager()

    class Meta:
        ordering = ["commitment", "date", "recorded_at", "id"]
        verbose_name = _("gebeurtenis")
        verbose_name_plural = _("gebeurtenissen")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=EventKind.values),
                name="commitmentevent_kind_valid",
                violation_error_message=_("Onbekende soort gebeurtenis."),
            ),
            models.CheckConstraint(
                condition=Q(source__in=EventSource.values),
                name="commitmentevent_source_valid",
                violation_error_message=_("Onbekende bron."),
            ),
            models.CheckConstraint(
                condition=~Q(kind="status") | ~Q(new_status=""),
                name="commitmentevent_status_change_has_status",
                violation_error_message=_("Een statuswijziging noemt de nieuwe status."),
            ),
        ]

    def __str__(self):
        return f"{self.commitment.key} {self.date:%d-%m-%Y} {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise ValueError("Commitment events are append-only; add a new event instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Commitment events are append-only and cannot be deleted.")

    def natural_key(self):
        return (str(self.uid),)
