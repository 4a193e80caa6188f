"""Export rows read as columns: the fast path of every bulk download.

A model instance plus a serializer per row cost about 1.5 ms, so a million rows took half an
hour. Here one query with joins reads only the columns the asked fields need (``values()``
over ``iterator()``: a server-side cursor on PostgreSQL), one small query per chunk adds the
public documents a chunk's commitments were fulfilled with or mentioned in, and each field is
a small function of that row.

What is exported is decided once. The pages' export is ``PAGE_FIELDS`` (its only
definition). The API's download follows the serializer: its names and order come from
``CommitmentSerializer`` (with ``?fields=``), and ``API_FIELDS`` only says how to compute each
value from columns; ``tests/test_bulk_exports.py`` checks both against the per-object
rendering of the same rows. Visibility is the callers' queryset (``Commitment.objects
.public()``) plus ``public_document_q`` for every document reached from it.
"""

import contextlib
import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from django.db import connection, transaction
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.db.models.expressions import RawSQL
from django.urls import reverse as django_reverse
from django.utils import timezone
from rest_framework.reverse import reverse as api_reverse

from .api.serializers import URL_PLACEHOLDER
from .models import Commitment, Debate, Fulfilment, cite, public_document_q

# Characters ``django.urls.reverse`` leaves unquoted in a path argument.
PATH_SAFE = "!$&'()*+,;=/~:@"
# A whole value of the characters ``quote`` leaves as they are whatever its ``safe``.
unquoted = re.compile(r"[A-Za-z0-9_.~-]*\Z").match

MENTION = Commitment.mentioned_in.through
DOCUMENT_PUBLIC = "export_document_public"


@dataclass(frozen=True)
class Field:
    columns: tuple[str, ...]
    # Given the per-request ``Context``, the function from a row to the value.
    make: Callable[["Context"], Callable[[dict], Any]]
    related: str = ""  # a key of ``RELATED``: documents read once per chunk


def url_template(url: str, safe: str) -> Callable[[Any], str]:
    """``url``, reversed once with ``URL_PLACEHOLDER`` for its argument, as a function of
    the value to put there, quoted as ``reverse()`` quotes it (``safe``: what it keeps)."""
    before, _placeholder, after = url.rpartition(URL_PLACEHOLDER)

    def url_for(value):
        value = str(value)
        # Most keys, slugs and ids are all characters ``quote`` never changes; a regular
        # expression says so in a fraction of ``quote``'s time.
        if not unquoted(value):
            value = quote(value, safe=safe)
        return before + value + after

    return url_for


class Context:
    """What the values need from the request: absolute URLs and the active language's labels,
    each worked out once per download instead of once per row."""

    def __init__(self, request):
        self.request = request
        self.status_labels = {value: str(label) for value, label in Commitment.Status.choices}
        self.debate_kinds = {value: str(label) for value, label in Debate.Kind.choices}
        self.zone = timezone.get_current_timezone()
        self._templates = {}

    def _template(self, key, url, safe):
        self._templates[key] = url_template(url, safe)

    def api_url(self, view_name, kwarg):
        """``reverse()`` of the API (``TemplatedUrlMixin``): the lookup quoted whole."""
        key = ("api", view_name)
        if key not in self._templates:
            url = api_reverse(view_name, kwargs={kwarg: URL_PLACEHOLDER}, request=self.request)
            self._template(key, url, "")
        return self._templates[key]

    def page_url(self, view_name):
        """``build_absolute_uri(reverse())`` of a page, as ``get_absolute_url()`` gives it."""
        key = ("page", view_name)
        if key not in self._templates:
            path = django_reverse(view_name, args=[URL_PLACEHOLDER])
            self._template(key, self.request.build_absolute_uri(path), PATH_SAFE)
        return self._templates[key]

    def api_datetime(self, value):
        """DRF's ``DateTimeField``: in the current time zone, UTC written as ``Z``."""
        if value is None:
            return None
        text = value.astimezone(self.zone).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text


def _iso(value):
    return value.isoformat() if value is not None else None


def _column(name, convert=None):
    if convert is None:
        return Field((name,), lambda ctx: lambda row: row[name])
    return Field((name,), lambda ctx: lambda row: convert(row[name]))


def _debate_title(ctx, row):
    """``str(Debate)``."""
    kind = ctx.debate_kinds.get(row["debate__kind"], row["debate__kind"])
    return f"{kind} {row['debate__subject']} ({row['debate__date']:%d-%m-%Y})"


DEBATE = ("debate_id", "debate__kind", "debate__subject", "debate__date")
DOCUMENT = (
    "document_id",
    "document__identifier",
    "document__title",
    "document__ondernummer",
    "document__dossier__number",
    "document__dossier__toevoeging",
    DOCUMENT_PUBLIC,
)


def _citation(row, prefix="document__"):
    """``Document.citation`` from the columns under ``prefix``."""
    number, ondernummer = row[f"{prefix}dossier__number"], row[f"{prefix}ondernummer"]
    if number is None or ondernummer is None:
        return ""
    return cite(number, row[f"{prefix}dossier__toevoeging"], ondernummer)


