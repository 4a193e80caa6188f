"""What every model of the register shares: the open-data id, natural keys by slug and
translated choice labels without Django's per-call cost."""

from django.db import models
from django.utils.encoding import force_str
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


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
