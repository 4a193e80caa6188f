import pytest
from django.core.management import CommandError, call_command

from commitments.models import Commitment, Document, Fulfilment

pytestmark = pytest.mark.django_db


def test_generate_data_creates_consistent_rows(capsys):
    call_command("generate_data", commitments=300, documents=120, seed=7, batch_size=50)
    assert Document.objects.count() == 120
    assert Commitment.objects.count() == 300
    fulfilled = Commitment.objects.filter(status=Commitment.Status.FULFILLED)
    assert fulfilled.exists()
    assert not fulfilled.filter(fulfilled_on=None).exists()
    # Every fulfilled commitment names its fulfilling document, as the register requires.
    assert not fulfilled.exclude(pk__in=Fulfilment.objects.values("commitment")).exists()
    assert not Fulfilment.objects.filter(document__is_confidential=True).exists()
    statuses = set(Commitment.objects.values_list("status", flat=True))
    assert statuses == set(Commitment.Status.values)
    assert "Created 120 documents, 300 commitments" in capsys.readouterr().out


def test_generate_data_twice_with_other_seed_does_not_collide():
    call_command("generate_data", commitments=20, documents=10, seed=1)
    call_command("generate_data", commitments=20, documents=10, seed=2)
    assert Commitment.objects.count() == 40
    assert Document.objects.count() == 20


def test_generate_data_rejects_nonsense():
    with pytest.raises(CommandError):
        call_command("generate_data", commitments=10, documents=0)
