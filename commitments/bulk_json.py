"""The API's NDJSON and JSON downloads written as text, straight from columns.

``bulk_rows.rows`` gives a dict a row that the JSON encoder then walks; at a million rows
that was most of the download's time (building the dicts, encoding them, parsing two
timestamps a row into ``datetime``). Here each row is a tuple and each field writes its own
JSON text into one template a download:

- **What changes from row to row** (key, text, URL, timestamps, documents) has its own small
  writer: ``encode_basestring`` (the encoder's own C function) for strings, the URL from its
  template, and timestamps read as text in UTC (PostgreSQL) and put into the current time
  zone by the hour.
- **What repeats** (status and its label, dates, ministry, person, where it was made, ...)
  is the value ``bulk_rows.API_FIELDS`` computes, encoded by ``exports.encode_json`` once
  per distinct set of its columns and then reused. A field added to ``API_FIELDS`` is
  written this way without further code, and so correct by construction.
- **Documents** (fulfilled by, mentioned in): on PostgreSQL one correlated subquery per list
  in the main query, a ``json_agg`` of the columns in the list's order, under the same
  ``public_document_q`` as everywhere else, so the download is a single cursor; each
  document's JSON is written once and reused. SQLite reads them per chunk (the queries of
  ``bulk_rows.RELATED``) into the same shape.
- **Reading ahead** (PostgreSQL): a thread fetches the cursor's next chunk while this one
  is written (``_read_ahead``).

The text equals ``exports.encode_json`` of ``bulk_rows.rows``' dicts byte for byte
(``tests/test_bulk_json.py``, on both databases).
"""

import contextlib
import datetime
import itertools
import json
import queue
import threading
from collections import defaultdict
from json.encoder import encode_basestring
from operator import itemgetter

from django.contrib.postgres.aggregates.mixins import OrderableAggMixin
from django.db import connection, transaction
from django.db.models import (
    Aggregate,
    BooleanField,
    CharField,
    ExpressionWrapper,
    F,
    Func,
    OuterRef,
    Subquery,
    TextField,
)
from django.db.models.functions import Cast

from . import bulk_rows
from .exports import encode_json
from .models import Fulfilment, cite, public_document_q

# Distinct values kept per field (and documents per list): bounded, so memory stays
# constant however many rows; a value not kept is computed again when it recurs.
CACHE_LIMIT = 5_000

# The related lists: per list, the model that links a commitment to a document, the order
# of the per-object rendering, and the columns of the link after the document's id and
# ``bulk_rows.RELATED_DOCUMENT`` (identifier, title, date, ondernummer, dossier number,
# toevoeging).
DOCUMENT_LISTS = {
    "fulfilments": (Fulfilment, bulk_rows.FULFILMENT_ORDER, ("passage",)),
    "mentions": (bulk_rows.MENTION, bulk_rows.MENTION_ORDER, ()),
}
# Written per row rather than cached: unique, or nearly, to each commitment.
TIMESTAMPS = ("created_at", "updated_at")
STRINGS = ("key", "number", "text", "due_description")


class JsonAgg(OrderableAggMixin, Aggregate):
    """``json_agg(expression ORDER BY ...)``, as ``JSONBAgg`` but without building jsonb."""

    function = "JSON_AGG"
    template = "%(function)s(%(distinct)s%(expressions)s %(order_by)s)"
    output_field = TextField()


class UtcText(Func):
    """A timestamp as ``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC, whatever the session's settings:
    text a row is cheaper to read than a ``datetime`` (``timestamps`` puts it in the zone)."""

    template = "TO_CHAR(%(expressions)s AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    output_field = CharField()


def _documents_subquery(name):
    model, order, extra = DOCUMENT_LISTS[name]
    columns = [F(column) for column in ("document_id", *bulk_rows.RELATED_DOCUMENT, *extra)]
    documents = (
        model.objects.filter(commitment_id=OuterRef("pk"))
        .filter(public_document_q("document__"))
        .order_by()
        .values("commitment_id")
        .annotate(
            documents=JsonAgg(
                Func(*columns, function="JSON_BUILD_ARRAY", output_field=TextField()),
                order_by=order,
            )
        )
        .values("documents")
    )
    return Cast(Subquery(documents), output_field=TextField())


