"""The register: Kamerstukken, meetings, debates, people and the commitments made in them."""

import datetime
import json
import re
import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.core.exceptions import EmptyResultSet, ValidationError
from django.db import connection, connections, models, transaction
from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

VERGADERJAAR_RE = r"^[0-9]{4}-[0-9]{4}$"
KST_ID_RE = re.compile(r"^kst-(?P<number>\d+)(?:-(?P<toevoeging>[0-9A-Za-z]+))?-(?P<nr>\d+)$")


def format_dossier_number(number: int, toevoeging: str = "") -> str:
    """Kamerstuk citation style: 28676 → "28 676", with toevoeging "21 501-02"."""
    grouped = f"{number:,}".replace(",", " ")
    return f"{grouped}-{toevoeging}" if toevoeging else grouped


def cite(number: int, toevoeging: str, ondernummer: int) -> str:
    """``Document.citation`` from its columns (the bulk exports read columns, not rows)."""
    return f"Kamerstuk {format_dossier_number(number, toevoeging)}, nr. {ondernummer}"


# Matches beyond which ranking stops paying: ranking reads every matching row, so a common
# word (most of a national register) would cost a scan of the table per search.
RANKED_MATCHES = 1000
# The Dutch configuration without the parts of hyphenated words (migration 0007): a query
# for "NAVO-norm" is then the one lexeme 'navo-norm', which the documents' vectors (built
# with 'dutch', compound and parts) contain. With 'dutch' it is the phrase navo-norm <->
# navo <-> norm, which the GIN index cannot check and whose match count PostgreSQL
# underestimates twentyfold, so it chose a plan that read every match.
QUERY_CONFIG = "commitments_dutch_query"


def full_text_search(queryset, query: str, *, fallback_fields, newest_first, rank_limit=None):
    """Dutch full-text search on PostgreSQL; a substring match elsewhere.

    Every match is returned (counts, exports and API pages stay complete); only the order
    depends on how many PostgreSQL expects. Up to ``rank_limit`` (default
    ``RANKED_MATCHES``): best match first (``ts_rank``), then ``newest_first``. More: newest
    first alone, which an index serves, so a page of a common word reads a few dozen rows
    instead of ranking every match. Deciding costs one ``EXPLAIN`` (planning, no execution),
    the same estimate the planner uses to choose the plan.

    Queries are parsed with ``QUERY_CONFIG`` (hyphenated words as one lexeme). Known gap:
    PostgreSQL multiplies word frequencies, so words that always occur together ("operatie
    Interflex") are estimated as rare; such a query is ranked and reads every match.

    The stored ``search_vector`` (trigger-maintained, GIN-indexed) is PostgreSQL-only, so
    SQLite, the laptop default, gets ``icontains`` over ``fallback_fields`` instead.
    """
    query = query.strip()
    if not query:
        return queryset
    if connection.vendor == "postgresql":
        rank_limit = RANKED_MATCHES if rank_limit is None else rank_limit
        tsquery = SearchQuery(query, config=QUERY_CONFIG, search_type="websearch")
        matches = queryset.filter(search_vector=tsquery)
        matches = matches.annotate(search_rank=SearchRank(F("search_vector"), tsquery))
        if estimated_rows(matches) > rank_limit:
            return matches.order_by(*newest_first)
        return matches.order_by("-search_rank", *newest_first)
    match = Q()
    for field in fallback_fields:
        match |= Q(**{f"{field}__icontains": query})
    return queryset.filter(match)


def estimated_rows(queryset) -> int:
    """PostgreSQL's row estimate for ``queryset``: planned, not run (about a millisecond)."""
    try:
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:
        return 0
    db = connections[queryset.db]
    with db.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


def tk_id_field() -> models.UUIDField:
    """The official GUID a row has in the Tweede Kamer open data; only the sync sets it."""
    return models.UUIDField(
        _("Id Tweede Kamer"),
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("De GUID in de open data van de Tweede Kamer; gezet door de synchronisatie."),
    )


class SlugManager(models.Manager):
    """Natural key = slug, so fixtures refer to rows by name instead of database ids."""

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


# (field, language) -> {value: translated label}
_display_labels: dict = {}


