"""Phrasing families on real parliamentary sentences: each family with sentences it must take
and the traps next to it that it must leave (labelling rules C1-C4, N1-N8, F1-F5 in
tests/importer_eval/real/README.md). The sentences are quoted from the real texts in
tests/importer_eval/ (official publications) unless marked otherwise.
"""

import pytest

from commitments.importers.kamerstuk.commitments import Context, commitment_candidate
from commitments.importers.kamerstuk.fulfilments import fulfilment_pattern

NO_CONTEXT = Context(reference=None, vergaderjaar=None)


def pattern_of(sentence: str) -> str | None:
    candidate = commitment_candidate(sentence, None, None, NO_CONTEXT)
    return candidate.pattern if candidate else None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # C4: the content of a coming document (the Kamer is not named)
        (
            "In de geannoteerde agenda voor de Eurogroep en Ecofinraad van 16 en 17 maart 2020 "
            "zal ik een verslag opnemen van deze telefonische Eurogroep.",
            "content_promise",
        ),
        (
            "In die brief zal ik ingaan op de motie van het lid Knops over dat onderwerp "
            "(Kamerstuk 33 000 X, nr. 20) genomen.",
            "content_promise",
        ),
        # C1 / C2: an uitstelbrief's new date
        ("In verband hiermee kunt u de brief in januari tegemoet zien.", "await"),
        ("Ik zal u de brief zo spoedig mogelijk doen toekomen.", "modal_inform"),
        # C1 passive
        (
            "Zodra bekend is wanneer de Commissie haar rapport oplevert, wordt uw Kamer hierover "
            "geïnformeerd.",
            "passive_inform",
        ),
        # C4: answers to Kamervragen, "uw kamer" in lower case as printed
        (
            "Over de uitkomsten van dit onderzoek zal ik uw kamer op korte termijn informeren, in "
            "ieder geval ruim voor het sluiten van de openstellingsperiode van de Lbv (1 december "
            "2023).",
            "modal_inform",
        ),
        # C1 intent verbs with the Kamer as addressee (the examples)
        ("Wij zijn voornemens u in het najaar nader te berichten.", "intent_inform"),
    ],
)
def test_real_promises_are_candidates(sentence, kind):
    assert pattern_of(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # N1 policy intent
        "Deze informatie-afspraken worden vervolgens verankerd in een Europawet.",
        "Allereerst wordt ingezet op een zo breed mogelijk Europees PFAS-verbod.",
        # N2 participation and agenda
        "Ik ben voornemens om aan beide telefonische besprekingen deel te nemen.",
        "De Minister voor Rechtsbescherming zal de gehele Justitie-dag deelnemen.",
        "Het IMFC zal van gedachten wisselen over de mondiale economische en financiële "
        "ontwikkelingen ten aanzien van het COVID-19 virus.",
        # N3 other parties
        "De voorzitter van de Commissie onderzoek fipronil in eieren heeft desgevraagd "
        "toegelicht dat het rapport eind voorjaar \u2013 uiterlijk voor aanvang van het "
        "zomerreces \u2013 wordt opgeleverd.",
        "Defensie is gereed om op 16 november van dit jaar de offerteaanvraag naar de drie "
        "kandidaat-werven te sturen.",
        # N4 this document
        "Met deze brief informeren wij uw Kamer tevens over het kopgroepontbijt terrorisme.",
        "Gelijktijdig met deze brief wordt de Kamer ook geïnformeerd over de verkenning van een "
        "nationaal PFAS-productverbod en een lozingsverbod.",
        "In het eerste gedeelte van deze voortgangsrapportage zal ik stilstaan bij de resultaten "
        "die we in deze kabinetsperiode hebben behaald; in het tweede gedeelte kijk ik vooruit.",
        "In deze Kamerbrief zal ik een toelichting geven op de voortgang, beginnend met uw Kamer "
        "te informeren over de Woo-invoeringstoets.",
        # N6 mere willingness; N7 debate procedure and not promising
        "Op basis van een aantal fundamentele dilemma\u2019s gaat het kabinet graag in overleg "
        "om te evalueren welke informatie uw Kamer nodig heeft.",
        "Ik zal beginnen met een algemeen deel, dan de schaderoute.",
        "Ik ben dit dossier begonnen met zeggen: ik wil geen valse verwachtingen wekken of zaken "
        "toezeggen die ik niet kan nakomen.",
    ],
)
def test_real_traps_are_no_candidates(sentence):
    assert pattern_of(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Deze toezegging doe ik hierbij gestand.", "gestand"),
        (
            "Met deze brief ontvangt u, mede namens de demissionair staatssecretaris Jeugd, "
            "Preventie en Sport, een overzicht van ontwikkelingen rondom PFAS, en komen wij "
            "tegemoet aan enkele toezeggingen en moties.",
            "kom_na",
        ),
        (
            "Graag informeer ik uw Kamer in deze hoofdlijnenbrief over de Europawet en het "
            "bijbehorende tijdspad, zoals toegezegd tijdens het Commissiedebat "
            "EU-informatievoorziening van 10 februari jl. (Kamerstuk 22 112, nr. 3301)",
            "as_promised_now",
        ),
    ],
)
def test_real_fulfilments_are_statements(sentence, kind):
    assert fulfilment_pattern(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # F3 a committee request, F4 routine, F5 a promise not kept here
        "Hierbij ontvangt u een reactie op het verzoek van de vaste commissie voor Landbouw, "
        "Natuur en Voedselveiligheid van 23 mei 2018.",
        "Ook bieden wij u, mede namens de Minister van Infrastructuur en Waterstaat, de "
        "kwartaalrapportage aan.",
        "De minister heeft toegezegd, daarover in contact te treden met de gemeenten.",
        "Bijgaand treft u het verslag met mijn bevindingen en advies aan.",
    ],
)
def test_real_fulfilment_traps_are_no_statements(sentence):
    assert fulfilment_pattern(sentence) is None
