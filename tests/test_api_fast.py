"""The compiled serializers (``commitments/api/fast.py``) give exactly the serializers' JSON.

Every list and detail of the API is asked for, with sparse fields and expansions, over the
seed (hidden related rows: a draft commitment and a confidential annex linked in every way
the API nests) plus synthetic rows; each answer the compiled path makes is compared, byte
for byte as JSON and key order included, with what DRF's serializer makes of the same rows.
"""

import datetime
import json

import pytest
from django.core.management import call_command
from django.http import QueryDict
from rest_framework.utils.encoders import JSONEncoder

from commitments.api import fast
from commitments.models import (
    Commitment,
    CommitmentEvent,
    CommitmentLink,
    Debate,
    Document,
    Dossier,
    Fulfilment,
    Meeting,
    Ministry,
    Person,
)

ANNEX = "kst-28676-448-vertrouwelijke-bijlage"


def encoded(data):
    return json.dumps(data, cls=JSONEncoder, ensure_ascii=False)


@pytest.fixture
def compared(monkeypatch):
    """Every ``fast.represent`` call also runs the serializer and must agree with it."""
    calls = []
    original = fast.represent

    def checked(serializer_class, instance, context, *, many=False):
        rows = list(instance) if many else instance
        got = original(serializer_class, rows, context, many=many)
        expected = serializer_class(rows, many=many, context=context).data
        assert encoded(got) == encoded(expected), serializer_class.__name__
        calls.append((serializer_class.__name__, len(rows) if many else 1))
        return got

    monkeypatch.setattr(fast, "represent", checked)
    return calls


@pytest.fixture
def varied(seed):
    """Hidden related rows, links, events, nulls everywhere they can be, synthetic rows."""
    annex = Document.objects.get(identifier=ANNEX)
    draft = Commitment.objects.create(
        key="concept-niet-publiek",
        text="Concept.",
        ministry=Ministry.objects.first(),
        document=Document.objects.get(identifier="kst-28676-474"),
        is_published=False,
    )
    secret = Commitment.objects.create(
        key="uit-de-bijlage",
        text="Toezegging die in de vertrouwelijke bijlage staat.",
        document=annex,
        status=Commitment.Status.FULFILLED,
        fulfilled_on=datetime.date(2023, 12, 18),
        is_published=True,
    )
    secret.mentioned_in.add(annex, Document.objects.get(identifier="kst-28676-446"))
    Fulfilment.objects.create(commitment=secret, document=annex, passage="Geheim.")
    CommitmentEvent.objects.create(
        commitment=secret,
        kind=CommitmentEvent.Kind.STATUS,
        date=datetime.date(2023, 12, 18),
        old_status=Commitment.Status.OPEN,
        new_status=Commitment.Status.FULFILLED,
        evidence=annex,
    )
    bare = Commitment.objects.create(key="kaal", text="Zonder iets.", is_published=True)
    public = Commitment.objects.public().exclude(pk__in=[secret.pk, bare.pk]).first()
    kind = CommitmentLink.Kind.values[0]
    CommitmentLink.objects.create(from_commitment=bare, to_commitment=public, kind=kind)
    # Its counterpart is a draft: the link is not shown.
    CommitmentLink.objects.create(from_commitment=draft, to_commitment=bare, kind=kind)
    call_command("generate_data", commitments=40, documents=30, seed=7, verbosity=0)
    return {"secret": secret, "bare": bare, "public": public}


def get(client, url):
    response = client.get(url, HTTP_ACCEPT="application/json")
    assert response.status_code == 200, (url, response.content[:300])
    return response