class CachedDisplay:
    """``get_<field>_display()`` from a mapping built once per field and language.

    Django's own builds ``dict(make_hashable(field.flatchoices))`` on every call, and hashing
    each lazy label translates it: 13 ms of a 100 ms (profiled) uncached API list of 20
    rows went there (``status``, and a document's ``kind`` in every citation). Same
    result: the translated label, or the value itself when it is not a choice.
    """

    def _get_FIELD_display(self, field):
        key = (field, get_language())
        labels = _display_labels.get(key)
        if labels is None:
            labels = _display_labels[key] = {
                value: str(label) for value, label in field.flatchoices
            }
        value = getattr(self, field.attname)
        try:
            label = labels.get(value, value)
        except TypeError:  # an unhashable value: Django's own path copes
            return super()._get_FIELD_display(field)
        return force_str(label, strings_only=True)


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


# A dossier as people type it: "28676", "28 676" or "21501-02".
DOSSIER_REFERENCE_RE = re.compile(
    r"^\s*(?P<number>\d[\d ]{0,9})(?:-(?P<toevoeging>[0-9A-Za-z]{1,10}))?\s*$"
)


class DossierQuerySet(models.QuerySet):
    def by_reference(self, reference: str, *, exact: bool = False):
        """Dossiers a typed reference names. Without a toevoeging, "28676" means every
        dossier with that number, or with ``exact`` only the one without toevoeging."""
        match = DOSSIER_REFERENCE_RE.match(reference)
        if not match:
            return self.none()
        dossiers = self.filter(number=int(match["number"].replace(" ", "")))
        if match["toevoeging"] or exact:
            dossiers = dossiers.filter(toevoeging=match["toevoeging"] or "")
        return dossiers


class DossierManager(models.Manager.from_queryset(DossierQuerySet)):
    def get_by_natural_key(self, number, toevoeging):
        return self.get(number=number, toevoeging=toevoeging)


class Dossier(models.Model):
    """A Kamerstukdossier such as 28 676 "NAVO" or 21 501-02."""

    number = models.PositiveIntegerField(_("nummer"))
    toevoeging = models.CharField(_("toevoeging"), max_length=10, blank=True)
    title = models.CharField(_("titel"), max_length=500, blank=True)
    tk_id = tk_id_field()

    objects = DossierManager()

    class Meta:
        ordering = ["number", "toevoeging"]
        verbose_name = _("Kamerstukdossier")
        verbose_name_plural = _("Kamerstukdossiers")
        constraints = [
            models.UniqueConstraint(
                fields=["number", "toevoeging"],
                name="dossier_number_toevoeging_unique",
                violation_error_message=_("Dit dossier (nummer en toevoeging) bestaat al."),
            ),
        ]

    def __str__(self):
        display = format_dossier_number(self.number, self.toevoeging)
        return f"{display} {self.title}".strip()

    @property
    def display_number(self):
        return format_dossier_number(self.number, self.toevoeging)

    def natural_key(self):
        return (self.number, self.toevoeging)


def public_document_q(prefix: str = "") -> Q:
    """The visibility rule for documents, usable from a related model (``prefix="document__"``).

    Checking the document and its parent is the whole rule because an attachment never has
    attachments of its own: ``Document.clean()`` refuses it and so does a trigger in the
    database (migration 0008), so no path (admin, importer, sync, restore) can build a
    grandchild that would escape a confidential grandparent.

    Written as joins, not exclude()/Exists: those become subqueries that PostgreSQL
    materialises over the whole table, which made every list slow at scale.
    """
    return Q(**{f"{prefix}is_confidential": False}) & (
        Q(**{f"{prefix}parent__isnull": True}) | Q(**{f"{prefix}parent__is_confidential": False})
    )


class DocumentQuerySet(models.QuerySet):
    def public(self):
        """What anyone may see: never a confidential document or an annex of one."""
        return self.filter(public_document_q())

    def search(self, query: str, *, rank_limit: int | None = None):
        return full_text_search(
            self,
            query,
            rank_limit=rank_limit,
            fallback_fields=["title", "text"],
            # Index document_search_order_idx (migration 0007).
            newest_first=[F("date").desc(nulls_last=True), "identifier"],
        )

    def get_by_kst_id(self, kst_id: str):
        match = KST_ID_RE.match(kst_id)
        if not match:
            raise self.model.DoesNotExist(f"{kst_id!r} is not a kst id")
        return self.get(
            dossier__number=int(match["number"]),
            dossier__toevoeging=match["toevoeging"] or "",
            ondernummer=int(match["nr"]),
        )


class DocumentManager(models.Manager.from_queryset(DocumentQuerySet)):
    def get_by_natural_key(self, identifier):
        return self.get(identifier=identifier)