def _document_title(citation, title):
    """``str(Document)``."""
    return f"{citation}: {title}" if citation else title


# --- the pages' export -----------------------------------------------------------------------


def _page_made_in(ctx):
    def made_in(row):
        if row["debate_id"] is not None:
            return _debate_title(ctx, row)
        if row["document_id"] is not None and row[DOCUMENT_PUBLIC]:
            return _citation(row) or row["document__title"]
        return ""

    return made_in


def _page_name(relation):
    name = f"{relation}__name"
    return Field((name,), lambda ctx: lambda row: row[name] or "")


def _status_label(ctx):
    return lambda row: ctx.status_labels.get(row["status"], row["status"])


PAGE_FIELDS = {
    "key": _column("key"),
    "number": Field(("number",), lambda ctx: lambda row: row["number"] or ""),
    "text": _column("text"),
    "status": _column("status"),
    "status_label": Field(("status",), _status_label),
    "overdue": _column("overdue", bool),
    "made_on": _column("made_on", _iso),
    "made_by": _page_name("made_by"),
    "ministry": _page_name("ministry"),
    "made_in": Field(DEBATE + DOCUMENT, _page_made_in),
    "due_date": _column("due_date", _iso),
    "due_description": _column("due_description"),
    "fulfilled_on": _column("fulfilled_on", _iso),
    "fulfilled_by": Field(
        (),
        lambda ctx: lambda row: [doc["identifier"] for doc in row["fulfilled_identifiers"]],
        related="fulfilled_identifiers",
    ),
    "url": Field(
        ("key",),
        lambda ctx: (lambda url: lambda row: url(row["key"]))(
            ctx.page_url("commitments:commitment-detail")
        ),
    ),
    "updated_at": _column("updated_at", _iso),
}


# --- the API's download ----------------------------------------------------------------------


def _api_ref(relation, names, view_name):
    """A nested reference (ministry, person) as its serializer writes it, or None."""
    columns = (f"{relation}_id", *(f"{relation}__{name}" for name in names))

    def make(ctx):
        url = ctx.api_url(view_name, "slug")

        # A few hundred ministries and people recur across a million rows: each one's
        # object is built once (the encoders only read it).
        seen = {}
        id_column = f"{relation}_id"
        value_columns = [(name, f"{relation}__{name}") for name in names]

        def ref(row):
            if row[id_column] is None:
                return None
            values = tuple(row[column] for _name, column in value_columns)
            data = seen.get(values)
            if data is None:
                data = {name: row[column] for name, column in value_columns}
                data["url"] = url(data["slug"]) if data["slug"] else None
                if len(seen) < 10_000:
                    seen[values] = data
            return data

        return ref

    return Field(columns, make)


def _api_made_in(ctx):
    debate_url = ctx.api_url("api:debate-detail", "pk")
    document_url = ctx.api_url("api:document-detail", "identifier")

    def made_in(row):
        if row["debate_id"] is not None:
            return {
                "type": "debate",
                "id": str(row["debate_id"]),
                "title": _debate_title(ctx, row),
                "url": debate_url(row["debate_id"]),
            }
        if row["document_id"] is not None and row[DOCUMENT_PUBLIC]:
            identifier = row["document__identifier"]
            return {
                "type": "document",
                "id": identifier,
                "title": _document_title(_citation(row), row["document__title"]),
                "url": document_url(identifier),
            }
        return None

    return made_in


def _api_documents(related, names):
    """A list of nested documents (``FulfilmentSerializer``, ``DocumentRefSerializer``)."""

    def make(ctx):
        url = ctx.api_url("api:document-detail", "identifier")

        def documents(row):
            items = []
            for doc in row[related]:
                item = {name: doc[name] for name in names}
                item["date"] = _iso(item["date"])
                item["url"] = url(doc["identifier"]) if doc["identifier"] else None
                if "passage" in doc:
                    item["passage"] = doc["passage"]
                items.append(item)
            return items

        return documents

    return Field((), make, related=related)


def _api_datetime(name):
    return Field((name,), lambda ctx: lambda row: ctx.api_datetime(row[name]))


API_FIELDS = {
    "url": Field(
        ("key",),
        lambda ctx: (lambda url: lambda row: url(row["key"]))(
            ctx.api_url("api:commitment-detail", "key")
        ),
    ),
    "key": _column("key"),
    "number": _column("number"),
    "tk_id": _column("tk_id", lambda value: str(value) if value is not None else None),
    "activity_number": Field(
        ("debate_id", "debate__tk_number"),
        lambda ctx: lambda row: row["debate__tk_number"] if row["debate_id"] is not None else None,
    ),
    "text": _column("text"),
    "status": _column("status"),
    "status_label": PAGE_FIELDS["status_label"],
    "tk_status": _column("tk_status"),
    "overdue": _column("overdue", bool),
    "made_on": _column("made_on", _iso),
    "due_date": _column("due_date", _iso),
    "due_description": _column("due_description"),
    "fulfilled_on": _column("fulfilled_on", _iso),
    "ministry": _api_ref("ministry", ("slug", "name"), "api:ministry-detail"),
    "made_by": _api_ref("made_by", ("slug", "name", "function"), "api:person-detail"),
    "made_in": Field(DEBATE + DOCUMENT, _api_made_in),
    "fulfilled_by": _api_documents("fulfilments", ("identifier", "citation", "title", "date")),
    "mentioned_in": _api_documents("mentions", ("identifier", "citation", "title", "date")),
    "created_at": _api_datetime("created_at"),
    "updated_at": _api_datetime("updated_at"),
    "version": _column("version"),
}


