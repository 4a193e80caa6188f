"""The thirteenth held-out batch (h266-h287), after its blind run: debates as the ParlaMint
corpus prints them (speaker lines without a colon), Kamerstukken named by their identifier
("kst-32813-919"), openkamer's page lines, and a return "later" said in a debate. Each rule with
the case it must leave alone. The batch moved to dev for them."""

import pytest

from commitments.importers.kamerstuk import parse
from commitments.importers.kamerstuk.debate import is_transcript, speaker_of, speaker_turns

from .helpers import commitments_of, fulfilments_of

DEBATE = """Klimaatakkoord gebouwde omgeving

De voorzitter

Wij gaan door met het volgende tweeminutendebat, met als eerste spreker de heer Koerhuis.

De heer Koerhuis (VVD)

Drie moties. Ik zal de Kamer er later over informeren, zei de minister vorige keer.

Deze motie is voorgesteld door het lid Koerhuis.

Zij krijgt nr. kst-32813-919

De voorzitter

Dan geef ik het woord aan de minister.

Minister Ollongren

Daar kom ik later nog wat uitgebreider op terug. Ik zal de Kamer voor de zomer informeren over \
de implementatie in andere landen.
"""

LETTER = """Geachte voorzitter,

Hierbij bied ik u de stand van zaken aan. Ik zal uw Kamer voor de zomer informeren over de \
voortgang.

De Minister van Financiën

De Staatssecretaris van Financiën
"""


def test_speaker_lines_without_a_colon_count_where_the_chair_speaks_that_way():
    paragraphs = [p for p in DEBATE.split("\n\n") if p.strip()]
    assert is_transcript(paragraphs)
    turns = speaker_turns(paragraphs)
    roles = {paragraphs[i][:20]: turn.role for i, turn in turns.items()}
    assert roles["Drie moties. Ik zal "] == "member"
    assert roles["Daar kom ik later no"] == "government"
    parsed = parse(DEBATE)
    assert parsed.metadata.kind is None  # a debate, not a letter
    # only the minister's promise; the member's report of one is none (N5)
    assert [c.sentence for c in parsed.commitments] == [
        "Ik zal de Kamer voor de zomer informeren over de implementatie in andere landen."
    ]
    assert parsed.commitments[0].speaker == "Minister Ollongren"


def test_a_letters_signatures_without_a_colon_are_no_speakers():
    paragraphs = [p for p in LETTER.split("\n\n") if p.strip()]
    assert speaker_of("De Minister van Financiën") is None
    assert not is_transcript(paragraphs)
    assert parse(LETTER).metadata.kind == "brief"


def test_a_return_later_in_a_debate_is_the_debates_order_but_in_writing_a_promise():
    said = "Minister Ollongren:\n\n{}\n\nDe voorzitter:\n\nDank u wel.\n"
    for sentence, promise in [
        ("Daar kom ik later nog wat uitgebreider op terug.", False),
        ("Daar kom ik later schriftelijk op terug.", True),
        ("Daar kom ik later dit jaar bij de Kamer op terug.", True),
    ]:
        found = [c.sentence for c in parse(said.format(sentence)).commitments]
        assert found == ([sentence] if promise else []), sentence
    # in a letter "later" is a time still to come
    letter = "Geachte voorzitter,\n\nDaar kom ik later op terug.\n\nDe Minister van Financiën,\n"
    assert [c.sentence for c in parse(letter).commitments] == ["Daar kom ik later op terug."]


def test_a_kamerstuk_named_by_its_identifier_is_a_citation():
    parsed = parse(DEBATE)
    assert [c.kst_id for c in parsed.citations] == ["kst-32813-919"]
    text = "Geachte voorzitter,\n\nZie kst-21501-33-905 en kst-35300-VII-113; niet kst-1234.\n"
    assert [c.kst_id for c in parse(text).citations] == ["kst-21501-33-905", "kst-35300-VII-113"]


def test_openkamers_page_lines_name_the_document_itself():
    page = (
        "Kamerstuk 34233-33\n\nReactie op amendementen\n\nGepubliceerd: 1 februari 2016\n\n"
        "Bron: https://zoek.officielebekendmakingen.nl/kst-34233-33.html\n\nID: 34233-33\n\n"
        "Geachte voorzitter,\n\nIn deze brief reageer ik op de amendementen (Kamerstuk 34 233, "
        "nr. 20).\n\nDe Staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\nM.J. van Rijn\n"
    )
    parsed = parse(page)
    assert (parsed.metadata.dossier, parsed.metadata.ondernummer) == ("34233", 33)
    # its own identifier is no citation; the amendment it answers is
    assert [c.kst_id for c in parsed.citations] == ["kst-34233-20"]


