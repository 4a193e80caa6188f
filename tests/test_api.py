"""Contract tests of the read side of API v1, against the seed data."""

import base64
import datetime
import json
import re
import zoneinfo

import pytest
import time_machine
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from commitments import services
from commitments.models import (
    Commitment,
    CommitmentEvent,
    Committee,
    Debate,
    Document,
    Dossier,
    Fulfilment,
    Ministry,
)

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
ANNEX = "kst-28676-448-vertrouwelijke-bijlage"
API = "/api/v1"


@pytest.fixture(autouse=True)
def fresh_throttle():
    # The anonymous throttle counts in the cache; every test starts with a clean slate.
    cache.clear()


@pytest.fixture
def frozen_today():
    with time_machine.travel(datetime.datetime(2026, 11, 23, 12, tzinfo=AMSTERDAM), tick=False):
        yield


@pytest.fixture
def unpublished(seed):
    """A draft commitment linked to public documents in every way the API nests."""
    commitment = Commitment.objects.create(
        key="concept-niet-publiek",
        text="Concepttoezegging die nog niet is gepubliceerd.",
        ministry=Ministry.objects.get(slug="buitenlandse-zaken"),
        document=Document.objects.get(identifier="kst-28676-474"),
        due_date=datetime.date(2025, 1, 1),
        is_published=False,
    )
    commitment.mentioned_in.add(Document.objects.get(identifier="kst-28676-446"))
    Fulfilment.objects.create(
        commitment=commitment, document=Document.objects.get(identifier="2024D50159")
    )
    return commitment


@pytest.fixture
def linked_to_annex(seed):
    """A published commitment made in, mentioned in and fulfilled by the confidential annex."""
    annex = Document.objects.get(identifier=ANNEX)
    commitment = Commitment.objects.create(
        key="toezegging-uit-non-paper",
        text="Toezegging die in de vertrouwelijke bijlage staat.",
        document=annex,
        status=Commitment.Status.FULFILLED,
        fulfilled_on=datetime.date(2023, 12, 18),
        is_published=True,
    )
    commitment.mentioned_in.add(annex)
    Fulfilment.objects.create(commitment=commitment, document=annex, passage="Geheim.")
    CommitmentEvent.objects.create(
        commitment=commitment,
        kind=CommitmentEvent.Kind.STATUS,
        date=datetime.date(2023, 12, 18),
        old_status=Commitment.Status.OPEN,
        new_status=Commitment.Status.FULFILLED,
        evidence=annex,
    )
    return commitment


def get_json(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def keys(client, **params):
    return {row["key"] for row in get_json(client, f"{API}/commitments/", **params)["results"]}


def identifiers(client, **params):
    body = get_json(client, f"{API}/documents/", **params)
    return {row["identifier"] for row in body["results"]}


def walk(client, url, params, *, back=False):
    """Every row of a paged list, following ``next`` links (then ``previous`` links back)."""
    body = get_json(client, url, **params)
    pages = [body["results"]]
    while body["next"]:
        body = get_json(client, body["next"])
        pages.append(body["results"])
    if back:
        backwards = [body["results"]]
        while body["previous"]:
            body = get_json(client, body["previous"])
            backwards.insert(0, body["results"])
        return pages, backwards
    return pages


# --- commitments -----------------------------------------------------------------------------


def test_commitment_detail_by_key_shows_status_due_date_and_made_in(seed, client, frozen_today):
    body = get_json(client, f"{API}/commitments/navo-norm-standpunt/")
    assert body["key"] == "navo-norm-standpunt"
    assert body["status"] == "open"
    assert body["overdue"] is True
    assert body["due_date"] == "2025-06-24"
    assert body["due_description"].startswith("voor de NAVO-top")
    assert body["ministry"]["slug"] == "buitenlandse-zaken"
    assert body["made_by"]["slug"] == "veldkamp"
    assert body["made_in"]["type"] == "document"
    assert body["made_in"]["id"] == "fmm-2025-04-geannoteerde-agenda"
    assert body["made_in"]["url"].endswith("/api/v1/documents/fmm-2025-04-geannoteerde-agenda/")
    assert body["events"] == []


def test_commitment_made_in_debate_links_the_debate(seed, client):
    body = get_json(client, f"{API}/commitments/irak-force-protection-nmi/")
    debate = Debate.objects.get(subject="Irak")
    assert body["made_in"]["type"] == "debate"
    assert body["made_in"]["id"] == str(debate.pk)
    assert get_json(client, body["made_in"]["url"])["subject"] == "Irak"
    assert [doc["identifier"] for doc in body["mentioned_in"]] == ["kst-28676-446"]


def test_fulfilled_commitments_show_the_verslag_as_evidence_with_passage(seed, client):
    body = get_json(client, f"{API}/commitments/", status="fulfilled")
    assert {row["key"] for row in body["results"]} == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }
    for row in body["results"]:
        assert [f["identifier"] for f in row["fulfilled_by"]] == ["2024D50159"]
        assert row["fulfilled_by"][0]["passage"].startswith(("Tevens", "Daarnaast"))
        assert row["fulfilled_by"][0]["url"].endswith("/api/v1/documents/2024D50159/")
        assert row["fulfilled_on"] == "2024-12-16"


