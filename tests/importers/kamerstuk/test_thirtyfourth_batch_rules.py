"""The thirty-fourth to thirty-sixth held-out batches (h670-h717), after their blind runs
(commitments met the targets, fulfilments did not): a footnote number glued to a word
("kom ik mijn toezegging1 na") is read as the word, "Zoals in mijn brief … aangekondigd, stuur
ik …", "kom ik ook terug op een eerdere toezegging", "Om invulling te geven aan mijn
toezegging …", "geef ik … uitvoering aan enkele toezeggingen", an opening promise "een stand van
zaken te geven", and "Ik kan u toezeggen dat u … ontvangt". Each with the case it must leave
alone."""

import pytest

from .helpers import commitments_of, fulfilments_of


@pytest.mark.parametrize(
    "sentence",
    [
        # h670
        "Bij het onderwerp integriteit kom ik mijn toezegging1 na om u te informeren over de "
        "screening.",
        # h692
        "Zoals in mijn brief van 6 juli jongstleden aangekondigd1, stuur ik uw Kamer hierbij het "
        "communicatieplan.",
        "In het plan kom ik ook terug op een eerdere toezegging van mijn ambtsvoorganger.",
        # h715
        "Om invulling te geven aan mijn toezegging van 4 november 2020 stuur ik u hierbij de "
        "Staat van de drinkwaterbronnen.",
        # h716
        "Tot slot geef ik in deze brief uitvoering aan enkele toezeggingen aan de Tweede Kamer.",
    ],
)
def test_the_batches_fulfilments_are_read(sentence):
    assert [s for _, s in fulfilments_of(sentence)] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Om invulling te geven aan mijn toezegging zal ik u in mei een brief sturen.",
        "Zoals in mijn brief van 6 juli aangekondigd, zal ik u in het najaar informeren.",
        "Ik kom in het najaar terug op een eerdere toezegging.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert fulfilments_of(sentence) == []


def test_an_opening_promise_of_a_state_of_affairs():
    # h693
    body = (
        "Uw Kamer heb ik toegezegd om voor het begin van het verkiezingsreces een stand van zaken "
        "te geven over de voorbereiding van de verkiezing. De voorbereiding ligt op schema. De "
        "gemeenten zijn ingelicht."
    )
    assert [p for p, _ in fulfilments_of(body)] == ["opens_with_promise"]


def test_i_can_promise_you_that_you_receive():
    # h696
    sentence = (
        "Ik kan u toezeggen dat u de toegezegde informatie over de opzet voor 1 april ontvangt."
    )
    assert commitments_of(sentence) == [sentence]
    assert commitments_of("Ik kan u toezeggen dat de regels gelden.") == []