def test_every_list_and_detail_matches_the_serializer(varied, client, compared):
    urls = [
        "/api/v1/commitments/",
        "/api/v1/commitments/?page_size=100",
        "/api/v1/commitments/?expand=links,events&page_size=100",
        "/api/v1/commitments/?fields=key,url,made_in,ministry",
        "/api/v1/commitments/?status=fulfilled&page_size=100",
        "/api/v1/documents/?page_size=100",
        "/api/v1/documents/?expand=text&fields=identifier,text,parent,attachments",
        "/api/v1/dossiers/",
        "/api/v1/meetings/",
        "/api/v1/debates/",
        "/api/v1/persons/?page_size=100",
        "/api/v1/ministries/",
        "/api/v1/committees/",
    ]
    for commitment in (varied["secret"], varied["bare"], varied["public"]):
        urls += [
            f"/api/v1/commitments/{commitment.key}/",
            f"/api/v1/commitments/{commitment.key}/?expand=links",
            f"/api/v1/commitments/{commitment.key}/?fields=key,events,fulfilled_by",
        ]
    for document in Document.objects.public()[:8]:
        urls.append(f"/api/v1/documents/{document.identifier}/")
    for path, model in (("meetings", Meeting), ("persons", Person), ("ministries", Ministry)):
        urls += [f"/api/v1/{path}/{row.slug}/" for row in model.objects.all()[:3]]
    for debate in Debate.objects.all()[:3]:
        urls.append(f"/api/v1/debates/{debate.pk}/")
    for dossier in Dossier.objects.all()[:3]:
        key = f"{dossier.number}-{dossier.toevoeging}" if dossier.toevoeging else dossier.number
        urls.append(f"/api/v1/dossiers/{key}/")
    for url in urls:
        get(client, url)
    assert len(compared) == len(urls)
    assert sum(rows for _name, rows in compared) > 200


def test_hidden_related_rows_stay_hidden_on_the_compiled_path(varied, client):
    body = get(client, f"/api/v1/commitments/{varied['secret'].key}/").content.decode()
    assert ANNEX not in body
    data = json.loads(body)
    assert data["made_in"] is None
    assert data["fulfilled_by"] == []
    assert [d["identifier"] for d in data["mentioned_in"]] == ["kst-28676-446"]
    assert data["events"][0]["evidence"] is None
    listed = get(client, "/api/v1/commitments/?page_size=100&expand=links").content.decode()
    assert ANNEX not in listed
    assert "concept-niet-publiek" not in listed


@pytest.mark.django_db
def test_cached_display_labels_follow_the_language_and_match_django():
    """``get_<field>_display()`` reads a per-language mapping (``CachedDisplay``): each
    label is still the active language's, and a value outside the choices is itself."""
    from django.db.models import Model
    from django.utils import translation

    commitment = Commitment(status=Commitment.Status.FULFILLED)
    document = Document(kind=Document.Kind.BRIEF)
    field = Commitment._meta.get_field("status")
    for language in ("nl", "en", "nl"):
        with translation.override(language):
            assert commitment.get_status_display() == Model._get_FIELD_display(commitment, field)
            assert commitment.get_status_display() == str(Commitment.Status.FULFILLED.label)
            assert document.get_kind_display() == str(Document.Kind.BRIEF.label)
    with translation.override("en"):
        english = commitment.get_status_display()
    with translation.override("nl"):
        assert commitment.get_status_display() != english
    commitment.status = "no-such-status"
    assert commitment.get_status_display() == "no-such-status"
    commitment.status = None
    assert commitment.get_status_display() is None


def test_one_query_for_the_nested_documents_gives_what_the_prefetches_gave(varied, rf):
    """``nested.attach_documents`` (one compiled UNION) and the three prefetches it replaced
    give the same documents in the same order, hidden ones left out, on pages of any size:
    undated documents and equal dates included, and with a placeholder of one page's SQL
    never leaking into another's."""
    from rest_framework.request import Request

    from commitments.api import nested, serializers, views

    undated = Document.objects.create(identifier="zonder-datum", title="Zonder datum")
    twin = Document.objects.create(
        identifier="a-zelfde-dag", title="Zelfde dag", date=datetime.date(2024, 6, 4)
    )
    twin_too = Document.objects.create(
        identifier="b-zelfde-dag", title="Zelfde dag", date=datetime.date(2024, 6, 4)
    )
    annex = Document.objects.get(identifier=ANNEX)
    for commitment in Commitment.objects.public().order_by("pk")[:6]:
        commitment.mentioned_in.add(undated, twin_too, twin, annex)
        for document in (twin_too, undated, twin):
            Fulfilment.objects.get_or_create(commitment=commitment, document=document)
    request = Request(rf.get("/api/v1/commitments/"))
    view = views.CommitmentViewSet(request=request, action="list", format_kwarg=None, kwargs={})
    context = {"request": request, "fields": None, "expand": ()}
    everything = list(Commitment.objects.order_by("pk"))
    for size in (1, 3, 20, len(everything)):
        for start in range(0, len(everything), size):
            keys = [c.pk for c in everything[start : start + size]]
            prefetched = list(view.get_queryset().filter(pk__in=keys).order_by("pk"))
            view.attaches_documents = True
            attached = list(view.get_queryset().filter(pk__in=keys).order_by("pk"))
            view.attaches_documents = False
            nested.attach_documents(attached)
            assert encoded(
                serializers.CommitmentSerializer(attached, many=True, context=context).data
            ) == encoded(
                serializers.CommitmentSerializer(prefetched, many=True, context=context).data
            )
    secret = Commitment.objects.get(pk=varied["secret"].pk)
    nested.attach_documents([secret])
    assert secret.document is None
    assert ANNEX not in [d.identifier for d in secret.mentioned_in.all()]
    assert ANNEX not in [f.document.identifier for f in secret.fulfilments.all()]


