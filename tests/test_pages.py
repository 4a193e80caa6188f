"""The public pages: content, filters in the URL, visibility, query counts, i18n, a11y basics."""

import datetime
import re
from html.parser import HTMLParser

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from commitments.models import (
    Commitment,
    CommitmentEvent,
    Committee,
    Debate,
    Document,
    Dossier,
    Fulfilment,
    Meeting,
    Ministry,
    Person,
    overdue_q,
)
from commitments.sitemaps import SITEMAPS

pytestmark = pytest.mark.django_db

TODAY = datetime.datetime(2026, 11, 23, 12, tzinfo=datetime.UTC)
NAVO_NORM_TEXT = (
    "Voor de NAVO-top een standpunt innemen over een nieuwe NAVO-norm en uw Kamer hierover "
    "informeren."
)
ANNEX_IDENTIFIER = "kst-28676-448-vertrouwelijke-bijlage"


@pytest.fixture
def frozen_today():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def committee(seed):
    committee = Committee.objects.create(
        name="vaste commissie voor Buitenlandse Zaken", abbreviation="BuZa", slug="buza"
    )
    Debate.objects.filter(subject="Irak").update(committee=committee)
    return committee


@pytest.fixture
def annex(seed):
    return Document.objects.get(identifier=ANNEX_IDENTIFIER)


def add_commitments(count, prefix="extra"):
    """``count`` published commitments with every relation a page shows, half fulfilled."""
    ministry = Ministry.objects.get(slug="buitenlandse-zaken")
    person = Person.objects.get(slug="veldkamp")
    committee, _ = Committee.objects.get_or_create(
        slug="buza", defaults={"name": "vaste commissie voor Buitenlandse Zaken"}
    )
    agenda = Document.objects.get(identifier="kst-28676-474")
    verslag = Document.objects.get(identifier="2024D50159")
    created = []
    for index in range(count):
        made_on = datetime.date(2024, 1, 1) + datetime.timedelta(days=index)
        fulfilled = index % 2 == 1
        debate = Debate.objects.create(
            kind=Debate.Kind.COMMISSIEDEBAT,
            date=made_on,
            subject=f"NAVO {prefix} {index}",
            committee=committee,
        )
        commitment = Commitment.objects.create(
            key=f"{prefix}-{index}",
            text=f"Toezegging {prefix} nummer {index} over de NAVO.",
            made_by=person,
            ministry=ministry,
            debate=debate,
            made_on=made_on,
            due_date=made_on + datetime.timedelta(days=60),
            due_description="voor de zomer",
            status=Commitment.Status.FULFILLED if fulfilled else Commitment.Status.OPEN,
            fulfilled_on=made_on + datetime.timedelta(days=30) if fulfilled else None,
            is_published=True,
        )
        commitment.mentioned_in.add(agenda)
        CommitmentEvent.objects.create(
            commitment=commitment,
            kind=CommitmentEvent.Kind.CREATED,
            date=made_on,
            source=CommitmentEvent.Source.FIXTURE,
        )
        if fulfilled:
            Fulfilment.objects.create(commitment=commitment, document=verslag, passage="Zo is het.")
            CommitmentEvent.objects.create(
                commitment=commitment,
                kind=CommitmentEvent.Kind.STATUS,
                date=commitment.fulfilled_on,
                old_status=Commitment.Status.OPEN,
                new_status=Commitment.Status.FULFILLED,
                evidence=verslag,
                source=CommitmentEvent.Source.FIXTURE,
            )
        created.append(commitment)
    return created


