"""Rules written from the eighth held-out batch (h130-h150) after its first blind run, when it
moved to dev, and from the dev misses left over: a later delivery said without the usual
delivering sentence (a pronoun for the document, the document "follows", the delivery as a
noun), always with a time for it; the Kamer may expect a deliverable by a deadline; a promised
document named before "ontvangt u met deze brief"; "Graag informeer ik uw Kamers"; moties listed
with toezeggingen and a request answered "mede" do not make a delivery another one. Real
sentences (quoted from those official publications), constructed variants (marked) and traps.
"""

import pytest

from commitments.importers.kamerstuk.fulfilments import fulfilment_pattern

from .helpers import fulfilments_of, pattern_of

# --- a later delivery: a pronoun, "volgt", the delivery as a noun (with a time) ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        # h106 (kst-35537-3)
        "We verwachten deze eind oktober te kunnen sturen.",
        # h144 (kst-32500-IV-26)
        "In de loop van volgende week volgt een uitgebreider verslag van mijn bezoek aan alle "
        "eilanden.",
        # h111 (kst-28385-213)
        "Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan 1 september toe te "
        "sturen, waarbij ik nog steeds streef naar toezending in september, conform mijn eerdere "
        "toezegging.",
        # h105 (kst-32500-C-7)
        "Beantwoording zal plaatsvinden voor het verschijnen van de meicirculaire provinciefonds, "
        "dientengevolge u tijdig wordt geïnformeerd.",
        # constructed
        "Ik verwacht die voor de zomer aan te bieden.",
        "Een nadere reactie volgt na de zomer.",
        "Na afronding van het onderzoek volgt de eindrapportage, uiterlijk in maart 2027.",
        "Het kabinet streeft naar aanbieding van de nota in het voorjaar.",
        "De oplevering van de evaluatie zal in het eerste kwartaal van 2027 plaatsvinden.",
    ],
)
def test_a_later_delivery_with_a_time_is_a_commitment(sentence):
    assert pattern_of(sentence) == "deliver_document"


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed traps: no time, this letter, a negation, another party's plan
        "We verwachten deze te kunnen sturen.",
        "Hieronder volgt een overzicht van de stand van zaken.",
        "Daarna volgt een verslag van de gesprekken.",
        "Beantwoording zal niet voor de zomer plaatsvinden.",
        "De toezending heeft op 3 maart plaatsgevonden.",
        "Een reactie van de gemeenten volgt.",
        "Wij verwachten deze niet voor de zomer te kunnen sturen.",
    ],
)
def test_a_later_delivery_without_a_time_or_of_this_letter_is_none(sentence):
    assert pattern_of(sentence) != "deliver_document"


# --- the Kamer may expect a deliverable by a deadline ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # h142 (kst-19637-1374)
        "Uw Kamer mag uiterlijk begin 2011 reacties verwachten op een vijftal verzoeken van de "
        "Vaste Kamer Commissie voor Immigratie en Asiel inzake de wenselijkheid van verdere "
        "behandeling van een aantal stukken.",
        # constructed
        "U kunt de rapportage voor de zomer verwachten.",
        "De Kamer kan het wetsvoorstel in het najaar van 2027 verwachten.",
    ],
)
def test_the_kamer_may_expect_a_deliverable_by_a_deadline(sentence):
    assert pattern_of(sentence) == "await"


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed traps: an opinion ("verwachten dat"), no deadline, a negation
        "Uw Kamer mag verwachten dat ik in 2027 zorgvuldig te werk ga.",
        "U kunt van mij verwachten dat de uitvoering voor de zomer op orde is.",
        "Uw Kamer mag een zorgvuldige afweging verwachten.",
        "U kunt de rapportage niet voor de zomer verwachten.",
    ],
)
def test_an_expectation_without_a_deliverable_by_a_deadline_is_none(sentence):
    assert pattern_of(sentence) != "await"


# --- a fulfilment: the promised document named first, then this letter brings it ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        # h114 (kst-31511-51)
        "Vanwege de inhoudelijke samenhang met de eveneens aan uw Kamer toegezegde verkenning "
        "naar de financiering van de monumentenzorg ontvangt u tegelijk met deze beleidsreactie "
        "ook de eerste resultaten van die verkenning.",
        # constructed
        "De in het commissiedebat toegezegde evaluatie ontvangt u hierbij.",
        "Het toegezegde onderzoek naar de kosten treft u bij deze brief aan.",
    ],
)
def test_a_promised_document_named_first_and_brought_now_is_a_fulfilment(sentence):
    assert fulfilment_pattern(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed traps: the promised document still to come, or not delivered
        "De toegezegde evaluatie volgt later; u ontvangt met deze brief de planning.",
        "De toegezegde verkenning zal ik u in mei sturen.",
        "De toegezegde evaluatie ontvangt u niet met deze brief.",
    ],
)
def test_a_promised_document_still_to_come_is_no_fulfilment(sentence):
    assert fulfilment_pattern(sentence) is None


# --- "Graag informeer ik uw Kamers"; moties with toezeggingen; a request answered "mede" -----


def test_a_polite_present_delivery_after_the_promise_is_a_fulfilment():
    # h138 (kst-34550-IV-6)
    body = (
        "In het debat met de Tweede Kamer van 6 juni jl. (Kamerstuk 34 300 IV, nr. 70) en met de "
        "Eerste Kamer op 21 juni jl. over de evaluaties in het kader van de staatkundige "
        "vernieuwing, zijn een aantal moties ingediend en heb ik een aantal toezeggingen gedaan. "
        "Graag informeer ik uw Kamers, mede ter beantwoording van het verzoek van de vaste "
        "commissie voor Koninkrijksrelaties van de Eerste Kamer van 30 juni jl., over de stand "
        "van zaken met betrekking tot de aanvaarde moties en de door mij gedane toezeggingen."
    )
    found = fulfilments_of(body)
    assert any("de door mij gedane toezeggingen" in sentence for _, sentence in found)


@pytest.mark.parametrize(
    "delivery",
    [
        # constructed traps: a motie alone, a request answered (not "mede")
        "Graag informeer ik uw Kamer over de uitvoering van de motie van het lid Jansen.",
        "Graag informeer ik uw Kamer, ter beantwoording van het verzoek van de commissie, over "
        "de stand van zaken.",
        "Graag informeer ik uw Kamer over het uitstel van de evaluatie.",
    ],
)
def test_a_polite_delivery_of_something_else_is_no_fulfilment(delivery):
    body = "In het commissiedebat van 3 maart heb ik een aantal toezeggingen gedaan. " + delivery
    assert fulfilments_of(body) == []
