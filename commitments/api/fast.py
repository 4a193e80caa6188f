"""The read serializers, compiled once into plain functions: same fields, same JSON, less DRF.

A list of 20 commitments went through DRF's field machinery about 1,200 times per request,
and the nested serializers' fields were built anew (a deep copy of every declared field) for
every request. Profiled at 100,000 rows that was about half of an uncached API list's Python
time (see docs/performance.md). Here a serializer instance is built once per shape (class,
``?fields=``, ``?expand=``) and thread, and its fields are turned into a list of
``(name, function)`` pairs: getting an attribute is a chain of ``getattr``, a nested
serializer is a call of its own compiled function, a hyperlink is the templated URL.

There is still ONE definition of the fields: the serializers in ``serializers.py``. Every
field type this module does not know runs DRF's own ``get_attribute`` and
``to_representation`` for it, and so does any attribute lookup that fails (defaults,
``allow_null``, missing relations keep DRF's exact behaviour). ``tests/test_api_fast.py``
compares both paths on varied rows, hidden related rows included.
"""

import datetime
import functools
import keyword
import threading
import types
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.utils import timezone
from django.utils.translation import get_language
from rest_framework import ISO_8601, serializers
from rest_framework import fields as drf_fields
from rest_framework.fields import SkipField
from rest_framework.relations import PKOnlyObject
from rest_framework.settings import api_settings

from ..models.base import display_language
from .serializers import BoundedList, TemplatedUrlMixin, templated_url

_compiled = threading.local()
# What DRF's ``get_attribute`` calls (``is_simple_callable``); managers are left alone.
CALLABLES = (types.FunctionType, types.MethodType, functools.partial)


def _shape(serializer_class, context):
    key = (serializer_class, context.get("fields"), tuple(sorted(context.get("expand") or ())))
    shapes = getattr(_compiled, "shapes", None)
    if shapes is None:
        shapes = _compiled.shapes = {}
    entry = shapes.get(key)
    if entry is None:
        root = serializer_class(context=context)
        entry = shapes[key] = [root, _compile(root), None]
    return entry


def represent(serializer_class, instance, context, *, many=False):
    """``serializer_class(instance, many=many, context=context).data``, compiled."""
    root, function, _columns_read = _shape(serializer_class, context)
    # Fields read the context from their root (``Field.context``): this request's.
    root._context = context
    # What every date-time and hyperlink of the answer would look up again (the current
    # time zone, the request): once per answer.
    outer = getattr(_compiled, "answer", None)
    _compiled.answer = (
        timezone.get_current_timezone() if settings.USE_TZ else None,
        context.get("request"),
        context.get("format"),
    )
    try:
        with display_language(get_language()):
            if many:
                return [function(item) for item in instance]
            return function(instance)
    finally:
        root._context = {}
        _compiled.answer = outer


def _compile(serializer):
    """One function for one serializer instance: ``instance -> dict``.

    The function is written as Python source, one block per field in the serializer's
    order: a loop over per-field closures cost three calls a field (getter, None check,
    representation), about 0.4 ms of an uncached list of 20. A ``Plain`` field reads its
    attribute inline; any other field is a call of its function. Every block does what
    DRF's ``to_representation`` does for the field: a ``SkipField`` leaves it out, None
    stays None, a failed lookup goes to DRF's own ``get_attribute``.
    """
    namespace = {
        "SkipField": SkipField,
        "LookupErrors": (AttributeError, KeyError, ObjectDoesNotExist),
        "CALLABLES": CALLABLES,
        "PKOnlyObject": PKOnlyObject,
        "called": _called,
    }
    lines = ["def to_dict(instance):", "    result = {}"]
    for i, field in enumerate(serializer._readable_fields):
        step = _field_function(field)
        name = repr(field.field_name)
        lines.append("    try:")
        if isinstance(step, Plain):
            namespace[f"fallback{i}"], namespace[f"represent{i}"] = step.fallback, step.represent
            lines += [
                "        try:",
                f"            value = instance.{step.attr}",
                "        except LookupErrors:",
                f"            value = fallback{i}(instance)",
                "        else:",
                "            if isinstance(value, CALLABLES):",
                f"                value = called(value, fallback{i}, instance)",
                "        if value is None or (",
                "            isinstance(value, PKOnlyObject) and value.pk is None",
                "        ):",
                f"            result[{name}] = None",
                "        else:",
                f"            result[{name}] = represent{i}(value)",
            ]
        else:
            namespace[f"function{i}"] = step
            lines.append(f"        result[{name}] = function{i}(instance)")
        lines += ["    except SkipField:", "        pass"]
    lines.append("    return result")
    exec(compile("\n".join(lines), f"<compiled {type(serializer).__name__}>", "exec"), namespace)
    return namespace["to_dict"]