def public_urls():
    """Every public page, feed and export, built from what the register holds."""
    urls = [
        reverse("commitments:home"),
        reverse("commitments:commitment-list"),
        reverse("commitments:commitment-list") + "?q=NAVO",
        reverse("commitments:commitment-list") + "?status=open&overdue=true",
        reverse("commitments:commitment-list") + "?meeting=navo-fmm-2025-04",
        reverse("commitments:commitment-list") + "?document=fmm-2025-04-geannoteerde-agenda",
        reverse("commitments:meeting-list"),
        reverse("commitments:statistics"),
        reverse("commitments:feed"),
        reverse("commitments:export-csv"),
        reverse("commitments:export-json"),
        reverse("commitments:export-ics"),
        reverse("sitemap-index"),
        "/robots.txt",
    ]
    urls += [reverse("sitemap-section", args=[section]) for section in SITEMAPS]
    urls += [c.get_absolute_url() for c in Commitment.objects.public()]
    urls += [d.get_absolute_url() for d in Document.objects.public()]
    urls += [m.get_absolute_url() for m in Meeting.objects.all()]
    urls += [reverse("commitments:person-detail", args=[p.slug]) for p in Person.objects.all()]
    for ministry in Ministry.objects.all():
        urls.append(reverse("commitments:ministry-detail", args=[ministry.slug]))
        urls.append(reverse("commitments:feed-ministry", args=[ministry.slug]))
    for committee in Committee.objects.all():
        urls.append(reverse("commitments:committee-detail", args=[committee.slug]))
        urls.append(reverse("commitments:feed-committee", args=[committee.slug]))
    for dossier in Dossier.objects.all():
        arg = f"{dossier.number}-{dossier.toevoeging}" if dossier.toevoeging else dossier.number
        urls.append(reverse("commitments:dossier-detail", args=[arg]))
    return urls


# --- Home and list ---------------------------------------------------------------------


def test_home_counts_statuses_and_overdue(client, seed, frozen_today):
    response = client.get(reverse("commitments:home"))
    assert response.status_code == 200
    counts = response.context["counts"]
    assert counts["total"] == 5
    assert counts["open"] == 3
    assert counts["fulfilled"] == 2
    assert counts["overdue"] == 1
    recent = [c.key for c in response.context["recently_fulfilled"]]
    assert set(recent) == {"navo-contactambassade-japan", "zeerecht-verdachte-schepen"}
    assert "welke NAVO-lidstaat met diens ambassade in Japan" in response.text


def test_home_lists_deadline_that_is_still_ahead(client, seed):
    with time_machine.travel(datetime.datetime(2025, 5, 1, 12, tzinfo=datetime.UTC), tick=False):
        response = client.get(reverse("commitments:home"))
    assert [c.key for c in response.context["upcoming"]] == ["navo-norm-standpunt"]
    assert "24 juni 2025" in response.text
    assert response.context["counts"]["overdue"] == 0


def test_list_search_finds_the_japan_commitment(client, seed):
    response = client.get(reverse("commitments:commitment-list"), {"q": "Japan"})
    assert response.status_code == 200
    assert [c.key for c in response.context["commitments"]] == ["navo-contactambassade-japan"]
    assert 'value="Japan"' in response.text


def test_list_filters_with_the_shared_filterset(client, seed, frozen_today):
    url = reverse("commitments:commitment-list")
    overdue = client.get(url, {"overdue": "true"})
    assert [c.key for c in overdue.context["commitments"]] == ["navo-norm-standpunt"]
    fulfilled = client.get(url, {"status": "fulfilled", "meeting": "navo-fmm-2024-12"})
    assert {c.key for c in fulfilled.context["commitments"]} == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }
    dossier = client.get(url, {"dossier": "28676"})
    assert {c.key for c in dossier.context["commitments"]} == {
        "irak-force-protection-nmi",
        "oekraine-veiligheidsarrangementen",
    }


def test_pagination_links_keep_the_filters(client, seed):
    add_commitments(60)
    response = client.get(reverse("commitments:commitment-list"), {"status": "open", "q": "NAVO"})
    assert response.status_code == 200
    assert response.context["paginator"].num_pages == 2
    next_link = re.search(r'href="(\?[^"]*)" rel="next"', response.text).group(1)
    assert "status=open" in next_link
    assert "q=NAVO" in next_link
    assert "page=2" in next_link
    second = client.get(reverse("commitments:commitment-list") + next_link.replace("&amp;", "&"))
    assert all(c.status == Commitment.Status.OPEN for c in second.context["commitments"])
    assert second.context["page_obj"].number == 2


