"""The list answers the questions people ask: what is longest overdue, what is due next."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from commitments.models import Commitment, Person

pytestmark = pytest.mark.django_db
LIST = reverse("commitments:commitment-list")


def make(key, due=None, status=Commitment.Status.OPEN, **fields):
    if status == Commitment.Status.FULFILLED:
        fields.setdefault("fulfilled_on", due or datetime.date(2020, 1, 1))
    return Commitment.objects.create(
        key=key, text=f"Toezegging {key}.", due_date=due, status=status, is_published=True, **fields
    )


@pytest.fixture
def dated():
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    make("undated")
    make("late-long", today - 400 * day)
    make("late-short", today - 3 * day)
    make("soon", today + 2 * day)
    make("later", today + 90 * day)
    make("done-long-ago", today - 500 * day, status=Commitment.Status.FULFILLED)
    return today


def keys(response):
    return [c.key for c in response.context["commitments"]]


def test_longest_overdue_first_then_the_rest_undated_last(client, dated):
    response = client.get(LIST, {"ordering": "overdue"})
    assert keys(response) == [
        "late-long", "late-short", "done-long-ago", "soon", "later", "undated",
    ]  # fmt: skip


def test_due_soonest_first_then_the_past_undated_last(client, dated):
    response = client.get(LIST, {"ordering": "due_soon"})
    assert keys(response) == [
        "soon", "later", "late-short", "late-long", "done-long-ago", "undated",
    ]  # fmt: skip


@pytest.mark.parametrize("ordering", ["due_date", "-due_date"])
def test_undated_last_in_both_directions(client, dated, ordering):
    assert keys(client.get(LIST, {"ordering": ordering}))[-1] == "undated"


def test_person_filter_offers_bewindspersonen_only(client, seed):
    response = client.get(LIST)
    options = dict(response.context["form"].fields["person"].widget.choices)
    assert "veldkamp" in options
    for guest in ("sybiha", "kallas", "abdullah-ii"):
        assert guest not in options
    # A guest who made a commitment (a state secretary without a ministry yet) is offered.
    Commitment.objects.create(
        key="gast", text="Toezegging.", made_by=Person.objects.get(slug="kallas"), is_published=True
    )
    options = dict(client.get(LIST).context["form"].fields["person"].widget.choices)
    assert "kallas" in options


def test_heading_and_title_describe_the_query(client, seed):
    response = client.get(LIST, {"status": "open", "ministry": "buitenlandse-zaken"})
    text = response.content.decode()
    assert response.context["paginator"].count == 1
    heading = "1 openstaande toezegging van Buitenlandse Zaken"
    assert f"<h1>{heading}</h1>" in text
    assert f"<title>{heading} · Toezeggingenregister</title>" in text
    assert "<h1>Toezeggingen</h1>" in client.get(LIST).content.decode()


def test_empty_result_suggests_what_to_try(client, seed):
    response = client.get(LIST, {"q": "walvisvaart", "status": "lapsed"})
    text = response.content.decode()
    assert "0 vervallen toezeggingen met &quot;walvisvaart&quot;" in text
    assert 'href="?q=walvisvaart"' in text
    assert "Haal een filter weg" in text


def test_pagination_is_numbered_with_a_range(client, db):
    for index in range(60):
        make(f"c-{index:02}", made_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=index))
    text = client.get(LIST, {"page": 2}).content.decode()
    assert "26-50 van 60" in text
    assert '<span aria-current="page"><span class="visually-hidden">Pagina </span>2</span>' in text
    assert 'href="?page=3"' in text and 'href="?page=1"' in text


def test_counts_have_thousands_separators(client, db):
    Commitment.objects.bulk_create(
        Commitment(key=f"k-{i}", text="T.", is_published=True) for i in range(1001)
    )
    assert "1-25 van 1.001" in client.get(LIST).content.decode()


@pytest.mark.parametrize("ordering", ["overdue", "due_soon"])
def test_api_answers_the_same_questions_in_the_same_order(client, dated, ordering):
    """One FilterSet serves the page and the API: the API pages through the same order."""
    page_order = keys(client.get(LIST, {"ordering": ordering}))
    url, params, walked = "/api/v1/commitments/", {"ordering": ordering, "page_size": 4}, []
    while url:
        response = client.get(url, params)
        assert response.status_code == 200, response.content
        body = response.json()
        walked += [row["key"] for row in body["results"]]
        url, params = body["next"], None
    assert walked == page_order


def test_an_overdue_list_in_overdue_order_is_sorted_by_the_due_date_alone(client, dated):
    """The statistics page links to ?overdue=true&ordering=overdue: every row is overdue
    there, so the order is the due date's, with no CASE for PostgreSQL to sort by."""
    make("late-middle", dated - datetime.timedelta(days=30), status="partly_fulfilled")
    expected = ["late-long", "late-middle", "late-short"]
    params = {"overdue": "true", "ordering": "overdue"}
    with CaptureQueriesContext(connection) as queries:
        assert keys(client.get(LIST, params)) == expected
    page_query = next(q["sql"] for q in queries if "LIMIT" in q["sql"] and "ORDER BY" in q["sql"])
    assert "CASE" not in page_query.split("ORDER BY", 1)[1]
    url, params, walked = "/api/v1/commitments/", {**params, "page_size": 1}, []
    while url:
        body = client.get(url, params).json()
        walked += [row["key"] for row in body["results"]]
        url, params = body["next"], None
    assert walked == expected
    # Without the filter the question keeps its full order (overdue first, then the rest).
    assert keys(client.get(LIST, {"ordering": "overdue"}))[:3] == expected


def test_api_refuses_a_question_cursor_under_another_order(client, dated):
    first = client.get("/api/v1/commitments/", {"ordering": "overdue", "page_size": 2}).json()
    cursor = first["next"].split("cursor=")[1].split("&")[0]
    response = client.get(
        "/api/v1/commitments/", {"ordering": "due_soon", "page_size": 2, "cursor": cursor}
    )
    assert response.status_code == 400
    assert response.json() == {"cursor": ["Ongeldige cursor."]}


def test_fulfilled_on_tk_number_and_debate_are_on_the_form_and_in_the_chips(client, dated):
    from commitments.models import Debate

    debate = Debate.objects.create(
        kind=Debate.Kind.choices[0][0], date=dated, subject="NAVO", tk_number="2024A05766"
    )
    done = Commitment.objects.get(key="done-long-ago")
    done.debate, done.number = debate, "TZ202412-116"
    done.save()
    empty = client.get(LIST).text
    for name in ("fulfilled_on_after", "fulfilled_on_before", "tk_number", "debate"):
        assert f'name="{name}"' in empty, name
        assert f'id="id_{name}"' in empty, name
    after = (done.fulfilled_on - datetime.timedelta(days=1)).isoformat()
    before = done.fulfilled_on.isoformat()
    params = {
        "fulfilled_on_after": after,
        "fulfilled_on_before": before,
        "tk_number": "TZ202412-116",
        "debate": str(debate.pk),
    }
    response = client.get(LIST, params)
    assert keys(response) == ["done-long-ago"]
    chips = {(c["label"], c["value"]) for c in response.context["chips"]}
    assert chips == {
        ("Voldaan tussen", f"vanaf {after}"),
        ("Voldaan tussen", f"tot en met {before}"),
        ("Nummer Tweede Kamer", "TZ202412-116"),
        ("Debat", str(debate.pk)),
    }
    assert "Filters (4)" in response.text
    # The form keeps what was asked, so the next search starts from it.
    assert f'value="{after}"' in response.text
    assert 'value="TZ202412-116"' in response.text
