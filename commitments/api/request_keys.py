"""What a request is keyed and checked by: the cleaned filter values as a compiled-query key,
the ETag of a representation, and the 400 for an unknown query parameter."""

import datetime
import decimal
import hashlib
import json

from django.db.models import Model
from django.utils.http import quote_etag
from rest_framework.exceptions import ValidationError
from rest_framework.utils.encoders import JSONEncoder

from ..query_params import filter_of_parameter, unknown_parameter_errors


def _hashable(value):
    """A cleaned filter value as part of a cache key; a type not known here is None."""
    if value is None or isinstance(value, str | bool | int | decimal.Decimal | datetime.date):
        return (type(value).__name__, value)
    if isinstance(value, Model):
        return (value._meta.label, value.pk)
    if isinstance(value, list | tuple):
        items = tuple(_hashable(item) for item in value)
        return None if None in items else ("seq", items)
    if isinstance(value, slice):
        items = (_hashable(value.start), _hashable(value.stop))
        return None if None in items else ("range", items)
    return None


def filter_key(filterset, params, pure) -> tuple | None:
    """The cleaned values of a valid FilterSet as a key (``page_shape``), when every filter
    asked for is one of ``pure``: the same values then make the same SQL. None otherwise."""
    names = filter_of_parameter(type(filterset))
    asked = {names[param] for param in params if param in names}
    if not asked <= pure:
        return None
    key = []
    for name, value in sorted(filterset.form.cleaned_data.items()):
        hashable = _hashable(value)
        if hashable is None:
            return None
        key.append((name, hashable))
    return tuple(key)


def representation_etag(request, data) -> str:
    """The ETag of a detail answer: its representation in the negotiated media type. Also
    what ``If-Match`` on a write is compared with."""
    body = json.dumps([request.accepted_renderer.media_type, data], cls=JSONEncoder, sort_keys=True)
    return quote_etag(hashlib.sha256(body.encode()).hexdigest()[:32])


def check_query_parameters(request, allowed) -> None:
    """400 naming every unknown parameter: a typo must not quietly return everything."""
    if allowed is None:
        return
    errors = unknown_parameter_errors(request.query_params, allowed)
    if errors:
        raise ValidationError(errors)