def _chunk_documents(name, ids):
    """``{commitment id: [document columns, ...]}`` of one chunk (SQLite)."""
    model, order, extra = DOCUMENT_LISTS[name]
    found = defaultdict(list)
    rows = (
        model.objects.order_by(*order)
        .filter(bulk_rows.among(model, ids))
        .filter(public_document_q("document__"))
        .values_list("commitment_id", "document_id", *bulk_rows.RELATED_DOCUMENT, *extra)
    )
    for commitment_id, *document in rows:
        found[commitment_id].append(document)
    return found


# --- writers: a function from a row (tuple) to the JSON text of one value --------------------


def _string(index):
    def write(row):
        value = row[index]
        return "null" if value is None else encode_basestring(value)

    return write


def _identifying(columns):
    """The columns that decide a field's value within one query: a related row's own
    columns (``ministry__name``, and the document's visibility) follow from its id
    (``ministry_id``), which is much cheaper to look up than the strings."""
    ids = {column.removesuffix("_id") for column in columns if column.endswith("_id")}
    return [
        column
        for column in columns
        if column.split("__")[0] not in ids
        and not (column == bulk_rows.DOCUMENT_PUBLIC and "document" in ids)
    ]


def _cached(field, position, make):
    """The value ``make`` computes from the field's columns, encoded once per distinct value
    of the columns that decide it (all rows are one query's, so one snapshot)."""
    columns = field.columns
    every = itemgetter(*(position[column] for column in columns))
    key = itemgetter(*(position[column] for column in _identifying(columns)))
    single = len(columns) == 1
    seen = {}
    get = seen.get

    def write(row):
        values = key(row)
        text = get(values)
        if text is None:
            data = {columns[0]: values} if single else dict(zip(columns, every(row), strict=True))
            text = encode_json(make(data))
            if len(seen) < CACHE_LIMIT:
                seen[values] = text
        return text

    return write


def _timestamp(index, ctx):
    """DRF's ``DateTimeField`` text of a timestamp. From PostgreSQL it arrives as UTC text;
    within one UTC hour the zone's offset is one value (tested at both ends of the hour),
    so only the hour is converted, once, and minutes, seconds and microseconds are copied."""
    hours = {}

    def hour(text):
        try:
            start = datetime.datetime.strptime(text[:13], "%Y-%m-%d %H").replace(
                tzinfo=datetime.UTC
            )
            last = start + datetime.timedelta(minutes=59, seconds=59, microseconds=999999)
        except (ValueError, OverflowError):
            return False
        offset = start.astimezone(ctx.zone).utcoffset()
        if offset != last.astimezone(ctx.zone).utcoffset() or offset % datetime.timedelta(hours=1):
            return False
        written = ctx.api_datetime(start)
        if written[13:19] != ":00:00":  # pragma: no cover - an offset of whole hours
            return False
        return '"' + written[:13], written[19:] + '"'

    def write(row):
        value = row[index]
        if type(value) is str:
            parts = hours.get(value[:13])
            if parts is None:
                parts = hour(value)
                if len(hours) < CACHE_LIMIT:
                    hours[value[:13]] = parts
            if parts and len(value) == 26 and value[19] == ".":
                fraction = value[19:]
                return (
                    parts[0] + value[13:19] + ("" if fraction == ".000000" else fraction) + parts[1]
                )
            value = datetime.datetime.fromisoformat(value + "+00:00")
        if value is None:
            return "null"
        return encode_basestring(ctx.api_datetime(value))

    return write


def _nullable(value):
    return "null" if value is None else encode_basestring(value)


def _date(value):
    """``date.isoformat()`` in JSON; from PostgreSQL's ``json_agg`` already ISO text."""
    if value is None:
        return "null"
    return '"' + (value if type(value) is str else value.isoformat()) + '"'


