"""The floor to compare against: the API list's rows from one raw SQL query, orjson-encoded.

A bare WSGI callable with one psycopg connection per worker process; no Django, no DRF.
Run: gunicorn tests.benchmarks.baseline_app:application (DATABASE_URL must be PostgreSQL).
"""

import os
from urllib.parse import parse_qs

import orjson
import psycopg

QUERY = """
SELECT c.id, c.key, c.number, c.text, c.status, c.tk_status, c.made_on, c.due_date,
       c.due_description, c.fulfilled_on, c.updated_at, m.slug, m.name, p.slug, p.name
FROM commitments_commitment c
LEFT JOIN commitments_ministry m ON m.id = c.ministry_id
LEFT JOIN commitments_person p ON p.id = c.made_by_id
WHERE c.is_published AND c.status = %(status)s AND m.slug = %(ministry)s
ORDER BY c.id DESC
LIMIT 20
"""
COLUMNS = [
    "id", "key", "number", "text", "status", "tk_status", "made_on", "due_date",
    "due_description", "fulfilled_on", "updated_at", "ministry_slug", "ministry",
    "made_by_slug", "made_by",
]  # fmt: skip

_connection = None


def _cursor():
    global _connection
    if _connection is None or _connection.closed:
        _connection = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True)
    return _connection.cursor()


def application(environ, start_response):
    params = parse_qs(environ.get("QUERY_STRING", ""))
    status = params.get("status", ["open"])[0]
    ministry = params.get("ministry", ["buitenlandse-zaken"])[0]
    with _cursor() as cursor:
        cursor.execute(QUERY, {"status": status, "ministry": ministry})
        rows = [dict(zip(COLUMNS, row, strict=True)) for row in cursor.fetchall()]
    body = orjson.dumps({"next": None, "previous": None, "results": rows})
    start_response(
        "200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    )
    return [body]