def test_commitment_history_shows_events_without_the_user(seed, client, clerk):
    japan = Commitment.objects.get(key="navo-contactambassade-japan")
    services.set_due_date(
        japan, due_date=datetime.date(2025, 1, 1), user=clerk, note="Nieuwe termijn."
    )
    events = get_json(client, f"{API}/commitments/navo-contactambassade-japan/")["events"]
    first = events[0]
    assert first["kind"] == "status"
    assert first["new_status"] == "fulfilled"
    assert first["old_status"] == "open"
    assert first["evidence"]["identifier"] == "2024D50159"
    assert first["source"] == "fixture"
    assert events[-1]["new_due_date"] == "2025-01-01"
    assert all("user" not in event for event in events)
    assert "griffier" not in json.dumps(events)


def test_buitenlandse_zaken_overdue_is_the_nato_norm(seed, client, frozen_today):
    assert keys(client, ministry="buitenlandse-zaken", overdue="true") == {"navo-norm-standpunt"}
    assert "navo-norm-standpunt" not in keys(client, overdue="false")


def test_every_commitment_filter(seed, client, frozen_today):
    committee = Committee.objects.create(name="Buitenlandse Zaken", slug="buza")
    Debate.objects.filter(subject="Irak").update(committee=committee)
    Commitment.objects.filter(key="navo-norm-standpunt").update(
        made_on=datetime.date(2025, 3, 20), number="TZ202503-001"
    )
    assert keys(client, person="veldkamp") == {"navo-norm-standpunt"}
    assert keys(client, committee="buza") == {"irak-force-protection-nmi"}
    assert keys(client, dossier="28676") == {
        "irak-force-protection-nmi",
        "oekraine-veiligheidsarrangementen",
    }
    assert keys(client, meeting="navo-fmm-2024-12") == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }
    assert keys(client, document="2024D50159") == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }
    assert keys(client, made_on_after="2025-01-01") == {"navo-norm-standpunt"}
    assert keys(client, made_on_before="2024-01-01") == {"irak-force-protection-nmi"}
    assert keys(client, due_date_after="2025-06-01", due_date_before="2025-06-30") == {
        "navo-norm-standpunt"
    }
    assert keys(client, q="Japan") == {"navo-contactambassade-japan"}
    assert len(keys(client, status=["open", "fulfilled"])) == 5
    # The seed rows were all last changed at 2026-11-23T12:00:00Z.
    assert keys(client, updated_since="2026-11-23T12:00:01Z") == set()
    assert len(keys(client, updated_since="2026-11-23T12:00:00Z")) == 5