class DocumentKind(models.TextChoices):
    GEANNOTEERDE_AGENDA = "geannoteerde_agenda", _("Geannoteerde agenda")
    VERSLAG = "verslag", _("Verslag")
    BRIEF = "brief", _("Brief regering")
    BIJLAGE = "bijlage", _("Bijlage")
    OTHER = "other", _("Overig")


class Document(CachedDisplay, models.Model):
    """A Kamerstuk, a letter, or an attachment (bijlage) of one."""

    Kind = DocumentKind

    identifier = models.SlugField(
        _("kenmerk"),
        max_length=100,
        unique=True,
        help_text=_(
            "Stabiel kenmerk. Voor een Kamerstuk met ondernummer altijd het officiële "
            "kst-nummer (kst-28676-474); anders het documentnummer of een eigen kenmerk."
        ),
    )
    dossier = models.ForeignKey(
        Dossier,
        verbose_name=_("dossier"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
    )
    ondernummer = models.PositiveIntegerField(_("ondernummer"), null=True, blank=True)
    vergaderjaar = models.CharField(
        _("vergaderjaar"), max_length=9, blank=True, help_text=_("Bijvoorbeeld 2024-2025.")
    )
    tk_number = models.CharField(
        _("documentnummer Tweede Kamer"),
        max_length=20,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld 2024D50159."),
    )
    kind = models.CharField(_("soort"), max_length=30, choices=Kind, default=Kind.BRIEF)
    title = models.CharField(_("titel"), max_length=500)
    date = models.DateField(_("datum"), null=True, blank=True)
    sender = models.ForeignKey(
        Person,
        verbose_name=_("afzender"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents_sent",
    )
    ministry = models.ForeignKey(
        Ministry,
        verbose_name=_("ministerie"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
    )
    text = models.TextField(_("tekst"), blank=True)
    is_confidential = models.BooleanField(
        _("vertrouwelijk"),
        default=False,
        help_text=_("Vertrouwelijke stukken verschijnen nooit op publieke pagina's of in de API."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("bijlage bij"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attachments",
        # One level only (see public_document_q); also narrows the admin's autocomplete.
        limit_choices_to={"parent__isnull": True},
        help_text=_("Alleen een stuk dat zelf geen bijlage is; een bijlage heeft geen bijlagen."),
    )
    cites = models.ManyToManyField(
        "self",
        verbose_name=_("verwijst naar"),
        symmetrical=False,
        blank=True,
        related_name="cited_by",
    )
    notes = models.TextField(_("notities"), blank=True)
    tk_id = tk_id_field()
    tk_kind = models.CharField(
        _("soort Tweede Kamer (ruw)"),
        max_length=100,
        blank=True,
        help_text=_("De soort zoals de Tweede Kamer die publiceert, ongewijzigd."),
    )
    # Kept up to date by a PostgreSQL trigger (migration 0003); stays empty on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = DocumentManager()
    history = HistoricalRecords(excluded_fields=["search_vector"])

    class Meta:
        ordering = ["-date", "identifier"]
        indexes = [
            # Default ordering of document lists and the API (?ordering=-date).
            models.Index(fields=["date", "id"], name="document_date_idx"),
            # Sitemap index: the newest public document (ORDER BY updated_at DESC LIMIT 1).
            models.Index(fields=["updated_at"], name="document_updated_idx"),
            # The public document count: open annexes of confidential documents, a few
            # thousand rows found through this index (summary.public_document_count).
            models.Index(
                fields=["id"], condition=Q(is_confidential=True), name="document_confidential_idx"
            ),
            # ... and the open annexes by parent, so that count is a join of two small indexes.
            models.Index(
                fields=["parent"],
                condition=Q(parent__isnull=False, is_confidential=False),
                name="document_open_annex_idx",
            ),
            # (Search order of a common word, the admin's vergaderjaar filter and search:
            # NULLS LAST and trigram indexes, PostgreSQL-only, migration 0007.)
        ]
        verbose_name = _("Kamerstuk")
        verbose_name_plural = _("Kamerstukken")
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "ondernummer"],
                name="document_dossier_ondernummer_unique",
                violation_error_message=_("Dit dossier heeft al een stuk met dit ondernummer."),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=DocumentKind.values),
                name="document_kind_valid",
                violation_error_message=_("Onbekende soort stuk."),
            ),
            models.CheckConstraint(
                condition=Q(ondernummer__isnull=True) | Q(dossier__isnull=False),
                name="document_ondernummer_needs_dossier",
                violation_error_message=_("Een ondernummer hoort bij een dossier."),
            ),
            models.CheckConstraint(
                condition=Q(vergaderjaar="") | Q(vergaderjaar__regex=VERGADERJAAR_RE),
                name="document_vergaderjaar_format",
                violation_error_message=_("Vergaderjaar moet de vorm JJJJ-JJJJ hebben."),
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("id")),
                name="document_not_own_attachment",
                violation_error_message=_("Een stuk kan geen bijlage van zichzelf zijn."),
            ),
        ]

    def __str__(self):
        return f"{self.citation}: {self.title}" if self.citation else self.title

    def save(self, *args, **kwargs):
        # The kst id is the official identifier once the ondernummer is known; never let a
        # hand-typed one drift from dossier and ondernummer.
        if self.kst_id:
            self.identifier = self.kst_id
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("commitments:document-detail", args=[self.identifier])

    @property
    def kst_id(self) -> str:
        if self.dossier_id is None or self.ondernummer is None:
            return ""
        toevoeging = f"-{self.dossier.toevoeging}" if self.dossier.toevoeging else ""
        return f"kst-{self.dossier.number}{toevoeging}-{self.ondernummer}"

    @property
    def citation(self) -> str:
        """How the Kamer cites it: "Kamerstuk 28 676, nr. 474"."""
        if self.dossier_id is None or self.ondernummer is None:
            return ""
        return cite(self.dossier.number, self.dossier.toevoeging, self.ondernummer)

    def clean(self):
        super().clean()
        if self.vergaderjaar and re.match(VERGADERJAAR_RE, self.vergaderjaar):
            first, second = (int(y) for y in self.vergaderjaar.split("-"))
            if second != first + 1:
                raise ValidationError(
                    {"vergaderjaar": _("Een vergaderjaar beslaat twee opeenvolgende jaren.")}
                )
        if self.kst_id:
            self.identifier = self.kst_id
        elif not self.identifier and self.tk_number:
            self.identifier = self.tk_number
        if self.parent_id is not None:
            if self.parent.parent_id is not None:
                raise ValidationError({"parent": ATTACHMENT_DEPTH_MESSAGE})
            if self.pk is not None and self.attachments.exists():
                raise ValidationError({"parent": ATTACHMENT_HAS_ATTACHMENTS_MESSAGE})

    def natural_key(self):
        return (self.identifier,)


