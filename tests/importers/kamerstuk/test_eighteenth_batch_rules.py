"""The eighteenth held-out batch (h350-h361), after its blind run: a present "breng ik u op de
hoogte" with its time, "De verwachting is nu, dat ik u … kan toezenden", a thing "nagezonden"
(sent after this letter), "Tevens zullen we dan ingaan op …" after the report of a promised
letter, "Zoals toegezegd neem ik u mee in …" without a comma as this letter's act, a letter
dated in Zoetermeer, and written questions with a mediation of delay (no letter kind). Each
with the case it must leave alone. The batch moved to dev for them."""

import pytest

from commitments.importers.kamerstuk import parse

from .helpers import commitments_of, fulfilments_of


@pytest.mark.parametrize(
    "sentence",
    [
        # h354
        "Uiterlijk in december breng ik u op de hoogte van de conclusies die ik trek.",
        # h355
        "De verwachting is nu, dat ik u over enige maanden het standpunt in dezen kan toezenden.",
        # h352
        "De geconstateerde uitvoeringsaspecten hiervan zullen u spoedig nagezonden worden.",
    ],
)
def test_the_batchs_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vorig jaar bracht ik u op de hoogte van de conclusies die ik trok.",
        "Hierbij breng ik u op de hoogte van de conclusies die ik trek.",
        "De verwachting is nu, dat de sector de afspraken kan nakomen.",
        "De uitvoeringsaspecten zijn u vorige week nagezonden.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


def test_the_content_of_a_letter_whose_promise_the_sentence_before_reports():
    # h351: the Minister-President promised the letter; "we" will take up more in it
    body = (
        "In het debat over de regeringsverklaring heeft de Minister-President half februari een "
        "brief toegezegd met de stand van zaken van de ondersteuning. Tevens zullen we dan ingaan "
        "op het advies van de Bestuurlijke Adviesraad."
    )
    assert commitments_of(body) == [
        "Tevens zullen we dan ingaan op het advies van de Bestuurlijke Adviesraad."
    ]
    # without a reported promise before it, "dan" points at nothing promised
    alone = body.replace("een brief toegezegd met", "gesproken over")
    assert commitments_of(alone) == []


def test_as_promised_without_a_comma_is_this_letters_act():
    # h359
    done = "Zoals toegezegd neem ik u mee in de stand van zaken van de inwerkingtreding."
    assert [p for p, _ in fulfilments_of(done)] == ["as_promised_now"]
    # still to come
    later = "Zoals toegezegd stuur ik u binnenkort de stand van zaken van de inwerkingtreding."
    assert fulfilments_of(later) == []


def test_a_letter_dated_in_zoetermeer_and_written_questions_without_kind():
    # h354: OCW's seat in 1999
    letter = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nZoetermeer, 21 september "
        "1999\n\nHierbij zend ik u het ontwerp.\n"
    )
    assert str(parse(letter).metadata.date) == "1999-09-21"
    # h357: written questions with the staatssecretaris' mededeling that the answer is late
    questions = (
        "Vragen van het lid Klaver (GroenLinks) aan de staatssecretaris van Economische Zaken "
        "over dierproeven (ingezonden 27 maart 2013).\n\nMededeling van staatssecretaris Dijksma "
        "(Economische Zaken) (ontvangen 10 april 2013).\n\nVraag 1\n\nWat is de stand van zaken?"
        "\n\nDe vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.\n"
    )
    assert parse(questions).metadata.kind is None
