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
        "?made_by_name=Veldkamp",
        "?dossier_number=28676",
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


# Large changelists: no query over the whole table per page load.

DOCUMENTS_URL = reverse("admin:commitments_document_changelist")


def add_synthetic_commitments(count, *, start=0):
    Commitment.objects.bulk_create(
        Commitment(
            key=f"extra-{start + i}",
            text="Uw Kamer informeren.",
            made_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=start + i),
        )
        for i in range(count)
    )


def queries_for(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return captured.captured_queries


@pytest.mark.parametrize("query", ["", "?status__exact=open", "?made_on__year=2020", "?p=2"])
def test_changelist_queries_do_not_grow_with_the_register(clerk_client, seed, query):
    add_synthetic_commitments(120)
    few = len(queries_for(clerk_client, CHANGELIST_URL + query))
    add_synthetic_commitments(600, start=120)
    assert len(queries_for(clerk_client, CHANGELIST_URL + query)) == few <= 12


def test_changelist_has_no_distinct_scan_for_dates(clerk_client, seed):
    sql = " ".join(q["sql"] for q in queries_for(clerk_client, CHANGELIST_URL)).upper()
    assert "DISTINCT" not in sql
    assert "DATE_TRUNC" not in sql and "DJANGO_DATE_TRUNC" not in sql


def test_year_filter_replaces_the_date_hierarchy(clerk_client, seed):
    Commitment.objects.create(key="oud", text="Uw Kamer informeren.", made_on="2021-05-01")
    response = clerk_client.get(CHANGELIST_URL + "?made_on__year=2023")
    assert [c.key for c in response.context["cl"].result_list] == ["irak-force-protection-nmi"]
    for year in (2021, 2022, 2023):  # first to last, gaps included
        assert f"?made_on__year={year}" in response.text


def test_a_bad_year_is_a_redirect_not_a_500(clerk_client, seed):
    response = clerk_client.get(CHANGELIST_URL + "?made_on__year=gisteren")
    assert response.status_code == 302
    assert "e=1" in response.url


def test_changelist_is_newest_first_with_undated_last(clerk_client, seed):
    listed = [c.made_on for c in clerk_client.get(CHANGELIST_URL).context["cl"].result_list]
    dated = [d for d in listed if d is not None]
    assert dated == sorted(dated, reverse=True)
    assert listed[: len(dated)] == dated


def test_large_results_show_the_estimated_count_without_counting(clerk_client, seed, monkeypatch):
    from django.db import connection

    from commitments.admin.changelists import EstimatedCountPaginator

    monkeypatch.setattr(EstimatedCountPaginator, "exact_below", 1)
    queries = queries_for(clerk_client, CHANGELIST_URL)
    counts = [q["sql"] for q in queries if "COUNT(" in q["sql"].upper()]
    if connection.vendor == "postgresql":
        assert not counts
        assert any(q["sql"].startswith("EXPLAIN (FORMAT JSON)") for q in queries)
    else:
        assert len(counts) == 1  # SQLite has no estimate: counted exactly


def test_small_results_are_counted_exactly(clerk_client, seed):
    response = clerk_client.get(CHANGELIST_URL + "?status__exact=fulfilled")
    assert (
        response.context["cl"].result_count
        == Commitment.objects.filter(status=Status.FULFILLED).count()
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?date__year=2024", {"kst-28676-474", "2024D50159"}),
        ("?vergaderjaar__exact=2024-2025", None),
        ("?kind__exact=verslag", None),
        ("", None),
    ],
)
def test_document_changelist_filters(
    clerk_client, seed, query, expected, django_assert_max_num_queries
):
    from commitments.models import Document

    with django_assert_max_num_queries(12):
        response = clerk_client.get(DOCUMENTS_URL + query)
    assert response.status_code == 200
    listed = {d.identifier for d in response.context["cl"].result_list}
    if expected is not None:
        assert expected <= listed
        assert all(d.date.year == 2024 for d in response.context["cl"].result_list)
    if "vergaderjaar" in query:
        assert listed == set(
            Document.objects.filter(vergaderjaar="2024-2025").values_list("identifier", flat=True)
        )
    sql = " ".join(q["sql"] for q in queries_for(clerk_client, DOCUMENTS_URL + query)).upper()
    assert "DISTINCT" not in sql


def test_vergaderjaar_filter_offers_every_year_between_first_and_last(clerk_client, seed):
    html = clerk_client.get(DOCUMENTS_URL).text
    assert "?vergaderjaar__exact=2023-2024" in html
    assert "?vergaderjaar__exact=2024-2025" in html


def object_action_url(commitment, action):
    return reverse("admin:commitments_commitment_object_action", args=[commitment.pk, action])


def test_change_form_offers_the_actions_next_to_the_history(clerk_client, navo_norm_commitment):
    url = reverse("admin:commitments_commitment_change", args=[navo_norm_commitment.pk])
    html = clerk_client.get(url).content.decode()
    for action in ("mark_fulfilled", "mark_partly_fulfilled", "mark_lapsed", "set_new_due_date"):
        assert object_action_url(navo_norm_commitment, action) in html


