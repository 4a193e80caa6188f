"""ORM queries compiled to SQL once per shape, then run again with other ids.

Building and compiling a query is most of what an uncached API list costs in Python (about
a third of its time at 100,000 rows, see docs/performance.md), and for a query whose shape
never changes (the nested documents of a page: "these ids, these columns") it gives the
same SQL every time. Here the queryset is built by the ORM, from the same ``public()``
methods as everywhere, with placeholder ids; the SQL and its parameters are kept, and the
next request puts its own ids where the placeholders were and runs the SQL with a cursor.
Rows go through the compiler's own converters (SQLite's dates, for instance), so they are
what ``values_list()`` would have given.

Compilers hold their connection, and connections belong to a thread: the cache is per
thread and per database alias.
"""

import functools
import re
import threading

from django.db import connections
from django.db.models import prefetch_related_objects
from django.db.models.query import get_related_populators

from ..models.base import loader

# No primary key of ours is negative: a value in the parameters equal to one of these is a
# placeholder the ORM carried through unchanged.
PLACEHOLDER_BASE = -(10**15)
MAX_SHAPES = 512

_local = threading.local()


def placeholders(count: int, start: int = 0) -> list[int]:
    return [PLACEHOLDER_BASE - start - i for i in range(count)]


def text_placeholder(index: int) -> str:
    """A string placeholder: no lookup value of ours holds a NUL (the URL patterns are
    slugs), so one in the parameters is a placeholder."""
    return f"\x00placeholder-{index}\x00"


def _slot(value):
    if isinstance(value, int) and not isinstance(value, bool) and value <= PLACEHOLDER_BASE:
        return PLACEHOLDER_BASE - value
    if isinstance(value, str) and value.startswith("\x00placeholder-") and value.endswith("\x00"):
        return int(value[len("\x00placeholder-") : -1])
    return None


class CompiledQuery:
    def __init__(self, queryset, using):
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        self.sql = sql
        self.params = list(params)
        self.compiler = compiler
        self.slots = [
            (position, index)
            for position, index in ((p, _slot(value)) for p, value in enumerate(self.params))
            if index is not None
        ]
        self.prefetch_lookups = queryset._prefetch_related_lookups
        self.prepared = _prepared_statement(compiler.connection, sql, self.params, self.slots)

    def rows(self, ids) -> list:
        """The rows for ``ids``, placeholder ``i`` replaced by ``ids[i]``."""
        connection = self.compiler.connection
        if self.prepared is not None and _prepares(connection):
            sql, slots = self.prepared
            with _prepared_cursor(connection) as cursor:
                cursor.execute(sql, [ids[index] for index in slots])
                results = cursor.fetchall()
        else:
            params = list(self.params)
            for position, index in self.slots:
                params[position] = ids[index]
            with connection.cursor() as cursor:
                cursor.execute(self.sql, params)
                results = cursor.fetchall()
        return list(self.compiler.results_iter(results=[results], tuple_expected=True))

    def instances(self, values) -> list:
        """Model instances for the rows, as ``ModelIterable`` makes them (``select_related``
        objects and annotations included), then the queryset's prefetches."""
        compiler = self.compiler
        db = compiler.using
        select, klass_info = compiler.select, compiler.klass_info
        model = klass_info["model"]
        select_fields = klass_info["select_fields"]
        start, end = select_fields[0], select_fields[-1] + 1
        names = [column[0].target.attname for column in select[start:end]]
        load = loader(model, db, names)
        populators = [_populator(p) for p in get_related_populators(klass_info, select, db)]
        annotations = compiler.annotation_col_map.items()
        objects = []
        for row in self.rows(values):
            obj = load(row[start:end])
            for populate in populators:
                populate(row, obj)
            for name, position in annotations:
                setattr(obj, name, row[position])
            objects.append(obj)
        if objects and self.prefetch_lookups:
            prefetch_related_objects(objects, *self.prefetch_lookups)
        return objects


def _populator(populator):
    """``RelatedPopulator.populate`` (``select_related``), with instances from ``loader``."""
    load = loader(populator.model_cls, populator.db, populator.init_list)
    nested = [_populator(p) for p in populator.related_populators]
    reorder, start, end = populator.reorder_for_init, populator.cols_start, populator.cols_end
    pk_index = populator.pk_idx
    local_setter, remote_setter = populator.local_setter, populator.remote_setter

    def populate(row, from_obj):
        values = reorder(row) if reorder else row[start:end]
        if values[pk_index] is None:
            obj = None
        else:
            obj = load(values)
            for populate_nested in nested:
                populate_nested(row, obj)
        local_setter(from_obj, obj)
        if obj is not None:
            remote_setter(obj, from_obj)

    return populate


