"""Property-based tests: arbitrary input never crashes the parser or the public filters."""

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commitments.filters import CommitmentFilter
from commitments.importers.kamerstuk import KamerstukError, decode, parse
from commitments.models import Commitment

DUTCH_BITS = st.sampled_from(
    [
        "uw Kamer", "Tweede Kamer", "zal", "informeren", "voor de NAVO-top", "Kamerstuk 28 676,",
        "nr. 474", "Den Haag, 22 november 2024", "De minister van Buitenlandse Zaken,",
        "Werksessie", "bondge-\nnootschap", "\n\n", "Verslag", "toezegging", "jl.", "é", "\x00",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_accepts_or_refuses_any_bytes(data):
    try:
        text = decode(data)
    except KamerstukError as error:
        assert error.code
    else:
        assert isinstance(text, str)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(DUTCH_BITS, st.text(max_size=40)), max_size=60).map(" ".join))
def test_parse_gives_a_result_or_a_clear_error(text):
    try:
        parsed = parse(text)
    except KamerstukError as error:
        assert str(error)
    else:
        for candidate in parsed.commitments:
            assert candidate.sentence
        assert parsed.to_dict()["metadata"]["kind"] in {"geannoteerde_agenda", "verslag", "brief"}


FILTER_KEYS = st.sampled_from(
    ["q", "status", "overdue", "ministry", "person", "dossier", "meeting", "document",
     "made_on_after", "due_date_before", "updated_since", "ordering"]
)  # fmt: skip


@pytest.mark.django_db
@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(FILTER_KEYS, st.text(max_size=30), max_size=5))
def test_filter_is_valid_or_reports_errors_never_crashes(params):
    query = QueryDict(mutable=True)
    for key, value in params.items():
        query[key] = value
    filterset = CommitmentFilter(query, queryset=Commitment.objects.public())
    if filterset.is_valid():
        list(filterset.qs[:5])
    else:
        assert filterset.errors