def test_action_from_the_change_form_shows_the_commitment_and_returns_to_it(
    clerk_client, clerk, navo_norm_commitment
):
    url = object_action_url(navo_norm_commitment, "mark_lapsed")
    form = clerk_client.get(url).content.decode()
    assert navo_norm_commitment.text[:40] in form
    assert "Openstaand, termijn 24 juni 2025 (over de termijn)" in form
    response = clerk_client.post(url, {"apply": "1", "on": "2025-07-01", "note": "Kabinet weg."})
    change_url = reverse("admin:commitments_commitment_change", args=[navo_norm_commitment.pk])
    assert response.status_code == 302
    assert response["Location"] == change_url
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.status == Status.LAPSED
    assert navo_norm_commitment.events.get().user == clerk
    # The history names the statuses in Dutch, not by their stored values.
    history = clerk_client.get(change_url).content.decode()
    assert "Openstaand" in history and "Vervallen" in history
    assert ">open<" not in history and ">lapsed<" not in history


def test_object_actions_need_the_change_permission(
    client, staff_without_group, clerk_client, navo_norm_commitment
):
    assert clerk_client.get(object_action_url(navo_norm_commitment, "delete")).status_code == 403
    client.force_login(staff_without_group)
    url = object_action_url(navo_norm_commitment, "mark_lapsed")
    assert client.post(url, {"apply": "1", "on": "2025-07-01"}).status_code == 403
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.status == Status.OPEN


# People and dossiers are typed into a box, not picked from a list of every row.


def made_by(name, slug, *keys):
    from commitments.models import Person

    person = Person.objects.create(name=name, slug=slug)
    for key in keys:
        Commitment.objects.create(key=key, text="Uw Kamer informeren.", made_by=person)
    return person


def test_person_filter_matches_part_of_the_name_without_listing_everyone(clerk_client, seed):
    made_by("Ruben Brekelmans", "brekelmans-test", "def-een", "def-twee")
    made_by("Caspar Veldkamp", "veldkamp-test", "buza-een")
    response = clerk_client.get(CHANGELIST_URL + "?made_by_name=brekel")
    assert sorted(c.key for c in response.context["cl"].result_list) == ["def-een", "def-twee"]
    html = response.text
    assert 'name="made_by_name" value="brekel"' in html
    assert "Caspar Veldkamp" not in html  # no link per person in the sidebar


def test_dossier_filter_matches_the_typed_number(clerk_client, seed):
    from commitments.models import Document, Dossier

    dossier = Dossier.objects.create(number="36600", title="Begroting test")
    document = Document.objects.create(dossier=dossier, ondernummer=1, title="Brief")
    Commitment.objects.create(key="in-36600", text="Uw Kamer informeren.", document=document)
    response = clerk_client.get(CHANGELIST_URL + "?dossier_number=36600")
    assert [c.key for c in response.context["cl"].result_list] == ["in-36600"]


def test_text_filter_keeps_the_other_filters_as_hidden_fields(clerk_client, seed):
    made_by("Ruben Brekelmans", "brekelmans-test", "def-een")
    html = clerk_client.get(CHANGELIST_URL + "?status__exact=open&q=NAVO&p=2").text
    assert '<input type="hidden" name="status__exact" value="open">' in html
    assert '<input type="hidden" name="q" value="NAVO">' in html
    assert 'name="p"' not in html.split('class="text-input-filter"', 1)[1].split("</form>")[0]


def test_text_filter_ignores_an_empty_box(clerk_client, seed):
    everything = clerk_client.get(CHANGELIST_URL).context["cl"].result_count
    response = clerk_client.get(CHANGELIST_URL + "?made_by_name=+&dossier_number=")
    assert response.status_code == 200
    assert response.context["cl"].result_count == everything


def test_text_filter_gives_the_same_rows_when_too_many_ids_to_list(clerk_client, seed, monkeypatch):
    import commitments.admin.changelists

    made_by("Ruben Brekelmans", "brekelmans-test", "def-een", "def-twee", "def-drie")
    monkeypatch.setattr(
        commitments.admin.changelists, "MATERIALISE_IDS", 1
    )  # the join instead of a list
    response = clerk_client.get(CHANGELIST_URL + "?made_by_name=Brekelmans")
    assert sorted(c.key for c in response.context["cl"].result_list) == [
        "def-drie",
        "def-een",
        "def-twee",
    ]


def test_a_commitment_cannot_be_made_in_the_future(clerk_client):
    from django.utils import timezone

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = clerk_client.post(ADD_URL, add_form_data(made_on=tomorrow.isoformat()))
    assert response.status_code == 200
    assert "ligt in de toekomst" in response.context["adminform"].form.errors["made_on"][0]
    assert not Commitment.objects.filter(key="nieuw").exists()
