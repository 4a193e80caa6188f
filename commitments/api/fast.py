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

import functools
import threading
import types

from django.core.exceptions import ObjectDoesNotExist
from rest_framework import fields as drf_fields
from rest_framework import serializers
from rest_framework.fields import SkipField
from rest_framework.relations import PKOnlyObject

from .serializers import BoundedList, TemplatedUrlMixin

_compiled = threading.local()
# What DRF's ``get_attribute`` calls (``is_simple_callable``); managers are left alone.
CALLABLES = (types.FunctionType, types.MethodType, functools.partial)


def represent(serializer_class, instance, context, *, many=False):
    """``serializer_class(instance, many=many, context=context).data``, compiled."""
    key = (serializer_class, context.get("fields"), tuple(sorted(context.get("expand") or ())))
    shapes = getattr(_compiled, "shapes", None)
    if shapes is None:
        shapes = _compiled.shapes = {}
    entry = shapes.get(key)
    if entry is None:
        root = serializer_class(context=context)
        entry = shapes[key] = (root, _compile(root))
    root, function = entry
    # Fields read the context from their root (``Field.context``): this request's.
    root._context = context
    try:
        if many:
            return [function(item) for item in instance]
        return function(instance)
    finally:
        root._context = {}


def _compile(serializer):
    """One function for one serializer instance: ``instance -> dict``."""
    steps = [(field.field_name, _field_function(field)) for field in serializer._readable_fields]

    def to_dict(instance):
        result = {}
        for name, function in steps:
            # Not contextlib.suppress: a context manager per field costs more than the field.
            try:  # noqa: SIM105
                result[name] = function(instance)
            except SkipField:
                pass
        return result

    return to_dict


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

        return _with_none(get, many)
    if isinstance(field, serializers.BaseSerializer):
        if type(field).to_representation is not serializers.Serializer.to_representation:
            return _with_none(get, field.to_representation)
        return _with_none(get, _compile(field))
    if isinstance(field, drf_fields.SerializerMethodField):
        method = getattr(field.parent, field.method_name)
        return lambda instance: method(instance)
    if isinstance(field, TemplatedUrlMixin):
        return _with_none(get, _url_function(field))
    # Their ``to_representation`` is ``str()`` / ``int()``.
    if type(field) is drf_fields.CharField:
        return _with_none(get, str)
    if type(field) is drf_fields.IntegerField:
        return _with_none(get, int)
    return _with_none(get, field.to_representation)


def _url_function(field):
    """``HyperlinkedRelatedField.to_representation``: the (templated) URL of the object."""

    def url(value):
        context = field.context
        request = context.get("request")
        if request is None:
            return field.to_representation(value)
        format = context.get("format")
        if format and field.format and field.format != format:
            format = field.format
        return field.get_url(value, field.view_name, request, format)

    return url
