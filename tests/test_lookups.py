"""``__any``: the rows ``__in`` finds, with the values as one array parameter on PostgreSQL."""

import uuid

import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext

from commitments.models import Commitment

pytestmark = pytest.mark.django_db


@pytest.fixture
def three():
    return [
        Commitment.objects.create(key=f"c{n}", text="Uw Kamer informeren.", tk_id=uuid.uuid4())
        for n in range(3)
    ]


def _keys(queryset):
    return sorted(queryset.values_list("key", flat=True))


@pytest.mark.parametrize(
    "field, pick",
    [
        ("key", lambda c: c.key),
        ("pk", lambda c: c.pk),
        ("tk_id", lambda c: c.tk_id),
        ("tk_id", lambda c: str(c.tk_id)),
    ],
)
def test_any_finds_what_in_finds(three, field, pick):
    values = [pick(three[0]), pick(three[2]), pick(three[2]), None]
    rows = Commitment.objects.filter(**{f"{field}__any": values})
    assert _keys(rows) == _keys(Commitment.objects.filter(**{f"{field}__in": values}))
    assert _keys(rows) == ["c0", "c2"]


def test_any_of_nothing_finds_nothing(three):
    assert not Commitment.objects.filter(key__any=[]).exists()
    assert not Commitment.objects.filter(key__any=[None]).exists()
    either = Commitment.objects.filter(Q(key__any=[]) | Q(tk_id__any={three[1].tk_id}))
    assert _keys(either) == ["c1"]


def test_any_sends_one_parameter_on_postgresql(three):
    keys = [f"k{n}" for n in range(1000)] + ["c1"]
    with CaptureQueriesContext(connection) as queries:
        assert _keys(Commitment.objects.filter(key__any=keys)) == ["c1"]
    sql = queries.captured_queries[0]["sql"]
    if connection.vendor == "postgresql":
        assert " = ANY(" in sql and " IN (" not in sql
    else:
        assert " IN (" in sql
