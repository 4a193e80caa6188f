"""The clerk systems' write actions: token auth, permissions and the history they write."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from rest_framework.authtoken.models import Token

from commitments.models import Commitment, CommitmentEvent, Fulfilment

pytestmark = pytest.mark.django_db

API = "/api/v1/commitments"
ANNEX = "kst-28676-448-vertrouwelijke-bijlage"


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()


def post(client, path, data, token=None):
    headers = {"HTTP_AUTHORIZATION": f"Token {token.key}"} if token else {}
    return client.post(f"{API}/{path}", data, content_type="application/json", **headers)


@pytest.fixture
def clerk_token(clerk):
    return Token.objects.create(user=clerk)


def test_anonymous_write_is_401_with_token_challenge(navo_norm_commitment, client):
    response = post(client, "navo-norm-standpunt/lapse/", {"date": "2025-07-01"}, token=None)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert "detail" in response.json()
    assert not CommitmentEvent.objects.filter(commitment=navo_norm_commitment).exists()


def test_bad_token_is_401(navo_norm_commitment, client):
    response = client.post(
        f"{API}/navo-norm-standpunt/lapse/",
        {"date": "2025-07-01"},
        content_type="application/json",
        HTTP_AUTHORIZATION="Token 0000000000000000000000000000000000000000",
    )
    assert response.status_code == 401


def test_staff_without_clerk_group_is_403(navo_norm_commitment, client, staff_without_group):
    token = Token.objects.create(user=staff_without_group)
    response = post(client, "navo-norm-standpunt/lapse/", {"date": "2025-07-01"}, token)
    assert response.status_code == 403
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.status == Commitment.Status.OPEN


def test_clerk_group_without_staff_status_is_403(navo_norm_commitment, client, clerk):
    """A clerk whose staff status was taken away (left the griffie) keeps no API rights."""
    clerk.is_staff = False
    clerk.save()
    response = post(
        client,
        "navo-norm-standpunt/lapse/",
        {"date": "2025-07-01"},
        Token.objects.create(user=clerk),
    )
    assert response.status_code == 403
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.status == Commitment.Status.OPEN


def test_permission_without_the_group_is_not_enough(
    navo_norm_commitment, client, django_user_model
):
    user = django_user_model.objects.create_user("los", password="x-secret-pw")
    user.user_permissions.add(Permission.objects.get(codename="change_commitment"))
    response = post(
        client,
        "navo-norm-standpunt/lapse/",
        {"date": "2025-07-01"},
        Token.objects.create(user=user),
    )
    assert response.status_code == 403


def test_clerk_marks_fulfilled_by_a_kamerstuk(navo_norm_commitment, client, clerk, clerk_token):
    response = post(
        client,
        "navo-norm-standpunt/fulfil/",
        {
            "document": "kst-28676-474",
            "date": "2025-06-20",
            "passage": "Het kabinet steunt de nieuwe norm.",
            "note": "Via koppeling griffie.",
        },
        clerk_token,
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "fulfilled"
    assert body["fulfilled_on"] == "2025-06-20"
    assert [f["identifier"] for f in body["fulfilled_by"]] == ["kst-28676-474"]
    assert body["fulfilled_by"][0]["passage"] == "Het kabinet steunt de nieuwe norm."
    assert body["events"][-1]["source"] == "api"
    assert body["events"][-1]["evidence"]["identifier"] == "kst-28676-474"
    assert "user" not in body["events"][-1]
    event = CommitmentEvent.objects.get(commitment=navo_norm_commitment)
    assert event.user == clerk
    assert event.source == CommitmentEvent.Source.API
    assert event.new_status == Commitment.Status.FULFILLED
    assert event.note == "Via koppeling griffie."


def test_clerk_marks_partly_fulfilled(navo_norm_commitment, client, clerk_token):
    response = post(
        client,
        "navo-norm-standpunt/partly-fulfil/",
        {"document": "2024D50159", "date": "2025-06-20"},
        clerk_token,
    )
    assert response.status_code == 200, response.content
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.status == Commitment.Status.PARTLY_FULFILLED
    assert navo_norm_commitment.fulfilled_on is None
    assert Fulfilment.objects.filter(commitment=navo_norm_commitment).count() == 1


def test_clerk_marks_lapsed_once(navo_norm_commitment, client, clerk_token):
    first = post(client, "navo-norm-standpunt/lapse/", {"date": "2025-07-01"}, clerk_token)
    assert first.status_code == 200
    assert first.json()["status"] == "lapsed"
    again = post(client, "navo-norm-standpunt/lapse/", {"date": "2025-07-02"}, clerk_token)
    assert again.status_code == 400
    assert again.json() == {"non_field_errors": ["Deze toezegging is al vervallen."]}
    assert CommitmentEvent.objects.filter(commitment=navo_norm_commitment).count() == 1


def test_clerk_sets_a_new_due_date(navo_norm_commitment, client, clerk_token):
    response = post(
        client,
        "navo-norm-standpunt/due-date/",
        {"due_date": "2025-12-31", "due_description": "voor het einde van 2025", "note": "Uitstel"},
        clerk_token,
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["due_date"] == "2025-12-31"
    assert body["due_description"] == "voor het einde van 2025"
    event = body["events"][-1]
    assert (event["kind"], event["old_due_date"], event["new_due_date"]) == (
        "due_date",
        "2025-06-24",
        "2025-12-31",
    )


def test_confidential_document_reads_as_unknown(navo_norm_commitment, client, clerk_token):
    secret = post(
        client,
        "navo-norm-standpunt/fulfil/",
        {"document": ANNEX, "date": "2025-06-20"},
        clerk_token,
    )
    missing = post(
        client,
        "navo-norm-standpunt/fulfil/",
        {"document": "bestaat-niet", "date": "2025-06-20"},
        clerk_token,
    )
    assert secret.status_code == missing.status_code == 400
    assert secret.json() == missing.json() == {"document": ["Onbekend Kamerstuk."]}
    assert not Fulfilment.objects.filter(commitment=navo_norm_commitment).exists()


def test_service_refusal_is_a_400_with_its_message(seed, client, clerk_token):
    response = post(
        client,
        "irak-force-protection-nmi/fulfil/",
        {"document": "kst-28676-446", "date": "2023-01-01"},
        clerk_token,
    )
    assert response.status_code == 400
    [message] = response.json()["non_field_errors"]
    assert "ligt voor de datum van de toezegging" in message
    assert not Fulfilment.objects.filter(commitment__key="irak-force-protection-nmi").exists()


@pytest.mark.parametrize(
    "path, data, field",
    [
        ("fulfil/", {"date": "2025-06-20"}, "document"),
        ("fulfil/", {"document": "kst-28676-474", "date": "20-06-2025"}, "date"),
        ("fulfil/", {"document": "kst-28676-474", "date": "99999-01-01"}, "date"),
        ("fulfil/", {"document": "kst\x00474", "date": "2025-06-20"}, "document"),
        ("lapse/", {}, "date"),
        ("due-date/", {"due_date": "morgen"}, "due_date"),
        ("due-date/", {"due_date": "2025-12-31", "due_description": "x" * 301}, "due_description"),
    ],
)
def test_bad_write_bodies_give_field_errors(
    navo_norm_commitment, client, clerk_token, path, data, field
):
    response = post(client, f"navo-norm-standpunt/{path}", data, clerk_token)
    assert response.status_code == 400
    assert field in response.json()


def test_clerk_may_write_to_an_unpublished_commitment(navo_norm_commitment, client, clerk_token):
    Commitment.objects.filter(pk=navo_norm_commitment.pk).update(is_published=False)
    response = post(client, "navo-norm-standpunt/lapse/", {"date": "2025-07-01"}, clerk_token)
    assert response.status_code == 200
    assert client.get(f"{API}/navo-norm-standpunt/").status_code == 404


def test_unknown_commitment_is_404_for_a_clerk(seed, client, clerk_token):
    response = post(client, "bestaat-niet/lapse/", {"date": "2025-07-01"}, clerk_token)
    assert response.status_code == 404


def test_superuser_may_write(navo_norm_commitment, client, django_user_model):
    admin = django_user_model.objects.create_superuser("beheer", password="x-secret-pw")
    response = post(
        client,
        "navo-norm-standpunt/lapse/",
        {"date": "2025-07-01"},
        Token.objects.create(user=admin),
    )
    assert response.status_code == 200


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_clerk_cannot_edit_or_delete_directly(navo_norm_commitment, client, clerk_token, method):
    response = getattr(client, method)(
        f"{API}/navo-norm-standpunt/",
        {"status": "fulfilled"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {clerk_token.key}",
    )
    assert response.status_code == 405
    assert "detail" in response.json()


def test_write_actions_do_not_accept_get(navo_norm_commitment, client, clerk_token):
    response = client.get(
        f"{API}/navo-norm-standpunt/fulfil/", HTTP_AUTHORIZATION=f"Token {clerk_token.key}"
    )
    assert response.status_code == 405


def test_write_query_count(
    navo_norm_commitment, client, clerk_token, django_assert_max_num_queries
):
    # Lock, version check, fulfilment, event, history row: a fixed cost per write; plus the
    # keys whose cached answers the change invalidates (response_cache, per commitment), and
    # a savepoint for the service's own transaction inside the request's (its release too).
    with django_assert_max_num_queries(34):
        response = post(
            client,
            "navo-norm-standpunt/fulfil/",
            {"document": "kst-28676-474", "date": "2025-06-20"},
            clerk_token,
        )
    assert response.status_code == 200
    assert datetime.date.fromisoformat(response.json()["fulfilled_on"]) == datetime.date(
        2025, 6, 20
    )


def test_a_write_whose_answer_cannot_be_read_is_not_stored(
    navo_norm_commitment, client, clerk_token, monkeypatch
):
    # The database went away after the change and before the answer was read (seen in the
    # load test's restart): the clerk got a 503 for a change that had been committed.
    from django.db import OperationalError

    from commitments.api import views

    def unavailable(self, commitment):
        raise OperationalError("terminating connection due to administrator command")

    monkeypatch.setattr(views.CommitmentViewSet, "_respond", unavailable)
    response = post(
        client, "navo-norm-standpunt/due-date/", {"due_date": "2025-12-31"}, clerk_token
    )
    assert response.status_code == 503
    assert "Retry-After" in response
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.due_date == datetime.date(2025, 6, 24)
    assert not CommitmentEvent.objects.filter(commitment=navo_norm_commitment).exists()
