"""A reader's request to hear about changes, by e-mail address alone.

The addresses are personal data: a row holds nothing but the address, what it follows, the
language to write in and three moments. Unsubscribing deletes the row; a request that is not
confirmed within ``CONFIRM_MAX_AGE`` is deleted by the digest command.
"""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long a confirmation link works; an unconfirmed request is deleted after it.
CONFIRM_MAX_AGE = datetime.timedelta(days=7)


def new_token() -> str:
    """A random handle for the links in the mails; the address itself never goes in a URL."""
    return secrets.token_urlsafe(24)


class FollowKind(models.TextChoices):
    COMMITMENT = "commitment", _("toezegging")
    MINISTRY = "ministry", _("ministerie")
    COMMITTEE = "committee", _("commissie")
    SEARCH = "search", _("zoekopdracht")


# The one column each kind uses; the others stay empty (constraint ``subscription_kind_fields``).
KIND_FIELDS = {
    FollowKind.COMMITMENT: "commitment",
    FollowKind.MINISTRY: "ministry",
    FollowKind.COMMITTEE: "committee",
    FollowKind.SEARCH: "query",
}


def _only(field: str) -> Q:
    """``field`` filled, every other target column empty. (A search's query may be empty: it
    then follows the whole register.)"""
    condition = Q() if field == "query" else Q(query="")
    for other in KIND_FIELDS.values():
        if other != "query":
            condition &= Q(**{f"{other}__isnull": other != field})
    return condition


class Subscription(models.Model):
    """One address following one commitment, ministry, committee or search."""

    Kind = FollowKind

    email = models.EmailField(_("e-mailadres"), help_text=_("Opgeslagen in kleine letters."))
    kind = models.CharField(_("soort"), max_length=20, choices=Kind)
    commitment = models.ForeignKey(
        "commitments.Commitment",
        verbose_name=_("toezegging"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="subscriptions",
    )
    ministry = models.ForeignKey(
        "commitments.Ministry",
        verbose_name=_("ministerie"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="subscriptions",
    )
    committee = models.ForeignKey(
        "commitments.Committee",
        verbose_name=_("commissie"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="subscriptions",
    )
    query = models.CharField(
        _("zoekopdracht"),
        max_length=1000,
        blank=True,
        help_text=_("De filters van de lijst, zoals in de URL (genormaliseerd)."),
    )
    language = models.CharField(
        _("taal"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    token = models.CharField(
        _("sleutel"), max_length=64, unique=True, default=new_token, editable=False
    )
    requested_at = models.DateTimeField(
        _("aangevraagd"),
        default=timezone.now,
        help_text=_("Laatste bevestigingsmail; de link geldt vanaf hier."),
    )
    confirmed_at = models.DateTimeField(_("bevestigd"), null=True, blank=True)
    notified_until = models.DateTimeField(
        _("gemeld tot"),
        null=True,
        blank=True,
        help_text=_("Wijzigingen tot dit moment zijn gemeld (ook als er niets te melden was)."),
    )

    class Meta:
        ordering = ["email", "kind", "id"]
        verbose_name = _("abonnement")
        verbose_name_plural = _("abonnementen")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=FollowKind.values),
                name="subscription_kind_valid",
                violation_error_message=_("Onbekende soort abonnement."),
            ),
            models.CheckConstraint(
                condition=Q(_only("commitment"), kind=FollowKind.COMMITMENT)
                | Q(_only("ministry"), kind=FollowKind.MINISTRY)
                | Q(_only("committee"), kind=FollowKind.COMMITTEE)
                | Q(_only("query"), kind=FollowKind.SEARCH),
                name="subscription_kind_fields",
                violation_error_message=_(
                    "Een abonnement volgt precies één toezegging, ministerie, commissie of "
                    "zoekopdracht, passend bij de soort."
                ),
            ),
            models.CheckConstraint(
                condition=Q(email=Lower("email")),
                name="subscription_email_lowercase",
                violation_error_message=_("Het e-mailadres staat in kleine letters."),
            ),
            models.CheckConstraint(
                condition=Q(notified_until__isnull=True) | Q(confirmed_at__isnull=False),
                name="subscription_notified_only_when_confirmed",
                violation_error_message=_("Alleen een bevestigd abonnement krijgt berichten."),
            ),
            *[
                models.UniqueConstraint(
                    fields=["email", field],
                    condition=Q(kind=kind),
                    name=f"subscription_unique_{kind}",
                    violation_error_message=_("Dit adres volgt dit al."),
                )
                for kind, field in KIND_FIELDS.items()
            ],
        ]

    def __str__(self):
        return f"{self.email} → {self.get_kind_display()} {self.target_value}"

    @property
    def target_value(self) -> str:
        """What is followed, as the URLs name it: key, slug or the query string."""
        if self.kind == FollowKind.SEARCH:
            return self.query
        target = getattr(self, KIND_FIELDS[self.kind])
        return target.key if self.kind == FollowKind.COMMITMENT else target.slug

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None