@pytest.mark.parametrize("page", ["abc", "999", "-1"])
def test_odd_page_numbers_show_a_page_instead_of_an_error(client, seed, page):
    response = client.get(reverse("commitments:commitment-list"), {"page": page})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"dossier": "abc"}, "dossier"),
        ({"status": "done"}, "status"),
        ({"made_on_after": "gisteren"}, "made_on"),
        ({"ministry": "bestaat-niet"}, "ministry"),
        ({"updated_since": "nooit"}, "updated_since"),
        ({"ordering": "text"}, "ordering"),
    ],
)
def test_invalid_filter_says_which_field_and_lists_nothing(client, seed, params, field):
    response = client.get(reverse("commitments:commitment-list"), params)
    assert response.status_code == 400
    assert list(response.context["commitments"]) == []
    assert field in response.context["form"].errors
    assert 'role="alert"' in response.text
    assert f'id="id_{field}_error"' in response.text


def test_invalid_field_is_marked_for_assistive_technology(client, seed):
    response = client.get(reverse("commitments:commitment-list"), {"dossier": "abc"})
    field = re.search(r'<input[^>]*name="dossier"[^>]*>', response.text).group(0)
    assert 'aria-invalid="true"' in field
    assert "id_dossier_error" in field
    assert "Geef een dossiernummer zoals 28676 of 21501-02." in response.text


# --- Commitment detail -----------------------------------------------------------------


def test_commitment_detail_shows_fulfilment_passage_and_history(client, japan_commitment):
    response = client.get(japan_commitment.get_absolute_url())
    assert response.status_code == 200
    text = response.text
    assert japan_commitment.text in text
    assert "Tot en met 31 december 2024 is Denemarken de contact-ambassade" in text
    assert reverse("commitments:document-detail", args=["2024D50159"]) in text
    assert "Nagekomen in het verslag van de NAVO FMM van 3 en 4 december 2024." in text
    assert "Openstaand → Voldaan" in text
    assert "16 december 2024" in text


def test_commitment_made_in_a_debate_names_it(client, seed, committee):
    response = client.get(reverse("commitments:commitment-detail", args=["irak-force-protection"]))
    assert response.status_code == 404
    response = client.get(
        reverse("commitments:commitment-detail", args=["irak-force-protection-nmi"])
    )
    assert "Commissiedebat Irak" in response.text
    assert reverse("commitments:committee-detail", args=["buza"]) in response.text
    assert reverse("commitments:document-detail", args=["kst-28676-446"]) in response.text


def test_history_never_shows_who_recorded_an_event(client, japan_commitment, clerk):
    CommitmentEvent.objects.create(
        commitment=japan_commitment,
        kind=CommitmentEvent.Kind.NOTE,
        date=datetime.date(2025, 1, 6),
        note="Nagekeken.",
        user=clerk,
    )
    response = client.get(japan_commitment.get_absolute_url())
    assert "Nagekeken." in response.text
    assert clerk.username not in response.text


def test_unpublished_commitment_is_not_found(client, navo_norm_commitment):
    Commitment.objects.filter(pk=navo_norm_commitment.pk).update(is_published=False)
    assert client.get(navo_norm_commitment.get_absolute_url()).status_code == 404


# --- Documents -------------------------------------------------------------------------


def test_document_page_shows_citation_text_and_meeting(client, agenda_fmm_2024):
    response = client.get(agenda_fmm_2024.get_absolute_url())
    assert response.status_code == 200
    assert "Kamerstuk 28 676, nr. 474" in response.text
    assert "Hierbij bied ik u de geannoteerde agenda" in response.text
    assert reverse("commitments:meeting-detail", args=["navo-fmm-2024-12"]) in response.text
    assert response.text.count('<div class="document-text">') == 1
    # Hard line breaks of the extracted text are joined into paragraphs.
    assert len(re.findall(r"<p>", response.text)) > 10


def test_document_page_lists_commitments_made_fulfilled_and_mentioned(client, seed):
    agenda_2023 = client.get(reverse("commitments:document-detail", args=["kst-28676-446"]))
    assert [c.key for c in agenda_2023.context["made"]] == ["oekraine-veiligheidsarrangementen"]
    assert [c.key for c in agenda_2023.context["mentioned"]] == ["irak-force-protection-nmi"]
    verslag = client.get(reverse("commitments:document-detail", args=["2024D50159"]))
    assert {c.key for c in verslag.context["fulfilled"]} == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }


def test_document_page_lists_citations_both_ways_and_rows_in_two_roles(client, seed):
    agenda = Document.objects.get(identifier="kst-28676-474")
    verslag = Document.objects.get(identifier="2024D50159")
    agenda.cites.add(verslag)
    japan = Commitment.objects.get(key="navo-contactambassade-japan")
    Commitment.objects.filter(pk=japan.pk).update(document=verslag)
    response = client.get(reverse("commitments:document-detail", args=["2024D50159"]))
    assert [d.identifier for d in response.context["cited_by"]] == ["kst-28676-474"]
    assert response.context["cites"] == []
    # Made in and fulfilled by the same document: listed under both.
    assert "navo-contactambassade-japan" in [c.key for c in response.context["made"]]
    assert "navo-contactambassade-japan" in [c.key for c in response.context["fulfilled"]]
    agenda_page = client.get(reverse("commitments:document-detail", args=["kst-28676-474"]))
    assert [d.identifier for d in agenda_page.context["cites"]] == ["2024D50159"]


def test_list_filter_dropdowns_keep_labels_order_and_selection(client, seed):
    response = client.get(
        reverse("commitments:commitment-list") + "?person=veldkamp&meeting=navo-fmm-2024-12"
    )
    assert response.status_code == 200
    text = response.text
    assert (
        '<option value="veldkamp" selected>C.C.J. Veldkamp (Minister van Buitenlandse Zaken)'
        in (text)
    )
    assert (
        '<option value="navo-fmm-2024-12" selected>NAVO Foreign Ministers Meeting 03-12-2024'
        in (text)
    )
    # Meetings newest first, as the model orders them.
    assert text.index("navo-fmm-2025-04") < text.index("navo-fmm-2023-11")
    assert client.get(reverse("commitments:commitment-list") + "?person=niemand").status_code == 400


def test_confidential_annex_and_its_attachments_are_not_found(client, annex):
    assert client.get(annex.get_absolute_url()).status_code == 404
    # The annex is an attachment itself, so it has none; a confidential Kamerstuk can.
    secret = Document.objects.create(identifier="geheim-stuk", title="Geheim", is_confidential=True)
    child = Document.objects.create(
        identifier="bijlage-bij-non-paper", title="Toelichting bij het non-paper", parent=secret
    )
    assert client.get(child.get_absolute_url()).status_code == 404


def test_report_page_does_not_list_its_confidential_annex(client, annex):
    response = client.get(reverse("commitments:document-detail", args=["kst-28676-448"]))
    assert response.status_code == 200
    assert annex.title not in response.text
    Document.objects.create(
        identifier="kst-28676-448-bijlage-2",
        title="Openbare lijst van deelnemers",
        parent=Document.objects.get(identifier="kst-28676-448"),
    )
    response = client.get(reverse("commitments:document-detail", args=["kst-28676-448"]))
    assert "Openbare lijst van deelnemers" in response.text
    assert annex.title not in response.text


# --- Meetings and scopes ---------------------------------------------------------------


def test_meeting_page_shows_sessions_documents_and_commitments(client, seed):
    response = client.get(reverse("commitments:meeting-detail", args=["navo-fmm-2024-12"]))
    assert response.status_code == 200
    assert "NAVO Foreign Ministers Meeting 3-4 december 2024" in response.text
    assert "Sybiha" in response.text
    assert reverse("commitments:document-detail", args=["kst-28676-474"]) in response.text
    assert reverse("commitments:document-detail", args=["2024D50159"]) in response.text
    assert {c.key for c in response.context["commitments"]} == {
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    }
    assert [d.identifier for d in response.context["agenda"]] == ["kst-28676-474"]
    assert [d.identifier for d in response.context["reports"]] == ["2024D50159"]


def test_meeting_list_links_every_meeting(client, seed):
    response = client.get(reverse("commitments:meeting-list"))
    for meeting in Meeting.objects.all():
        assert meeting.get_absolute_url() in response.text