def _getter(field):
    """``field.get_attribute`` for the plain case: a chain of attributes ending in a value.
    Anything else (a mapping, a method to call, a missing relation) is DRF's own lookup."""
    attrs = field.source_attrs
    if not attrs:  # source="*"
        return lambda instance: instance

    def get(instance):
        value = instance
        try:
            for attr in attrs:
                value = getattr(value, attr)
        except (AttributeError, KeyError, ObjectDoesNotExist):
            return field.get_attribute(instance)
        if isinstance(value, CALLABLES):
            # ``get_status_display``: DRF inspects the signature first, then calls it.
            try:
                return value()
            except TypeError:
                return field.get_attribute(instance)
        return value

    return get


class Plain(NamedTuple):
    """A field whose source is one attribute and whose value, unless None, goes through
    ``represent``: most fields. ``_compile`` writes it into the serializer's function as
    code, ``fallback`` (DRF's ``get_attribute``) for whatever the plain lookup cannot do."""

    attr: str
    fallback: object
    represent: object


def _plain(field, represent_value):
    """``_with_none(_getter(field), represent_value)`` as a ``Plain`` step where the
    source is one attribute that can be written as ``instance.<attr>``, else None."""
    attrs = field.source_attrs
    if len(attrs) != 1 or not attrs[0].isidentifier() or keyword.iskeyword(attrs[0]):
        return None
    return Plain(attrs[0], field.get_attribute, represent_value)


def _called(value, fallback, instance):
    # ``get_status_display``: DRF inspects the signature first, then calls it.
    try:
        return value()
    except TypeError:
        return fallback(instance)


def _with_none(get, represent_value):
    def function(instance):
        value = get(instance)
        check = value.pk if isinstance(value, PKOnlyObject) else value
        if check is None:
            return None
        return represent_value(value)

    return function


def _field_function(field):
    get = _getter(field)
    if isinstance(field, serializers.ListSerializer):
        if isinstance(field, BoundedList) or type(field) is not serializers.ListSerializer:
            return _with_none(get, field.to_representation)
        child = _compile(field.child)

        def many(value):
            rows = value.all() if hasattr(value, "all") else value
            return [child(row) for row in rows]

        attrs = field.source_attrs
        if len(attrs) != 1:
            return _with_none(get, many)
        (name,) = attrs

        def prefetched(instance):
            # A prefetched relation is what its manager's ``all()`` returns; reading it here
            # skips building a related manager per row and relation.
            cache = getattr(instance, "_prefetched_objects_cache", None)
            if cache is not None and name in cache:
                return [child(row) for row in cache[name]]
            value = get(instance)
            return None if value is None else many(value)

        return prefetched
    if isinstance(field, serializers.BaseSerializer):
        if type(field).to_representation is not serializers.Serializer.to_representation:
            return _with_none(get, field.to_representation)
        child = _compile(field)
        return _plain(field, child) or _with_none(get, child)
    if isinstance(field, drf_fields.SerializerMethodField):
        method = getattr(field.parent, field.method_name)
        return lambda instance: method(instance)
    if isinstance(field, TemplatedUrlMixin):
        url = _url_function(field)
        return _plain(field, url) or _with_none(get, url)
    # Their ``to_representation`` is ``str()`` / ``int()``.
    if type(field) is drf_fields.CharField:
        represent_value = str
    elif type(field) is drf_fields.IntegerField:
        represent_value = int
    elif type(field) is drf_fields.DateTimeField and _iso(field, api_settings.DATETIME_FORMAT):
        represent_value = _datetime_function(field)
    elif type(field) is drf_fields.DateField and _iso(field, api_settings.DATE_FORMAT):
        represent_value = _date_function(field)
    else:
        represent_value = field.to_representation
    return _plain(field, represent_value) or _with_none(get, represent_value)


def _iso(field, default) -> bool:
    output_format = getattr(field, "format", default)
    return isinstance(output_format, str) and output_format.lower() == ISO_8601


def _datetime_function(field):
    """``DateTimeField.to_representation`` of an aware date-time in ISO 8601, in the time
    zone of the answer (read once per answer, not per value); anything else is DRF's."""
    if hasattr(field, "timezone"):
        return field.to_representation

    def represent_value(value):
        zone = _compiled.answer[0]
        if type(value) is not datetime.datetime or zone is None or value.utcoffset() is None:
            return field.to_representation(value)
        try:
            text = value.astimezone(zone).isoformat()
        except OverflowError:
            return field.to_representation(value)
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return represent_value


def _date_function(field):
    def represent_value(value):
        if type(value) is datetime.date:
            return value.isoformat()
        return field.to_representation(value)

    return represent_value


