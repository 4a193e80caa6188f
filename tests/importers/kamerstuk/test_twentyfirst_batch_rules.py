"""The twenty-first held-out batch (h410-h421), after its blind run: "Hierbij zal ik ook ingaan
op …" after a promise, "denk ik uw Kamer … te kunnen informeren", "Ik kan toezeggen dat de Kamer
… zal worden toegezonden", a return with the thing fronted by "Op", "In deze brief zal ik …" as
this letter unless the sentence before promised a letter, an uitstelbrief's new date five
sentences after its opening, and a letterhead's date in figures. Each with the case it must
leave alone. The batch moved to dev for them."""

import pytest

from commitments.importers.kamerstuk import parse

from .helpers import commitments_of, fulfilments_of


@pytest.mark.parametrize(
    "sentence",
    [
        # h412
        "Om die reden denk ik uw Kamer uiterlijk februari 2020 nader te kunnen informeren.",
        # h420
        "Ik kan toezeggen dat de Kamer zeer binnenkort het verslag zal worden toegezonden.",
        # h418
        "Op de aanbevelingen die niet binnen de toekomstvisie passen zal ik separaat terugkomen.",
    ],
)
def test_the_batchs_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # h237: nothing delivered
        "Maar ik kan wel toezeggen dat de normale regels van toepassing zijn.",
        "Ik denk dat de Kamer hierover goed geïnformeerd is.",
        "Op de aanbevelingen ben ik in de vorige brief teruggekomen.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


def test_hierbij_with_a_future_verb_after_a_promise_is_its_content():
    # h410
    body = (
        "In het najaar zal ik de Kamer informeren over de uitkomsten van DUO. Hierbij zal ik ook "
        "ingaan op de motie van de leden Van der Molen en Westerveld."
    )
    assert commitments_of(body) == body.replace(". Hierbij", ".\nHierbij").split("\n")


def test_in_deze_brief_is_this_letter_unless_a_letter_was_promised_before_it():
    # h417: the sentence before promises a bill, so "deze brief" is this letter (N4)
    this_letter = (
        "Het wetsvoorstel zal ik naar verwachting in 2014 aan de Kamer aanbieden. In deze brief "
        "zal ik de visie van de regering op de maatregelen beschrijven."
    )
    assert commitments_of(this_letter) == [
        "Het wetsvoorstel zal ik naar verwachting in 2014 aan de Kamer aanbieden."
    ]
    coming_letter = (
        "Begin april kom ik met een beleidsbrief over de aanpak van leerlingendaling. In deze "
        "brief zal ik een reactie geven op het Onderwijsraadadvies."
    )
    assert len(commitments_of(coming_letter)) == 2


def test_an_uitstelbrief_giving_its_new_date_five_sentences_on_keeps_nothing():
    # h412: the opening reports the promise, the new date comes after the explanation
    body = (
        "In het Algemeen Overleg van 14 november jl. heb ik toegezegd uw Kamer voor het einde van "
        "het kalenderjaar te informeren over de brandweerzorg. Diverse gesprekken zijn inmiddels "
        "gevoerd. Om tot een zinvolle brief te komen, vind ik een reactie van de regio's van "
        "belang. Die reactie komt begin volgend jaar. Om die reden denk ik uw Kamer uiterlijk "
        "februari 2020 nader te kunnen informeren."
    )
    assert fulfilments_of(body) == []
    kept = body.split(" Diverse")[0] + " Hierbij treft u de brief aan."
    assert fulfilments_of(kept) != []


def test_a_letterheads_date_in_figures():
    # h420, h326: a news archive's copy of a ministry letter
    letter = (
        "Ministerie van Landbouw\n\n13-10-1999\n\nAan de Voorzitter van de Tweede Kamer der "
        "Staten-Generaal\n\nGeachte Voorzitter,\n\nHierbij zend ik u de antwoorden.\n"
    )
    assert str(parse(letter).metadata.date) == "1999-10-13"
