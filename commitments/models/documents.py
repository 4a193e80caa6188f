"""Kamerstukdossiers and Kamerstukken (documents and their attachments), and how they are cited."""

import re

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .base import CachedDisplay, tk_id_field
from .organisations import Ministry, Person
from .search import full_text_search

VERGADERJAAR_RE = r"^[0-9]{4}-[0-9]{4}$"
KST_ID_RE = re.compile(r"^kst-(?P<number>\d+)(?:-(?P<toevoeging>[0-9A-Za-z]+))?-(?P<nr>\d+)$")


def format_dossier_number(number: int, toevoeging: str = "") -> str:
    """Kamerstuk citation style: 28676 → "28 676", with toevoeging "21 501-02"."""
    grouped = f"{number:,}".replace(",", " ")
    return f"{grouped}-{toevoeging}" if toevoeging else grouped


def cite(number: int, toevoeging: str, ondernummer: int) -> str:
    """``Document.citation`` from its columns (the bulk exports read columns, not rows)."""
    return f"Kamerstuk {format_dossier_number(number, toevoeging)}, nr. {ondernummer}"


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