@pytest.mark.django_db
def test_attached_documents_cost_one_query_and_no_more_when_read(seed, django_assert_num_queries):
    from commitments.api import nested, serializers

    commitments = list(Commitment.objects.public().select_related("ministry", "made_by", "debate"))
    with django_assert_num_queries(1):
        nested.attach_documents(commitments)
    with django_assert_num_queries(0):
        data = serializers.CommitmentSerializer(
            commitments, many=True, context={"request": None}
        ).data
    assert any(row["fulfilled_by"] for row in data)
    assert any(row["mentioned_in"] for row in data)
    assert any(row["made_in"] and row["made_in"]["type"] == "document" for row in data)


def test_a_list_without_filter_parameters_skips_the_filterset_and_lists_the_same(
    varied, client, monkeypatch
):
    from commitments.api.filters import DocumentFilter
    from commitments.filters import CommitmentFilter

    through_the_form = {
        path: get(client, f"/api/v1/{path}/?q=&page_size=100").json()["results"]
        for path in ("commitments", "documents")
    }

    def refuse(self):
        raise AssertionError("the FilterSet was built for a list without filters")

    monkeypatch.setattr(CommitmentFilter, "is_valid", refuse)
    monkeypatch.setattr(DocumentFilter, "is_valid", refuse)
    for path, expected in through_the_form.items():
        assert get(client, f"/api/v1/{path}/?page_size=100").json()["results"] == expected
    # With a filter parameter the form runs, and still validates.
    monkeypatch.undo()
    response = client.get("/api/v1/commitments/?status=nee", HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert "status" in response.json()


def test_only_the_columns_a_shape_shows_are_read_and_none_is_missing(
    varied, client, django_assert_max_num_queries
):
    """The list and the detail load the columns ``fast.columns`` derives from the
    serializer; a column it missed would be read row by row (a query each), so every
    field, alone and all together, stays within the page's few queries."""
    from django.core.cache import cache

    from commitments.api import fast, serializers

    # About fifty requests: earlier tests' requests must not count towards the throttle.
    cache.clear()

    context = {"fields": None, "expand": ()}
    shown = fast.columns(serializers.CommitmentSerializer, context)
    assert shown is not None and "text" in shown and "notes" not in shown
    assert "tk_data" not in shown and "ministry__slug" in shown
    key = varied["secret"].key
    names = [*serializers.CommitmentSerializer.Meta.fields]
    for name in [None, *names]:
        params = f"fields={name}" if name else "expand=links,events"
        if name in serializers.CommitmentSerializer.Meta.optional:
            params += f"&expand={name}"
        with django_assert_max_num_queries(5):
            get(client, f"/api/v1/commitments/?page_size=100&{params}")
        with django_assert_max_num_queries(5):
            get(client, f"/api/v1/commitments/{key}/?{params.replace('events', '')}")


def test_the_compiled_detail_reads_afresh_and_follows_the_day(seed, client, monkeypatch):
    """The detail's SQL is compiled once per shape and day, then run with each key: another
    key gets its own commitment, one that left public view is a 404 at once, and the
    overdue flag moves with the day."""
    from django.utils import timezone

    first, second = Commitment.objects.public().order_by("key")[:2]
    assert get(client, f"/api/v1/commitments/{first.key}/").json()["key"] == first.key
    assert get(client, f"/api/v1/commitments/{second.key}/").json()["key"] == second.key
    Commitment.objects.filter(pk=first.pk).update(is_published=False)
    response = client.get(f"/api/v1/commitments/{first.key}/", HTTP_ACCEPT="application/json")
    assert response.status_code == 404
    assert client.get("/api/v1/commitments/no-such-key/").status_code == 404

    due = datetime.date(2030, 5, 1)
    Commitment.objects.filter(pk=second.pk).update(
        due_date=due, status=Commitment.Status.OPEN, fulfilled_on=None
    )
    for day, overdue in ((due, False), (due + datetime.timedelta(days=1), True), (due, False)):
        monkeypatch.setattr(timezone, "localdate", lambda *args, day=day, **kwargs: day)
        body = get(client, f"/api/v1/commitments/{second.key}/").json()
        assert body["overdue"] is overdue, day


def test_the_compiled_list_pages_read_afresh(varied, client):
    """Unfiltered list pages run SQL compiled once per shape: every page, forwards and
    back, is the register in its order; a row that leaves public view is gone from the
    very next request, a new one is there, and a filter still takes the ORM's way."""
    expected = list(Commitment.objects.public().order_by("-pk").values_list("key", flat=True))
    seen, url, pages = [], "/api/v1/commitments/?page_size=7", []
    while url:
        body = get(client, url).json()
        pages.append(body)
        seen += [row["key"] for row in body["results"]]
        url = body["next"]
    assert seen == expected
    back = get(client, pages[-1]["previous"]).json()
    assert [row["key"] for row in back["results"]] == [r["key"] for r in pages[-2]["results"]]

    first = expected[0]
    Commitment.objects.filter(key=first).update(is_published=False)
    Commitment.objects.create(key="net-gepubliceerd", text="Nieuw.", is_published=True)
    keys = [row["key"] for row in get(client, "/api/v1/commitments/?page_size=7").json()["results"]]
    assert first not in keys
    assert keys[0] == "net-gepubliceerd"
    fulfilled = get(client, "/api/v1/commitments/?page_size=100&status=fulfilled").json()
    assert {row["status"] for row in fulfilled["results"]} == {"fulfilled"}


FILTERED = (
    "status=open",
    "status=open&status=fulfilled",
    "ministry={ministry}",
    "status=open&ministry={ministry}",
    "overdue=true",
    "overdue=false&ordering=-made_on",
    "made_on_after=2000-01-01&made_on_before=2030-01-01",
    "person={person}&ordering=key",
    "fields=key,status&status=fulfilled",
)


def _walk(client, url):
    """Every row of every page from ``url`` on, forwards; and the first page again, read
    backwards from the second."""
    pages = []
    while url:
        body = get(client, url).json()
        pages.append(body)
        url = body["next"]
    if len(pages) > 1:
        back = get(client, pages[1]["previous"]).json()
        assert back["results"] == pages[0]["results"]
    return [row for page in pages for row in page["results"]]


@pytest.fixture
def unthrottled(monkeypatch):
    """These tests walk many pages: more than the anonymous rate allows in a minute."""
    from django.conf import settings
    from django.core.cache import caches
    from rest_framework.throttling import SimpleRateThrottle

    rates = {**SimpleRateThrottle.THROTTLE_RATES, "anon": "100000/minute"}
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", rates)
    yield
    # The counts stay behind: the next test, back at the real rate, would be refused.
    caches[settings.THROTTLE_CACHE_ALIAS].clear()


def test_filtered_lists_are_compiled_per_set_of_values_and_list_what_the_orm_lists(
    varied, client, monkeypatch, unthrottled
):
    """A list filtered by filters whose SQL is a function of their values runs SQL compiled
    once per set of values: every page is what the ORM's own way lists, byte for byte,
    and other values (another status, another ministry) are other SQL."""
    from commitments.api import compiled
    from commitments.api.views import CommitmentViewSet

    ministry = Ministry.objects.filter(commitments__is_published=True).first().slug
    person = Person.objects.filter(commitments__is_published=True).first().slug
    urls = [
        "/api/v1/commitments/?page_size=3&" + query.format(ministry=ministry, person=person)
        for query in FILTERED
    ]
    compiled_answers = {url: _walk(client, url) for url in urls}
    built = []
    original = compiled.CompiledQuery.__init__
    monkeypatch.setattr(
        compiled.CompiledQuery,
        "__init__",
        lambda self, queryset, using: built.append(1) or original(self, queryset, using),
    )
    again = {url: _walk(client, url) for url in urls}
    assert again == compiled_answers
    assert built == []  # every page of every set of values was compiled already

    monkeypatch.setattr(CommitmentViewSet, "pure_filters", frozenset())
    for url in urls:
        assert encoded(_walk(client, url)) == encoded(compiled_answers[url]), url
    assert compiled_answers[urls[0]] != compiled_answers[urls[1]]
    assert {row["status"] for row in compiled_answers[urls[0]]} == {"open"}


def test_a_compiled_filtered_list_reads_afresh_and_its_lookups_are_live(seed, client, unthrottled):
    """The compiled SQL holds the cleaned values, not the rows nor the slugs: a commitment
    that leaves public view or changes status leaves the list at once, and a ministry's
    slug is looked up on every request (a renamed one is a 400 under its old name)."""
    ministry = Ministry.objects.filter(commitments__is_published=True, commitments__status="open")
    ministry = ministry.first()
    url = f"/api/v1/commitments/?status=open&ministry={ministry.slug}"
    keys = [row["key"] for row in get(client, url).json()["results"]]
    assert keys
    Commitment.objects.filter(key=keys[0]).update(is_published=False)
    if len(keys) > 1:
        Commitment.objects.filter(key=keys[1]).update(status=Commitment.Status.FULFILLED)
    now = [row["key"] for row in get(client, url).json()["results"]]
    assert now == keys[2:]
    old = ministry.slug
    Ministry.objects.filter(pk=ministry.pk).update(slug="hernoemd")
    response = client.get(url, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert "ministry" in response.json()
    renamed = url.replace(old, "hernoemd")
    assert [row["key"] for row in get(client, renamed).json()["results"]] == keys[2:]


def test_filters_that_read_the_data_into_their_sql_are_not_compiled(varied, client):
    """``q``, ``updated_since`` and the document filters are per request: their SQL holds
    what they found (a search's plan, pending changes, the matching ids)."""
    from commitments.api.request_keys import filter_key
    from commitments.api.views import CommitmentViewSet
    from commitments.filters import CommitmentFilter

    pure = CommitmentViewSet.pure_filters
    for query in ("q=brief", "dossier=28676", "status=open&tk_number=x", "status=open"):
        params = QueryDict(query)
        filterset = CommitmentFilter(params, Commitment.objects.public())
        assert filterset.is_valid(), filterset.errors
        key = filter_key(filterset, params, pure)
        assert (key is not None) == (query == "status=open"), query


@pytest.mark.django_db
def test_the_api_filter_form_shares_the_fields_and_the_pages_form_copies_them():
    """The API only cleans its filter form (``validating``): it shares the class's fields.
    A page's form renders and changes its fields, so it still gets copies, and cleaning
    through the shared fields gives what the copied ones give."""
    from commitments.filters import CommitmentFilter

    data = QueryDict("status=open&overdue=true&made_on_after=2020-01-01")
    shared = CommitmentFilter(data, validating=True).form
    copied = CommitmentFilter(data).form
    assert shared.fields["status"] is CommitmentFilter(data, validating=True).form.fields["status"]
    assert copied.fields["status"] is not shared.fields["status"]
    assert shared.is_valid() and copied.is_valid()
    assert shared.cleaned_data == copied.cleaned_data
    bad = CommitmentFilter(QueryDict("status=nee"), validating=True).form
    assert not bad.is_valid()
    assert bad.errors == CommitmentFilter(QueryDict("status=nee")).form.errors


def test_on_postgresql_the_compiled_queries_are_prepared_and_logged(varied, client):
    """Each compiled query is prepared once per connection and then only executed; the
    answers are what the statements bound on the client gave, and the query log (what the
    pinned counts read) shows each statement's SQL."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")
    key = Commitment.objects.public().order_by("key").values_list("key", flat=True).first()
    urls = [
        "/api/v1/commitments/?page_size=5",
        "/api/v1/commitments/?page_size=5&status=open",
        f"/api/v1/commitments/{key}/",
    ]
    first = [get(client, url).content for url in urls]
    prepared = dict(connection.connection._prepared._names)
    assert len(prepared) >= 4  # two lists and a detail, each with its nested documents
    with CaptureQueriesContext(connection) as queries:
        again = [get(client, url).content for url in urls]
    assert [json.loads(body)["results"] for body in again[:2]] == [
        json.loads(body)["results"] for body in first[:2]
    ]
    assert again[2] == first[2]
    assert dict(connection.connection._prepared._names) == prepared
    assert all(query["sql"] and "SELECT" in query["sql"] for query in queries.captured_queries)

    connection.connection.prepare_threshold = None  # as with DB_PREPARED=false
    try:
        assert get(client, urls[2]).content == first[2]
    finally:
        connection.connection.prepare_threshold = 2**31 - 1


def test_the_compiled_events_are_what_the_prefetch_gave(varied, client):
    """``attach_events`` (the detail's history from compiled SQL) leaves what the events
    prefetch left: the same events in the same order, evidence only when public; and a
    detail answer is the same either way."""
    from django.db.models import Prefetch

    from commitments.api.attach import attach_events, ordered_events

    secret = varied["secret"]
    CommitmentEvent.objects.create(
        commitment=secret,
        kind=CommitmentEvent.Kind.NOTE,
        date=datetime.date(2023, 12, 1),
        note="Eerder.",
        evidence=Document.objects.get(identifier="kst-28676-474"),
    )
    with_events = Commitment.objects.filter(events__isnull=False).distinct()
    prefetched = list(with_events.prefetch_related(Prefetch("events", queryset=ordered_events())))
    attached = list(with_events)
    attach_events(attached)

    def history(commitments):
        return [
            [(e.pk, e.commitment.pk, e.evidence and e.evidence.identifier) for e in c.events.all()]
            for c in commitments
        ]

    assert history(attached) == history(prefetched)
    assert sorted(
        (
            e.evidence and e.evidence.identifier
            for e in attached[[c.pk for c in attached].index(secret.pk)].events.all()
        ),
        key=str,
    ) == [None, "kst-28676-474"]
    body = get(client, f"/api/v1/commitments/{secret.key}/").json()
    assert [event["evidence"] and event["evidence"]["identifier"] for event in body["events"]] == [
        "kst-28676-474",
        None,
    ]


@pytest.mark.parametrize("zone", ["UTC", "Europe/Amsterdam", "America/Curacao", "Asia/Kolkata"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_date_times_follow_the_active_time_zone_and_language_as_drf_does(
    varied, client, compared, zone, language
):
    """The compiled date-times read the time zone once per answer (not per value), and
    the hyperlinks their request once: the same JSON as DRF's in every zone (UTC as a
    trailing Z, half-hour offsets) and language."""
    import zoneinfo

    from django.utils import timezone

    key = varied["secret"].key
    CommitmentEvent.objects.filter(commitment=varied["secret"]).update(
        recorded_at=datetime.datetime(2024, 3, 31, 0, 59, 59, 999999, tzinfo=datetime.UTC)
    )
    with timezone.override(zoneinfo.ZoneInfo(zone)):
        for url in (
            "/api/v1/commitments/?expand=events&page_size=100",
            f"/api/v1/commitments/{key}/",
            f"/api/v1/commitments/{key}/?fields=created_at,updated_at,events,url",
        ):
            client.get(url, HTTP_ACCEPT="application/json", HTTP_ACCEPT_LANGUAGE=language)
    assert len(compared) == 3


def test_a_templated_url_quotes_what_quote_would_and_only_that():
    from urllib.parse import quote

    from django.test import RequestFactory

    from commitments.api.serializers import templated_url

    request = RequestFactory().get("/api/v1/commitments/")
    for value in ["navo-2024", "A_b.c~d", "21501-02", 12345, "met spatie", "één", "a/b", "%", ""]:
        url = templated_url(request, "api:commitment-detail", "key", value)
        prefix = "http://testserver/api/v1/commitments/"
        assert url == f"{prefix}{quote(str(value), safe='')}/", value


def test_templated_urls_follow_each_requests_host_scheme_and_script_prefix(settings):
    """The URL templates are kept across requests: one made for one host, scheme or script
    prefix must never serve a request with another."""
    from django.test import RequestFactory
    from django.urls import set_script_prefix

    from commitments.api.serializers import templated_url

    settings.ALLOWED_HOSTS = ["a.example", "b.example", "testserver"]
    factory = RequestFactory()
    seen = {}
    for host, secure, prefix in [
        ("a.example", False, "/"),
        ("b.example", False, "/"),
        ("a.example", True, "/"),
        ("a.example", False, "/register/"),
        ("a.example", False, "/"),
    ]:
        set_script_prefix(prefix)
        try:
            request = factory.get("/api/v1/commitments/", HTTP_HOST=host, secure=secure)
            url = templated_url(request, "api:commitment-detail", "key", "navo-2024")
        finally:
            set_script_prefix("/")
        scheme = "https" if secure else "http"
        assert url == f"{scheme}://{host}{prefix}api/v1/commitments/navo-2024/"
        seen[(host, secure, prefix)] = url
    assert len(set(seen.values())) == 4
    # DRF's reverse carries a ?format= over into the links: that too is the request's own
    for query, suffix in [
        ("format=csv-nl", "?format=csv-nl"),
        ("", ""),
        ("format=json", "?format=json"),
    ]:
        request = factory.get(f"/api/v1/commitments/?{query}", HTTP_HOST="a.example")
        url = templated_url(request, "api:commitment-detail", "key", "navo-2024")
        assert url == f"http://a.example/api/v1/commitments/navo-2024/{suffix}"


@pytest.mark.django_db
def test_the_loader_makes_what_from_db_makes(seed):
    """``models.base.loader`` (the compiled queries' instances): the same loaded columns,
    the same deferred ones, the same state, and what a model's own ``from_db`` adds."""
    from commitments.models.base import loader

    commitment = Commitment.objects.public().exclude(ministry=None).first()
    names = ["id", "key", "text", "ministry_id", "status"]
    values = [getattr(commitment, name) for name in names]
    expected = Commitment.from_db("default", names, values)
    got = loader(Commitment, "default", names)(values)
    assert type(got) is Commitment
    visible = {k: v for k, v in got.__dict__.items() if k != "_state"}
    assert visible == {k: v for k, v in expected.__dict__.items() if k != "_state"}
    assert got._loaded_key == commitment.key
    assert (got._state.adding, got._state.db) == (False, "default")
    assert got.get_deferred_fields() == expected.get_deferred_fields()
    assert "due_date" in got.get_deferred_fields()
    # A deferred column is read from the database, as on any deferred instance.
    assert got.due_date == commitment.due_date
    assert got.ministry == commitment.ministry
    assert got == commitment


def test_the_loader_keeps_from_db_where_it_cannot_say_the_same(monkeypatch):
    """A model that overrides ``from_db`` without ``after_load``, or anything listening for
    instances being made, keeps Django's own path."""
    from django.db.models import signals

    from commitments.models.base import loader

    calls = []

    def receiver(**kwargs):
        calls.append(kwargs["instance"])

    signals.post_init.connect(receiver, sender=Ministry)
    try:
        ministry = loader(Ministry, "default", ["id", "slug"])([1, "x"])
    finally:
        signals.post_init.disconnect(receiver, sender=Ministry)
    assert calls == [ministry]

    made = []
    original = Person.from_db.__func__

    def own_from_db(cls, db, field_names, values):
        made.append(values)
        return original(cls, db, field_names, values)

    monkeypatch.setattr(Person, "from_db", classmethod(own_from_db))
    person = loader(Person, "default", ["id", "slug"])([3, "y"])
    assert made == [[3, "y"]] and person.slug == "y"


def test_labels_inside_an_answer_use_its_language_and_outside_the_active_one():
    from django.utils import translation

    from commitments.models.base import display_language

    commitment = Commitment(status=Commitment.Status.OPEN)
    with translation.override("en"):
        english = commitment.get_status_display()
        with display_language("nl"):
            assert commitment.get_status_display() == "Openstaand"
        assert commitment.get_status_display() == english != "Openstaand"
