"""Statistics per ministry: the share met on time and the share overdue now."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from commitments.models import Commitment, Ministry

pytestmark = pytest.mark.django_db


def test_shares_on_time_and_overdue_per_ministry(client, db):
    ministry = Ministry.objects.create(name="Justitie en Veiligheid", slug="jenv")
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    Status = Commitment.Status

    def make(key, due, status=Status.OPEN, fulfilled_on=None):
        Commitment.objects.create(
            key=key, text="T.", ministry=ministry, due_date=due, status=status,
            fulfilled_on=fulfilled_on, is_published=True,
        )  # fmt: skip

    make("op-tijd", today - 50 * day, Status.FULFILLED, today - 60 * day)
    make("te-laat", today - 50 * day, Status.FULFILLED, today - 10 * day)
    make("over", today - 5 * day)
    make("nog-niet", today + 5 * day)
    make("zonder-termijn", None)  # not counted in either share

    response = client.get(reverse("commitments:statistics"))
    row = next(r for r in response.context["per_ministry"]["rows"] if r["slug"] == "jenv")
    assert (row["with_due"], row["on_time"], row["overdue"]) == (4, 1, 1)
    assert (row["on_time_share"], row["overdue_share"]) == (25, 25)
    page = response.content.decode()
    assert "Toon als tabel" in page
    assert "?overdue=true&amp;ministry=jenv&amp;ordering=overdue" in page