def template(key, build):
    """A fresh copy of the queryset ``build()`` makes, built once per ``key`` and thread.

    For a queryset that is a function of ``key`` alone (an answer's shape, the day, a
    filter's cleaned values): building it was a millisecond or two of chained ORM calls per
    request (``public()``, the annotation, ``select_related``, ``only``, the filters), and
    a page whose SQL is compiled already (``compiled``) only reads it to compile another
    shape. The kept queryset is never evaluated; each caller gets its own clone.
    """
    templates = getattr(_local, "templates", None)
    if templates is None:
        templates = _local.templates = {}
    queryset = templates.get(key)
    if queryset is None:
        if len(templates) >= MAX_SHAPES:
            templates.clear()
        queryset = templates[key] = build()
    return queryset._chain()


def compiled(key, build, *, using="default") -> CompiledQuery:
    """The query ``build()`` makes (with ``placeholders``), compiled once per ``key``."""
    shapes = getattr(_local, "shapes", None)
    connection = connections[using]
    # A new connection (after a restart, in another test database) compiles afresh.
    if shapes is None or _local.connection is not connection:
        shapes = _local.shapes = {}
        _local.connection = connection
    entry = shapes.get(key)
    if entry is None:
        if len(shapes) >= MAX_SHAPES:
            shapes.clear()
        entry = shapes[key] = CompiledQuery(build(), using)
    return entry


# --- PostgreSQL: prepared statements ----------------------------------------------------------
#
# Planning, not running, is most of what these queries cost the database: at 100,000 rows
# the nested documents' UNION took 1.6-2.3 ms to plan and 0.2-0.4 ms to run, the detail
# 2.3 ms and 0.1 ms. Compiled once, a query can also be prepared once per connection. Its
# fixed values (the day, a status, a ministry's id) are written into the statement as
# literals, so each set of them has its own plan; only the placeholders (ids, a key) are
# parameters of the statement. Django leaves psycopg's preparing off
# (``prepare_threshold`` None) and binds on the client; settings.py sets a threshold no
# query reaches by itself, and these statements are executed with ``prepare=True`` on a
# cursor that binds on the server. DB_PREPARED=false turns it off (a pooler in
# transaction mode that cannot keep prepared statements, say).

_TOKENS = re.compile(r"(%%|%s)")


def _prepares(connection) -> bool:
    raw = connection.connection
    return raw is not None and getattr(raw, "prepare_threshold", None) is not None


def _prepared_statement(connection, sql, params, slots):
    """(SQL with the fixed parameters as literals, the placeholder index of each remaining
    ``%s`` in order), or None where this does not apply."""
    if connection.vendor != "postgresql":
        return None
    try:
        import psycopg
    except ImportError:  # psycopg2: no prepared statements here
        return None
    connection.ensure_connection()
    raw = connection.connection
    if not isinstance(raw, psycopg.Connection):
        return None
    quoting = psycopg.ClientCursor(raw)
    by_position = dict(slots)
    parts, order, position = [], [], 0
    for token in _TOKENS.split(sql):
        if token == "%s":
            if position in by_position:
                parts.append("%s")
                order.append(by_position[position])
            else:
                # The literal the client-side binding would have sent; a % in it is escaped
                # for the server-side binding's own placeholder parsing.
                parts.append(quoting.mogrify("%s", [params[position]]).replace("%", "%%"))
            position += 1
        else:
            parts.append(token)
    if position != len(params):
        return None
    return "".join(parts), order


@functools.cache
def _preparing_cursor_class():
    import psycopg

    class PreparingCursor(psycopg.Cursor):
        def execute(self, query, params=None, *, prepare=None, binary=None):
            return super().execute(query, params, prepare=True, binary=binary)

        def _send_query_prepared(self, name, pgq, *, binary=None):
            # What Django's query log reads (``last_executed_query``); psycopg keeps it
            # for a statement it sends whole, not for one it prepared.
            self._query = pgq
            return super()._send_query_prepared(name, pgq, binary=binary)

    return PreparingCursor


def statement_cursor(connection):
    """A cursor for a statement run over and over outside a compiled query (the importer's
    per-file lookups, the match pool): one that prepares what it runs where the compiled
    queries are prepared (``settings.DB_PREPARED``), else Django's own."""
    return _prepared_cursor(connection) if _prepares(connection) else connection.cursor()


def _prepared_cursor(connection):
    """A Django cursor (logged, wrapped, health-checked as any) over a psycopg cursor that
    binds on the server and prepares what it executes."""
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    raw = connection.connection
    factory = raw.cursor_factory
    raw.cursor_factory = _preparing_cursor_class()
    try:
        return connection.cursor()
    finally:
        raw.cursor_factory = factory
