"""The twenty-fifth to twenty-seventh held-out batches (h490-h540), after their blind runs: "naar
uw Kamer te versturen", "zal u daarna meer duidelijkheid kunnen geven", "ben ik van plan … het
wetsvoorstel bij u in te dienen", a co-signer between subject and Kamer, "Wij zullen daarbij
aandacht schenken aan …" after a promise, a coming note's passive content; "Met deze brief voer
ik deze toezegging uit", "kom ik ook enkele toezeggingen aan uw Kamer na", "Tevens wordt u
geïnformeerd …, overeenkomstig de toezegging", "Zoals eerder toegezegd, gaan we daarbij ook in
op", a promise with a bracketed citation in it; "In paragraaf 4 wordt u geïnformeerd" is this
letter; and the letterheads, headings and signatures of older prints. Each with the case it must
leave alone."""

import datetime

import pytest

from commitments.importers.kamerstuk import parse

from .helpers import commitments_of, fulfilments_of, signed_as


@pytest.mark.parametrize(
    "sentence",
    [
        # h499
        "Ik streef ernaar de brief uiterlijk vóór het krokusreces naar uw Kamer te versturen.",
        # h510
        "Ik verwacht dit komend voorjaar te doen, en zal u daarna meer duidelijkheid kunnen geven.",
        # h514
        "Daarnaast ben ik van plan op korte termijn het wetsvoorstel bij u in te dienen.",
        # h531
        "Ik verwacht dat ik, samen met de Staatssecretaris van Economische Zaken en Klimaat, u "
        "voor het einde van dit jaar kan informeren hoe wij verder werken.",
    ],
)
def test_the_batches_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente zal de brieven versturen.",
        "Ik zal de brief niet versturen.",
        # h532: a numbered part of this letter (N4)
        "In paragraaf 4 wordt u geïnformeerd over de stand van zaken van de uitvoering van de "
        "moties.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


@pytest.mark.parametrize(
    ("promise", "content"),
    [
        # h531
        (
            "Ik verwacht dat ik u voor het einde van dit jaar kan informeren hoe wij verder "
            "werken.",
            "Wij zullen daarbij aandacht schenken aan de punten die de vaste Kamercommissie heeft "
            "benoemd.",
        ),
        # h511
        (
            "In de loop van maart zal ik u de voorlichting doen toekomen, vergezeld van een "
            "kabinetsnotitie stelselwijziging omgevingsrecht.",
            "In deze notitie zal onder andere op de voorlichting van de Raad van State worden "
            "ingegaan.",
        ),
    ],
)
def test_the_content_of_a_document_just_promised(promise, content):
    assert commitments_of(f"{promise} {content}") == [promise, content]


def test_the_same_content_without_a_promise_before_it_is_none():
    body = (
        "De minister heeft gesproken met de sector. Wij zullen daarbij aandacht schenken aan de "
        "punten van de commissie."
    )
    assert commitments_of(body) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # h539
        "Met deze brief kom ik ook enkele toezeggingen aan uw Kamer na.",
        # h498 (after the promise; alone it says the same)
        "Met deze brief voer ik deze toezegging uit en informeer ik uw Kamer over de voortgang.",
        # h512
        "Tevens wordt u geïnformeerd over de wijze waarop de Belastingdienst een vervolg wil geven "
        "aan het rapport, overeenkomstig de toezegging in de Kamerbrief van 10 juli 2024.",
        # h537
        "Zoals eerder toegezegd, gaan we daarbij ook in op het groeiende volume aan uitgesteld "
        "onderhoud.",
    ],
)
def test_the_batches_fulfilments_are_read(sentence):
    assert [s for _, s in fulfilments_of(sentence)] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Later voer ik deze toezegging uit.",
        "Tevens wordt u in mei geïnformeerd, overeenkomstig de toezegging.",
        "Zoals toegezegd ga ik in de volgende brief in op het onderhoud.",
        "Zoals toegezegd stuur ik u binnenkort de brief over de planning.",
    ],
)
def test_their_fulfilment_look_alikes_stay_out(sentence):
    assert fulfilments_of(sentence) == []


