"""Write rows for the apply steps: merge the feed's values, save and count, insert in bulk.

Input: model instances an apply step has built or read, with the feed's values; output: those
rows in the database and their outcome counted in the page's stats. The per-entity steps
(``dossiers``, ``documents``, ``persons``, ``debates``, ``commitments``) all write through here;
nothing comes after it but the page's commit in ``sync``.
"""

from __future__ import annotations

import enum
import json
import time
from types import SimpleNamespace

from django.db import connection, models
from django.db.models import signals
from django.db.models.base import ModelState
from django.utils.text import slugify

from commitments.importers.opendata.stats import SyncStats

HISTORY_REASON = "Tweede Kamer open data"


def unique_slug(model, base: str, taken: set[str]) -> str:
    base = (slugify(base) or "tk")[:90]
    slug, n = base, 2
    while slug in taken or model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def merge(obj, values: dict, *, owned: bool) -> bool:
    """Owned rows (created by the sync) follow the feed; a clerk's row only gets blanks."""
    changed = False
    for name, value in values.items():
        current = getattr(obj, name)
        if current == value or (not owned and current not in (None, "")):
            continue
        setattr(obj, name, value)
        changed = True
    return changed


def save_counted(obj, created: bool, changed: bool, entity: str, stats: SyncStats) -> None:
    if created or changed:
        obj.save()
    stats.count(entity, "created" if created else "updated" if changed else "unchanged")


def new_instance(model):
    """``model()``: an unsaved instance with every field at its default, as ``__init__``
    leaves it, without ``__init__``'s work per field and argument (a first load makes one
    commitment a record; that work cost about as much as its ``COPY``). Falls back to
    ``model()`` when anything listens for the instance being made."""
    if signals.pre_init.has_listeners(model) or signals.post_init.has_listeners(model):
        return model()
    fixed, called = _defaults(model)
    obj = model.__new__(model)
    obj._state = ModelState()
    obj.__dict__.update(fixed)
    for attname, default in called:
        obj.__dict__[attname] = default()
    return obj


def _defaults(model) -> tuple[dict, list]:
    """The concrete fields' defaults: {attname: value} for those that are the same every
    time (a constant, or None or "" for a field without a default), and (attname,
    get_default) for those made anew each time (a callable default, a database default)."""
    defaults = _DEFAULTS.get(model)
    if defaults is None:
        fields = model._meta.concrete_fields
        fresh = {
            f.attname
            for f in fields
            if (f.has_default() and callable(f.default)) or f.has_db_default()
        }
        fixed = {f.attname: f.get_default() for f in fields if f.attname not in fresh}
        called = [(f.attname, f.get_default) for f in fields if f.attname in fresh]
        defaults = _DEFAULTS[model] = (fixed, called)
    return defaults


_DEFAULTS: dict = {}


def insert_rows(objs: list[models.Model], *, history_when=None) -> None:
    """Insert new rows of one model and set their primary keys, like ``bulk_create``.

    On PostgreSQL the keys come from the table's sequence in one query and the rows go in with
    one ``COPY``: a multi-row ``INSERT`` of a thousand commitments spends most of its time
    building and parsing the statement, client-side. Like ``bulk_create`` this calls no
    ``save()`` and sends no signals, so django-simple-history records nothing: with
    ``history_when`` the rows' "+" history rows go in too (see ``insert_history``), copied from
    the same column values, which are read off each object once. The ``COPY`` is logged as a
    query, so query counts in tests include it.
    """
    if not objs:
        return
    model = type(objs[0])
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objs)
        if history_when is not None:
            insert_history(objs, update=False, when=history_when)
        return
    fields, plan, auto = _model_plan(model)
    rows = [_values(obj, plan, auto) for obj in objs]
    pks = _copy(model, fields, len(objs), rows)
    for obj, pk in zip(objs, pks, strict=True):
        obj.pk = pk
        obj._state.adding = False
        obj._state.db = connection.alias
    if history_when is not None:
        _copy_history(model, fields, pks, rows, _history_extra(False, history_when))


def insert_values(model, values: list[dict]) -> None:
    """Insert new rows of ``model`` given as field values, without a model instance each.

    Each dict names fields by name (a related object: its key is written) or by column
    attname; every other field takes its default, as ``Model(**values)`` then ``bulk_create``
    would (that is what SQLite does). On PostgreSQL: one ``COPY``, the keys from the table's
    default, because nobody asks for them. For rows nothing refers to (the sync's events):
    building a model instance per row cost more than its ``COPY``.
    """
    if not values:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_create([model(**v) for v in values])
        return
    fields, plan, auto = _model_plan(model)
    auto_names = {f.attname for f in auto}
    fixed, called = _defaults(model)
    called = dict(called)
    stamp = SimpleNamespace()
    rows = []
    for given in values:
        row = []
        for attname, f, kind in plan:
            if attname in auto_names:
                value = f.pre_save(stamp, add=True)
            elif f.name in given:
                value = given[f.name]
                if kind == 2 and value is not None:
                    value = value.pk
            elif attname in given:
                value = given[attname]
            elif attname in fixed:
                value = fixed[attname]
            else:
                value = called[attname]()
            if kind == 1:
                value = _json(f, value)
            elif kind == 3 and isinstance(value, enum.Enum):
                value = value._value_
            row.append(value)
        rows.append(row)
    _copy(model, fields, len(rows), rows, keys=False)


