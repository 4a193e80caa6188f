"""Nothing lost: optimistic locking, history of every change, restore after delete."""

import datetime
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from rest_framework.authtoken.models import Token

from commitments import services
from commitments.models import Commitment, ConcurrentEditError, Document, Meeting

pytestmark = pytest.mark.django_db


def change_form_data(response):
    """The POST data of an admin change form exactly as the page offered it."""
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        data[name] = [str(v) for v in value] if isinstance(value, list) else str(value)
    # The history's revert form has no inlines.
    for formset in response.context.get("inline_admin_formsets", []):
        management = formset.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management[name].value()
    return data


def test_second_clerk_gets_a_conflict_instead_of_overwriting(
    client, clerk, django_user_model, navo_norm_commitment
):
    from django.contrib.auth.models import Group

    colleague = django_user_model.objects.create_user("collega", is_staff=True)
    colleague.groups.add(Group.objects.get(name="clerk"))
    other = client.__class__()
    client.force_login(clerk)
    other.force_login(colleague)
    url = reverse("admin:commitments_commitment_change", args=[navo_norm_commitment.pk])
    mine, theirs = change_form_data(client.get(url)), change_form_data(other.get(url))

    theirs["notes"] = "Collega: navragen bij BZ"
    assert other.post(url, theirs).status_code == 302
    mine["notes"] = "Mijn notitie"
    response = client.post(url, mine)

    assert response.status_code == 200
    assert "Iemand anders heeft deze toezegging gewijzigd" in response.content.decode()
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.notes == "Collega: navragen bij BZ"


def test_stale_copy_cannot_be_saved(navo_norm_commitment):
    stale = Commitment.objects.get(pk=navo_norm_commitment.pk)
    navo_norm_commitment.notes = "eerste"
    navo_norm_commitment.save()
    stale.notes = "tweede"
    with pytest.raises(ConcurrentEditError):
        stale.save()
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.notes == "eerste"


def test_api_write_based_on_an_old_version_is_409(client, clerk, navo_norm_commitment):
    token = Token.objects.create(user=clerk)
    url = f"/api/v1/commitments/{navo_norm_commitment.key}/lapse/"
    seen = navo_norm_commitment.version
    services.set_due_date(navo_norm_commitment, due_date=datetime.date(2025, 12, 31))
    response = client.post(
        url,
        {"date": "2025-07-01", "version": seen},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {token.key}",
    )
    assert response.status_code == 409
    assert response.json()["version"] == seen + 1
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.status == Commitment.Status.OPEN


@pytest.mark.django_db(transaction=True)
def test_concurrent_status_changes_are_serialised(seed_transactional):
    """Two clerks act at the same moment on PostgreSQL: both land, in order, no lost event."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no row locks; this is a PostgreSQL behaviour")
    commitment = Commitment.objects.get(key="navo-norm-standpunt")
    barrier = threading.Barrier(2)
    errors = []

    def act(apply):
        try:
            barrier.wait(timeout=10)
            apply(Commitment.objects.get(pk=commitment.pk))
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(
            target=act,
            args=(lambda c: services.set_due_date(c, due_date=datetime.date(2025, 12, 31)),),
        ),
        threading.Thread(
            target=act, args=(lambda c: services.lapse(c, on=datetime.date(2025, 7, 1)),)
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    commitment.refresh_from_db()
    assert commitment.events.count() == 2
    assert commitment.version == 3
    assert commitment.status == Commitment.Status.LAPSED
    assert commitment.due_date == datetime.date(2025, 12, 31)


@pytest.fixture
def seed_transactional(transactional_db):
    call_command("loaddata", "fixtures/seed.json", verbosity=0)


def test_every_change_is_kept_with_user_and_time(clerk_client, clerk, navo_norm_commitment):
    url = reverse("admin:commitments_commitment_change", args=[navo_norm_commitment.pk])
    data = change_form_data(clerk_client.get(url))
    data["notes"] = "Bijgewerkt"
    assert clerk_client.post(url, data).status_code == 302
    latest = navo_norm_commitment.history.latest()
    assert (latest.notes, latest.history_user, latest.history_type) == ("Bijgewerkt", clerk, "~")
    history_url = reverse("admin:commitments_commitment_history", args=[navo_norm_commitment.pk])
    assert "griffier" in clerk_client.get(history_url).content.decode()


def test_bulk_admin_action_is_in_the_history(
    clerk_client, ukraine_commitment, navo_norm_commitment
):
    before = Commitment.history.count()
    clerk_client.post(
        reverse("admin:commitments_commitment_changelist"),
        {
            "action": "mark_lapsed",
            "_selected_action": [ukraine_commitment.pk, navo_norm_commitment.pk],
            "apply": "1",
            "on": "2025-07-01",
        },
    )
    assert Commitment.history.count() == before + 2
    assert {h.status for h in Commitment.history.all()[:2]} == {"lapsed"}


@pytest.mark.parametrize("model", ["document", "meeting", "commitment"])
def test_a_deleted_record_can_be_restored(seed, model, capsys):
    if model == "document":
        obj = Document.objects.get(identifier="kst-30821-175")
        Document.objects.get(identifier="kst-28676-446").cites.clear()
    elif model == "meeting":
        obj = Meeting.objects.get(slug="navo-fmm-2025-04")
    else:
        obj = Commitment.objects.create(key="tijdelijk", text="Uw Kamer informeren.")
    pk, text = obj.pk, str(obj)
    obj.delete()
    call_command("restore_deleted", model, pk)
    assert str(type(obj).objects.get(pk=pk)) == text
    with pytest.raises(CommandError, match="exists"):
        call_command("restore_deleted", model, pk)


def test_clerk_edits_history_is_visible_in_admin(clerk_client, japan_commitment):
    response = clerk_client.get(
        reverse("admin:commitments_commitment_history", args=[japan_commitment.pk])
    )
    assert response.status_code == 200


# --- Database outages ------------------------------------------------------------------


def _lost_connection(*args, **kwargs):
    from django.db import OperationalError

    raise OperationalError("terminating connection due to administrator command")


def test_api_answers_503_with_retry_after_when_the_database_is_gone(seed, client, monkeypatch):
    from commitments.api.views import CommitmentViewSet

    monkeypatch.setattr(CommitmentViewSet, "get_queryset", _lost_connection)
    response = client.get("/api/v1/commitments/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "database" in response.json()["detail"]


def test_page_answers_503_with_retry_after_when_the_database_is_gone(seed, client, monkeypatch):
    from commitments.views import HomeView

    monkeypatch.setattr(HomeView, "get_context_data", _lost_connection)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "Even niet beschikbaar" in response.text


def test_other_errors_stay_500(seed, client, monkeypatch):
    from commitments.views import HomeView

    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(HomeView, "get_context_data", broken)
    client.raise_request_exception = False
    assert client.get("/").status_code == 500


def test_a_refused_connection_is_retried_before_failing(settings):
    """django-dbconn-retry: a restart that refuses the first connect does not fail."""
    from django.db import OperationalError, connections

    settings.MAX_DBCONN_RETRY_TIMES = 3
    settings.DBCONN_RETRY_DELAY = 0
    wrapper = connections.create_connection("default")
    real = wrapper.get_new_connection
    attempts = []

    def flaky(params):
        attempts.append(1)
        if len(attempts) < 3:
            raise OperationalError("the database system is starting up")
        return real(params)

    wrapper.get_new_connection = flaky
    try:
        wrapper.ensure_connection()
        assert wrapper.is_usable()
    finally:
        wrapper.close()
    assert len(attempts) == 3