ATTACHMENT_DEPTH_MESSAGE = _(
    "Een bijlage kan geen bijlage hebben: kies het Kamerstuk zelf, niet een van zijn bijlagen."
)
ATTACHMENT_HAS_ATTACHMENTS_MESSAGE = _(
    "Dit stuk heeft zelf bijlagen en kan daarom geen bijlage van een ander stuk zijn."
)


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
            # Overdue lists and the "upcoming deadlines" block: status filter, due date order.
            models.Index(fields=["status", "due_date"], name="commitment_status_due_idx"),
            # API/list filter ?ministry=…&status=…, newest first (keyset on id).
            models.Index(
                fields=["ministry", "status", "id"], name="commitment_ministry_status_idx"
            ),
            # Orderings offered by the list and the API (?ordering=made_on / due_date).
            models.Index(fields=["made_on", "id"], name="commitment_made_on_idx"),
            # (NULLS LAST orderings have PostgreSQL-only indexes in migration 0006.)
            # Home page "upcoming deadlines": open, due from today, soonest first.
            models.Index(fields=["status", "due_date", "key"], name="commitment_upcoming_idx"),
            models.Index(fields=["due_date", "id"], name="commitment_due_date_idx"),
            # The sync's retry of references still missing (``resolve_pending``): only the
            # waiting rows are in it, so reading them costs the backlog, not the register.
            models.Index(
                fields=["id"],
                name="commitment_unresolved_idx",
                condition=~Q(tk_unresolved="") & Q(tk_id__isnull=False),
                include=["tk_unresolved"],
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
        instance = super().from_db(db, field_names, values)
        # The response cache invalidates the old key's answers too when the key changes.
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


# --- the changes feed (commitments/changes.py) --------------------------------------------


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


# Follow by e-mail lives in its own package; imported here so it is a model of this app.
from .follow.models import Subscription  # noqa: E402, F401
from .summary.models import (  # noqa: E402, F401
    DocumentCount,
    FulfilmentDays,
    LateDays,
    OverdueDelta,
    SummaryCount,
)
