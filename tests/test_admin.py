"""The clerk's admin: form errors instead of crashes, actions that write history."""

import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from commitments.models import Commitment, CommitmentEvent

pytestmark = pytest.mark.django_db
Status = Commitment.Status

ADD_URL = reverse("admin:commitments_commitment_add")
CHANGELIST_URL = reverse("admin:commitments_commitment_changelist")


def add_form_data(**overrides):
    data = {
        "key": "nieuw",
        "text": "Uw Kamer voor de zomer informeren.",
        "status": Status.OPEN,
        "due_description": "",
        "notes": "",
        "is_published": "on",
        "fulfilments-TOTAL_FORMS": "0",
        "fulfilments-INITIAL_FORMS": "0",
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_clerk_can_register_a_commitment_with_a_created_event(clerk_client, clerk):
    response = clerk_client.post(ADD_URL, add_form_data(made_on="2025-03-01"))
    assert response.status_code == 302
    commitment = Commitment.objects.get(key="nieuw")
    event = commitment.events.get()
    assert (event.kind, event.user, event.date) == (
        CommitmentEvent.Kind.CREATED,
        clerk,
        datetime.date(2025, 3, 1),
    )


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"made_on": "2025-03-01", "due_date": "2025-02-01"}, "termijn ligt voor de datum"),
        ({"status": Status.FULFILLED}, "heeft een datum van voldoen"),
        ({"status": Status.FULFILLED, "fulfilled_on": "2025-03-01"}, "ten minste één Kamerstuk"),
        ({"status": "done"}, "geen beschikbare keuze"),
    ],
)
def test_admin_shows_a_form_error_not_a_500(clerk_client, overrides, message):
    response = clerk_client.post(ADD_URL, add_form_data(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Commitment.objects.filter(key="nieuw").exists()


def test_duplicate_number_is_a_form_error(clerk_client):
    Commitment.objects.create(key="a", number="TZ202412-116", text="x")
    response = clerk_client.post(ADD_URL, add_form_data(number="TZ202412-116"))
    assert response.status_code == 200
    assert "bestaat al" in response.content.decode()


def run_action(client, action, commitments, **form):
    data = {"action": action, ACTION_CHECKBOX_NAME: [c.pk for c in commitments], **form}
    return client.post(CHANGELIST_URL, data)


def test_fulfil_action_asks_for_document_and_date_first(clerk_client, ukraine_commitment):
    response = run_action(clerk_client, "mark_fulfilled", [ukraine_commitment])
    assert response.status_code == 200
    assert 'name="document"' in response.content.decode()
    ukraine_commitment.refresh_from_db()
    assert ukraine_commitment.status == Status.OPEN


def test_fulfil_action_writes_one_event_with_the_user(
    clerk_client, clerk, ukraine_commitment, verslag_fmm_2024
):
    response = run_action(
        clerk_client,
        "mark_fulfilled",
        [ukraine_commitment],
        apply="1",
        document=verslag_fmm_2024.pk,
        on="2024-12-16",
        passage="",
        note="",
    )
    assert response.status_code == 302
    ukraine_commitment.refresh_from_db()
    assert ukraine_commitment.status == Status.FULFILLED
    event = ukraine_commitment.events.get()
    assert (event.new_status, event.user, event.evidence) == (
        Status.FULFILLED,
        clerk,
        verslag_fmm_2024,
    )


def test_fulfil_action_with_bad_date_shows_the_form_again(
    clerk_client, ukraine_commitment, verslag_fmm_2024
):
    response = run_action(
        clerk_client,
        "mark_fulfilled",
        [ukraine_commitment],
        apply="1",
        document=verslag_fmm_2024.pk,
        on="16-13-2024",
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert not ukraine_commitment.events.exists()


def test_partly_fulfilled_action(clerk_client, clerk, ukraine_commitment, verslag_fmm_2024):
    run_action(
        clerk_client,
        "mark_partly_fulfilled",
        [ukraine_commitment],
        apply="1",
        document=verslag_fmm_2024.pk,
        on="2024-12-16",
    )
    ukraine_commitment.refresh_from_db()
    assert ukraine_commitment.status == Status.PARTLY_FULFILLED
    assert ukraine_commitment.events.get().user == clerk


def test_lapse_action(clerk_client, clerk, navo_norm_commitment):
    run_action(clerk_client, "mark_lapsed", [navo_norm_commitment], apply="1", on="2025-07-01")
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.status == Status.LAPSED
    event = navo_norm_commitment.events.get()
    assert (event.new_status, event.user) == (Status.LAPSED, clerk)


def test_new_due_date_action(clerk_client, clerk, navo_norm_commitment):
    run_action(
        clerk_client,
        "set_new_due_date",
        [navo_norm_commitment],
        apply="1",
        due_date="2025-12-31",
        due_description="voor het einde van het jaar",
    )
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.due_date == datetime.date(2025, 12, 31)
    assert navo_norm_commitment.due_description == "voor het einde van het jaar"
    event = navo_norm_commitment.events.get()
    assert (event.kind, event.user) == (CommitmentEvent.Kind.DUE_DATE, clerk)


def test_action_refusal_is_reported_not_raised(clerk_client, seed):
    iraq = Commitment.objects.get(key="irak-force-protection-nmi")
    response = run_action(
        clerk_client, "set_new_due_date", [iraq], apply="1", due_date="2023-01-01", follow=True
    )
    assert response.status_code == 302
    iraq.refresh_from_db()
    assert iraq.due_date is None
    assert not iraq.events.exists()


def test_status_and_due_date_are_read_only_after_creation(clerk_client, navo_norm_commitment):
    url = reverse("admin:commitments_commitment_change", args=[navo_norm_commitment.pk])
    html = clerk_client.get(url).content.decode()
    assert 'name="status"' not in html
    assert 'name="due_date"' not in html


def test_history_is_shown_on_the_commitment_page(clerk_client, japan_commitment):
    url = reverse("admin:commitments_commitment_change", args=[japan_commitment.pk])
    html = clerk_client.get(url).content.decode()
    assert "Nagekomen in het verslag van de NAVO FMM" in html


def test_meeting_page_has_sessions_inline(clerk_client, seed):
    from commitments.models import Meeting

    meeting = Meeting.objects.get(slug="navo-fmm-2024-12")
    html = clerk_client.get(
        reverse("admin:commitments_meeting_change", args=[meeting.pk])
    ).content.decode()
    assert "Bijeenkomst met Zuidelijke buurlanden" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?status__exact=open",
        "?overdue=yes",
        "?overdue=no",
        "?q=NAVO",
        "?made_on__year=2023",
    ],
)
def test_changelist_filters(clerk_client, seed, query, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        response = clerk_client.get(CHANGELIST_URL + query)
    assert response.status_code == 200


def test_overdue_filter_lists_only_overdue(clerk_client, seed):
    response = clerk_client.get(CHANGELIST_URL + "?overdue=yes")
    keys = [c.key for c in response.context["cl"].result_list]
    assert keys == ["navo-norm-standpunt"]


def test_staff_without_clerk_group_cannot_change_commitments(
    client, staff_without_group, ukraine_commitment, verslag_fmm_2024
):
    client.force_login(staff_without_group)
    url = reverse("admin:commitments_commitment_change", args=[ukraine_commitment.pk])
    assert client.get(url).status_code == 403
    assert client.post(ADD_URL, add_form_data()).status_code == 403
    run_action(
        client,
        "mark_fulfilled",
        [ukraine_commitment],
        apply="1",
        document=verslag_fmm_2024.pk,
        on="2024-12-16",
    )
    ukraine_commitment.refresh_from_db()
    assert ukraine_commitment.status == Status.OPEN
    assert not CommitmentEvent.objects.filter(commitment=ukraine_commitment).exists()


def test_clerk_cannot_delete_commitments_or_events(clerk_client, japan_commitment):
    url = reverse("admin:commitments_commitment_delete", args=[japan_commitment.pk])
    assert clerk_client.post(url, {"post": "yes"}).status_code == 403
    event = japan_commitment.events.get()
    url = reverse("admin:commitments_commitmentevent_delete", args=[event.pk])
    assert clerk_client.post(url, {"post": "yes"}).status_code == 403
    assert Commitment.objects.filter(pk=japan_commitment.pk).exists()


def test_clerk_group_permissions_are_exactly_the_clerks_needs(clerk):
    perms = clerk.get_all_permissions()
    assert "commitments.change_commitment" in perms
    assert "commitments.delete_commitment" not in perms
    assert "commitments.change_commitmentevent" not in perms
    assert not any(p.startswith("auth.") for p in perms)