def _url_function(field):
    """``HyperlinkedRelatedField.to_representation``: the (templated) URL of the object."""
    # The usual case, without a format suffix: the answer's request and the templated URL
    # (``TemplatedUrlMixin.get_url``) without asking the field's context for each link.
    plain = type(field).get_url is TemplatedUrlMixin.get_url
    view_name, kwarg = field.view_name, field.lookup_url_kwarg

    def url(value):
        _zone, request, format = _compiled.answer
        if plain and request is not None and not format:
            lookup = field.lookup_value(value)
            if lookup in (None, ""):
                return None
            return templated_url(request, view_name, kwarg, lookup)
        context = field.context
        request = context.get("request")
        if request is None:
            return field.to_representation(value)
        format = context.get("format")
        if format and field.format and field.format != format:
            format = field.format
        return field.get_url(value, field.view_name, request, format)

    return url


# --- the columns a shape reads ------------------------------------------------------------


def columns(serializer_class, context):
    """The model columns (``only()`` lookups, related ones through ``__``) that the shape of
    ``serializer_class`` in ``context`` reads, or None when some field's needs are unknown.

    Read from the same fields the compiled functions use: a model field by its source, a
    nested reference through its relation, a hyperlink by its lookup field; a method field
    or a non-field attribute says what it reads in its serializer's ``Meta.reads``.
    Relations shown as lists are not columns (the view prefetches or attaches them).
    """
    entry = _shape(serializer_class, context)
    if entry[2] is None:
        entry[2] = _columns(entry[0])
    return entry[2] or None


class _Unknown(Exception):
    pass


def _columns(serializer):
    try:
        return tuple(sorted(_serializer_columns(serializer, "")))
    except _Unknown:
        return ()


def _serializer_columns(serializer, prefix):
    model = getattr(getattr(serializer, "Meta", None), "model", None)
    if model is None:
        raise _Unknown(type(serializer).__name__)
    reads = getattr(serializer.Meta, "reads", {})
    found = set()
    for field in serializer._readable_fields:
        name = field.field_name
        if name in reads:
            found.update(prefix + lookup for lookup in reads[name])
        elif isinstance(field, serializers.ListSerializer):
            _check_many(model, field.source_attrs)
        elif isinstance(field, TemplatedUrlMixin) and field.source == "*":
            if type(field).lookup_value is not TemplatedUrlMixin.lookup_value:
                raise _Unknown(name)  # a URL built from more than its lookup field
            found.add(prefix + _concrete(model, [field.lookup_field]))
        elif isinstance(field, serializers.ModelSerializer | TemplatedUrlMixin):
            relation = _relation(model, field.source_attrs)
            found.add(prefix + relation.name)
            if isinstance(field, serializers.ModelSerializer):
                inner = prefix + relation.name + "__"
                found.update(_serializer_columns(field, inner))
            else:
                found.add(prefix + relation.name + "__" + field.lookup_field)
        else:
            found.add(prefix + _concrete(model, field.source_attrs))
    return found


def _concrete(model, attrs):
    """``a.b.c`` as the lookup ``a__b__c`` when ``a`` and ``b`` are relations one row
    each and ``c`` a concrete field; a ``get_<field>_display`` reads ``<field>``."""
    if not attrs:
        raise _Unknown("*")
    *relations, last = attrs
    lookups = []
    for attr in relations:
        relation = _relation(model, [attr])
        lookups.append(relation.name)
        model = relation.related_model
    if last.startswith("get_") and last.endswith("_display"):
        last = last[4:-8]
    try:
        field = model._meta.get_field(last)
    except FieldDoesNotExist:
        raise _Unknown(last) from None
    if not field.concrete or field.many_to_many:
        raise _Unknown(last)
    lookups.append(field.name)
    return "__".join(lookups)


def _relation(model, attrs):
    if len(attrs) != 1:
        raise _Unknown(".".join(attrs) or "*")
    try:
        field = model._meta.get_field(attrs[0])
    except FieldDoesNotExist:
        raise _Unknown(attrs[0]) from None
    if not (field.concrete and field.is_relation and (field.many_to_one or field.one_to_one)):
        raise _Unknown(attrs[0])
    return field


def _check_many(model, attrs):
    """A nested list: a relation of many rows, or an attribute the view sets."""
    if len(attrs) != 1:
        raise _Unknown(".".join(attrs) or "*")
    try:
        field = model._meta.get_field(attrs[0])
    except FieldDoesNotExist:  # an attribute the view sets (``public_commitments_made``)
        return
    if not (field.one_to_many or field.many_to_many):
        raise _Unknown(attrs[0])
