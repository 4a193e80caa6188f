"""Full-text search: best match first while the match set is small, newest first beyond.

PostgreSQL only (the stored search vectors, the GIN index and the query configuration exist
there); SQLite's ``icontains`` fallback is covered by test_filters and test_pages.
"""

import pytest
from django.db import connection
from django.db.models import F

from commitments.models import RANKED_MATCHES, Commitment, Document

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search"),
]


def identifiers(queryset):
    return [d.identifier for d in queryset]


def test_search_puts_the_best_match_first(seed):
    results = identifiers(Document.objects.public().search("Interflex"))
    assert results[0] == "kst-28676-474"  # the agenda that informs on operation Interflex


def test_search_never_shows_a_confidential_annex(seed):
    annex = "kst-28676-448-vertrouwelijke-bijlage"
    assert annex in identifiers(Document.objects.search("Non-paper Denemarken"))
    assert annex not in identifiers(Document.objects.public().search("Non-paper Denemarken"))
    assert annex not in identifiers(Document.objects.public().search("Denemarken", rank_limit=0))


def test_a_common_word_is_listed_newest_first_with_every_match(seed):
    ranked = Document.objects.public().search("NAVO")
    newest_first = Document.objects.public().search("NAVO", rank_limit=0)
    assert set(identifiers(newest_first)) == set(identifiers(ranked))
    expected = Document.objects.filter(pk__in=ranked.values("pk")).order_by(
        F("date").desc(nulls_last=True), "identifier"
    )
    assert identifiers(newest_first) == identifiers(expected)
    assert len(identifiers(newest_first)) >= 4


def test_few_matches_are_ranked(seed):
    documents = Document.objects.public().search("Interflex")
    assert "search_rank" in str(documents.query.order_by)
    ranks = [d.search_rank for d in documents]
    assert ranks == sorted(ranks, reverse=True)


def test_the_ranking_limit_is_a_thousand_matches():
    assert RANKED_MATCHES == 1000


def test_choosing_the_order_costs_one_planned_not_executed_query(seed, django_assert_num_queries):
    with django_assert_num_queries(1) as captured:
        documents = Document.objects.public().search("NAVO")
    assert captured.captured_queries[0]["sql"].startswith("EXPLAIN (FORMAT JSON) ")
    with django_assert_num_queries(1):
        list(documents[:20])


def test_a_hyphenated_word_is_one_lexeme_not_a_phrase(seed):
    with connection.cursor() as cursor:
        cursor.execute("SELECT websearch_to_tsquery('commitments_dutch_query', 'NAVO-norm')::text")
        assert cursor.fetchone()[0] == "'navo-norm'"
    assert "fmm-2025-04-geannoteerde-agenda" in identifiers(
        Document.objects.public().search("NAVO-norm")
    )


def test_a_quoted_phrase_and_an_exclusion_still_work(seed):
    assert identifiers(Document.objects.public().search('"operatie Interflex"'))[0] == (
        "kst-28676-474"
    )
    assert "kst-28676-474" not in identifiers(Document.objects.public().search("NAVO -Interflex"))


def test_a_query_of_stop_words_finds_nothing(seed):
    assert identifiers(Document.objects.public().search("de het een")) == []


def test_commitment_search_is_ranked_then_newest_first(seed):
    assert [c.key for c in Commitment.objects.public().search("Japan")] == [
        "navo-contactambassade-japan"
    ]
    newest_first = Commitment.objects.public().search("Kamer", rank_limit=0)
    expected = Commitment.objects.filter(pk__in=newest_first.values("pk")).order_by(
        F("made_on").desc(nulls_last=True), "key"
    )
    assert [c.key for c in newest_first] == [c.key for c in expected]
    assert len(expected) >= 2


def test_list_page_search_uses_the_same_order(client, seed):
    response = client.get("/toezeggingen/", {"q": "Japan"})
    assert [c.key for c in response.context["commitments"]] == ["navo-contactambassade-japan"]