def test_a_promise_with_a_bracketed_citation_then_its_delivery():
    # h539: the periods of "(Kamerstuk 23 645, nr. 414)" end no clause
    promise = (
        "Voorts heb ik u in het Algemeen Overleg van 27 januari 2011 (Kamerstuk 23 645, nr. 414) "
        "toegezegd de onderbouwing van de Commissie Kist te doen toekomen."
    )
    delivery = "In bijlage 2 bij deze voortgangsbrief ontvangt uw Kamer de gevraagde onderbouwing."
    found = fulfilments_of(f"{promise} {delivery}")
    assert len(found) == 1 and delivery in found[0][1]


def test_an_opening_promise_is_kept_though_the_letter_then_says_niet():
    # h493: the letter's content may say "geen"; a delay would say "nog niet", "niet haalbaar"
    body = (
        "Bij het VAO van 5 juli jl. heb ik u toegezegd een toelichting te sturen over het "
        "informeren van uw Kamer bij het afstoten van materieel. Ik wil duidelijk stellen dat "
        "in dergelijke gevallen geen sprake is van een wijziging van beleid. De regels zijn "
        "helder."
    )
    assert [p for p, _ in fulfilments_of(body)] == ["opens_with_promise"]
    late = body.replace("De regels zijn helder.", "De toelichting is nog niet gereed.")
    assert fulfilments_of(late) == []


def test_a_long_heading_naming_many_ministers_keeps_its_number():
    # h494
    heading = (
        "Nr. 55 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN, VAN FINANCIËN, VAN INFRASTRUCTUUR "
        "EN WATERSTAAT, VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING, VAN ECONOMISCHE "
        "ZAKEN EN KLIMAAT EN VAN JUSTITIE EN VEILIGHEID EN VOOR VOLKSHUISVESTING"
    )
    text = (
        f"36 045 Situatie in de Oekraïne\n\n{heading}\n\nAan de Voorzitter van de Tweede Kamer der "
        "Staten-Generaal\n\nDen Haag, 31 maart 2022\n\nIk zal uw Kamer voor 1 mei informeren.\n"
    )
    assert parse(text).metadata.ondernummer == 55


@pytest.mark.parametrize(
    ("letterhead", "expected"),
    [
        # h515: the labels on one line, the date the last value under them
        ("Onderwerp Datum\nAOW 1 juni 2004", datetime.date(2004, 6, 1)),
        # h540: another cell's label between "Datum" and the date
        (
            "- - Datum Bijlage(n) 12 november 2008 - Ons kenmerk DGMo/2008-4427 - Onderwerp",
            datetime.date(2008, 11, 12),
        ),
    ],
)
def test_more_letterhead_dates(letterhead, expected):
    text = (
        f"Aan de Voorzitter van de Tweede Kamer\n{letterhead}\n\nGeachte voorzitter,\n\nIk zal uw "
        "Kamer voor 1 november informeren over de uitkomsten.\n"
    )
    assert parse(text).metadata.date == expected


def test_a_signature_wrapped_at_en_with_the_name_in_brackets():
    # h515
    closing = "De Staatssecretaris van Sociale Zaken\nen Werkgelegenheid,\n\n(M. Rutte)"
    assert signed_as(closing) == (
        "Staatssecretaris van Sociale Zaken en Werkgelegenheid",
        "M. Rutte",
    )


def test_a_short_opening_that_presents_a_council_report_gives_the_kind():
    # h490
    text = (
        "21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken\n\nNr. 2538 BRIEF VAN DE "
        "MINISTER VAN BUITENLANDSE ZAKEN\n\nAan de Voorzitter van de Tweede Kamer der "
        "Staten-Generaal\n\nDen Haag, 28 oktober 2022\n\nHierbij bied ik u het verslag aan van de "
        "Raad Buitenlandse Zaken van 17 oktober 2022.\n\nIn dit verslag wordt ook ingegaan op de "
        "toezeggingen die gedaan zijn tijdens het commissiedebat van 13 oktober jl. over de "
        "sancties en de missie.\n"
    )
    assert parse(text).metadata.kind == "verslag"
