"""Promises in a debate's words and in the passive that the twelfth batch's blind run missed
(h241, h244, h250): a coming letter announced ("Er komt nog een brief"), a written return in a
subordinate clause, findings to be shared in the passive, an overview set out for the Kamer, a
receipt in the coming months. Each with the sentences around it that must stay out."""

import pytest

from .helpers import commitments_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Er komt nog een brief waarin het kabinet de Kamer gaat informeren over een contingency "
        "coördinatie eenheid.",
        "Er komen nog twee brieven over de uitvoering van de motie.",
        "Ik stel voor dat ik daar later schriftelijk op terugkom.",
        "Volgens mij kom ik daar beter schriftelijk op terug.",
        "Vervolgens zullen de bevindingen met de Kamer worden gedeeld.",
        "Ik zal al die verschillende initiatieven voor de Kamer op een rij zetten.",
        "De komende maanden ontvangt u de DMP-brieven die de start of faseovergang van deze "
        "projecten markeren.",
    ],
)
def test_spoken_and_passive_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # another party's letter, and a letter that came
        "Er komt een brief van de gemeenten over de uitvoering.",
        "Er kwam nog een brief van de minister over de uitvoering.",
        # the debate's own order, not a written return
        "Daar kom ik zo nog op terug.",
        "Ik wil daar in tweede termijn op terugkomen.",
        # shared already, or a standing arrangement
        "De bevindingen zijn met de Kamer gedeeld.",
        "De bevindingen worden met de Kamer gedeeld zodra de commissie daarom vraagt.",
        # set out for someone else, or in the past
        "Ik heb de initiatieven voor de Kamer op een rij gezet.",
        # received now, not in the coming months
        "Hierbij ontvangt u de DMP-brieven.",
        "U ontvangt de brief zoals u die eerder ontving.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # h195: the debate's conditional offer with a time
        "Als ik omstreeks de zomer met een reactie mag komen op dit punt, dan is dat prima.",
        "Het kabinet komt in het najaar met een wetsvoorstel.",
        "Rond de zomer informeer ik de Kamer over de stand van zaken.",
    ],
)
def test_coming_with_a_reaction_or_a_bill_at_a_time_is_a_promise(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het kabinet kwam in het najaar met een voorstel.",
        "De Europese Commissie komt in het najaar met een voorstel.",
        "Als ik met een reactie mag komen, dan graag.",
    ],
)
def test_a_past_coming_another_partys_or_one_without_a_time_is_none(sentence):
    assert commitments_of(sentence) == []
