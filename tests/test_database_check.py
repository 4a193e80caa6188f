"""A PostgreSQL that is down or refuses the login stops the run in one clear line."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_tests_against(database_url: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env["DATABASE_URL"] = database_url
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_models.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_server_that_is_down_is_named_once_without_the_password():
    port = free_port()  # bound and released: nothing listens there
    run = run_tests_against(f"postgres://tracker:s3cret-pw@127.0.0.1:{port}/tracker")
    output = run.stdout + run.stderr
    assert run.returncode == 3, output
    assert f"PostgreSQL at postgres://tracker@127.0.0.1:{port}/tracker is not usable" in output
    assert "Connection refused" in output or "connection failed" in output
    assert "s3cret-pw" not in output
    assert "RuntimeWarning" not in output
    assert " passed" not in output and " error" not in output


def postgresql_running() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=0.5):
            return True
    except OSError:
        return False


def test_a_refused_login_says_what_was_refused():
    if not postgresql_running():
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL must run in CI (127.0.0.1:5432)")
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")
    run = run_tests_against("postgres://no_such_role_h@127.0.0.1:5432/tracker")
    output = run.stdout + run.stderr
    assert run.returncode == 3, output
    assert "PostgreSQL at postgres://no_such_role_h@127.0.0.1:5432/tracker is not usable" in output
    assert 'role "no_such_role_h" does not exist' in output
    assert "RuntimeWarning" not in output
