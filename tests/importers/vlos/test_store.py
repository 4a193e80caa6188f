"""Importing a VLOS report into the register: the command, the review page, re-imports, and the
Tweede Kamer's own Toezegging found again as the same commitment by the open-data sync."""

import datetime
import json

import httpx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from commitments.importers.opendata import FeedClient, OpenDataSync
from commitments.importers.store import apply, propose
from commitments.models import (
    Commitment,
    CommitmentEvent,
    Debate,
    Document,
    Dossier,
    Ministry,
    Person,
)

from .helpers import DATA, ECONOMIE, PLENAIR, POLITIE, report_bytes

pytestmark = pytest.mark.django_db
URL = reverse("admin:commitments_document_import")
POLITIE_NUMBER = "2024A09253"


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (Commitment, CommitmentEvent, Debate, Document, Person)
    }


def test_import_makes_the_debate_its_bewindspersoon_and_attributed_candidates():
    justice = Ministry.objects.create(name="Justitie en Veiligheid", slug="jenv")
    dossier = Dossier.objects.create(number=28684)
    on_agenda = Document.objects.create(
        identifier="kst-28684-778", dossier=dossier, ondernummer=778, title="ELA"
    )
    proposal = propose(report_bytes(POLITIE), source="politie.xml")
    assert proposal.known_candidates == {}
    result = apply(proposal)

    debate = Debate.objects.get(tk_number=POLITIE_NUMBER)
    assert str(debate.tk_id) == "5f38f14b-c1b8-4303-8db5-07a64dc67a98"
    assert (debate.kind, debate.date, debate.subject) == (
        Debate.Kind.COMMISSIEDEBAT,
        datetime.date(2025, 7, 2),
        "Politie",
    )
    assert (debate.room, debate.tk_kind) == ("Troelstrazaal", "Commissiedebat")
    assert debate.committee.name == "vaste commissie voor Justitie en Veiligheid"
    assert debate.committee.abbreviation == "J&V"
    assert list(debate.agenda.all()) == [on_agenda]  # the other eight are only listed
    assert result.counts["agenda items not in the register"] == 8
    [minister] = debate.bewindspersonen.all()
    assert (minister.name, minister.function, minister.ministry) == (
        "David van Weel",
        "minister van Justitie en Veiligheid",
        justice,
    )

    commitments = list(Commitment.objects.order_by("due_description", "key"))
    assert len(commitments) == 3 == result.counts["commitments created"]
    for c in commitments:
        assert (c.debate, c.made_by, c.ministry) == (debate, minister, justice)
        assert c.made_on == datetime.date(2025, 7, 2)
        assert not c.is_published
        assert c.report_text == c.text
        assert c.mentioned_in.get() == result.document
        assert c.events.get().source == CommitmentEvent.Source.IMPORT
    assert [c.due_description for c in commitments] == [
        "In het volgende halfjaarbericht",
        "Na de zomer",
        "na de zomer",
    ]
    assert result.document.kind == Document.Kind.VERSLAG
    assert result.document.identifier == "vlos-61715b27-c629-4780-97b2-e667232ce6df"
    assert "halfjaarbericht politie" in result.document.text  # the report as plain text


def test_importing_twice_creates_nothing_new(django_assert_max_num_queries):
    apply(propose(report_bytes(PLENAIR)))
    apply(propose(report_bytes(ECONOMIE)))
    before = _counts()
    with django_assert_max_num_queries(40):
        proposal = propose(report_bytes(ECONOMIE))
    assert len(proposal.known_candidates) == 6
    result = apply(proposal)
    assert _counts() == before
    assert result.counts["candidates already registered"] == 6
    assert result.counts["documents updated"] == 1
    assert result.counts["debates linked"] == 1


def test_a_plenary_report_gives_five_debates_with_their_minister():
    apply(propose(report_bytes(PLENAIR)))
    debates = Debate.objects.filter(kind=Debate.Kind.PLENAIR_DEBAT)
    assert debates.count() == 5
    assert all(d.bewindspersonen.count() == 1 for d in debates)
    # Only the bewindspersonen's own words: candidates, marked lower in the notes.
    assert all("lagere zekerheid" in c.notes for c in Commitment.objects.all())


def test_a_known_person_is_found_by_name_and_gets_the_open_data_id():
    known = Person.objects.create(name="David van Weel", slug="van-weel")
    apply(propose(report_bytes(POLITIE)))
    known.refresh_from_db()
    assert Person.objects.get() == known
    assert str(known.tk_id) == "e6d1d734-3054-4599-9544-3c4e713999c0"
    assert set(Commitment.objects.values_list("made_by", flat=True)) == {known.pk}


def test_a_debate_the_sync_brought_is_filled_in_not_duplicated():
    synced = Debate.objects.create(
        kind=Debate.Kind.COMMISSIEDEBAT,
        date=datetime.date(2025, 7, 2),
        subject="Politie",
        tk_number=POLITIE_NUMBER,
    )
    apply(propose(report_bytes(POLITIE)))
    synced.refresh_from_db()
    assert Debate.objects.count() == 1
    assert synced.room == "Troelstrazaal"
    assert synced.commitments.count() == 3


