import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings

from commitments.models import Commitment, Document

SEED_FIXTURE = "fixtures/seed.json"


def database_url_for_humans(settings_dict) -> str:
    """The database a run uses, as a URL without the password."""
    user = settings_dict.get("USER") or ""
    host = settings_dict.get("HOST") or "localhost"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{user + '@' if user else ''}{host}:{port}/{settings_dict.get('NAME')}"


def postgresql_problem(settings_dict) -> str | None:
    """Why the tests cannot use this PostgreSQL, in one line, or None when they can.

    pytest-django creates the test database from the server's ``postgres`` database, and
    Django falls back to the configured one when that is missing, so either will do.
    """
    import psycopg

    params = {
        "host": settings_dict.get("HOST") or None,
        "port": settings_dict.get("PORT") or None,
        "user": settings_dict.get("USER") or None,
        "password": settings_dict.get("PASSWORD") or None,
        "connect_timeout": 5,
    }
    params = {key: value for key, value in params.items() if value is not None}
    error = None
    for dbname in ("postgres", settings_dict.get("NAME")):
        try:
            psycopg.connect(dbname=dbname, **params).close()
            return None
        except psycopg.Error as exc:
            error = exc
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return " ".join(lines) or type(error).__name__


def pytest_sessionstart(session):
    """Stop at once, in one line, when PostgreSQL is down or refuses the login.

    Without this every test errors separately, and the headline is Django's RuntimeWarning
    about falling back from the ``postgres`` database (``filterwarnings`` makes it an error),
    not the refused connection underneath.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        return
    problem = postgresql_problem(database)
    if problem:
        pytest.exit(
            f"PostgreSQL at {database_url_for_humans(database)} is not usable: {problem}",
            returncode=3,
        )


@pytest.fixture(scope="session", autouse=True)
def local_cache_only():
    """A per-process memory cache, whatever REDIS_URL the shell has.

    Tests clear the cache; on Redis that is FLUSHDB, which would empty a database the tests
    did not fill. The tests that need Redis use their own key prefix (test_response_cache).
    """
    with override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        RESPONSE_CACHE_SECONDS=0,
    ):
        yield


@pytest.fixture
def seed(db):
    """The five NATO Kamerstukken with their meetings and commitments."""
    call_command("loaddata", SEED_FIXTURE, verbosity=0)


@pytest.fixture
def verslag_fmm_2024(seed):
    return Document.objects.get(identifier="2024D50159")


@pytest.fixture
def agenda_fmm_2024(seed):
    return Document.objects.get(identifier="kst-28676-474")


@pytest.fixture
def japan_commitment(seed):
    return Commitment.objects.get(key="navo-contactambassade-japan")


@pytest.fixture
def navo_norm_commitment(seed):
    return Commitment.objects.get(key="navo-norm-standpunt")


@pytest.fixture
def ukraine_commitment(seed):
    return Commitment.objects.get(key="oekraine-veiligheidsarrangementen")


@pytest.fixture
def clerk(django_user_model):
    user = django_user_model.objects.create_user("griffier", password="x-secret-pw", is_staff=True)
    user.groups.add(Group.objects.get(name="clerk"))
    return user


@pytest.fixture
def clerk_client(client, clerk):
    client.force_login(clerk)
    return client


@pytest.fixture
def staff_without_group(django_user_model):
    return django_user_model.objects.create_user("bezoeker", password="x-secret-pw", is_staff=True)


@pytest.fixture
def today():
    return datetime.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in Dutch: a request answered in English (the admin's language
    negotiation, /en/ pages) leaves English active in the thread, which leaked into later
    tests that render feeds and pages outside a request."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