def _citation(number, toevoeging, ondernummer):
    """``Document.citation`` (``bulk_rows._citation``) from the three columns."""
    if number is None or ondernummer is None:
        return ""
    return cite(number, toevoeging, ondernummer)


def _document_list(index, ctx, extra):
    """A list of ``LinkedDocumentSerializer``s (``FulfilmentSerializer`` with its passage):
    each document's JSON is written once per download (by its id: one query's snapshot)."""
    url = ctx.api_url("api:document-detail", "identifier")
    seen = {}
    passage = bool(extra)

    def document(identifier, title, date, ondernummer, number, toevoeging):
        return "".join(
            (
                '{"identifier": ',
                _nullable(identifier),
                ', "citation": ',
                encode_basestring(_citation(number, toevoeging, ondernummer)),
                ', "title": ',
                _nullable(title),
                ', "date": ',
                _date(date),
                ', "url": ',
                encode_basestring(url(identifier)) if identifier else "null",
                "}",
            )
        )

    def write(row):
        documents = row[index]
        if not documents:
            return "[]"
        if type(documents) is str:
            documents = json.loads(documents)
        texts = []
        for columns in documents:
            text = seen.get(columns[0])
            if text is None:
                text = document(*columns[1:7])
                if len(seen) < CACHE_LIMIT:
                    seen[columns[0]] = text
            if passage:
                text = text[:-1] + ', "passage": ' + _nullable(columns[7]) + "}"
            texts.append(text)
        return "[" + ", ".join(texts) + "]"

    return write


def _made_in(field, position, ctx):
    """``CommitmentSerializer.get_made_in``: a debate (many commitments each: encoded once
    per debate by ``bulk_rows``' own function) or the commitment's public document (most
    are made in their own: written directly), else null."""
    debate = _cached(field, position, field.make(ctx))
    url = ctx.api_url("api:document-detail", "identifier")
    debate_id, document_id, public = (
        position[name] for name in ("debate_id", "document_id", bulk_rows.DOCUMENT_PUBLIC)
    )
    identifier, title, ondernummer, number, toevoeging = (
        position[f"document__{name}"]
        for name in ("identifier", "title", "ondernummer", "dossier__number", "dossier__toevoeging")
    )

    def write(row):
        if row[debate_id] is not None:
            return debate(row)
        if row[document_id] is None or not row[public]:
            return "null"
        citation = _citation(row[number], row[toevoeging], row[ondernummer])
        return "".join(
            (
                '{"type": "document", "id": ',
                _nullable(row[identifier]),
                ', "title": ',
                encode_basestring(f"{citation}: {row[title]}" if citation else row[title]),
                ', "url": ',
                encode_basestring(url(row[identifier])),
                "}",
            )
        )

    return write


def _url(index, ctx):
    url = ctx.api_url("api:commitment-detail", "key")
    return lambda row: encode_basestring(url(row[index]))


def _tk_id(index):
    def write(row):
        value = row[index]
        return "null" if value is None else encode_basestring(str(value))

    return write


# --- reading ---------------------------------------------------------------------------------