def test_the_command_imports_a_vlos_file_with_the_kamerstuk_json_shape(tmp_path, capsys):
    path = tmp_path / "politie.xml"
    path.write_bytes(report_bytes(POLITIE))
    call_command("import_kamerstuk", str(path), "--json", "--dry-run")
    # stdout is one JSON array, one object per file, as for Kamerstuk text.
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["status"] == "dry-run"
    data = entry["proposal"]
    # The keys a Kamerstuk proposal has, and the report on top.
    assert {"metadata", "commitments", "fulfilment_matches", "identifier"} <= data.keys()
    assert [c["debate"]["raw"] for c in data["commitments"]] == [
        f"Commissiedebat Politie ({POLITIE_NUMBER})"
    ] * 3
    assert data["report"]["debates"][0]["number"] == POLITIE_NUMBER
    assert {c["made_by"] for c in data["report"]["candidates"]} == {"David van Weel"}
    assert not Commitment.objects.exists()
    call_command("import_kamerstuk", str(path))
    assert Commitment.objects.count() == 3


def test_the_review_page_shows_the_vlos_candidates_and_saves_the_accepted(clerk_client):
    upload = SimpleUploadedFile("politie.xml", report_bytes(POLITIE), "text/xml")
    review = clerk_client.post(URL, {"file": upload})
    html = review.content.decode()
    assert review.status_code == 200
    assert f"Commissiedebat Politie ({POLITIE_NUMBER})" in html
    assert "na de zomer naar de Kamer" in html
    assert "David van Weel (minister van Justitie en Veiligheid)" in html
    assert not Commitment.objects.exists()
    form = review.context["form"]
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update({"save": "1", "candidate": ["0", "2"]})
    response = clerk_client.post(URL, data)
    assert response.status_code == 302
    assert Commitment.objects.count() == 2
    assert Debate.objects.get().tk_number == POLITIE_NUMBER


def test_a_broken_xml_upload_is_a_form_error(clerk_client):
    upload = SimpleUploadedFile(
        "kapot.xml",
        b"<vlosCoreDocument xmlns='http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0'><a>",
        "text/xml",
    )
    response = clerk_client.post(URL, {"file": upload})
    assert response.status_code == 200
    assert "geen geldige XML" in response.content.decode()
    assert not Document.objects.exists()


# Point 2: the sync brings the Tweede Kamer's own Toezegging for the same Activiteit.


def _sync_toezeggingen(records):
    body = json.dumps({"@odata.context": "x/$metadata#Toezegging(Activiteit())", "value": records})

    def handle(request):
        if request.url.path.endswith("/Toezegging"):
            return httpx.Response(200, text=body)
        return httpx.Response(404)

    client = FeedClient(transport=httpx.MockTransport(handle), sleep=lambda s: None)
    sync = OpenDataSync(client=client, base_url="https://example.test", fmt="odata")
    sync.run_feed("Toezegging")
    return sync


def _portal_records(number):
    records = json.loads((DATA / "odata_toezegging_real.json").read_text())["value"]
    return [r for r in records if r["ActiviteitNummer"] == number]


def test_the_kamers_own_toezegging_is_linked_to_the_read_out_candidate_not_duplicated():
    apply(propose(report_bytes(ECONOMIE)))
    candidates = {c.text: c for c in Commitment.objects.all()}
    records = _portal_records("2025A00670")
    assert len(records) == 6
    _sync_toezeggingen(records)

    assert Commitment.objects.count() == 6  # linked, none added
    for record in records:
        c = Commitment.objects.get(tk_id=record["Id"])
        assert c.number == record["Nummer"]
        assert c.report_text  # the chair's wording stays next to the Kamer's
        assert c.text == record["Tekst"]
        assert c.is_published
        assert c.pk == candidates[c.report_text].pk
        assert c.events.filter(note__startswith="Herkend als Toezegging").exists()


def test_a_reworded_toezegging_still_matches_and_the_clerk_sees_both_texts(admin_client):
    apply(propose(report_bytes(ECONOMIE)))
    [record] = [r for r in _portal_records("2025A00670") if "ondernemerspact" in r["Tekst"]]
    record = {**record, "Tekst": "De minister informeert de Kamer na de zomer per brief "
              "over het ondernemerspact en hoe het kabinet daarmee omgaat."}  # fmt: skip
    _sync_toezeggingen([record])
    c = Commitment.objects.get(tk_id=record["Id"])
    assert c.report_text == "De minister stuurt na de zomer een brief over het ondernemerspact."
    assert Commitment.objects.count() == 6
    page = admin_client.get(reverse("admin:commitments_commitment_change", args=[c.pk]))
    html = page.content.decode()
    assert c.report_text in html and record["Tekst"] in html


def test_a_clerks_published_wording_stays_when_the_sync_links_it():
    apply(propose(report_bytes(ECONOMIE)))
    c = Commitment.objects.get(text__contains="R&D-actieplan")
    c.text = "De minister stuurt voor de zomer het R&D-actieplan (griffie)."
    c.is_published = True
    c.save()
    [record] = [r for r in _portal_records("2025A00670") if "R&D" in r["Tekst"]]
    _sync_toezeggingen([record])
    c.refresh_from_db()
    assert (str(c.tk_id), c.text) == (record["Id"], "De minister stuurt voor de zomer het "
                                      "R&D-actieplan (griffie).")  # fmt: skip


def test_a_toezegging_of_another_debate_is_not_taken_for_the_candidate():
    apply(propose(report_bytes(POLITIE)))
    [record] = [r for r in _portal_records("2025A00670") if "ondernemerspact" in r["Tekst"]]
    record = {**record, "Tekst": "De minister stuurt na de zomer de kabinetsreactie op de "
              "initiatiefnota over PTSS naar de Kamer."}  # fmt: skip
    _sync_toezeggingen([record])
    assert Commitment.objects.count() == 4
    assert Commitment.objects.filter(tk_id=None).count() == 3