def _json(f, value):
    value = f.get_db_prep_save(value, connection)
    # Dumped here, once: the same text goes into a row and its history row.
    return value if value is None else (value.dumps or json.dumps)(value.obj)


def _model_plan(model):
    """The columns ``COPY`` writes (all but the key), how to read each, and the auto dates."""
    plan = _PLANS.get(model)
    if plan is None:
        fields = [f for f in model._meta.concrete_fields if not f.primary_key]
        auto = [
            f for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
        ]
        plan = _PLANS[model] = (fields, _plan(fields), auto)
    return plan


_PLANS: dict = {}


def _plan(fields) -> list[tuple[str, models.Field, int]]:
    # Per column: 1 a JSON value to wrap, 2 a relation whose id may only be on the object
    # assigned before it was saved, 3 a choices value that may be an enum member.
    return [
        (
            f.attname,
            f,
            1 if isinstance(f, models.JSONField) else 2 if f.is_relation else 3 if f.choices else 0,
        )
        for f in fields
    ]


def _values(obj, plan, auto=()) -> list:
    for f in auto:
        f.pre_save(obj, add=True)
    row = []
    for attname, f, kind in plan:
        value = getattr(obj, attname)
        if kind == 1:
            value = _json(f, value)
        elif kind == 2:
            if value is None and f.is_cached(obj):
                related = f.get_cached_value(obj)
                value = None if related is None else related.pk
                setattr(obj, attname, value)
        elif kind == 3 and isinstance(value, enum.Enum):
            value = value._value_  # .value is a descriptor call, per row and column
        row.append(value)
    return row


def _copy(model, fields, count: int, rows, *, keys: bool = True) -> list[int]:
    """``COPY`` ``count`` rows (values of ``fields``, primary key left out) into ``model``'s
    table with keys from its sequence; the keys, in order. Without ``keys`` the table's
    default numbers the rows and nobody learns their keys (one round trip less)."""
    opts = model._meta
    qn = connection.ops.quote_name
    columns = ", ".join(qn(f.column) for f in [opts.pk, *fields] if keys or f is not opts.pk)
    sql = f"COPY {qn(opts.db_table)} ({columns}) FROM STDIN"
    with connection.cursor() as cursor:
        pks = []
        if keys:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [opts.db_table, opts.pk.column, count],
            )
            pks = [pk for (pk,) in cursor.fetchall()]
        started = time.monotonic()
        with connection.wrap_database_errors, cursor.cursor.copy(sql) as copy:
            if keys:
                for pk, row in zip(pks, rows, strict=True):
                    copy.write_row([pk, *row])
            else:
                for row in rows:
                    copy.write_row(row)
        if connection.queries_logged:
            connection.queries_log.append(
                {"sql": f"{sql} -- {count} rows", "time": f"{time.monotonic() - started:.3f}"}
            )
    return pks


def _history_extra(update: bool, when) -> dict:
    return {
        "history_date": when,
        "history_type": "~" if update else "+",
        "history_change_reason": HISTORY_REASON,
        "history_user_id": None,
    }


def _copy_history(model, fields, pks: list[int], rows: list[list], extra: dict) -> None:
    """History rows for rows just copied into ``model``: each history column is the model's
    column of the same name (the key for ``id``) or one of ``extra``'s constants."""
    history = model.history.model
    tracked = {f.attname for f in history.tracked_fields}
    position = {f.attname: n for n, f in enumerate(fields, start=1)}
    position[model._meta.pk.attname] = 0
    hfields = [f for f in history._meta.concrete_fields if not f.primary_key]
    copied = [f for f in hfields if f.attname in tracked]
    given = [f for f in hfields if f.attname not in tracked]
    picks = [position[f.attname] for f in copied]
    constant = [extra[f.attname] for f in given]
    rows = ([pk, *row] for pk, row in zip(pks, rows, strict=True))
    # Nothing refers to a history row: its key comes from the column default, server-side.
    _copy(
        history,
        copied + given,
        len(pks),
        ([r[n] for n in picks] + constant for r in rows),
        keys=False,
    )


def insert_history(objs: list[models.Model], *, update: bool, when) -> None:
    """One django-simple-history row per object, as ``save()`` would have written.

    ``insert_rows`` and ``bulk_update`` send no signals, so the sync writes the history rows
    itself (like simple-history's ``bulk_history_create``, but in one ``COPY`` on PostgreSQL,
    the values read straight off the objects: building a history model instance per row cost
    more than the ``COPY``). The admin's history then shows every change the feed made.
    """
    if not objs:
        return
    model = type(objs[0])
    history = model.history.model
    extra = _history_extra(update, when)
    if connection.vendor != "postgresql":
        tracked = {f.attname for f in history.tracked_fields}
        history.objects.bulk_create(
            [history(**extra, **{name: getattr(obj, name) for name in tracked}) for obj in objs]
        )
        return
    fields, plan, _ = _model_plan(model)
    rows = [_values(obj, plan) for obj in objs]
    _copy_history(model, fields, [obj.pk for obj in objs], rows, extra)
