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
    from commitments.api import fast, serializers

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
