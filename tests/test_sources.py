"""Links to the official publications follow from the stored identifiers."""

import uuid

import pytest

from commitments.models import Commitment, Debate, Document, Dossier
from commitments.sources import commitment_source, debate_source, document_sources

pytestmark = pytest.mark.django_db


def test_kamerstuk_links_to_its_publication_and_the_kamer_page(agenda_fmm_2024):
    agenda_fmm_2024.tk_number = "2024D45678"
    links = dict((str(label), url) for label, url in document_sources(agenda_fmm_2024))
    assert list(links.values()) == [
        "https://zoek.officielebekendmakingen.nl/kst-28676-474.html",
        "https://www.tweedekamer.nl/kamerstukken/detail?id=2024D45678&did=2024D45678",
    ]


def test_toevoeging_is_part_of_the_kst_link():
    dossier = Dossier.objects.create(number=21501, toevoeging="02")
    document = Document.objects.create(dossier=dossier, ondernummer=3196, title="Brief")
    assert document_sources(document)[0][1] == (
        "https://zoek.officielebekendmakingen.nl/kst-21501-02-3196.html"
    )


def test_document_known_only_by_its_open_data_id_links_to_the_file():
    tk_id = uuid.uuid4()
    document = Document.objects.create(identifier="eigen-kenmerk", title="Brief", tk_id=tk_id)
    assert document_sources(document) == [
        (
            document_sources(document)[0][0],
            f"https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document({tk_id})/resource",
        )
    ]
    assert document_sources(Document(identifier="x", title="Brief")) == []


def test_commitment_links_to_the_kamer_register_by_tz_number():
    assert commitment_source(Commitment(number="TZ202412-116")) == (
        "https://www.tweedekamer.nl/kamerstukken/toezeggingen/detail?id=TZ202412-116"
    )
    assert commitment_source(Commitment(number="T01970")) == ""  # Eerste Kamer
    assert commitment_source(Commitment(number=None)) == ""


def test_debate_links_to_its_activity():
    committee = Debate(kind=Debate.Kind.COMMISSIEDEBAT, tk_number="2024A05766")
    assert debate_source(committee) == (
        "https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details"
        "?id=2024A05766"
    )
    plenary = Debate(kind=Debate.Kind.PLENAIR_DEBAT, tk_number="2024A01234")
    assert "plenaire_vergaderingen" in debate_source(plenary)
    assert debate_source(Debate(kind=Debate.Kind.COMMISSIEDEBAT)) == ""


def test_pages_show_the_links(client, agenda_fmm_2024, seed):
    page = client.get(agenda_fmm_2024.get_absolute_url()).content.decode()
    assert 'href="https://zoek.officielebekendmakingen.nl/kst-28676-474.html"' in page
    verslag = client.get("/kamerstukken/2024D50159/").content.decode()
    assert (
        "https://www.tweedekamer.nl/kamerstukken/detail?id=2024D50159&amp;did=2024D50159" in verslag
    )

    commitment = Commitment.objects.get(key="irak-force-protection-nmi")
    Commitment.objects.filter(pk=commitment.pk).update(number="TZ202310-001")
    Debate.objects.filter(pk=commitment.debate_id).update(tk_number="2023A06543")
    page = client.get(commitment.get_absolute_url()).content.decode()
    assert "toezeggingen/detail?id=TZ202310-001" in page
    assert "commissievergaderingen/details?id=2023A06543" in page