def test_updated_since_returns_only_what_changed(seed, client):
    since = timezone.now()
    with time_machine.travel(since + datetime.timedelta(minutes=5), tick=False):
        services.lapse(
            Commitment.objects.get(key="oekraine-veiligheidsarrangementen"),
            on=datetime.date(2025, 1, 1),
        )
    assert keys(client, updated_since=since.isoformat()) == {"oekraine-veiligheidsarrangementen"}


def test_ordering_is_applied(seed, client):
    Commitment.objects.filter(key="navo-norm-standpunt").update(made_on=datetime.date(2025, 3, 20))
    rows = get_json(client, f"{API}/commitments/", ordering="-made_on")["results"]
    assert [row["key"] for row in rows][:2] == ["navo-norm-standpunt", "irak-force-protection-nmi"]
    # Unknown dates come last in both directions.
    assert all(row["made_on"] is None for row in rows[2:])
    by_key = [
        row["key"] for row in get_json(client, f"{API}/commitments/", ordering="key")["results"]
    ]
    assert by_key == sorted(by_key)


# --- visibility --------------------------------------------------------------------------------


def test_unpublished_commitment_is_invisible_everywhere(unpublished, client, frozen_today):
    key = unpublished.key
    assert client.get(f"{API}/commitments/{key}/").status_code == 404
    assert key not in keys(client)
    assert key not in keys(client, ministry="buitenlandse-zaken", overdue="true")
    summary = get_json(client, f"{API}/summary/")
    assert summary["total"] == Commitment.objects.public().count() == 5
    assert summary["overdue"] == 1
    for identifier in ("kst-28676-474", "kst-28676-446", "2024D50159"):
        assert key not in json.dumps(get_json(client, f"{API}/documents/{identifier}/"))
    assert key not in json.dumps(get_json(client, f"{API}/documents/", page_size=100))
    assert key not in json.dumps(get_json(client, f"{API}/debates/"))


def test_confidential_annex_never_appears(linked_to_annex, client):
    assert client.get(f"{API}/documents/{ANNEX}/").status_code == 404
    assert ANNEX not in identifiers(client, page_size=100)
    assert ANNEX not in json.dumps(get_json(client, f"{API}/documents/", page_size=100))
    verslag = get_json(client, f"{API}/documents/kst-28676-448/")
    assert verslag["attachments"] == []
    body = get_json(client, f"{API}/commitments/{linked_to_annex.key}/")
    assert body["made_in"] is None
    assert body["fulfilled_by"] == []
    assert body["mentioned_in"] == []
    assert body["events"][0]["evidence"] is None
    assert ANNEX not in json.dumps(get_json(client, f"{API}/commitments/", page_size=100))
    assert ANNEX not in json.dumps(get_json(client, f"{API}/meetings/"))
    assert ANNEX not in json.dumps(get_json(client, f"{API}/dossiers/28676/"))
    response = client.get(f"{API}/commitments/", {"document": ANNEX})
    assert response.status_code == 400
    assert "document" in response.json()


def test_public_attachment_is_listed_under_its_parent(seed, client):
    Document.objects.create(
        identifier="kst-28676-448-bijlage-openbaar",
        title="Openbare bijlage",
        kind=Document.Kind.BIJLAGE,
        parent=Document.objects.get(identifier="kst-28676-448"),
    )
    attachments = get_json(client, f"{API}/documents/kst-28676-448/")["attachments"]
    assert [a["identifier"] for a in attachments] == ["kst-28676-448-bijlage-openbaar"]
    child = get_json(client, f"{API}/documents/kst-28676-448-bijlage-openbaar/")
    assert child["parent"]["identifier"] == "kst-28676-448"
    assert child["parent"]["citation"] == "Kamerstuk 28 676, nr. 448"
    assert get_json(client, f"{API}/documents/kst-28676-474/")["parent"] is None


