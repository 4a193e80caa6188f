"""The twenty-third held-out batch (h450-h461), after its blind run: "Met deze brief kom ik hieraan
tegemoet" and "Ik stuur u daartoe …" after a reported promise, a verzamelbrief's section that
opens with the promise it keeps, a promise to look into something ("toegezegd na te gaan of"),
and a letterhead's labels on one line with their values on the next ("Datum Betreft" / "20 juni
2014 Nazorg …"). Each with the case it must leave alone. The batch moved to dev for them."""

import datetime

import pytest

from commitments.importers.kamerstuk import parse

from .helpers import fulfilments_of

PROMISE = (
    "Tijdens het algemeen overleg van 18 februari 2014 heb ik toegezegd u te zullen informeren "
    "over de onderzoeken naar de gevolgen van de mijnbouw."
)


@pytest.mark.parametrize(
    "delivery",
    [
        # h450
        "Met deze brief kom ik hieraan tegemoet.",
        # h453
        "Ik stuur u daartoe een afschrift van mijn brief aan de Eerste Kamer.",
    ],
)
def test_a_delivery_pointing_back_at_the_promise_just_reported_keeps_it(delivery):
    found = fulfilments_of(f"{PROMISE} {delivery}")
    assert len(found) == 1 and delivery in found[0][1]


@pytest.mark.parametrize(
    "body",
    [
        # what "hieraan" points at is a committee's request (F3), not a promise
        "De vaste commissie heeft gevraagd om een reactie op het rapport. Met deze brief kom ik "
        "hieraan tegemoet.",
        # no promise reported before it
        "Het rapport is in maart verschenen. Ik stuur u daartoe een afschrift.",
    ],
)
def test_the_same_delivery_without_a_promise_before_it_keeps_none(body):
    assert fulfilments_of(body) == []


def _verzamelbrief(section_body: str) -> str:
    return (
        "In aanloop naar het algemeen overleg informeer ik u in deze brief over de volgende "
        "onderwerpen.\n\nUitvoeringstafel Eindhoven\n\nDe uitvoeringstafel is in maart van start "
        "gegaan. De eerste resultaten zijn bemoedigend.\n\nVastleggen maximum Lelystad\n\n"
        f"{section_body}"
    )


@pytest.mark.parametrize(
    "opening",
    [
        # h456
        "Ik heb uw Kamer toegezegd of, en zo ja, op welke manier het maximum van 10.000 "
        "vliegtuigbewegingen kan worden vastgelegd.",
        "In het debat van 4 juli heb ik toegezegd na te gaan of het maximum kan worden vastgelegd.",
        "In het debat van 4 juli heb ik toegezegd u te informeren over het vastleggen van het "
        "maximum.",
    ],
)
def test_a_section_opening_with_the_promise_it_keeps_is_a_fulfilment(opening):
    body = _verzamelbrief(
        f"{opening} Het maximum is een gevolg van de beperkingen in het huidige luchtruim. Het "
        "kan in het luchthavenbesluit worden vastgelegd."
    )
    assert fulfilments_of(body) == [("opens_with_promise", opening)]


@pytest.mark.parametrize(
    "rest",
    [
        # h138: the section restates the promise and says nothing else (yet)
        "",
        # an uitstel within the section: the promise is still open
        " Het onderzoek loopt nog. Ik zal uw Kamer voor de zomer informeren over de uitkomsten.",
    ],
)
def test_a_section_that_only_restates_or_postpones_the_promise_keeps_none(rest):
    opening = (
        "In het debat van 4 juli heb ik toegezegd na te gaan of het maximum kan worden vastgelegd."
    )
    assert [
        f for f in fulfilments_of(_verzamelbrief(opening + rest)) if f[0] == "opens_with_promise"
    ] == []


def test_letterhead_labels_on_one_line_and_their_values_on_the_next():
    # h450: a PDF letterhead transcribed with its cells run together
    letter = (
        "> Retouradres Postbus 20401 2500 EK Den Haag\nDe Voorzitter van de Tweede Kamer der "
        "Staten-Generaal Binnenhof 4 2513 AA 's-GRAVENHAGE\nDatum Betreft\n20 juni 2014 Nazorg "
        "steenkolenwinning Limburg\nGeachte Voorzitter,\nIk zal uw Kamer voor 1 november "
        "informeren over de onderzoeken.\n"
    )
    assert parse(letter).metadata.date == datetime.date(2014, 6, 20)


def test_a_labels_line_without_a_date_under_it_gives_no_date():
    letter = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDatum Betreft\nNazorg "
        "steenkolenwinning Limburg\nIk zal uw Kamer voor 1 november informeren.\n"
    )
    assert parse(letter, strict=False).metadata.date is None
