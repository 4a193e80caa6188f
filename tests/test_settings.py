"""Production refuses to start half-configured; development needs nothing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL"}}
    clean.update(env)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import tracker.settings as s; print(s.DEBUG, s.DATABASES['default']['ENGINE'])",
        ],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
    )


def test_development_defaults_to_sqlite_with_debug():
    result = load_settings(TRACKER_ENV="development")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "django.db.backends.sqlite3"]


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": "s" * 50}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "s" * 50, "ALLOWED_HOSTS": "example.org"}, "DATABASE_URL"),
    ],
)
def test_production_refuses_to_start_without(env, missing):
    result = load_settings(TRACKER_ENV="production", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


@pytest.mark.parametrize(("proxies", "header"), [("0", "None"), ("1", "HTTP_X_FORWARDED_PROTO")])
def test_x_forwarded_proto_is_trusted_only_behind_a_proxy_of_ours(proxies, header):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL"}}
    env.update(
        TRACKER_ENV="production", SECRET_KEY="s" * 50, ALLOWED_HOSTS="example.org",
        DATABASE_URL="sqlite:////tmp/proxy.sqlite3", TRUSTED_PROXY_COUNT=proxies,
    )  # fmt: skip
    code = "import tracker.settings as s; print(getattr(s, 'SECURE_PROXY_SSL_HEADER', [None])[0])"
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert run.stdout.strip() == header, run.stderr


def test_bad_boolean_is_a_clear_error():
    result = load_settings(DEBUG="maybe")
    assert "DEBUG must be a boolean" in result.stderr


def test_postgresql_sessions_run_without_jit_unless_asked():
    code = "import tracker.settings as s; print(s.DATABASES['default'].get('OPTIONS'))"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/test"
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert "-c jit=off" in run.stdout, run.stderr
    env["DB_JIT"] = "true"
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert "jit=off" not in run.stdout, run.stderr
    assert load_settings(TRACKER_ENV="development").returncode == 0


def test_postgresql_sessions_reorder_joins_in_groups_of_four(db):
    """Planning eight joined tables in every order cost 15 ms a list query (0.3 ms to
    run); DB_JOIN_COLLAPSE_LIMIT changes the group size."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL planner setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW join_collapse_limit")
        assert cursor.fetchone()[0] == "4"
    code = "import tracker.settings as s; print(s.DATABASES['default']['OPTIONS']['options'])"
    env = {**os.environ, "DB_JOIN_COLLAPSE_LIMIT": "8"}
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert "-c join_collapse_limit=8" in run.stdout, run.stderr


def test_production_settings_pass_check_deploy_without_warnings():
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL"}}
    env.update(
        TRACKER_ENV="production",
        SECRET_KEY="p" * 30 + "-not-a-real-key-but-long-and-varied-0123456789",
        DATABASE_URL="sqlite:////tmp/check-deploy.sqlite3",
        ALLOWED_HOSTS="toezeggingen.example.org",
    )
    run = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no issues" in run.stdout


def test_each_log_line_is_printed_once():
    """Django's "django" logger had a console handler of its own and propagated to ours."""
    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('django.request').warning('request-line'); "
        "logging.getLogger('django.security.csrf').warning('csrf-line'); "
        "logging.getLogger('commitments.views').warning('app-line'); "
        "logging.getLogger('django.server').info('server-line')"
    )
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(DJANGO_SETTINGS_MODULE="tracker.settings", TRACKER_ENV="development")
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    lines = run.stderr.splitlines()
    for message in ("request-line", "csrf-line", "app-line", "server-line"):
        assert sum(message in line for line in lines) == 1, run.stderr
    # runserver's request lines keep Django's "[time] message" format.
    assert any(line.startswith("[") and line.endswith("] server-line") for line in lines)


def test_postgresql_connections_may_prepare_only_when_asked_and_db_prepared_turns_it_off():
    """psycopg prepares nothing by itself (a threshold no query reaches); the API's compiled
    queries ask for it. DB_PREPARED=false leaves Django's default: never."""
    code = (
        "import tracker.settings as s; "
        "print(s.DATABASES['default']['OPTIONS'].get('prepare_threshold'))"
    )
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/test"
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert run.stdout.split() == [str(2**31 - 1)], run.stderr
    env["DB_PREPARED"] = "false"
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert run.stdout.split() == ["None"], run.stderr