@pytest.mark.parametrize(
    "sentence",
    [
        # h268, h269, h267: a coming document announced with adverbials, or coming to the Kamer
        "Er komt voor het volgende NVWA-debat nog een brief waarin we hier verder op ingaan.",
        "Er komt sowieso een beantwoording van de vraag of de kosten worden doorberekend.",
        "Er komt in maart een uitgebreide reactie naar de Kamer.",
        "Dat onderzoek komt ook naar uw Kamer toe.",
        # h269: "deze Kamer", said in it; sharing what was just named; wanting to share
        "Daarvoor zal ik ook een kort procesbriefje aan deze Kamer sturen.",
        "Die zal ik uiteraard delen, met een appreciatie van de zijde van het kabinet.",
        "De richting en de dilemma's die wij als regering kiezen, willen wij graag met de Kamer "
        "delen.",
        # h270, h266: the promise as the object of "toezeggen", and the promise just offered
        "Ik wil met alle plezier een brief aan u toezeggen.",
        "Die toezegging doe ik dus graag, maar ik ontraad de motie.",
        # h283: returns with adverbs, a named vehicle or a colleague; telling more on a date
        "Mocht u iets anders bedoelen, dan kom ik daar graag op terug in de volgende "
        "voortgangsrapportage.",
        "We komen daar in de komende voortgangsrapportage, op 22 juni, op terug.",
        "Dat is niet aan mij, maar mijn collega komt daar graag bij u op terug.",
        "Wij gaan daarmee aan de slag en komen daar graag op terug.",
        "Op de details kom ik terug in de voortgangsrapportage.",
        "Volgens mij zal ik u op 22 juni meer kunnen vertellen.",
    ],
)
def test_the_debates_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er komt een brief van de gemeenten over de uitvoering.",
        "Er kwam in maart een uitgebreide reactie naar de Kamer.",
        "De minister komt volgende week naar de Kamer voor het debat.",
        "Die toezegging kan ik niet doen.",
        "Ik kan u geen brief toezeggen.",
        "Ik kom terug op de vraag van de heer Koerhuis.",
        "Die hebben we gedeeld.",
        # h269: informing in the perfect, as the condition of a future act
        "Ik zal de motie zo interpreteren dat ik niet sneller zal lopen dan dat de gesprekken "
        "zijn afgerond en ik uw Kamer heb kunnen informeren.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


def test_a_documents_content_after_a_hoped_for_delivery_is_promised_too():
    # h274: the letter named as a purpose, its term hoped for, then what it will hold
    body = (
        "Ik ben meteen aan de slag gegaan om uw Kamer zo snel mogelijk een eerste beleidsbrief "
        "toe te kunnen sturen. Dat hoop ik binnen enkele weken te kunnen doen. Daarin zal ik "
        "schetsen wat we de komende tijd gaan doen. Ook zal ik daarin aangeven wanneer u de "
        "wetgeving kunt verwachten, want er ligt niet alleen een opgave voor de sectoren."
    )
    assert commitments_of(body) == [
        "Dat hoop ik binnen enkele weken te kunnen doen.",
        "Daarin zal ik schetsen wat we de komende tijd gaan doen.",
        "Ook zal ik daarin aangeven wanneer u de wetgeving kunt verwachten, want er ligt niet "
        "alleen een opgave voor de sectoren.",
    ]
    # without the delivery before it, "Daarin zal ik schetsen" is this letter's content
    assert commitments_of("Daarin zal ik schetsen wat we de komende tijd gaan doen.") == []


def test_promises_deemed_done_by_sending_this_letter_are_a_fulfilment():
    # h273
    sentence = (
        "Een aantal van deze moties en toezegging wordt met het verzenden van deze brief als "
        "afgedaan beschouwd."
    )
    assert [p for p, _ in fulfilments_of(sentence)] == ["afgedaan"]
    assert fulfilments_of("De toezegging wordt met deze brief niet als afgedaan beschouwd.") == []


def test_the_eerste_kamers_committee_notes_are_accepted_and_their_decisions_kept_out():
    # h286: the plural "commissies" in the notes' title; the committees' decision on the
    # promises is their judgement, not a fulfilment
    notes = (
        "Korte aantekeningen vergadering commissies Infrastructuur, Waterstaat en Omgeving (IWO) "
        "en Economische Zaken en Klimaat van 23 november 2021\n\n1. Halfjaarlijks "
        "toezeggingenrappel minister van BZK\n\nIn reactie op de brief van de minister van BZK "
        "van 12 november 2021 besluiten de commissies om een nadere toelichting te vragen op de "
        "uitvoering van de toezeggingen T02867 en T02849.\n"
    )
    parsed = parse(notes, strict=True)
    assert parsed.metadata.kind is None
    assert parsed.fulfilments == ()
