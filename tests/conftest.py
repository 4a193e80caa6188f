import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from commitments.models import Commitment, Document

SEED_FIXTURE = "fixtures/seed.json"


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