def test_attachment_of_a_confidential_document_is_hidden_and_nesting_is_refused(seed, client):
    """The visibility rule checks a document and its parent; that covers every document
    because an attachment cannot have attachments (the database refuses it)."""
    annex = Document.objects.get(identifier=ANNEX)
    with pytest.raises(IntegrityError), transaction.atomic():
        Document.objects.create(identifier="bijlage-bij-annex", title="Bijlage", parent=annex)
    secret = Document.objects.create(identifier="geheim", title="Geheim", is_confidential=True)
    Document.objects.create(identifier="bijlage-bij-geheim", title="Bijlage", parent=secret)
    rows = {row["identifier"] for row in get_json(client, f"{API}/documents/")["results"]}
    assert not rows & {"geheim", "bijlage-bij-geheim"}
    assert client.get(f"{API}/documents/bijlage-bij-geheim/").status_code == 404


# --- documents ---------------------------------------------------------------------------------


def test_document_detail_shows_kst_id_meetings_commitments_and_text(seed, client):
    body = get_json(client, f"{API}/documents/kst-28676-474/")
    assert body["kst_id"] == "kst-28676-474"
    assert body["citation"] == "Kamerstuk 28 676, nr. 474"
    assert body["vergaderjaar"] == "2024-2025"
    assert body["kind"] == "geannoteerde_agenda"
    assert body["date"] == "2024-11-22"
    assert body["sender"]["slug"] == "veldkamp"
    assert body["ministry"]["slug"] == "buitenlandse-zaken"
    assert body["dossier"]["key"] == "28676"
    assert [(m["slug"], m["role"]) for m in body["meetings"]] == [("navo-fmm-2024-12", "agenda")]
    assert "Vergaderjaar 2024-2025" in body["text"]


def test_verslag_lists_the_commitments_it_fulfils(seed, client):
    body = get_json(client, f"{API}/documents/2024D50159/")
    assert body["kst_id"] == ""
    assert body["tk_number"] == "2024D50159"
    assert {c["key"] for c in body["commitments_fulfilled"]} == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }
    assert all(c["passage"] for c in body["commitments_fulfilled"])
    assert [m["role"] for m in body["meetings"]] == ["report"]
    agenda_2023 = get_json(client, f"{API}/documents/kst-28676-446/")
    assert [c["key"] for c in agenda_2023["commitments_made"]] == [
        "oekraine-veiligheidsarrangementen"
    ]
    assert [c["key"] for c in agenda_2023["commitments_mentioned"]] == ["irak-force-protection-nmi"]
    assert [d["identifier"] for d in agenda_2023["cites"]] == ["kst-30821-175"]


def test_document_list_has_no_text(seed, client):
    rows = get_json(client, f"{API}/documents/")["results"]
    assert rows
    assert all("text" not in row for row in rows)


def test_every_document_filter(seed, client):
    assert identifiers(client, dossier="28676") == {
        "kst-28676-446",
        "kst-28676-448",
        "kst-28676-474",
    }
    assert identifiers(client, kind="verslag") == {"kst-28676-448", "2024D50159"}
    assert identifiers(client, vergaderjaar="2024-2025") == {"kst-28676-474", "2024D50159"}
    assert identifiers(client, meeting="navo-fmm-2024-12") == {"kst-28676-474", "2024D50159"}
    assert identifiers(client, date_after="2024-12-01", date_before="2024-12-31") == {"2024D50159"}
    assert identifiers(client, q="Interflex") == {"kst-28676-474"}
    later = (timezone.now() + datetime.timedelta(seconds=1)).isoformat()
    assert identifiers(client, updated_since=later) == set()
    dated = get_json(client, f"{API}/documents/", ordering="-date")["results"]
    assert [d["identifier"] for d in dated][:3] == ["2024D50159", "kst-28676-474", "kst-28676-448"]


# --- the small tables --------------------------------------------------------------------------


