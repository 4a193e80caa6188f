"""The shared FilterSet, exercised directly; pages and API reuse it."""

import datetime

import pytest
import time_machine
from django.http import QueryDict
from django.utils.http import urlencode

from commitments.filters import CommitmentFilter
from commitments.models import Commitment

pytestmark = pytest.mark.django_db


def querydict(params):
    return QueryDict(urlencode(params, doseq=True))


def keys(params):
    filterset = CommitmentFilter(querydict(params), queryset=Commitment.objects.public())
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs.values_list("key", flat=True))


def errors(params):
    filterset = CommitmentFilter(querydict(params), queryset=Commitment.objects.public())
    assert not filterset.is_valid()
    return filterset.errors


def test_status_fulfilled_gives_japan_and_law_of_the_sea(seed):
    assert (
        keys({"status": ["fulfilled", "lapsed"]})
        == keys({"status": "fulfilled"})
        == {
            "navo-contactambassade-japan",
            "zeerecht-verdachte-schepen",
        }
    )


def test_overdue(seed):
    with time_machine.travel(datetime.datetime(2026, 11, 23, 12), tick=False):
        assert keys({"overdue": "true"}) == {"navo-norm-standpunt"}
        assert "navo-norm-standpunt" not in keys({"overdue": "false"})
        assert len(keys({"overdue": "unknown"})) == 5  # the page form's "either" choice


def test_ministry_and_person(seed):
    assert keys({"person": "veldkamp"}) == {"navo-norm-standpunt"}
    assert len(keys({"ministry": "buitenlandse-zaken"})) == 3


def test_dossier_covers_made_fulfilled_and_mentioned(seed):
    assert keys({"dossier": "28676"}) == {
        "irak-force-protection-nmi",
        "oekraine-veiligheidsarrangementen",
    }
    assert keys({"dossier": "28 676"}) == keys({"dossier": "28676"})


def test_meeting_filter(seed):
    assert keys({"meeting": "navo-fmm-2024-12"}) == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }
    assert keys({"meeting": "navo-fmm-2025-04"}) == {"navo-norm-standpunt"}


def test_document_filter(seed):
    assert keys({"document": "kst-28676-446"}) == {
        "irak-force-protection-nmi",
        "oekraine-veiligheidsarrangementen",
    }


def test_date_ranges(seed):
    assert keys({"made_on_after": "2023-10-01", "made_on_before": "2023-10-31"}) == {
        "irak-force-protection-nmi"
    }
    assert keys({"due_date_after": "2025-06-01"}) == {"navo-norm-standpunt"}


def test_search_finds_words(seed):
    assert "navo-contactambassade-japan" in keys({"q": "Japan"})
    assert "irak-force-protection-nmi" not in keys({"q": "Japan"})


def test_unpublished_never_matches(seed):
    Commitment.objects.filter(key="navo-norm-standpunt").update(is_published=False)
    assert keys({"person": "veldkamp"}) == set()


@pytest.mark.parametrize(
    "params",
    [
        {"status": "done"},
        {"overdue": "misschien"},
        {"ministry": "onbekend"},
        {"dossier": "NAVO"},
        {"made_on_after": "2024-13-45"},
        {"updated_since": "gisteren"},
        {"q": "a\x00b"},
        {"ordering": "text"},
        {"document": "kst-28676-448-vertrouwelijke-bijlage"},
    ],
)
def test_bad_values_are_errors(seed, params):
    assert errors(params)


def test_a_compiled_choice_lookup_answers_as_django_does(seed):
    """The ministry, person, committee, meeting and document choices are looked up with
    SQL compiled once per field: the same row for a known value, Django's own error for an
    unknown one, a confidential Kamerstuk or a NUL, and a renamed row is found under its
    new name only."""
    from django import forms

    from commitments.filters import CompiledModelChoiceField
    from commitments.models import Committee, Document, Ministry

    Committee.objects.create(name="Vaste commissie voor Defensie", slug="defensie")
    fields = {
        name: CommitmentFilter.base_filters[name].field
        for name in ("ministry", "person", "committee", "meeting", "document")
    }
    assert all(isinstance(field, CompiledModelChoiceField) for field in fields.values())

    def django(field, value):
        try:
            return forms.ModelChoiceField.to_python(field, value)
        except forms.ValidationError as error:
            return error.code

    def compiled(field, value):
        try:
            return field.to_python(value)
        except forms.ValidationError as error:
            return error.code

    annex = Document.objects.get(is_confidential=True)
    for name, field in fields.items():
        known = list(field.queryset.values_list(field.to_field_name, flat=True)[:3])
        assert known, name
        for value in [*known, "bestaat-niet", annex.identifier, "x\x00y", "", None]:
            assert compiled(field, value) == django(field, value), (name, value)
    ministry = fields["ministry"]
    first = Ministry.objects.order_by("slug").first()
    assert ministry.to_python(first.slug) == first
    Ministry.objects.filter(pk=first.pk).update(slug="hernoemd")
    assert compiled(ministry, first.slug) == "invalid_choice"
    assert ministry.to_python("hernoemd").pk == first.pk
