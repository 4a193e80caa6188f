"""The medians of days late per ministry (``summary.LateDays``), kept by triggers, and
their backfill.

The statistics page showed, per ministry, the median days late of what was fulfilled late
and of what is overdue now, from a grouped ``percentile_cont`` over every published row
(seconds at a million rows). These histograms answer it from a few thousand rows. Kept
like the totals of migration 0013 (statement-level triggers with transition tables on
PostgreSQL, netted and written in key order; row triggers on SQLite), in triggers of
their own so 0013's stay as they are. ``tests/test_trust.py`` checks they exist.
"""

from django.db import migrations, models

TABLE = "commitments_latedays"
KEYS = ["kind", "width", "scope_id", "days"]
# LateDays.BUCKET: each row is also counted in its range of this many days.
BUCKET = 128
# Columns of a commitment the histograms depend on: an update touching none changes nothing.
COLUMNS = ["is_published", "status", "due_date", "fulfilled_on", "ministry_id"]
TRIGGERS = ("ins", "upd", "del")


def trigger_names():
    return {f"commitments_commitment_latedays_{event}" for event in TRIGGERS}


def bucket(days):
    """The first day of the BUCKET-day range holding ``days``, by integer division of a
    positive number on both databases (truncation and floor agree there)."""
    return f"((({days}) + {BUCKET * 100000}) / {BUCKET} - 100000) * {BUCKET}"


def day_numbers(vendor):
    if vendor == "postgresql":
        return "(r.fulfilled_on - r.due_date)", "(r.due_date - DATE '1970-01-01')"
    return (
        "CAST(julianday(r.fulfilled_on) - julianday(r.due_date) AS INTEGER)",
        "CAST(julianday(r.due_date) - julianday('1970-01-01') AS INTEGER)",
    )


def contribution(vendor, source, sign=1):
    """(kind, width, scope_id, days, n) of the commitment rows of ``source`` (named ``r``):
    per day and per range."""
    late, due = day_numbers(vendor)
    conditions = {
        "late": "r.status = 'fulfilled' AND r.fulfilled_on > r.due_date",
        "open": "r.status IN ('open', 'partly_fulfilled') AND r.due_date IS NOT NULL",
    }
    parts = []
    for kind, days in (("late", late), ("open", due)):
        for width, start in ((1, days), (BUCKET, bucket(days))):
            parts.append(
                f"SELECT '{kind}' AS kind, {width} AS width, COALESCE(r.ministry_id, 0)"
                f" AS scope_id, {start} AS days, {sign} * COUNT(*) AS n FROM {source} r"
                f" WHERE r.is_published AND {conditions[kind]} GROUP BY 1, 2, 3, 4"
            )
    return " UNION ALL ".join(parts)


def upsert(vendor, select):
    keys = ", ".join(KEYS)
    current = f"{TABLE}.n" if vendor == "postgresql" else "n"
    return (
        f"INSERT INTO {TABLE} ({keys}, n) SELECT {keys}, SUM(n) FROM ({select}) c"
        f" GROUP BY {keys} HAVING SUM(n) <> 0 ORDER BY {keys}"
        f" ON CONFLICT ({keys}) DO UPDATE SET n = {current} + excluded.n"
    )


def postgresql_sql():
    old = contribution("postgresql", "old_rows", sign=-1)
    new = contribution("postgresql", "new_rows")
    bodies = {
        "ins": ("INSERT", "REFERENCING NEW TABLE AS new_rows", upsert("postgresql", new)),
        "upd": (
            "UPDATE",
            "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
            # Old rows off, new rows on, netted per key: unchanged rows cancel out.
            upsert("postgresql", f"{old} UNION ALL {new}"),
        ),
        "del": ("DELETE", "REFERENCING OLD TABLE AS old_rows", upsert("postgresql", old)),
    }
    statements = []
    for event, (operation, referencing, sql) in bodies.items():
        name = f"commitments_commitment_latedays_{event}"
        statements.append(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$\n"
            f"BEGIN\n    {sql};\n    RETURN NULL;\nEND $$ LANGUAGE plpgsql"
        )
        statements.append(
            f"CREATE TRIGGER {name} AFTER {operation} ON commitments_commitment"
            f" {referencing} FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )
    return statements


def sqlite_sql():
    def row(side):
        return "(SELECT " + ", ".join(f"{side}.{c} AS {c}" for c in COLUMNS) + ")"

    add = upsert("sqlite", contribution("sqlite", row("NEW"))) + ";"
    # A removal only updates existing rows (as in 0013): ``flush`` empties the table in any
    # order and must leave it empty, not negative.
    match = " AND ".join(f"{TABLE}.{key} = c.{key}" for key in KEYS)
    remove = (
        f"UPDATE {TABLE} SET n = {TABLE}.n - c.n FROM ({contribution('sqlite', row('OLD'))}) AS c"
        f" WHERE {match};"
    )
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in COLUMNS)
    table, name = "commitments_commitment", "commitments_commitment_latedays"
    return [
        f"CREATE TRIGGER {name}_ins AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {name}_del AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER {name}_upd AFTER UPDATE ON {table} WHEN {changed}"
        f" BEGIN {remove} {add} END",
    ]


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    statements = postgresql_sql() if connection.vendor == "postgresql" else sqlite_sql()
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
        cursor.execute(
            upsert(connection.vendor, contribution(connection.vendor, "commitments_commitment"))
        )


def backwards(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for name in sorted(trigger_names()):
            if connection.vendor == "postgresql":
                cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON commitments_commitment")
                cursor.execute(f"DROP FUNCTION IF EXISTS {name}()")
            else:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0014_unresolved_idx"),
    ]

    operations = [
        migrations.CreateModel(
            name="LateDays",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("late", "te laat voldaan"), ("open", "open met termijn")],
                        max_length=4,
                        verbose_name="soort",
                    ),
                ),
                ("scope_id", models.BigIntegerField(default=0, verbose_name="ministerie")),
                (
                    "width",
                    models.PositiveSmallIntegerField(default=1, verbose_name="breedte in dagen"),
                ),
                ("days", models.IntegerField(verbose_name="dagen")),
                ("n", models.BigIntegerField(default=0, verbose_name="aantal")),
            ],
            options={
                "verbose_name": "dagen te laat",
                "verbose_name_plural": "dagen te laat",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("kind", "width", "scope_id", "days"), name="latedays_key"
                    )
                ],
                "indexes": [
                    models.Index(fields=["kind", "width", "days"], name="latedays_day_idx")
                ],
            },
        ),
        migrations.RunPython(forwards, backwards),
    ]
