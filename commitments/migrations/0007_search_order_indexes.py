"""Search and the admin at a million rows: an index for the order of a common word, a
query-side text search configuration, and indexes for the admin's vergaderjaar filter and
its substring search (pg_trgm).

A search that PostgreSQL expects to match more than ``RANKED_MATCHES`` rows is ordered
newest first instead of ranking every match (``full_text_search`` in models/search.py);
that order needs an index with NULLS LAST, which SQLite cannot create, so it is
PostgreSQL-only like those in 0006. So is the text search configuration
``commitments_dutch_query``: Dutch without the parts of hyphenated words, so that
"NAVO-norm" is one lexeme, not a phrase. The trigram extension is created by Django's
``TrigramExtension`` (PostgreSQL only).
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

POSTGRES_SQL = """
-- Serves: document search with many matches
--         WHERE search_vector @@ q ORDER BY date DESC NULLS LAST, identifier LIMIT 20,
--         and the documents changelist's default order.
CREATE INDEX IF NOT EXISTS document_search_order_idx
    ON commitments_document (date DESC NULLS LAST, identifier);

-- Serves: the documents changelist's vergaderjaar filter: its first and last year, then
--         WHERE vergaderjaar = … ORDER BY date DESC NULLS LAST, identifier LIMIT 100
--         (instead of SELECT DISTINCT vergaderjaar over every document).
CREATE INDEX IF NOT EXISTS document_vergaderjaar_idx
    ON commitments_document (vergaderjaar, date DESC NULLS LAST, identifier);

-- Serves: the admin's search (search_fields: icontains, which Django writes as
--         UPPER(col::text) LIKE UPPER(pattern)) on commitments and documents.
CREATE INDEX IF NOT EXISTS commitment_admin_search_trgm ON commitments_commitment
    USING gin (UPPER(key::text) gin_trgm_ops, UPPER(number::text) gin_trgm_ops,
               UPPER(text::text) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS document_admin_search_trgm ON commitments_document
    USING gin (UPPER(identifier::text) gin_trgm_ops, UPPER(tk_number::text) gin_trgm_ops,
               UPPER(title::text) gin_trgm_ops);

-- Serves: websearch_to_tsquery('commitments_dutch_query', q) in full_text_search().
CREATE TEXT SEARCH CONFIGURATION commitments_dutch_query (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION commitments_dutch_query
    DROP MAPPING FOR hword_part, hword_asciipart, hword_numpart;
"""
POSTGRES_REVERSE_SQL = """
DROP INDEX IF EXISTS document_search_order_idx;
DROP INDEX IF EXISTS document_vergaderjaar_idx;
DROP INDEX IF EXISTS commitment_admin_search_trgm;
DROP INDEX IF EXISTS document_admin_search_trgm;
DROP TEXT SEARCH CONFIGURATION IF EXISTS commitments_dutch_query;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_SQL)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_REVERSE_SQL)


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0006_list_order_indexes"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(forwards, backwards),
    ]
