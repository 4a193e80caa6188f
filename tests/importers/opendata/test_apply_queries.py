"""apply: a page's queries stay fixed, whatever its size (bulk writes, COPY on PostgreSQL)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments import summary
from commitments.importers.opendata import OpenDataSync
from commitments.models import Commitment, CommitmentEvent, CommitmentLink, Debate, Fulfilment

from .feeds import dump_register, expanded_page, synthetic_page, write

pytestmark = pytest.mark.django_db


def test_page_queries_do_not_grow_with_the_number_of_records(seed, tmp_path):
    # 30, not more: SQLite's bulk insert splits at 999 parameters (about 32 commitments).
    small = write(tmp_path, "s.json", synthetic_page(5))
    large = write(tmp_path, "l.json", synthetic_page(30, offset=100))
    counts = []
    for path in (small, large):
        sync = OpenDataSync(fmt="odata")
        with CaptureQueriesContext(connection) as queries:
            sync.run_files([path])
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_a_page_of_new_commitments_takes_a_fixed_number_of_queries(
    seed, tmp_path, django_assert_max_num_queries
):
    path = write(tmp_path, "l.json", synthetic_page(60))
    with django_assert_max_num_queries(25):
        OpenDataSync(fmt="odata").run_files([path])
    assert Commitment.objects.filter(number__startswith="TZ209901").count() == 60


# On SQLite a bulk insert is split at 999 parameters, so there 100 records take three more
# queries than 10 (batches of one insert), and three more for their history rows (one per
# commitment, ~35 columns); on PostgreSQL new rows go in with one COPY per table.
SQLITE_BATCHES = 6


@pytest.mark.parametrize("count", [10, 100])
def test_a_first_load_page_takes_the_same_queries_whatever_its_size(
    seed, tmp_path, count, django_assert_max_num_queries
):
    path = write(tmp_path, "p.json", expanded_page(count))
    # 2 more than before issue 19 on PostgreSQL, 1 on SQLite: the history rows; 1 more on both:
    # ``reported`` asks whether the page's debates have report candidates.
    limit = 32 if connection.vendor == "postgresql" else 26 + SQLITE_BATCHES
    with django_assert_max_num_queries(limit):
        sync = OpenDataSync(fmt="odata")
        sync.run_files([path])
    stats = sync.stats.as_dict()
    assert stats["created"] == 2 * count  # commitments and their debates
    assert stats["errors"] == 0
    assert Commitment.objects.filter(number__startswith="TZ209901").count() == count
    assert Debate.objects.filter(tk_number__startswith="2099A").count() == count
    assert CommitmentEvent.objects.filter(commitment__number__startswith="TZ209901").count() == (
        count
    )
    fulfilments = Fulfilment.objects.filter(commitment__number__startswith="TZ209901")
    assert set(fulfilments.values_list("document__identifier", flat=True)) == {"2024D50159"}
    assert fulfilments.count() == count
    assert CommitmentLink.objects.filter(from_commitment__number__startswith="TZ2099").count() == (
        count - 1
    )
    # The first load goes in with COPY on PostgreSQL: the running totals' triggers saw it.
    assert summary.drift() == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's")
def test_page_queries_are_equal_for_ten_and_a_hundred_records_on_postgresql(seed, tmp_path):
    # A first page creates the committee; after that the two pages start from the same state.
    OpenDataSync(fmt="odata").run_files([write(tmp_path, "w.json", expanded_page(1, 5000))])
    counts = []
    for count, offset in ((10, 0), (100, 1000)):
        path = write(tmp_path, f"p{count}.json", expanded_page(count, offset))
        with CaptureQueriesContext(connection) as queries:
            OpenDataSync(fmt="odata").run_files([path])
        counts.append(len(queries))
        assert any(q["sql"].startswith("COPY") for q in queries.captured_queries)
    assert counts[0] == counts[1]


@pytest.mark.parametrize("count", [10, 100])
def test_a_resync_page_takes_the_same_queries_whatever_its_size(
    seed, tmp_path, count, django_assert_max_num_queries
):
    path = write(tmp_path, "p.json", expanded_page(count))
    OpenDataSync(fmt="odata").run_files([path])
    before = dump_register()
    # Every record still names a letter the register lacks, so each is looked at again.
    limit = 15
    with django_assert_max_num_queries(limit):
        again = OpenDataSync(fmt="odata")
        again.run_files([path])
    assert dump_register() == before
    stats = again.stats.as_dict()
    assert (stats["created"], stats["updated"], stats["unchanged"]) == (0, 0, 2 * count)
    assert stats["unresolved"] == count


def test_a_page_reads_no_commitments_of_its_debates_when_none_waits_for_a_link(seed, tmp_path):
    # ``reported`` asks which of the page's debates have an unlinked commitment (one index
    # probe each); the candidates of all of them at once were planned as a table scan.
    path = write(tmp_path, "p.json", expanded_page(20))
    with CaptureQueriesContext(connection) as queries:
        OpenDataSync(fmt="odata").run_files([path])
    candidate_reads = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith(
            'SELECT "commitments_commitment"."id", "commitments_commitment"."key"'
        )
        and '"commitments_commitment"."tk_id" IS NULL' in q["sql"]
        and "commitments_debate" in q["sql"]
    ]
    assert candidate_reads == []
    assert Commitment.objects.filter(number__startswith="TZ209901").count() == 20


def test_a_new_commitment_is_made_as_the_models_constructor_makes_it():
    from commitments.importers.opendata.apply.rows import new_instance

    made, expected = new_instance(Commitment), Commitment()
    state, expected_state = made.__dict__.pop("_state"), expected.__dict__.pop("_state")
    assert made.__dict__ == expected.__dict__
    assert (state.adding, state.db) == (expected_state.adding, expected_state.db)
    # Mutable defaults are each instance's own.
    assert made.tk_data is not new_instance(Commitment).tk_data
