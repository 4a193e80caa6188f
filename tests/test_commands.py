import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from commitments.models import Commitment

pytestmark = pytest.mark.django_db


def test_seed_loads_into_an_empty_register(capsys):
    call_command("seed")
    assert Commitment.objects.count() == 5
    assert "Loaded" in capsys.readouterr().out


def test_seed_keeps_a_clerks_edits(seed, capsys):
    Commitment.objects.filter(key="navo-norm-standpunt").update(notes="Door griffie bijgewerkt")
    call_command("seed")
    assert Commitment.objects.get(key="navo-norm-standpunt").notes == "Door griffie bijgewerkt"
    assert "not loaded" in capsys.readouterr().out


def test_ensure_local_admin_creates_one_superuser_once(capsys):
    call_command("ensure_local_admin")
    call_command("ensure_local_admin")
    out = capsys.readouterr().out
    assert "password:" in out
    assert "Change it with: .venv/bin/python manage.py changepassword admin" in out
    assert "nothing created" in out
    assert "changepassword admin" in out.split("nothing created")[1]
    assert get_user_model().objects.filter(is_superuser=True).count() == 1