# --- reading ---------------------------------------------------------------------------------

RELATED_DOCUMENT = (
    "document__identifier",
    "document__title",
    "document__date",
    "document__ondernummer",
    "document__dossier__number",
    "document__dossier__toevoeging",
)


def among(model, ids):
    """``commitment_id IN ids``; on PostgreSQL one array parameter, which halves the time of
    these per-chunk queries against a list of thousands of placeholders."""
    if connection.vendor != "postgresql":
        return Q(commitment_id__in=ids)
    column = f'"{model._meta.db_table}"."commitment_id"'
    return RawSQL(f"{column} = ANY(%s)", (ids,), output_field=BooleanField())


def _documents(queryset, ids, extra=()):
    """``{commitment id: [document, ...]}`` for the public documents of ``queryset``."""
    found = defaultdict(list)
    rows = (
        queryset.filter(among(queryset.model, ids))
        .filter(public_document_q("document__"))
        .values_list("commitment_id", *RELATED_DOCUMENT, *extra)
    )
    for commitment_id, identifier, title, date, ondernummer, number, toevoeging, *rest in rows:
        citation = ""
        if number is not None and ondernummer is not None:
            citation = cite(number, toevoeging, ondernummer)
        doc = {"identifier": identifier, "citation": citation, "title": title, "date": date}
        doc.update(zip(extra, rest, strict=True))
        found[commitment_id].append(doc)
    return found


# Each in the order its per-object rendering had (``CommitmentViewSet``, the pages).
FULFILMENT_ORDER = ("document__date", "document__identifier")
MENTION_ORDER = ("-document__date", "document__identifier")

RELATED = {
    "fulfilments": lambda ids: _documents(
        Fulfilment.objects.order_by(*FULFILMENT_ORDER),
        ids,
        extra=("passage",),
    ),
    "fulfilled_identifiers": lambda ids: _documents(
        Fulfilment.objects.order_by("document__identifier"), ids
    ),
    "mentions": lambda ids: _documents(MENTION.objects.order_by(*MENTION_ORDER), ids),
}


def rows(queryset, request, names, fields, *, chunk_size):
    """Dicts of ``names`` (in that order) for the rows of ``queryset``, ``chunk_size`` at a
    time (one round trip, and one query per related list, per chunk).

    ``queryset`` is a public, filtered and ordered commitment queryset; its joins and
    prefetches are dropped, the columns come from ``fields[name].columns``.
    """
    ctx = Context(request)
    wanted = [fields[name] for name in names]
    columns = list(dict.fromkeys(("id", *itertools.chain(*(f.columns for f in wanted)))))
    related = {f.related for f in wanted if f.related}
    makers = [(name, field.make(ctx)) for name, field in zip(names, wanted, strict=True)]
    queryset = queryset.select_related(None).prefetch_related(None)
    if DOCUMENT_PUBLIC in columns:
        queryset = queryset.annotate(
            **{
                DOCUMENT_PUBLIC: ExpressionWrapper(
                    public_document_q("document__"), output_field=BooleanField()
                )
            }
        )
    for chunk in value_chunks(queryset, columns, chunk_size=chunk_size):
        ids = [row["id"] for row in chunk]
        found = {name: RELATED[name](ids) for name in related}
        for row in chunk:
            for name, documents in found.items():
                row[name] = documents.get(row["id"], ())
            yield {name: make(row) for name, make in makers}


def value_chunks(queryset, columns, *, chunk_size, flat=False):
    """Lists of up to ``chunk_size`` ``values(*columns)`` dicts of ``queryset`` (with
    ``flat``, ``values_list(*columns)`` tuples), read from one server-side cursor (on
    PostgreSQL) ``chunk_size`` rows per round trip."""
    # In a transaction PostgreSQL's cursor hands rows over as the query makes them; outside
    # one (``WITH HOLD``) it first copies the whole result, seconds before the first byte.
    # Already in one (a test, ``ATOMIC_REQUESTS``), nothing needs adding.
    in_transaction = not connection.get_autocommit()
    with contextlib.nullcontext() if in_transaction else transaction.atomic():
        source = (queryset.values_list if flat else queryset.values)(*columns)
        source = source.iterator(chunk_size=chunk_size)
        while chunk := list(itertools.islice(source, chunk_size)):
            yield chunk


def value_rows(queryset, columns, *, chunk_size):
    """``values(*columns)`` dicts of ``queryset`` (without its joins and prefetches), as
    ``value_chunks`` reads them."""
    queryset = queryset.select_related(None).prefetch_related(None)
    for chunk in value_chunks(queryset, columns, chunk_size=chunk_size):
        yield from chunk