def test_dossier_lookup_by_number_and_toevoeging(seed, client):
    from commitments.models import Dossier

    Dossier.objects.create(number=21501, toevoeging="02", title="Raad Buitenlandse Zaken")
    assert get_json(client, f"{API}/dossiers/21501-02/")["display_number"] == "21 501-02"
    body = get_json(client, f"{API}/dossiers/28676/")
    assert body["title"] == "NAVO"
    assert [d["identifier"] for d in body["documents"]] == [
        "kst-28676-446",
        "kst-28676-448",
        "kst-28676-474",
    ]
    assert client.get(f"{API}/dossiers/21501/").status_code == 404
    assert client.get(f"{API}/dossiers/99999-99/").status_code == 404


def test_meeting_with_sessions_guests_and_documents(seed, client):
    body = get_json(client, f"{API}/meetings/navo-fmm-2024-12/")
    assert body["start_date"] == "2024-12-03"
    assert [s["order"] for s in body["sessions"]] == sorted(s["order"] for s in body["sessions"])
    guests = {g["slug"] for s in body["sessions"] for g in s["guests"]}
    assert "sybiha" in guests
    assert {(d["identifier"], d["role"]) for d in body["documents"]} == {
        ("kst-28676-474", "agenda"),
        ("2024D50159", "report"),
    }
    slugs = [m["slug"] for m in get_json(client, f"{API}/meetings/")["results"]]
    assert slugs[0] == "navo-fmm-2025-04"
    assert len(slugs) == 3


def test_person_ministry_and_committee_by_slug(seed, client):
    Committee.objects.create(name="Defensie", abbreviation="DEF", slug="defensie")
    assert get_json(client, f"{API}/persons/veldkamp/")["ministry"]["slug"] == "buitenlandse-zaken"
    assert get_json(client, f"{API}/ministries/defensie/")["name"] == "Defensie"
    assert get_json(client, f"{API}/committees/defensie/")["abbreviation"] == "DEF"
    persons = [p["slug"] for p in get_json(client, f"{API}/persons/")["results"]]
    assert "veldkamp" in persons
    assert len(get_json(client, f"{API}/ministries/")["results"]) == 2


def test_debate_by_id_lists_its_public_commitments(seed, client):
    debate = Debate.objects.get(subject="Irak")
    body = get_json(client, f"{API}/debates/{debate.pk}/")
    assert body["kind"] == "commissiedebat"
    assert [c["key"] for c in body["commitments"]] == ["irak-force-protection-nmi"]


# --- summary -------------------------------------------------------------------------------------


def test_summary_counts_by_status_and_ministry(seed, client, frozen_today, unpublished):
    with CaptureQueriesContext(connection) as queries:
        body = get_json(client, f"{API}/summary/")
    assert len(queries) == 1
    assert body["total"] == 5
    assert body["by_status"] == {"open": 3, "fulfilled": 2, "partly_fulfilled": 0, "lapsed": 0}
    assert body["overdue"] == 1
    per_ministry = {(m["ministry"] or {}).get("slug"): m for m in body["ministries"]}
    bz = per_ministry["buitenlandse-zaken"]
    assert bz["total"] == 3
    assert bz["by_status"]["fulfilled"] == 2
    assert bz["overdue"] == 1
    assert bz["ministry"]["url"].endswith("/api/v1/ministries/buitenlandse-zaken/")
    assert per_ministry[None]["total"] == 2


# --- pagination ----------------------------------------------------------------------------------


@pytest.fixture
def many_commitments(seed):
    """25 more published commitments with ties and gaps in every sortable field."""
    ministry = Ministry.objects.get(slug="defensie")
    for n in range(25):
        Commitment.objects.create(
            key=f"extra-{n:02d}",
            number=f"TZ2025-{n:03d}" if n % 3 else None,
            text=f"Extra toezegging {n}",
            ministry=ministry,
            made_on=datetime.date(2024, 1, 1 + n % 4) if n % 5 else None,
            due_date=datetime.date(2025, 2, 1 + n % 3) if n % 2 else None,
            is_published=True,
        )


