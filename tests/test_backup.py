"""A backup restores the register exactly: counts and a checksum of every commitment."""

import io

import pytest
from django.core.management import CommandError, call_command

from commitments import summary
from commitments.backup import register_fingerprint
from commitments.models import Commitment


# serialized_rollback: the restore's flush recreates content types other tests rely on.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_and_restore_round_trip(tmp_path):
    call_command("loaddata", "fixtures/seed.json", verbosity=0)
    call_command("generate_data", commitments=200, documents=50, seed=5, verbosity=0)
    before = register_fingerprint()
    path = tmp_path / "register.backup"
    call_command("backup", str(path))

    Commitment.objects.filter(key="navo-norm-standpunt").update(text="Overschreven")
    Commitment.objects.create(key="na-de-backup", text="Bestond nog niet")
    assert register_fingerprint() != before

    call_command("restore", str(path), yes=True)
    assert register_fingerprint() == before
    assert before["commitments"] == 205
    # The running totals are recounted, not loaded on top of what the triggers counted.
    assert summary.drift() == []


@pytest.mark.django_db
def test_restore_of_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="No backup file"):
        call_command("restore", str(tmp_path / "nope.json"), yes=True)


@pytest.mark.django_db
def test_restore_without_a_terminal_asks_for_yes_and_changes_nothing(tmp_path, monkeypatch):
    """A script or CI has no one to answer the question; input() would die on EOF."""
    call_command("loaddata", "fixtures/seed.json", verbosity=0)
    before = register_fingerprint()
    path = tmp_path / "register.backup"
    call_command("backup", str(path))
    Commitment.objects.create(key="na-de-backup", text="Bestond nog niet")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(CommandError, match=r"no terminal to confirm on: pass --yes"):
        call_command("restore", str(path))
    assert Commitment.objects.filter(key="na-de-backup").exists()
    assert register_fingerprint() != before
