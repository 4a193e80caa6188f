"""Full-text search (PostgreSQL) with a substring fallback, and the planner's row estimate."""

import json

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import EmptyResultSet
from django.db import connection, connections
from django.db.models import F, Q

# Matches beyond which ranking stops paying: ranking reads every matching row, so a common
# word (most of a national register) would cost a scan of the table per search.
RANKED_MATCHES = 1000
# The Dutch configuration without the parts of hyphenated words (migration 0007): a query
# for "NAVO-norm" is then the one lexeme 'navo-norm', which the documents' vectors (built
# with 'dutch', compound and parts) contain. With 'dutch' it is the phrase navo-norm <->
# navo <-> norm, which the GIN index cannot check and whose match count PostgreSQL
# underestimates twentyfold, so it chose a plan that read every match.
QUERY_CONFIG = "commitments_dutch_query"


def full_text_search(queryset, query: str, *, fallback_fields, newest_first, rank_limit=None):
    """Dutch full-text search on PostgreSQL; a substring match elsewhere.

    Every match is returned (counts, exports and API pages stay complete); only the order
    depends on how many PostgreSQL expects. Up to ``rank_limit`` (default
    ``RANKED_MATCHES``): best match first (``ts_rank``), then ``newest_first``. More: newest
    first alone, which an index serves, so a page of a common word reads a few dozen rows
    instead of ranking every match. Deciding costs one ``EXPLAIN`` (planning, no execution),
    the same estimate the planner uses to choose the plan.

    Queries are parsed with ``QUERY_CONFIG`` (hyphenated words as one lexeme). Known gap:
    PostgreSQL multiplies word frequencies, so words that always occur together ("operatie
    Interflex") are estimated as rare; such a query is ranked and reads every match.

    The stored ``search_vector`` (trigger-maintained, GIN-indexed) is PostgreSQL-only, so
    SQLite, the laptop default, gets ``icontains`` over ``fallback_fields`` instead.
    """
    query = query.strip()
    if not query:
        return queryset
    if connection.vendor == "postgresql":
        rank_limit = RANKED_MATCHES if rank_limit is None else rank_limit
        tsquery = SearchQuery(query, config=QUERY_CONFIG, search_type="websearch")
        matches = queryset.filter(search_vector=tsquery)
        matches = matches.annotate(search_rank=SearchRank(F("search_vector"), tsquery))
        if estimated_rows(matches) > rank_limit:
            return matches.order_by(*newest_first)
        return matches.order_by("-search_rank", *newest_first)
    match = Q()
    for field in fallback_fields:
        match |= Q(**{f"{field}__icontains": query})
    return queryset.filter(match)


def estimated_rows(queryset) -> int:
    """PostgreSQL's row estimate for ``queryset``: planned, not run (about a millisecond)."""
    try:
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:
        return 0
    db = connections[queryset.db]
    with db.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])