@pytest.mark.parametrize(
    "ordering",
    ["", "made_on", "-made_on", "due_date", "-due_date", "key", "-key", "number", "-updated_at"],
)
def test_cursor_walk_visits_every_row_once_in_order(many_commitments, client, ordering):
    params = {"page_size": 4, **({"ordering": ordering} if ordering else {})}
    pages, backwards = walk(client, f"{API}/commitments/", params, back=True)
    walked = [row["key"] for page in pages for row in page]
    assert all(len(page) <= 4 for page in pages)
    assert len(walked) == len(set(walked)) == Commitment.objects.public().count()
    # Going back through ``previous`` gives the same pages.
    assert [[row["key"] for row in page] for page in backwards] == [
        [row["key"] for row in page] for page in pages
    ]
    if ordering:
        field = ordering.lstrip("-")
        values = [row[field] for page in pages for row in page]
        known = [v for v in values if v is not None]
        assert known == sorted(known, reverse=ordering.startswith("-"))
        # NULLs come last.
        assert values[len(known) :] == [None] * (len(values) - len(known))


def test_document_cursor_walk(many_commitments, client):
    for n in range(6):
        Document.objects.create(identifier=f"extra-doc-{n}", title=f"Stuk {n}")
    pages = walk(client, f"{API}/documents/", {"page_size": 3, "ordering": "date"})
    walked = [row["identifier"] for page in pages for row in page]
    assert sorted(walked) == sorted(Document.objects.public().values_list("identifier", flat=True))


def test_page_size_above_the_maximum_is_rejected(seed, client):
    assert len(get_json(client, f"{API}/commitments/", page_size=100)["results"]) == 5
    for bad in (str(10**20), "101", "0", "-1", "abc", "1.5"):
        response = client.get(f"{API}/commitments/", {"page_size": bad})
        assert response.status_code == 400, bad
        assert "page_size" in response.json()


def test_bad_cursor_is_a_400(seed, client):
    def cursor(payload):
        return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()

    bad_cursors = [
        "xyz",
        "!!!",
        "\x00",
        cursor([1, 2]),
        cursor({"o": "-id", "v": None, "pk": "1", "b": False}),
        cursor({"o": "-id", "v": None, "pk": 10**30, "b": False}),
        cursor({"o": "made_on", "v": "not-a-date", "pk": 1, "b": False}),
        cursor({"o": "made_on", "v": "99999-01-01", "pk": 1, "b": False}),
        cursor({"o": "key", "v": "a\x00b", "pk": 1, "b": False}),
    ]
    for bad in bad_cursors:
        response = client.get(f"{API}/commitments/", {"cursor": bad})
        assert response.status_code == 400, bad
        assert response.json() == {"cursor": ["Ongeldige cursor."]}
    # A cursor made for one ordering is refused under another.
    first = get_json(client, f"{API}/commitments/", page_size=1, ordering="key")
    mixed = first["next"].replace("ordering=key", "ordering=made_on")
    assert client.get(mixed).status_code == 400


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params, field",
    [
        ({"status": "bogus"}, "status"),
        ({"overdue": "misschien"}, "overdue"),
        ({"ministry": "onbekend"}, "ministry"),
        ({"made_on_after": "2024-13-01"}, "made_on"),
        ({"made_on_after": "99999-01-01"}, "made_on"),
        ({"due_date_before": "gisteren"}, "due_date"),
        ({"updated_since": "zojuist"}, "updated_since"),
        ({"updated_since": "99999-01-01T00:00:00Z"}, "updated_since"),
        ({"dossier": "NAVO"}, "dossier"),
        ({"q": "navo\x00norm"}, "q"),
        ({"ordering": "text"}, "ordering"),
        ({"ordering": "made_on,key"}, "ordering"),
    ],
)
def test_bad_commitment_filters_give_field_errors(seed, client, params, field):
    response = client.get(f"{API}/commitments/", params)
    assert response.status_code == 400
    assert field in response.json()
    assert all(isinstance(message, str) for message in response.json()[field])


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "memo"},
        {"vergaderjaar": "2024"},
        {"date_after": "99999-01-01"},
        {"q": "\x00"},
        {"meeting": "onbekend"},
        {"dossier": "x"},
    ],
)
def test_bad_document_filters_give_400(seed, client, params):
    response = client.get(f"{API}/documents/", params)
    assert response.status_code == 400
    assert set(response.json()) <= {*params, "date"}


