"""The open commitments a Kamerstuk's fulfilment statements are compared with.

On PostgreSQL the full-text index narrows a national register down to the commitments that
share a *rare* word with a statement, best-ranked first; elsewhere the newest open ones are
taken. On a re-import the commitments the document already fulfilled are added, so they are
still found.

A word most commitments share ("informeren", "Nederlandse") finds thousands of rows that must
all be read and ranked, and tells nothing about which commitment is meant; the words that
single one out are the rare ones. How common a lexeme is comes from the planner statistics
``ANALYZE`` keeps for ``search_vector`` (``pg_stats``: the most common lexemes and the share of
rows holding each). Choosing the lexemes, searching on them and adding the document's own
fulfilled commitments is one statement, so one round trip per document. It costs more to
plan (1.5-5 ms: the statistics view, five CTEs) than to run, so where the API's compiled
queries are prepared it is prepared too, once per connection.
"""

from django.db import connection

from ..api.compiled import statement_cursor
from ..models import Commitment, Document
from .kamerstuk import content_words

# How many open commitments a fulfilment statement is compared with: newest first without
# a full-text index (SQLite); best-ranked among those sharing a rare word on PostgreSQL.
MATCH_POOL = 5000
SEARCH_POOL = 300
# A lexeme in at most this many commitments (planner estimate) is rare enough to search on.
RARE_ROWS = 300
MAX_LEXEMES = 30
# When every word is common: search on this many of the least common ones.
COMMON_FALLBACK = 3

# ``words``: each lexeme of the text with the estimated number of commitments holding it,
# rarest first (most_common_elem_freqs lists the shares of most_common_elems, then three
# summary values; a lexeme not in the list is rarer than the least common one listed).
# ``chosen``: the rare ones (a prefix of that order), at most MAX_LEXEMES, or when none is
# rare the COMMON_FALLBACK least common. Then the open commitments matching any chosen
# lexeme, best-ranked, and (part 1) those the document already fulfilled, in model order.
POOL_SQL = """
WITH stats AS (
    SELECT
        unnest(most_common_elems::text::text[]) AS lexeme,
        unnest(most_common_elem_freqs) AS share
    FROM pg_stats
    WHERE schemaname = current_schema()
        AND tablename = 'commitments_commitment'
        AND attname = 'search_vector'
),
size AS (
    SELECT greatest(reltuples, 0) AS n FROM pg_class
    WHERE oid = to_regclass('commitments_commitment')
),
words AS (
    SELECT
        words.lexeme,
        row_number() OVER (
            ORDER BY coalesce(stats.share, 0) * (SELECT n FROM size), words.lexeme
        ) AS position,
        coalesce(stats.share, 0) * (SELECT n FROM size) <= %(rare_rows)s AS rare
    FROM unnest(to_tsvector('dutch', %(words)s)) AS words
    LEFT JOIN stats ON stats.lexeme = words.lexeme
),
chosen AS (
    SELECT lexeme, position FROM words
    WHERE position <= CASE
        WHEN (SELECT count(*) FROM words WHERE rare) > 0
        THEN least((SELECT count(*) FROM words WHERE rare), %(max_lexemes)s)
        ELSE %(fallback)s
    END
),
search AS (
    SELECT to_tsquery(
        'simple',
        string_agg('''' || replace(lexeme, '''', '''''') || '''', ' | ' ORDER BY position)
    ) AS query
    FROM chosen
)
SELECT 0 AS part, row_number() OVER () AS position, ranked.* FROM (
    SELECT c.key, c.text
    FROM commitments_commitment c, search
    WHERE c.status = ANY(%(open)s) AND c.search_vector @@ search.query
    ORDER BY ts_rank(c.search_vector, search.query) DESC, c.made_on DESC NULLS LAST, c.key
    LIMIT %(limit)s
) ranked
UNION ALL
SELECT 1, row_number() OVER (ORDER BY c.made_on DESC, c.key), c.key, c.text
FROM commitments_commitment c
JOIN commitments_fulfilment f ON f.commitment_id = c.id
WHERE f.document_id = %(document)s
"""


def match_pool(document: Document | None, statements) -> list[tuple[str, str]]:
    """(key, text) of the open commitments worth comparing with the statements."""
    if connection.vendor == "postgresql":
        return _search_pool(document, statements)
    rows = list(
        Commitment.objects.filter(status__in=Commitment.OPEN_STATUSES)
        .order_by("-made_on", "-id")
        .values_list("key", "text")[:MATCH_POOL]
    )
    if document is not None:
        rows += Commitment.objects.filter(fulfilments__document=document).values_list("key", "text")
    return _unique(rows)


def _search_pool(document: Document | None, statements) -> list[tuple[str, str]]:
    words = [
        word
        for statement in statements
        for word in content_words(statement.subject or statement.sentence)
    ]
    if not words and document is None:
        return []
    with statement_cursor(connection) as cursor:
        cursor.execute(
            POOL_SQL,
            {
                # No words: a tsvector without lexemes, so the search finds nothing.
                "words": " ".join(words),
                "rare_rows": RARE_ROWS,
                "max_lexemes": MAX_LEXEMES,
                "fallback": COMMON_FALLBACK,
                "open": [str(status) for status in Commitment.OPEN_STATUSES],
                "limit": SEARCH_POOL,
                "document": document.pk if document is not None else None,
            },
        )
        found = cursor.fetchall()
    return _unique([(key, text) for _, _, key, text in sorted(found, key=lambda r: r[:2])])


def _unique(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[str] = set()
    unique = []
    for key, text in rows:
        if key not in seen:
            seen.add(key)
            unique.append((key, text))
    return unique
