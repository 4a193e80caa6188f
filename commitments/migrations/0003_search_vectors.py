"""Full-text search vectors (Dutch), maintained by triggers on PostgreSQL.

A trigger, not ``save()``, so bulk inserts and imports are indexed too. SQLite has no
tsvector: the columns stay empty there and search falls back to ``icontains``.
"""

import django.contrib.postgres.search
from django.db import migrations

POSTGRES_SQL = """
CREATE FUNCTION commitments_commitment_search_update() RETURNS trigger AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('pg_catalog.dutch', coalesce(NEW.number, '') || ' ' || NEW.key), 'A')
    || setweight(to_tsvector('pg_catalog.dutch', coalesce(NEW.text, '')), 'B')
    || setweight(to_tsvector('pg_catalog.dutch', coalesce(NEW.due_description, '')), 'C');
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER commitments_commitment_search BEFORE INSERT OR UPDATE OF number, key, text,
  due_description ON commitments_commitment
  FOR EACH ROW EXECUTE FUNCTION commitments_commitment_search_update();

CREATE FUNCTION commitments_document_search_update() RETURNS trigger AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('pg_catalog.dutch', coalesce(NEW.title, '')), 'A')
    || setweight(to_tsvector('pg_catalog.dutch', coalesce(NEW.text, '')), 'B');
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER commitments_document_search BEFORE INSERT OR UPDATE OF title, text
  ON commitments_document
  FOR EACH ROW EXECUTE FUNCTION commitments_document_search_update();

-- Serves: WHERE search_vector @@ websearch_to_tsquery('dutch', q) on lists and the API.
CREATE INDEX commitment_search_gin ON commitments_commitment USING gin (search_vector);
CREATE INDEX document_search_gin ON commitments_document USING gin (search_vector);

-- Rows that existed before the trigger.
UPDATE commitments_commitment SET text = text;
UPDATE commitments_document SET text = text;
"""

POSTGRES_REVERSE_SQL = """
DROP TRIGGER IF EXISTS commitments_commitment_search ON commitments_commitment;
DROP TRIGGER IF EXISTS commitments_document_search ON commitments_document;
DROP FUNCTION IF EXISTS commitments_commitment_search_update();
DROP FUNCTION IF EXISTS commitments_document_search_update();
DROP INDEX IF EXISTS commitment_search_gin;
DROP INDEX IF EXISTS document_search_gin;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_SQL)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_REVERSE_SQL)


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0002_clerk_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="commitment",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="document",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(forwards, backwards),
    ]
