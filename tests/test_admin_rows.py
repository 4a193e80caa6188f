"""The changelists' rows rendered in Python (``commitments/admin/rows.py``) are Django's
HTML, cell for cell, for every changelist of the app."""

import datetime

import pytest
from django.contrib import admin
from django.contrib.admin.templatetags.admin_list import items_for_result
from django.urls import reverse

from commitments.admin import rows
from commitments.models import Commitment, CommitmentEvent, Document, Ministry, Person

REGISTERED = sorted(
    (model._meta.model_name, model_admin)
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label == "commitments"
)


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", password="x-secret-pw")
    client.force_login(user)
    return client


@pytest.fixture
def varied(seed):
    """Rows with what a cell can be empty or unusual in: no ministry, no due date, a blank
    text, markup in a text, a lapsed status, an event without a user."""
    ministry = Ministry.objects.create(name="Ministerie van <Zaken> & Co", slug="zaken-co")
    Person.objects.create(name="A. 'Naam' <b>", function="minister", ministry=ministry)
    Commitment.objects.create(key="zonder-alles", text="   ", status=Commitment.Status.LAPSED)
    Commitment.objects.create(
        key="met-opmaak",
        text="<script>alert('x')</script> & een heel lange tekst die langer is dan zestig tekens",
        ministry=ministry,
        made_on=datetime.date(2020, 2, 29),
        due_date=datetime.date(2021, 1, 1),
    )
    Document.objects.create(identifier="zonder-datum", title="Brief <zonder> datum")
    CommitmentEvent.objects.create(
        commitment=Commitment.objects.get(key="met-opmaak"),
        date=datetime.date(2024, 3, 1),
        kind=CommitmentEvent.Kind.NOTE,
        note="x",
    )


def django_rows(cl):
    return ["".join(items_for_result(cl, result, None)) for result in cl.result_list]


@pytest.mark.parametrize(("name", "model_admin"), REGISTERED, ids=[n for n, _ in REGISTERED])
@pytest.mark.parametrize("query", ["", "?o=-2.1&q=a"])
def test_rows_are_djangos_rows(superuser_client, varied, name, model_admin, query):
    url = reverse(f"admin:commitments_{name}_changelist")
    response = superuser_client.get(url + query)
    if response.status_code == 302:  # a sort or search this changelist does not offer
        pytest.skip("not offered here")
    assert response.status_code == 200
    cl = response.context["cl"]
    expected = django_rows(cl)
    assert rows.row_cells(cl) == expected
    for row in expected:
        assert f"<tr>{row}</tr>" in response.text


def test_every_changelist_of_the_register_takes_the_fast_path(superuser_client, varied):
    for name in ("commitment", "document"):
        response = superuser_client.get(reverse(f"admin:commitments_{name}_changelist"))
        assert rows.supported(response.context["cl"]), name


def test_rows_keep_the_filters_in_their_links(superuser_client, varied):
    query = "?status__exact=open&q=navo&o=-4"
    response = superuser_client.get(reverse("admin:commitments_commitment_changelist") + query)
    cl = response.context["cl"]
    assert cl.result_list
    assert rows.row_cells(cl) == django_rows(cl)
    first = cl.result_list[0]
    link = reverse("admin:commitments_commitment_change", args=[first.pk])
    assert f'<a href="{link}?_changelist_filters=' in response.text


@pytest.mark.parametrize("column", ["ministry__name", "ministry_id"])
def test_an_unsupported_column_falls_back_to_djangos_rows(
    superuser_client, varied, monkeypatch, column
):
    from commitments.admin.commitment import CommitmentAdmin

    monkeypatch.setattr(CommitmentAdmin, "list_display", ["key", column, "status"])
    response = superuser_client.get(reverse("admin:commitments_commitment_changelist"))
    cl = response.context["cl"]
    assert not rows.supported(cl)
    assert rows.row_cells(cl) == django_rows(cl)
    if column == "ministry__name":
        assert "Ministerie van &lt;Zaken&gt; &amp; Co" in response.text