def test_dossier_page_counts_open_and_overdue(client, seed, frozen_today):
    response = client.get(reverse("commitments:dossier-detail", args=["28676"]))
    assert response.status_code == 200
    assert response.context["counts"]["total"] == 2
    assert response.context["counts"]["open_total"] == 2
    assert response.context["counts"]["overdue"] == 0
    assert "?dossier=28676" in response.text
    assert reverse("commitments:document-detail", args=["kst-28676-474"]) in response.text


def test_dossier_page_pages_through_every_kamerstuk_dated_newest_first(client, seed):
    dossier = Dossier.objects.get(number=28676, toevoeging="")
    for n in range(60):
        Document.objects.create(
            identifier=f"kst-28676-9{n:02d}",
            title=f"Brief {n}",
            dossier=dossier,
            # Two a day, and some undated: the order must still never repeat or skip one.
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n // 2) if n % 7 else None,
        )
    public = Document.objects.public().filter(dossier=dossier)
    total = public.count()
    url = reverse("commitments:dossier-detail", args=["28676"])
    first = client.get(url)
    assert f"1-25 van {total}" in first.text
    assert 'aria-label="Paginering van de Kamerstukken"' in first.text
    assert '<a href="?page=2"' in first.text
    walked = []
    for page in range(1, (total + 24) // 25 + 1):
        response = client.get(url, {"page": page})
        walked += [d.identifier for d in response.context["documents"]]
    assert len(walked) == len(set(walked)) == total
    dates = [public.get(identifier=i).date for i in walked]
    known = [d for d in dates if d is not None]
    assert known == sorted(known, reverse=True)
    assert dates[len(known) :] == [None] * (total - len(known))  # undated last
    last = client.get(url, {"page": 999})  # the nearest page, not a 404
    assert f"{total - (total - 1) % 25}-{total} van {total}" in last.text
    # Each dated Kamerstuk shows its date.
    assert '<time datetime="2020-01-30">' in first.text


@pytest.mark.parametrize(("arg", "status"), [("21501-02", 200), ("21501-99", 404), ("abc", 404)])
def test_dossier_with_toevoeging(client, seed, arg, status):
    Dossier.objects.create(number=21501, toevoeging="02", title="Raad Buitenlandse Zaken")
    assert client.get(reverse("commitments:dossier-detail", args=[arg])).status_code == status


def test_person_ministry_and_committee_pages(client, seed, committee, frozen_today):
    person = client.get(reverse("commitments:person-detail", args=["veldkamp"]))
    assert [c.key for c in person.context["commitments"]] == ["navo-norm-standpunt"]
    assert person.context["counts"]["overdue"] == 1
    ministry = client.get(reverse("commitments:ministry-detail", args=["buitenlandse-zaken"]))
    assert ministry.context["counts"]["total"] == 3
    assert reverse("commitments:feed-ministry", args=["buitenlandse-zaken"]) in ministry.text
    buza = client.get(reverse("commitments:committee-detail", args=["buza"]))
    assert [c.key for c in buza.context["commitments"]] == ["irak-force-protection-nmi"]
    assert client.get(reverse("commitments:ministry-detail", args=["nope"])).status_code == 404


# --- Statistics ------------------------------------------------------------------------


def test_overdue_counts_until_fulfilment_and_never_lapsed(db):
    rows = [
        (datetime.date(2025, 1, 10), Commitment.Status.OPEN, None),
        (datetime.date(2025, 1, 10), Commitment.Status.FULFILLED, datetime.date(2025, 3, 5)),
        (datetime.date(2025, 1, 10), Commitment.Status.LAPSED, None),
        (datetime.date(2025, 2, 28), Commitment.Status.PARTLY_FULFILLED, None),
    ]
    for i, (due, status, fulfilled_on) in enumerate(rows):
        Commitment.objects.create(
            key=f"rij-{i}", text="x", due_date=due, status=status, fulfilled_on=fulfilled_on
        )

    def overdue(day):
        return Commitment.objects.filter(overdue_q(day)).count()

    assert overdue(datetime.date(2025, 1, 10)) == 0
    assert overdue(datetime.date(2025, 1, 31)) == 2
    assert overdue(datetime.date(2025, 2, 28)) == 2
    assert overdue(datetime.date(2025, 3, 5)) == 2  # fulfilled on 5 March: no longer counted
    assert overdue(datetime.date(2025, 3, 31)) == 2


def test_statistics_page_tables_and_median(client, seed, frozen_today):
    add_commitments(4)  # made 2024-01-01..04; two fulfilled 30 days after being made
    response = client.get(reverse("commitments:statistics"))
    assert response.status_code == 200
    assert response.context["fulfilment"] == {"n": 2, "median": 30}
    rows = {row["slug"]: row for row in response.context["per_ministry"]["rows"]}
    assert rows["buitenlandse-zaken"]["counts"]["fulfilled"] == 4
    assert rows["buitenlandse-zaken"]["counts"]["open"] == 3
    points = response.context["overdue_series"]["points"]
    assert points[-1]["date"] == datetime.date(2026, 11, 23)
    # Two extra open ones (due March 2024) plus the NATO norm (due 24 June 2025).
    assert points[-1]["count"] == 3
    assert "<svg" in response.text
    assert 'role="img"' in response.text
    assert '<th scope="col"' in response.text


# --- Visibility: every surface ---------------------------------------------------------


def test_unpublished_commitment_and_confidential_annex_appear_nowhere(
    client, seed, committee, annex, navo_norm_commitment, japan_commitment
):
    Commitment.objects.filter(pk=navo_norm_commitment.pk).update(is_published=False)
    # Give the confidential annex every route into public pages that the data model allows.
    japan_commitment.mentioned_in.add(annex)
    Fulfilment.objects.create(commitment=japan_commitment, document=annex, passage="geheim")
    CommitmentEvent.objects.create(
        commitment=japan_commitment,
        kind=CommitmentEvent.Kind.NOTE,
        date=datetime.date(2025, 1, 2),
        evidence=annex,
    )
    ukraine = Commitment.objects.get(key="oekraine-veiligheidsarrangementen")
    Commitment.objects.filter(pk=ukraine.pk).update(document=annex)
    urls = public_urls()
    assert len(urls) > 25
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert NAVO_NORM_TEXT not in body, url
        assert "navo-norm-standpunt" not in body, url
        assert annex.title not in body, url
        assert ANNEX_IDENTIFIER not in body, url


# --- Query counts ----------------------------------------------------------------------

# (URL name, args, the most queries the page may make whatever the number of rows)
PAGES = [
    ("commitments:home", [], 3),
    ("commitments:commitment-list", [], 3),
    ("commitments:commitment-detail", ["extra-1"], 4),
    ("commitments:document-detail", ["kst-28676-474"], 5),
    ("commitments:document-detail", ["2024D50159"], 5),
    ("commitments:document-detail", ["kst-28676-448"], 5),
    ("commitments:meeting-detail", ["navo-fmm-2024-12"], 6),
    ("commitments:meeting-list", [], 1),
    ("commitments:dossier-detail", ["28676"], 6),  # + the count of its Kamerstukken (paging)
    ("commitments:person-detail", ["veldkamp"], 4),
    ("commitments:ministry-detail", ["buitenlandse-zaken"], 4),
    ("commitments:committee-detail", ["buza"], 4),
    ("commitments:statistics", [], 5),  # the medians: ranges, then their days
    ("commitments:feed", [], 2),
    ("commitments:feed-ministry", ["buitenlandse-zaken"], 4),
    ("commitments:export-csv", [], 2),
    ("commitments:export-json", [], 2),
    ("commitments:export-ics", [], 2),
]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize(("name", "args", "most"), PAGES)
def test_query_count_does_not_grow_with_rows(
    client, seed, django_assert_max_num_queries, name, args, most
):
    add_commitments(3)
    url = reverse(name, args=args)
    few = count_queries(client, url)
    add_commitments(30, prefix="more")
    with django_assert_max_num_queries(most):
        many = count_queries(client, url)
    assert many == few, url


# --- Language and accessibility basics -------------------------------------------------


def test_dutch_by_default_and_english_after_switching(client, seed):
    response = client.get(reverse("commitments:home"))
    assert '<html lang="nl">' in response.text
    assert "Toezeggingen aan de Tweede Kamer" in response.text
    switched = client.post(reverse("set_language"), {"language": "en", "next": "/toezeggingen/"})
    # The language is in the address, so the English page can be shared as English.
    assert switched.status_code == 302
    assert switched["Location"] == "/en/toezeggingen/"
    response = client.get("/en/")
    assert '<html lang="en">' in response.text
    assert "Commitments to the House of Representatives" in response.text
    assert "Overdue" in response.text
    detail = client.get("/en/toezeggingen/navo-norm-standpunt/")
    assert "Made by" in detail.text
    assert "Due date" in detail.text
    # A link without the prefix is Dutch for everyone, whatever their cookie or browser says.
    shared = client.get("/toezeggingen/navo-norm-standpunt/", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="nl">' in shared.text


def test_pages_name_their_other_language_and_mark_dutch_source_text(client, seed):
    path = "/toezeggingen/navo-norm-standpunt/"
    dutch = client.get(path).text
    assert f'<link rel="alternate" hreflang="en" href="/en{path}">' in dutch
    assert 'lang="nl"' not in dutch.split('<main id="main"', 1)[1]
    english = client.get(f"/en{path}").text
    assert f'<link rel="alternate" hreflang="nl" href="{path}">' in english
    assert '<h1 class="commitment-headline" lang="nl">' in english
    # Links inside the English site stay English.
    assert 'href="/en/toezeggingen/"' in english


def test_api_and_admin_still_negotiate_their_language(client, seed):
    assert client.get("/api/v1/", HTTP_ACCEPT_LANGUAGE="en")["Content-Language"] == "en"
    assert client.get("/api/v1/")["Content-Language"] == "nl"
    login = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Log in" in login.text


class PageStructure(HTMLParser):
    """Collects what the accessibility checks below need from a page."""

    def __init__(self):
        super().__init__()
        self.controls, self.labels, self.headings, self.landmarks = [], set(), [], set()
        self.table_captions = 0
        self.tables = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"input", "select", "textarea"} and attrs.get("type") not in {
            "hidden",
            "submit",
        }:
            self.controls.append(attrs.get("id"))
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag in {"header", "nav", "main", "footer"}:
            self.landmarks.add(tag)
        if tag == "table":
            self.tables += 1
        if tag == "caption":
            self.table_captions += 1


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/toezeggingen/",
        "/toezeggingen/?dossier=abc",
        "/toezeggingen/navo-contactambassade-japan/",
        "/kamerstukken/kst-28676-474/",
        "/bijeenkomsten/navo-fmm-2024-12/",
        "/dossiers/28676/",
        "/statistieken/",
    ],
)
def test_pages_have_labels_landmarks_and_ordered_headings(client, seed, url):
    response = client.get(url)
    page = PageStructure()
    page.feed(response.content.decode())
    assert 'href="#main"' in response.text
    assert page.landmarks == {"header", "nav", "main", "footer"}
    assert all(control and control in page.labels for control in page.controls), page.controls
    assert page.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(page.headings, page.headings[1:], strict=False))
    assert page.tables == page.table_captions


def test_error_pages_say_nothing_about_what_is_hidden(client, seed, settings):
    """In production (DEBUG off) a hidden item's URL is a plain, friendly 404."""
    settings.DEBUG = False
    Commitment.objects.filter(key="navo-norm-standpunt").update(is_published=False)
    for url in ("/toezeggingen/navo-norm-standpunt/", f"/kamerstukken/{ANNEX_IDENTIFIER}/"):
        response = client.get(url)
        assert response.status_code == 404, url
        # The page echoes its own path (the language form returns to it), nothing more.
        body = response.text.replace(url, "")
        assert "Niet gevonden" in body
        assert "navo-norm-standpunt" not in body
        assert NAVO_NORM_TEXT not in body
        assert "vertrouwelijk" not in body.lower()
