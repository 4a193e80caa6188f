"""Indexes for the public list's and home page's orderings.

The NULLS LAST orderings (newest first, unknown dates last) need expression indexes that
SQLite cannot create, so those are PostgreSQL-only, like the search indexes in 0003.
"""

from django.db import migrations, models

POSTGRES_SQL = """
-- Serves: public list default order  ORDER BY made_on DESC NULLS LAST, key  LIMIT 25.
CREATE INDEX IF NOT EXISTS commitment_list_order_idx
    ON commitments_commitment (made_on DESC NULLS LAST, key);
-- Serves: home "recently fulfilled"  WHERE status = 'fulfilled'
--         ORDER BY fulfilled_on DESC NULLS LAST, key  LIMIT 5.
CREATE INDEX IF NOT EXISTS commitment_recent_fulfil_idx
    ON commitments_commitment (status, fulfilled_on DESC NULLS LAST, key);
"""
POSTGRES_REVERSE_SQL = """
DROP INDEX IF EXISTS commitment_list_order_idx;
DROP INDEX IF EXISTS commitment_recent_fulfil_idx;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_SQL)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_REVERSE_SQL)


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0005_history_version_indexes"),
    ]

    operations = [
        # Serves: home "upcoming deadlines"  WHERE status IN (...) AND due_date >= today
        #         ORDER BY due_date, key  LIMIT 5.
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(
                fields=["status", "due_date", "key"], name="commitment_upcoming_idx"
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
