"""What every model of the register shares: the open-data id, natural keys by slug and
translated choice labels without Django's per-call cost."""

import contextlib
import threading

from django.db import models
from django.db.models import signals
from django.db.models.base import ModelState
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


def loader(model, db: str, names):
    """A function ``values -> instance`` that makes what ``model.from_db(db, names, values)``
    makes, without ``Model.__init__``.

    ``from_db`` with some columns deferred pads the row to every field and passes it through
    ``__init__``, which sets each attribute on its own: 7.5 µs for a commitment of an API
    list, 0.7 µs this way, and an uncached list of 20 makes about 90 instances. Django's
    ``__init__`` for a loaded row amounts to ``__dict__`` holding the loaded columns (a
    deferred field is simply absent) and ``_state`` saying "in the database". A model that
    overrides ``from_db`` says what its override adds in ``after_load(instance)``; one
    that does not, or anything listening for instances being made, keeps ``from_db``.
    """
    names = tuple(names)
    after_load = getattr(model, "after_load", None)
    overridden = model.from_db.__func__ is not models.Model.from_db.__func__
    if (
        signals.pre_init.has_listeners(model)
        or signals.post_init.has_listeners(model)
        or (overridden and after_load is None)
    ):
        return lambda values: model.from_db(db, names, values)
    new = model.__new__

    def load(values):
        obj = new(model)
        state = obj._state = ModelState()
        state.adding = False
        state.db = db
        obj.__dict__.update(zip(names, values, strict=True))
        return after_load(obj) if after_load is not None else obj

    return load


# (field, language) -> {value: translated label}
_display_labels: dict = {}
_answer_language = threading.local()


@contextlib.contextmanager
def display_language(language):
    """Within this block ``get_<field>_display()`` takes ``language`` for the active
    language instead of asking ``get_language()`` (an ``asgiref`` local, 3 µs a call)
    for every label: the API's compiled serializers wrap one answer in it, which reads
    the language once while nothing in it can change the language."""
    outer = getattr(_answer_language, "value", None)
    _answer_language.value = language
    try:
        yield
    finally:
        _answer_language.value = outer


class CachedDisplay:
    """``get_<field>_display()`` from a mapping built once per field and language.

    Django's own builds ``dict(make_hashable(field.flatchoices))`` on every call, and hashing
    each lazy label translates it: 13 ms of a 100 ms (profiled) uncached API list of 20
    rows went there (``status``, and a document's ``kind`` in every citation). Same
    result: the translated label, or the value itself when it is not a choice.
    """

    def _get_FIELD_display(self, field):
        key = (field, getattr(_answer_language, "value", None) or get_language())
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
