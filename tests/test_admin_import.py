"""The clerk uploads a Kamerstuk text, sees the proposal, and saves what they accept."""

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from commitments.models import Commitment, Document, Fulfilment

pytestmark = pytest.mark.django_db
URL = reverse("admin:commitments_document_import")
SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "kamerstukken"


def upload(client, name):
    data = (SEEDS / name).read_bytes()
    return client.post(URL, {"file": SimpleUploadedFile(name, data, "text/plain")})


def test_upload_shows_the_proposal_and_saves_nothing(clerk_client):
    response = upload(clerk_client, "002_eafaf4e2d27f033a.txt")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nieuw stuk met kenmerk kst-28676-446" in html
    assert "Zoals toegezegd in het commissiedebat Irak" in html
    assert "Kamerstuk 30 821, nr. 175" in html
    assert not Document.objects.exists()


def test_saving_the_reviewed_proposal_keeps_only_accepted_candidates(clerk_client, clerk):
    review = upload(clerk_client, "002_eafaf4e2d27f033a.txt")
    form = review.context["form"]
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update({"save": "1", "candidate": ["0"], "title": "Geannoteerde agenda FMM 2023"})
    response = clerk_client.post(URL, data)
    assert response.status_code == 302
    document = Document.objects.get(identifier="kst-28676-446")
    assert document.title == "Geannoteerde agenda FMM 2023"
    assert Commitment.objects.count() == 1
    created = Commitment.objects.get()
    assert not created.is_published
    assert created.events.get().user == clerk


def test_fulfilment_needs_a_date_when_the_text_has_none(clerk_client, seed):
    Fulfilment.objects.all().delete()
    Commitment.objects.filter(status="fulfilled").update(status="open", fulfilled_on=None)
    Document.objects.filter(identifier="2024D50159").update(date=None)
    review = upload(clerk_client, "000_750ff7845ea9edf2.txt")
    matches = review.context["matches"]
    assert [m["selected"] for m in matches] == [
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    ]
    form = review.context["form"]
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update({"save": "1", "fulfilment_0": matches[0]["selected"]})
    response = clerk_client.post(URL, data)
    assert response.status_code == 200
    assert "geen datum" in response.content.decode()
    assert not Fulfilment.objects.exists()

    data["fulfilment_date"] = "2024-12-16"
    assert clerk_client.post(URL, data).status_code == 302
    assert Commitment.objects.get(key="navo-contactambassade-japan").status == "fulfilled"
    assert Commitment.objects.get(key="zeerecht-verdachte-schepen").status == "open"


def test_bad_upload_is_a_form_error(clerk_client):
    response = clerk_client.post(
        URL, {"file": SimpleUploadedFile("x.txt", b"\x00\x01binary\x00" * 50)}
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert not Document.objects.exists()


def test_import_page_needs_clerk_permissions(client, staff_without_group):
    client.force_login(staff_without_group)
    assert client.get(URL).status_code == 403


def test_a_crafted_fulfilment_key_is_refused(clerk_client, seed):
    """Only a commitment the review page offered may be marked fulfilled."""
    Fulfilment.objects.all().delete()
    Commitment.objects.filter(status="fulfilled").update(status="open", fulfilled_on=None)
    Commitment.objects.create(key="concept-elders", text="Iets anders.", status="lapsed")
    review = upload(clerk_client, "000_750ff7845ea9edf2.txt")
    offered = {key for key, _score in review.context["matches"][0]["options"]}
    assert "concept-elders" not in offered
    form = review.context["form"]
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update({"save": "1", "fulfilment_0": "concept-elders", "fulfilment_date": "2024-12-16"})
    response = clerk_client.post(URL, data)
    assert response.status_code == 200
    assert "Kies een van de voorgestelde toezeggingen" in response.content.decode()
    assert not Fulfilment.objects.exists()
    assert Commitment.objects.get(key="concept-elders").status == "lapsed"


def test_a_tampered_text_on_an_invalid_review_is_a_message_not_a_500(clerk_client):
    response = clerk_client.post(
        URL, {"save": "1", "text": "\x00\x01binary\x00" * 50, "date": "gisteren"}
    )
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages


DEBATES = Path(__file__).resolve().parent / "data" / "debates"
DEBATE = DEBATES / "commissiedebat_met_toezeggingen.txt"


def test_the_review_page_explains_each_candidate(clerk_client):
    data = DEBATE.read_bytes()
    response = clerk_client.post(URL, {"file": SimpleUploadedFile("d.txt", data, "text/plain")})
    html = response.content.decode()
    assert response.status_code == 200
    # the sentence highlighted in its paragraph
    assert (
        "Dank u wel, voorzitter. Ik zal beginnen met een algemeen deel. <mark>Ik zal uw Kamer "
        "voor de zomer informeren over de uitwerking van de informatieafspraken.</mark>" in html
    )
    # the rule in words, the deadline, the debate with date and committee, the speaker
    assert "Genoteerd door de voorzitter in de lijst van toezeggingen" in html
    assert "Termijn: na de zomer" in html
    assert "commissiedebat 23 januari 2025, vaste commissie voor Binnenlandse Zaken" in html
    assert "Spreker: Minister Uitermark" in html
    assert not Commitment.objects.exists()


def test_a_transcript_without_a_kind_is_offered_as_other(clerk_client):
    data = (
        Path(__file__).resolve().parent
        / "importer_eval"
        / "heldout"
        / "h08_vrom_vao_duurzaam_inkopen_2008.txt"
    ).read_bytes()
    response = clerk_client.post(URL, {"file": SimpleUploadedFile("h.txt", data, "text/plain")})
    assert response.status_code == 200
    assert response.context["form"].initial["kind"] == Document.Kind.OTHER


def test_every_rule_the_importer_can_name_is_explained_in_words():
    # Before: four rules added to the importer showed their internal name to the clerk.
    from commitments.admin.importing import RULE_EXPLANATIONS
    from commitments.importers.kamerstuk import commitments as kamerstuk_rules
    from commitments.importers.vlos import toezeggingen as vlos_rules

    named = set()
    for module in (kamerstuk_rules, vlos_rules):
        source = Path(module.__file__).read_text()
        named |= set(re.findall(r'return "([a-z_]+)"', source))
        named |= set(re.findall(r'pattern="([a-z_]+)"', source))
        named |= set(re.findall(r'pattern=\(?\s*"([a-z_]+)"', source))
    assert named >= {"modal_inform", "bill", "keep_informed", "voorgelezen"}
    assert named - set(RULE_EXPLANATIONS) == set()
