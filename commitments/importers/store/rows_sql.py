"""Lookups the importer makes for every file, as SQL written once and rows made into
instances directly.

The ORM compiles a query each time it runs one: for a Document with twenty columns and a
join that took more CPU than the round trip (1.1 to 2.4 ms against 0.3 ms, profiled on the
loaded benchmark machine). These few run for every file, so their SQL is built once per
process from the models' own metadata, and the instances are what the ORM would have made
(``Model.from_db``), except that the search vector, which the trigger keeps and the importer
never compares or writes, is left deferred. On PostgreSQL they are prepared once per
connection where the API's compiled queries are (``lookup_cursor``): planning the meeting
link's join cost more than running it (0.2-0.6 ms against 0.04-0.1 ms).
"""

from functools import cache

from django.db import connection, connections

from ...api.compiled import statement_cursor
from ...models import Document, Meeting, MeetingDocument

UNREAD = {"search_vector"}


def _fields(model) -> list:
    return [f for f in model._meta.concrete_fields if f.name not in UNREAD]


@cache
def _select(model, alias: str, vendor: str) -> str:
    quote = connection.ops.quote_name
    return ", ".join(f"{alias}.{quote(f.column)}" for f in _fields(model))


def _instances(cursor, *models) -> list[tuple] | None:
    row = cursor.fetchone()
    if row is None:
        return None
    made, start = [], 0
    for model in models:
        fields = _fields(model)
        values = list(row[start : start + len(fields)])
        # As the ORM's compiler does: the backend's and the field's conversions (SQLite
        # hands back text for dates, for one).
        for n, column, converters in _converters(model, connections[connection.alias]):
            for converter in converters:
                values[n] = converter(values[n], column, connection)
        made.append(model.from_db(connection.alias, [f.attname for f in fields], values))
        start += len(fields)
    return made


@cache  # per connection: the backend's converters are its own methods
def _converters(model, wrapper) -> list:
    found = []
    for n, field in enumerate(_fields(model)):
        column = field.get_col(model._meta.db_table)
        converters = wrapper.ops.get_db_converters(column) + column.get_db_converters(wrapper)
        if converters:
            found.append((n, column, converters))
    return found


def lookup_cursor():
    """A cursor for a statement the importer runs for every file: one that prepares what it
    runs where the API's statements are prepared (``settings.DB_PREPARED``), else Django's."""
    return statement_cursor(connection)


def document_by_identifier(identifier: str) -> Document | None:
    with lookup_cursor() as cursor:
        cursor.execute(
            f"SELECT {_select(Document, 'd', connection.vendor)} FROM {_table(Document)} d "
            "WHERE d.identifier = %s",  # unique
            [identifier],
        )
        found = _instances(cursor, Document)
    return found[0] if found else None


def meeting_link(slug: str, role: str) -> MeetingDocument | None:
    """The meeting's first document in that role, with document and meeting loaded."""
    vendor = connection.vendor
    columns = ", ".join(
        _select(model, alias, vendor)
        for model, alias in ((MeetingDocument, "l"), (Meeting, "m"), (Document, "d"))
    )
    with lookup_cursor() as cursor:
        cursor.execute(
            f"SELECT {columns} FROM {_table(MeetingDocument)} l "
            f"JOIN {_table(Meeting)} m ON m.id = l.meeting_id "
            f"JOIN {_table(Document)} d ON d.id = l.document_id "
            "WHERE m.slug = %s AND l.role = %s ORDER BY l.id LIMIT 1",
            [slug, role],
        )
        found = _instances(cursor, MeetingDocument, Meeting, Document)
    if found is None:
        return None
    link, meeting, document = found
    link.meeting, link.document = meeting, document
    return link


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def cited_documents(dossier_ids, ondernummers, citing: Document | None) -> dict[tuple, Document]:
    """The documents of those dossiers and numbers by (dossier, number), only their keys
    read; ``cited_here`` says whether ``citing`` (a document already stored) cites each."""
    dossier_ids, ondernummers = list(dossier_ids), list(ondernummers)
    cites = Document.cites.through
    flag = (
        f"EXISTS (SELECT 1 FROM {_table(cites)} c "
        "WHERE c.from_document_id = %s AND c.to_document_id = d.id)"
        if citing is not None
        else "0"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT d.id, d.dossier_id, d.ondernummer, {flag} FROM {_table(Document)} d "
            f"WHERE d.dossier_id IN ({', '.join(['%s'] * len(dossier_ids))}) "
            f"AND d.ondernummer IN ({', '.join(['%s'] * len(ondernummers))})",
            ([citing.pk] if citing is not None else []) + dossier_ids + ondernummers,
        )
        rows = cursor.fetchall()
    found = {}
    for pk, dossier_id, ondernummer, cited_here in rows:
        document = Document.from_db(
            connection.alias, ["id", "dossier_id", "ondernummer"], [pk, dossier_id, ondernummer]
        )
        document.cited_here = bool(cited_here)
        found[dossier_id, ondernummer] = document
    return found


def find(model, **lookup):
    """``model.objects.filter(**lookup).first()`` for a lookup on unique columns."""
    where = " AND ".join(
        f"t.{connection.ops.quote_name(model._meta.get_field(name).column)} = %s" for name in lookup
    )
    with lookup_cursor() as cursor:
        cursor.execute(
            f"SELECT {_select(model, 't', connection.vendor)} FROM {_table(model)} t WHERE {where}",
            list(lookup.values()),
        )
        found = _instances(cursor, model)
    return found[0] if found else None
