"""The clerk's worklist and the rappel letter per ministry."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from commitments.models import Commitment, Ministry

pytestmark = pytest.mark.django_db
WORKLIST = reverse("admin:commitments_commitment_worklist")


@pytest.fixture
def overdue_and_soon(seed):
    today = timezone.localdate()
    buza = Ministry.objects.get(slug="buitenlandse-zaken")
    defensie = Ministry.objects.get(slug="defensie")

    def make(key, ministry, due, **fields):
        return Commitment.objects.create(
            key=key, text=f"Toezegging {key}.", ministry=ministry, due_date=due, **fields
        )

    make("buza-oud", buza, today - datetime.timedelta(days=100), number="TZ202401-001")
    make("buza-recent", buza, today - datetime.timedelta(days=5))
    make("defensie-oud", defensie, today - datetime.timedelta(days=40))
    make("buza-binnenkort", buza, today + datetime.timedelta(days=10))
    make("buza-later", buza, today + datetime.timedelta(days=45))
    make(
        "buza-voldaan",
        buza,
        today - datetime.timedelta(days=300),
        status=Commitment.Status.FULFILLED,
        fulfilled_on=today - datetime.timedelta(days=1),
    )
    return buza, defensie


def test_worklist_counts_overdue_per_ministry_and_lists_what_is_due_soon(
    clerk_client, overdue_and_soon
):
    buza, _defensie = overdue_and_soon
    response = clerk_client.get(WORKLIST)
    assert response.status_code == 200
    rows = {row["ministry__name"]: row["overdue"] for row in response.context["by_ministry"]}
    # The seed's NAVO-norm commitment (BuZa, due 24 June 2025) is overdue too.
    expected_buza = Commitment.objects.overdue().filter(ministry=buza).count()
    assert rows == {"Buitenlandse Zaken": expected_buza, "Defensie": 1}
    assert [c.key for c in response.context["due_soon"]] == ["buza-binnenkort"]
    html = response.content.decode()
    assert reverse("admin:commitments_commitment_rappel", args=[buza.pk]) in html


def test_rappel_letter_lists_the_ministrys_overdue_commitments_longest_first(
    clerk_client, overdue_and_soon
):
    buza, _defensie = overdue_and_soon
    response = clerk_client.get(reverse("admin:commitments_commitment_rappel", args=[buza.pk]))
    keys = [row["commitment"].key for row in response.context["rows"]]
    # The seed's NAVO-norm commitment (due 24 June 2025) is the longest overdue; not the
    # fulfilled one, not the one due soon, not Defensie's.
    assert keys == ["navo-norm-standpunt", "buza-oud", "buza-recent"]
    days = [row["days_late"] for row in response.context["rows"]]
    assert days == sorted(days, reverse=True)
    assert "Rappel: toezeggingen over de termijn" in response.content.decode()


def test_rappel_as_csv(clerk_client, overdue_and_soon):
    buza, _defensie = overdue_and_soon
    response = clerk_client.get(reverse("admin:commitments_commitment_rappel_csv", args=[buza.pk]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    old = next(row for row in rows if row["kenmerk"] == "buza-oud")
    assert old["nummer"] == "TZ202401-001"
    assert old["dagen_over_termijn"] == "100"
    assert {row["kenmerk"] for row in rows} >= {"buza-oud", "buza-recent"}


def test_worklist_needs_a_clerk(client, staff_without_group, seed):
    assert client.get(WORKLIST).status_code == 302  # to the login page
    client.force_login(staff_without_group)
    assert client.get(WORKLIST).status_code == 403
    ministry = Ministry.objects.get(slug="defensie")
    url = reverse("admin:commitments_commitment_rappel_csv", args=[ministry.pk])
    assert client.get(url).status_code == 403
