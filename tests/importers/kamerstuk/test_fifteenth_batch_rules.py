"""The fifteenth held-out batch (h299-h319), after its blind run: an intent "erop gericht" to
submit, the present "doe ik u … toekomen" with "uiterlijk bij …", an intent to give a coming
reaction content, "Bijgevoegd bied ik …" delivering what was promised two sentences before, an
earlier letter named with its date is no vehicle, a date wrapped after "Den Haag,", and annexes.
Each rule with the case it must leave alone. The batch moved to dev for them."""

import pytest

from commitments.importers.kamerstuk import parse

from .helpers import commitments_of, fulfilments_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Het streven is erop gericht de nota naar aanleiding van het verslag zo spoedig mogelijk "
        "na afronding van het overleg in te dienen.",
        "Uiterlijk bij gelegenheid van het toezenden van de evaluatieopdracht aan uw Kamer doe ik "
        "u ook de reactie van het kabinet op deze voorlichting toekomen.",
        "Ook ben ik, conform mijn toezegging, voornemens in die reactie aandacht te besteden aan "
        "de regeling Hillen.",
    ],
)
def test_the_batchs_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # h315: the earlier letter, named with its date and number, is no coming vehicle
        "Mede namens de Minister van Defensie informeer ik uw Kamer dat de eindafweging als "
        "vermeld in de brief van 22 december 2023 (Kamerstuk 27 925, nr. 962) meer tijd in beslag "
        "neemt dan voorzien.",
        "Het streven is erop gericht de gemeenten te ondersteunen.",
        "Ik ben voornemens in die reactie geen aandacht te besteden aan de regeling Hillen.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


def test_a_promise_and_its_delivery_two_sentences_later_with_bijgevoegd():
    # h317
    body = (
        "Hierin heb ik uw Kamer toegezegd om voor het commissiedebat van 1 juli twee documenten "
        "met uw Kamer te delen. Ten eerste de doorlichting, en ten tweede het advies. Bijgevoegd "
        "bied ik het rapport en het advies aan uw Kamer aan."
    )
    assert [p for p, _ in fulfilments_of(body)] == ["promise_then_delivery"]


def test_a_date_wrapped_after_den_haag_and_an_annex_without_kind():
    # h300: "Den Haag," at the end of the address line, the date on the next
    letter = (
        "Technische briefing\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal Den "
        "Haag,\n\n5 maart 2018\n\nGraag bied ik u hierbij de reactie aan op het verzoek van de "
        "vaste commissie.\n\nDe Minister van Justitie en Veiligheid,\n\nF.B.J. Grapperhaus\n"
    )
    assert str(parse(letter).metadata.date) == "2018-03-05"
    # h301, h303: an annex's heading gives no letter kind
    for heading in (
        ".Bijlage: stand van zaken moties en toezeggingen",
        "Bijlage \u2013 Stand van zaken",
    ):
        annex = f"{heading}\n\nToezegging over regio-indelingen\n\nUw Kamer is toegezegd dat …\n"
        assert parse(annex, strict=False).metadata.kind is None


def test_the_eerste_kamer_presidents_letter_is_accepted_and_its_own_promises_kept_out():
    # h314: the Chamber's own president recalling her promises for the Chamber's bodies
    letter = (
        "CXXIV Verslag van de Tijdelijke Commissie Werkwijze Eerste Kamer\n\nG BRIEF VAN DE "
        "VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL\n\nAan de leden\n\nDen Haag, 5 "
        "december 2017\n\nConform mijn toezegging in het genoemde debat zal de Huishoudelijke "
        "Commissie zich nog buigen over de aanbeveling.\n\nDe voorzitter, A. Broekers-Knol\n"
    )
    parsed = parse(letter, strict=True)
    assert (str(parsed.metadata.date), parsed.metadata.kind) == ("2017-12-05", "brief")
    assert parsed.commitments == () and parsed.fulfilments == ()
