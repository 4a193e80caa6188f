"""The nested documents of API commitments (made in, fulfilled by, mentioned in), one query.

Three prefetches (``document``, ``fulfilments``, ``mentioned_in``) cost three queries, each
built and compiled anew per request, and Django's prefetch machinery building a filtered
queryset per commitment: about a quarter of an uncached list's Python time at 100,000
rows. Here one ``UNION ALL`` of the three relations, every arm starting from
``Document.objects.public()`` (the one visibility rule), compiled once per page size
(``compiled.py``), returns the columns the references show; each arm numbers its rows in
the order its prefetch had, so the lists come out in that order on every database.

The results are put where the prefetches put theirs (the ``document`` cache and the
prefetch caches of ``fulfilments`` and ``mentioned_in``), so the serializers read them as
before, and a document that is not public is absent (``made_in`` is ``None``, as with the
prefetch). Documents are built with only these columns loaded: reading any other one would
be a query, which the pinned query counts would show.
"""

from django.db.models import F, IntegerField, QuerySet, TextField, Value, Window, sql
from django.db.models.functions import Cast, RowNumber

from ..models import Commitment, Document, Dossier, Fulfilment
from ..models.base import loader
from .compiled import compiled, placeholders

MADE, FULFILLED, MENTIONED = 0, 1, 2
# In the models' field order, as ``Model.from_db`` reads them.
DOCUMENT_FIELDS = tuple(
    field.attname
    for field in Document._meta.concrete_fields
    if field.attname in {"id", "identifier", "title", "date", "ondernummer", "dossier_id"}
)
DOSSIER_FIELDS = tuple(
    field.attname
    for field in Dossier._meta.concrete_fields
    if field.attname in {"id", "number", "toevoeging"}
)
COLUMNS = (
    "role",
    "link",
    "position",
    "passage",
    *DOCUMENT_FIELDS,
    "dossier__number",
    "dossier__toevoeging",
)


def _arm(role, ids, link, passage, order_by):
    return (
        Document.objects.public()
        .filter(**{f"{link}__in": ids})
        .annotate(
            role=Value(role, output_field=IntegerField()),
            link=F(link),
            passage=passage,
            position=Window(RowNumber(), order_by=order_by),
        )
        .order_by()
        .values_list(*COLUMNS)
    )


def _build(roles, size):
    """The union for ``roles`` over ``size`` commitments (and as many made-in documents)."""
    commitment_ids = placeholders(size)
    document_ids = placeholders(size, start=size)
    no_passage = Cast(Value(""), output_field=TextField())
    arms = []
    if MADE in roles:
        arms.append(_arm(MADE, document_ids, "pk", no_passage, [F("pk").asc()]))
    if FULFILLED in roles:
        # The order of the fulfilments prefetch: by the document's date, then identifier.
        arms.append(
            _arm(
                FULFILLED,
                commitment_ids,
                "fulfilments__commitment",
                F("fulfilments__passage"),
                [F("date").asc(), F("identifier").asc()],
            )
        )
    if MENTIONED in roles:
        # ``Document.Meta.ordering``, what the ``mentioned_in`` prefetch used.
        arms.append(
            _arm(
                MENTIONED,
                commitment_ids,
                "commitments_mentioned",
                no_passage,
                [F("date").desc(), F("identifier").asc()],
            )
        )
    first, *rest = arms
    return first.union(*rest, all=True) if rest else first


def attach_documents(commitments, *, made_in=True, fulfilled_by=True, mentioned_in=True):
    """Set ``document``, ``fulfilments`` and ``mentioned_in`` of each commitment to its
    public documents, from one query (none for an empty page)."""
    commitments = list(commitments)
    roles = tuple(
        role
        for role, wanted in ((MADE, made_in), (FULFILLED, fulfilled_by), (MENTIONED, mentioned_in))
        if wanted
    )
    if not commitments or not roles:
        return
    ids = [commitment.pk for commitment in commitments]
    made_ids = [c.document_id for c in commitments if c.document_id is not None]
    if MADE in roles and not made_ids:
        roles = tuple(role for role in roles if role != MADE)
    found = {role: {} for role in (MADE, FULFILLED, MENTIONED)}
    if roles:
        size = len(ids)
        # Padded with repeats: the same SQL serves every page of this size.
        made_ids = (made_ids * size)[:size] if made_ids else []
        query = compiled(("commitment-documents", roles, size), lambda: _build(roles, size))
        documents = {}
        load_document = loader(Document, "default", DOCUMENT_FIELDS)
        load_dossier = loader(Dossier, "default", DOSSIER_FIELDS)
        for role, link, order, passage, *values in query.rows(ids + made_ids):
            document = documents.get(values[0])
            if document is None:
                document = documents[values[0]] = _document(values, load_document, load_dossier)
            found[role].setdefault(link, []).append((order, passage, document))
    made_field = Commitment._meta.get_field("document")
    for commitment in commitments:
        if made_in:
            made = found[MADE].get(commitment.document_id)
            made_field.set_cached_value(commitment, made[0][2] if made else None)
        cache = commitment.__dict__.setdefault("_prefetched_objects_cache", {})
        if fulfilled_by:
            rows = sorted(found[FULFILLED].get(commitment.pk, ()), key=_first)
            cache["fulfilments"] = evaluated(
                Fulfilment,
                [
                    Fulfilment(commitment=commitment, document=document, passage=passage)
                    for _order, passage, document in rows
                ],
            )
        if mentioned_in:
            rows = sorted(found[MENTIONED].get(commitment.pk, ()), key=_first)
            cache["mentioned_in"] = evaluated(Document, [document for *_rest, document in rows])


def _first(row):
    return row[0]


def _document(values, load_document, load_dossier):
    *fields, number, toevoeging = values
    document = load_document(fields)
    dossier = None
    if document.dossier_id is not None:
        dossier = load_dossier((document.dossier_id, number, toevoeging))
    Document._meta.get_field("dossier").set_cached_value(document, dossier)
    return document


# One blank ``sql.Query`` per model for the evaluated querysets ``evaluated`` makes: a new
# one per commitment and relation was 40 per list page, 4% of its profile. Nothing
# changes a query in place (``filter()`` and the like work on a clone), so they can share.
_BLANK_QUERIES = {}


def evaluated(model, rows):
    """A queryset that has already been evaluated, as a prefetch leaves one."""
    query = _BLANK_QUERIES.get(model)
    if query is None:
        query = _BLANK_QUERIES[model] = sql.Query(model)
    queryset = QuerySet(model=model, query=query)
    queryset._result_cache = rows
    queryset._prefetch_done = True
    return queryset