def test_a_related_object_that_is_gone_shows_the_empty_value(superuser_client, varied):
    commitment = Commitment.objects.get(key="met-opmaak")
    response = superuser_client.get(reverse("admin:commitments_commitment_changelist"))
    cl = response.context["cl"]
    row = next(r for r in cl.result_list if r.pk == commitment.pk)
    # As if the ministry were deleted under the page: the descriptor raises.
    row._state.fields_cache.pop("ministry", None)
    row.ministry_id = 10**9
    assert rows.row_cells(cl) == django_rows(cl)


# The sidebar's app list, drawn once per distinct content (commitments/admin/navigation.py).


def djangos_sidebar(response):
    from django.template.loader import get_template

    request = response.wsgi_request
    return get_template("admin/app_list.html").render(
        {
            "app_list": response.context["available_apps"],
            "show_changelinks": False,
            "request": request,
        },
        request,
    )


@pytest.mark.parametrize(
    "url",
    [
        reverse("admin:commitments_commitment_changelist"),
        reverse("admin:commitments_document_changelist"),
        reverse("admin:commitments_ministry_changelist") + "?q=x",
        reverse("admin:auth_user_changelist"),
    ],
)
def test_the_sidebar_is_djangos_for_each_user_and_page(
    superuser_client, clerk, client, varied, url
):
    from commitments.admin import navigation

    navigation._rendered.clear()
    # Another page first: its sidebar marks another model as the current one.
    superuser_client.get(reverse("admin:commitments_meeting_changelist"))
    for _ in range(2):  # drawn, then from memory
        response = superuser_client.get(url)
        assert djangos_sidebar(response) in response.text
    clerk_client = type(client)()
    clerk_client.force_login(clerk)
    response = clerk_client.get(url)
    if response.status_code == 200:
        assert djangos_sidebar(response) in response.text
        assert response.context["available_apps"] != []


def test_the_sidebar_follows_a_change_of_permissions(clerk, client, seed):
    from django.contrib.auth.models import Permission

    client.force_login(clerk)
    url = reverse("admin:commitments_commitment_changelist")
    people = reverse("admin:commitments_person_changelist")
    assert f'href="{people}"' in client.get(url).text
    group = clerk.groups.get()
    group.permissions.remove(*Permission.objects.filter(codename__endswith="_person"))
    clerk.user_permissions.remove(*Permission.objects.filter(codename__endswith="_person"))
    client.force_login(type(clerk).objects.get(pk=clerk.pk))  # a fresh permission cache
    page = client.get(url).text
    assert f'href="{people}"' not in page
    assert "current-model" in page


@pytest.mark.parametrize(
    ("name", "absent"),
    [
        ("commitment", ["search_vector", "tk_data", "notes"]),
        ("document", ["text", "search_vector"]),
    ],
)
def test_the_page_query_leaves_out_what_no_row_shows(superuser_client, varied, name, absent):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse(f"admin:commitments_{name}_changelist")
    with CaptureQueriesContext(connection) as captured:
        response = superuser_client.get(url)
    assert response.context["cl"].result_list
    table = f'"commitments_{name}".'
    page_query = next(
        q["sql"] for q in captured.captured_queries if "ORDER BY" in q["sql"] and table in q["sql"]
    )
    for column in absent:
        assert f'{table}"{column}"' not in page_query
    # Nothing reads them after all: no query per row.
    assert len(captured.captured_queries) <= 10


@pytest.mark.parametrize("language", ["nl", "en"])
def test_rows_are_djangos_rows_in_each_language(superuser_client, varied, language):
    """The checkbox's label is translated once per page and the dates remembered per
    language and day (``rows._checkbox_column``, ``rows._date_text``)."""
    from django.utils import translation

    url = reverse("admin:commitments_commitment_changelist") + "?o=-4"
    for _ in range(2):
        response = superuser_client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        cl = response.context["cl"]
        with translation.override(language):
            expected = django_rows(cl)
            assert rows.row_cells(cl) == expected
        for row in expected:
            assert f"<tr>{row}</tr>" in response.text
    assert any("2021" in row for row in expected)
    label = "Select this object for an action" if language == "en" else "Selecteer dit object"
    assert label in response.text