def items(queryset, request, names, *, chunk_size):
    """The JSON text of each row of ``queryset`` with the fields ``names`` (in that order):
    what ``exports.encode_json`` makes of ``bulk_rows.rows(queryset, request, names,
    bulk_rows.API_FIELDS, ...)``."""
    ctx = bulk_rows.Context(request)
    fields = {name: bulk_rows.API_FIELDS[name] for name in names}
    columns = list(dict.fromkeys(("id", *itertools.chain(*(f.columns for f in fields.values())))))
    lists = [field.related for field in fields.values() if field.related]
    queryset = queryset.select_related(None).prefetch_related(None)
    if bulk_rows.DOCUMENT_PUBLIC in columns:
        queryset = queryset.annotate(
            **{
                bulk_rows.DOCUMENT_PUBLIC: ExpressionWrapper(
                    public_document_q("document__"), output_field=BooleanField()
                )
            }
        )
    postgres = connection.vendor == "postgresql"
    selected = list(columns)
    if postgres:
        renamed = {}
        for name in TIMESTAMPS:
            if name in columns:
                renamed[name] = f"export_{name}_utc"
                queryset = queryset.annotate(**{renamed[name]: UtcText(F(name))})
        selected = [renamed.get(name, name) for name in columns]
        for name in lists:
            queryset = queryset.annotate(**{f"export_{name}": _documents_subquery(name)})
            selected.append(f"export_{name}")
    position = {name: i for i, name in enumerate(columns)}
    position.update({name: len(columns) + i for i, name in enumerate(lists)})

    writers = []
    for name, field in fields.items():
        if field.related:
            if field.related not in DOCUMENT_LISTS:  # pragma: no cover - a new list
                raise ValueError(f"no writer for the documents of {name!r}")
            extra = DOCUMENT_LISTS[field.related][2]
            writers.append(_document_list(position[field.related], ctx, extra))
        elif name == "made_in":
            writers.append(_made_in(field, position, ctx))
        elif name == "url":
            writers.append(_url(position["key"], ctx))
        elif name in STRINGS:
            writers.append(_string(position[name]))
        elif name == "tk_id":
            writers.append(_tk_id(position[name]))
        elif name in TIMESTAMPS:
            writers.append(_timestamp(position[name], ctx))
        else:
            writers.append(_cached(field, position, field.make(ctx)))
    # ``{"url": %s, "key": %s, ...}``: the encoder's separators, each value written in.
    template = "{" + ", ".join(f"{encode_basestring(name)}: %s" for name in names) + "}"

    if postgres:
        chunks = _read_ahead(queryset, selected, chunk_size=chunk_size)
    else:
        chunks = bulk_rows.value_chunks(queryset, columns, chunk_size=chunk_size, flat=True)
    for chunk in chunks:
        if lists and not postgres:
            ids = [row[0] for row in chunk]
            found = [_chunk_documents(name, ids) for name in lists]
            chunk = [(*row, *(documents.get(row[0]) for documents in found)) for row in chunk]
        for row in chunk:
            yield template % tuple([write(row) for write in writers])


def _read_ahead(queryset, columns, *, chunk_size):
    """``bulk_rows.value_chunks`` (tuples) on PostgreSQL, with the next chunk fetched by a
    thread while this one is written: a server-side cursor makes its rows only when asked,
    so without it the database and this process took turns, each idle half the time.

    The cursor is declared and first read here, the transaction opened and closed here (the
    connection belongs to this thread); the thread only asks the open cursor for more, and
    psycopg's connection lock keeps any other query of this thread from overlapping it.
    Two chunks are held at most (the one written, the one fetched): constant memory.
    """
    in_transaction = not connection.get_autocommit()
    with contextlib.nullcontext() if in_transaction else transaction.atomic():
        source = queryset.values_list(*columns).iterator(chunk_size=chunk_size)
        try:
            first = list(itertools.islice(source, chunk_size))
            if not first:
                return
            yield first
            yield from _fetched_by_a_thread(
                iter(lambda: list(itertools.islice(source, chunk_size)), [])
            )
        finally:
            source.close()


END = object()


def _fetched_by_a_thread(chunks):
    """The items of ``chunks``, each fetched by a thread while the one before is used; the
    thread asks for the next only once this one is taken, so two are held at most."""
    waiting = queue.Queue(maxsize=1)
    taken, stopped = threading.Event(), threading.Event()

    def hand_over(item):
        taken.clear()
        waiting.put(item)  # empty: the one before was taken
        while not taken.wait(0.1):
            if stopped.is_set():
                return False
        return True

    def fetch():
        try:
            for chunk in chunks:
                if not hand_over(chunk):
                    return
            hand_over(END)
        except BaseException as exc:  # raised again in the reading thread
            hand_over(exc)

    thread = threading.Thread(target=fetch, name="export-read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            item = waiting.get()
            taken.set()
            if item is END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stopped.set()
        thread.join()