def test_huge_numbers_never_reach_the_database_as_errors(seed, client):
    assert client.get(f"{API}/commitments/", {"dossier": "9999999999"}).status_code == 200
    assert client.get(f"{API}/documents/", {"dossier": "9999999999"}).status_code == 200
    assert client.get(f"{API}/debates/{10**17}/").status_code == 404
    assert client.get(f"{API}/debates/{10**30}/").status_code == 404
    assert client.get(f"{API}/dossiers/999999999/").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/commitments/%00/",
        "/documents/kst-28676-474%00/",
        "/persons/%00veldkamp/",
        "/meetings/bestaat-niet/",
        "/debates/abc/",
        "/dossiers/abc/",
        "/bestaat-niet/",
    ],
)
def test_unknown_lookups_and_urls_are_json_404s(seed, client, path):
    response = client.get(API + path)
    assert response.status_code == 404
    assert response.json() == {"detail": "Niet gevonden."}


def test_missing_trailing_slash_redirects(seed, client):
    response = client.get(f"{API}/commitments", {"status": "open"})
    assert response.status_code == 301
    assert response["Location"] == f"{API}/commitments/?status=open"


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_reads_are_read_only_with_json_405(seed, client, method):
    response = getattr(client, method)(f"{API}/commitments/navo-norm-standpunt/")
    assert response.status_code == 405
    assert "detail" in response.json()
    assert client.post(f"{API}/documents/").status_code == 405


def test_unexpected_errors_are_json_500s(seed, client, monkeypatch):
    from commitments.api.views import MinistryViewSet

    def explode(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(MinistryViewSet, "get_queryset", explode)
    response = client.get(f"{API}/ministries/")
    assert response.status_code == 500
    assert response.json() == {"detail": "Er ging iets mis aan onze kant."}


def test_server_error_handler_is_json_under_api_only(rf):
    from commitments.api.errors import server_error

    assert json.loads(server_error(rf.get("/api/v1/x/")).content) == {
        "detail": "Er ging iets mis aan onze kant."
    }
    assert server_error(rf.get("/toezeggingen/"))["Content-Type"].startswith("text/html")


# --- conditional requests ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/commitments/navo-norm-standpunt/",
        "/documents/kst-28676-474/",
        "/meetings/navo-fmm-2024-12/",
    ],
)
def test_detail_answers_304_when_unchanged(seed, client, path):
    first = client.get(API + path)
    assert first.status_code == 200
    etag = first["ETag"]
    again = client.get(API + path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert client.get(API + path, HTTP_IF_NONE_MATCH='"iets-anders"').status_code == 200
    # No date-based validator: hiding a related row moves no date (see the test below).
    assert "Last-Modified" not in first


def test_a_change_gives_a_new_etag(seed, client):
    url = f"{API}/documents/kst-28676-474/"
    first = client.get(url)
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1), tick=False):
        services.fulfil(
            Commitment.objects.get(key="navo-norm-standpunt"),
            documents=[Document.objects.get(identifier="kst-28676-474")],
            on=datetime.date(2025, 6, 20),
        )
    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]


# --- throttling ---------------------------------------------------------------------------------


