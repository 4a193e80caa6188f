"""The Makefile's promises, read from `make -n` (prints the commands, runs nothing)."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not shutil.which("make"), reason="make is not installed")


def dry_run(*arguments: str) -> str:
    # -B: as on a fresh clone, every install step is due.
    run = subprocess.run(
        ["make", "--no-print-directory", "-n", "-B", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout


def test_run_installs_what_serving_needs_and_no_dev_extras():
    commands = dry_run("run")
    assert "pip install --quiet -e .\n" in commands
    assert ".[dev]" not in commands
    assert "runserver 127.0.0.1:8000" in commands


def test_test_and_lint_add_the_dev_extras():
    assert "pip install --quiet -e '.[dev]'" in dry_run("test")
    assert "pip install --quiet -e '.[dev]'" in dry_run("lint")


def test_run_takes_host_and_port():
    assert "runserver 0.0.0.0:9000" in dry_run("run", "HOST=0.0.0.0", "PORT=9000")


def test_run_repeats_the_admin_message_after_the_seed():
    commands = dry_run("run")
    seed = commands.index("manage.py seed")
    assert commands.index("ensure_local_admin") < seed
    assert 'echo "$admin"' in commands[seed:]


def test_restore_passes_yes_only_when_asked():
    assert dry_run("restore", "BACKUP=b.json").splitlines()[-1].split()[-2:] == [
        "restore",
        "b.json",
    ]
    assert "manage.py restore b.json --yes" in dry_run("restore", "BACKUP=b.json", "YES=1")


def test_lint_checks_the_format_too():
    commands = dry_run("lint")
    assert "ruff check ." in commands
    assert "ruff format --check ." in commands


def test_ci_runs_make_lint_and_the_readme_test_command():
    lines = (ROOT / ".ci" / "run").read_text().splitlines()
    ci = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    assert ci.index("make install-dev") < ci.index("make lint") < ci.index("make test")
