"""Batched inserts that stay correct when a concurrent import wrote the same rows."""

from django.db import IntegrityError, transaction
from simple_history.utils import bulk_create_with_history

from ...response_cache import bump_after_commit


def create_or_get(model, lookup: dict, defaults: dict):
    """``get_or_create`` for a row a batched lookup has just not found: no second SELECT.
    Should a concurrent import have inserted it since, that row is used after all."""
    try:
        with transaction.atomic():
            return model.objects.create(**lookup, **defaults), True
    except IntegrityError:
        try:
            return model.objects.get(**lookup), False
        except model.DoesNotExist:
            pass
        raise


def link_all(through, field: str, targets, owner_field: str, owner):
    """Add many-to-many links in one INSERT; links that exist already are left alone.
    (The document's save already announces the change to the response cache.)"""
    through.objects.bulk_create(
        [
            through(**{field: target, owner_field: owner})
            for target in {t.pk: t for t in targets}.values()
        ],
        ignore_conflicts=True,
    )


def insert_new(model, rows: list, lookup: tuple[str, ...], user=None) -> tuple[list, set[int]]:
    """Insert rows a batched lookup has just not found, with their history rows, in one go:
    the rows as stored (in order) and the positions of those inserted.

    Should a concurrent import have inserted one of them since, the batch rolls back to its
    savepoint and the rows go in one by one, using what that import wrote.
    """
    if not rows:
        return rows, set()
    try:
        with transaction.atomic():
            if hasattr(model, "history"):
                bulk_create_with_history(rows, model, default_user=user)
            else:
                model.objects.bulk_create(rows)
    except IntegrityError:
        skip = {"id", "search_vector", *lookup}
        stored, created = [], set()
        for n, row in enumerate(rows):
            values = {f.attname: getattr(row, f.attname) for f in model._meta.concrete_fields}
            keys = {name: values.pop(name) for name in lookup}
            row, new = create_or_get(
                model, keys, {k: v for k, v in values.items() if k not in skip}
            )
            stored.append(row)
            if new:
                created.add(n)
        return stored, created
    # No save(), so no signal: announce the new rows to the response cache as save() would.
    bump_after_commit()
    return rows, set(range(len(rows)))