def test_anonymous_clients_are_throttled(seed, client, monkeypatch):
    from rest_framework.throttling import AnonRateThrottle

    monkeypatch.setattr(AnonRateThrottle, "get_rate", lambda self: "3/minute")
    statuses = [client.get(f"{API}/ministries/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert "detail" in client.get(f"{API}/ministries/").json()


# --- query counts -------------------------------------------------------------------------------


def add_rows(n, *, start):
    """More commitments and documents, each with every kind of nested row."""
    ministry = Ministry.objects.get(slug="buitenlandse-zaken")
    verslag = Document.objects.get(identifier="2024D50159")
    for i in range(start, start + n):
        document = Document.objects.create(
            identifier=f"extra-stuk-{i}", title=f"Extra stuk {i}", ministry=ministry
        )
        Document.objects.create(identifier=f"extra-bijlage-{i}", title="Bijlage", parent=document)
        document.cites.add(verslag)
        commitment = Commitment.objects.create(
            key=f"extra-toezegging-{i}",
            text="Extra",
            ministry=ministry,
            document=document,
            is_published=True,
        )
        commitment.mentioned_in.add(verslag)
        services.fulfil(commitment, documents=[document, verslag], on=datetime.date(2025, 1, 1))


ENDPOINTS = [
    # The page, then its documents (made in, fulfilled by, mentioned in) in one query.
    ("/commitments/", 2),
    ("/commitments/?ministry=buitenlandse-zaken&overdue=false", 3),
    ("/commitments/navo-contactambassade-japan/", 4),
    ("/documents/", 6),
    ("/documents/2024D50159/", 6),
    ("/dossiers/", 1),
    ("/dossiers/28676/", 2),
    ("/meetings/", 4),
    ("/meetings/navo-fmm-2024-12/", 4),
    ("/debates/", 2),
    ("/persons/", 1),
    ("/ministries/", 1),
    ("/committees/", 1),
    ("/summary/", 1),
]


@pytest.mark.parametrize("path, limit", ENDPOINTS)
def test_query_count_is_pinned_and_constant(
    seed, client, django_assert_max_num_queries, path, limit
):
    with django_assert_max_num_queries(limit):
        assert client.get(API + path).status_code == 200
    # Django skips a prefetch when no row has a value for it, so measure with every kind of
    # nested row present, then again with many more of them.
    add_rows(2, start=0)
    with CaptureQueriesContext(connection) as before:
        client.get(API + path)
    add_rows(10, start=2)
    with CaptureQueriesContext(connection) as after:
        response = client.get(API + path)
    assert response.status_code == 200
    assert len(after) == len(before) <= limit


def test_templated_hyperlinks_equal_reverse(seed, rf):
    """The one-reverse-per-request links are exactly what DRF's reverse() gives."""
    from rest_framework.request import Request
    from rest_framework.reverse import reverse as drf_reverse

    from commitments.api import serializers as s

    request = Request(rf.get("/api/v1/commitments/", HTTP_HOST="testserver"))
    dossier = Dossier.objects.create(number=21501, toevoeging="02", title="Raad Buitenlandse Zaken")
    debate = Debate.objects.first()
    cases = [
        (s.DossierHyperlink(), dossier, "api:dossier-detail", {"key": "21501-02"}),
        (s._identity("document", "identifier"), Document.objects.get(identifier="2024D50159"),
         "api:document-detail", {"identifier": "2024D50159"}),
        (s._identity("commitment", "key"), Commitment.objects.get(key="navo-norm-standpunt"),
         "api:commitment-detail", {"key": "navo-norm-standpunt"}),
        (s.IdentityUrl(view_name="api:debate-detail", lookup_field="pk"), debate,
         "api:debate-detail", {"pk": debate.pk}),
    ]  # fmt: skip
    for field, obj, view_name, kwargs in cases:
        for _ in range(2):  # the second call uses the stored template
            url = field.get_url(obj, field.view_name, request, None)
            assert url == drf_reverse(view_name, kwargs=kwargs, request=request)


def test_every_link_in_the_lists_resolves(seed, client):
    for path in ("/commitments/", "/documents/", "/meetings/", "/debates/", "/dossiers/"):
        body = json.dumps(get_json(client, API + path))
        for url in set(re.findall(r'"url": "http://testserver(/api/v1/[^"]+)"', body)):
            assert client.get(url).status_code == 200, url
