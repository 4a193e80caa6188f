"""The nineteenth held-out batch (h370-h388), after its blind run: "U wordt geïnformeerd …" with
a capital "U", "Onze planning is nu om … naar de Kamer te sturen", "zal u … een beleidsreactie
geven", "binnen de wettelijke termijn" as a time, a coming document on its way to the Kamer
("die u begin volgende week zal toegaan", "melden dat uw Kamer … zal toegaan"), "ga ik in op …
mijn toezeggingen" as this letter keeping them, a signature line opened by "Mede namens", a
first name with initials, a letter dated in Rijswijk, and openkamer's page of a Kamervraag (no
letter kind). Each with the case it must leave alone. The batch moved to dev for them."""

import pytest

from commitments.importers.kamerstuk import parse

from .helpers import commitments_of, fulfilments_of, signed_as


@pytest.mark.parametrize(
    "sentence",
    [
        # h371
        "U wordt geïnformeerd over de uitkomsten zodra deze beschikbaar zijn, begin 2014.",
        # h380
        "Onze planning is nu om de opzet medio april naar de Kamer te sturen.",
        # h381
        "Ik zal u mede namens de minister van Volksgezondheid, Welzijn en Sport zo spoedig "
        "mogelijk voor 1 maart 2013 een beleidsreactie geven op dit advies.",
        # h375
        "U kunt een reactie op het advies verwachten binnen de wettelijke termijn voor "
        "beantwoording.",
        # h384
        "In voornoemde geannoteerde agenda die u begin volgende week zal toegaan, zal daaraan "
        "eveneens aandacht worden geschonken.",
        "Naar aanleiding van het informatieverzoek kunnen wij u hierbij melden dat uw Kamer de "
        "inzet van het kabinet ten aanzien van de door dhr. Slob genoemde voorstellen zal toegaan "
        "in de geannoteerde agenda voor de Euro-zone Top.",
    ],
)
def test_the_batchs_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "U werd vorig jaar geïnformeerd over de uitkomsten van het onderzoek.",
        "Onze planning is nu om de werkzaamheden medio april af te ronden.",
        "Ik heb u vorig jaar een beleidsreactie gegeven op dit advies.",
        "De geannoteerde agenda die u vorige week is toegegaan, behandelt de Top.",
        "Hierbij ontvangt u de geannoteerde agenda voor de Euro-zone Top.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


def test_taking_up_the_promises_in_this_letter_keeps_them():
    # h386
    body = (
        "Daarnaast ga ik in op de motie Bisschop, mijn toezeggingen omtrent het beheer van de "
        "Oosterscheldekering en de vraag uit het vragenuur."
    )
    assert [p for p, _ in fulfilments_of(body)] == ["ga_in_op"]
    # the motie alone is carried out, not a promise kept (F3)
    assert (
        fulfilments_of("Daarnaast ga ik in op de motie Bisschop over de Oosterscheldekering.") == []
    )


@pytest.mark.parametrize(
    ("closing", "function", "name"),
    [
        # h375: the whole signature on one line after "Mede namens …,"
        (
            "Mede namens de Minister van Binnenlandse Zaken en Koninkrijksrelaties, De Minister "
            "voor Basis- en Voortgezet Onderwijs en Media, A. Slob",
            "Minister voor Basis- en Voortgezet Onderwijs en Media",
            "A. Slob",
        ),
        # h376: a first name with initials
        (
            "Hoogachtend,\n\nde minister van Onderwijs, Cultuur en Wetenschap,\n\ndr. Ronald H.A. "
            "Plasterk",
            "Minister van Onderwijs, Cultuur en Wetenschap",
            "Ronald H.A. Plasterk",
        ),
    ],
)
def test_signatures_read_in_more_forms(closing, function, name):
    assert signed_as(closing) == (function, name)


def test_a_letter_dated_in_rijswijk_and_openkamers_kamervraag_without_kind():
    # h379: VWS's seat in 1997
    letter = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nRijswijk, 7 april 1997\n\n"
        "Hierbij zend ik u de beleidsnota Infectieziektenbestrijding.\n"
    )
    assert str(parse(letter).metadata.date) == "1997-04-07"
    # h373
    page = (
        "Kamervraag 2016Z11604\n\nHet sluiten van gevangenissen\n\nIngediend 9 juni 2016\n\n"
        "• Vraag 1\n\nWat is uw reactie op het bericht?\n\n• Antwoord 1\n\nUw Kamer heeft op 26 "
        "april jl. de motie aangenomen.\n"
    )
    assert parse(page, strict=False).metadata.kind is None
