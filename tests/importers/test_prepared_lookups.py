"""The importer's per-file statements prepared on the server find what Django's cursor finds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.api import compiled
from commitments.importers.lookups import Lookups
from commitments.importers.store import apply, propose

from .test_store_batching import import_run, labelled_texts

pytestmark = pytest.mark.django_db


def _proposals(texts):
    return [propose(data).to_dict() for data in texts]


def test_prepared_lookups_propose_what_unprepared_ones_do(monkeypatch):
    texts = labelled_texts()
    import_run(texts, Lookups())  # a re-import: documents, meetings and links are found
    prepared = _proposals(texts)
    # statement_cursor serves both the per-file lookups and the match pool
    monkeypatch.setattr(compiled, "_prepares", lambda connection: False)
    assert _proposals(texts) == prepared
    assert any(p["existing_document"] for p in prepared)
    assert any(p["fulfilment_matches"] for p in prepared)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared on PostgreSQL only")
def test_prepared_lookups_are_logged_as_queries():
    data = labelled_texts()[0]
    apply(propose(data))
    with CaptureQueriesContext(connection) as queries:
        propose(data)
    assert queries.captured_queries
    assert all(q["sql"] and "%s" not in q["sql"] for q in queries.captured_queries)
