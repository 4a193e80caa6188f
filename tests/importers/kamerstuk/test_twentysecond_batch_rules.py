"""The twenty-second and twenty-fourth held-out batches (h430-h440, h470-h481), after their blind
runs: a subordinate clause's passive ("dat de A-brief … aan uw Kamer zal worden aangeboden"), a
correction is no negation ("niet in april maar …"), a separate letter as the vehicle, the stray
"te" of "op de hoogte te houden", plural documents that "follow the coming time", a coming
report as the subject of its content, a budget still to come, "Deze brief is te beschouwen als
een voortzetting hiervan", "zoals aangekondigd in de vorige rapportage", "onder de toezegging
dat", a promise that named this document as its occasion, "We bieden … aan zoals toegezegd",
"We informeren u over lopende moties en toezeggingen", a recurring time as a routine, and the
metadata of older prints and letterheads. Each with the case it must leave alone."""

import datetime

import pytest

from commitments.importers.kamerstuk import parse

from .helpers import commitments_of, fulfilments_of, signed_as


@pytest.mark.parametrize(
    "sentence",
    [
        # h431
        "Een gevolg hiervan kan zijn dat de A-brief niet in april maar zo snel mogelijk daarna "
        "aan uw Kamer zal worden aangeboden.",
        "Ik verwacht dat uw Kamer in mei zal worden geïnformeerd over de uitkomsten.",
        "Ik zal uw Kamer niet alleen over de kosten maar ook over de planning informeren.",
        # h432
        "Uw Kamer ontvangt hierover een separate Kamerbrief.",
        # h433 (as printed)
        "Ik zal uw Kamer zo goed mogelijk op de hoogte te houden van alle ontwikkelingen.",
        # h437
        "De andere rapportages volgen de komende tijd.",
        # h438
        "Waar ik voorheen over de verschillende domeinen rapporteerde, zal de "
        "voortgangsrapportage zich vanaf nu beperken tot twee onderdelen.",
        # h440
        "De geringe budgettaire gevolgen van de Defensienota zullen worden verwerkt in de tweede "
        "suppletoire begroting 2000.",
    ],
)
def test_the_batches_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # h116: a relative "dat", a plan described (N1)
        "In het coalitieakkoord zijn de stappen beschreven om in 2010 tot een kabinetsbesluit te "
        "komen dat aan de Tweede Kamer zal worden voorgelegd.",
        "Ik zal uw Kamer niet informeren over de kosten.",
        # h434: sent with this letter (N4)
        "Parallel aan deze brief ontvangt u van de Minister voor Rechtsbescherming een separate "
        "brief over het amendement.",
        "Uw Kamer heeft hierover een separate brief ontvangen.",
        "De rapportages volgen elkaar de komende tijd snel op.",
        "Deze voortgangsrapportage zal ingaan op de resultaten.",
        # N3: another party's report
        "Het rapport van de commissie zal ingaan op de kosten.",
        "De adviezen worden betrokken bij de besluitvorming over de begroting.",
        # h479: the yearly routine, with its recurring time (not a deadline)
        "Ieder jaar voor de zomer wordt uw Kamer geïnformeerd over ontwikkelingen in het "
        "gevangeniswezen.",
        "Jaarlijks wordt uw Kamer voor 1 juni geïnformeerd over de voortgang.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


def test_a_time_that_is_no_routine_is_still_a_deadline():
    sentence = "Voor de zomer wordt uw Kamer geïnformeerd over de uitkomsten."
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    ("body", "delivery"),
    [
        # h436
        (
            "In de actieagenda heeft het vorige kabinet toegezegd de Kamer jaarlijks over de "
            "voortgang te informeren. Deze brief is dan ook te beschouwen als een voortzetting "
            "hiervan.",
            "Deze brief is dan ook te beschouwen als een voortzetting hiervan.",
        ),
        # h472
        (
            "Op 4 juli heb ik uw Kamer het rapport aangeboden onder de toezegging dat ik u voor "
            "het commissiedebat een reactie zal sturen. In deze brief treft u deze reactie aan.",
            "In deze brief treft u deze reactie aan.",
        ),
    ],
)
def test_a_promise_then_this_letter_named_as_its_delivery(body, delivery):
    found = fulfilments_of(body)
    assert len(found) == 1 and delivery in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        # h438
        "Zoals aangekondigd in de 9e voortgangsrapportage1 informeer ik u in deze "
        "voortgangsrapportage over de streefdatum.",
        # h473
        "In antwoord op Kamervragen heb ik toegezegd dat ik uw Kamer hierover bij gelegenheid "
        "van deze nota naar aanleiding van het verslag nader zal informeren.",
        # h474
        "We bieden de voortgang van de drie aanpakken aan zoals eerder aan uw Kamer is "
        "toegezegd: de aanpakken pleegzorg en gezinshuizen.",
        "We informeren u over lopende moties en toezeggingen, waaronder de motie van het lid "
        "Voordewind.",
    ],
)
def test_the_batches_fulfilments_are_read(sentence):
    assert [s for _, s in fulfilments_of(sentence)] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan, not an announcement to the Kamer
        "Zoals aangekondigd in het coalitieakkoord informeer ik u hierbij over het wetsvoorstel.",
        # still to come
        "Tevens informeer ik u in het najaar over de lopende moties en toezeggingen.",
        "We bieden de voortgang in het najaar aan, zoals toegezegd.",
        "In antwoord op Kamervragen heb ik toegezegd dat ik uw Kamer hierover in de volgende "
        "nota nader zal informeren.",
    ],
)
def test_their_fulfilment_look_alikes_stay_out(sentence):
    assert fulfilments_of(sentence) == []


def test_an_older_committee_list_is_a_kamerstuk_with_its_number_and_no_kind():
    # h440: a news archive's copy of a "Verslag houdende lijst van vragen en antwoorden"
    text = (
        "Vragen en antwoorden begroting Defensie 2000\n\nDatum nieuwsfeit: 19-06-2000\n\n"
        "27106 Wijziging van de begroting van het Ministerie van Defensie (X) voor het jaar 2000 "
        "(wijziging samenhangende met de Voorjaarsnota)\n\n"
        "nr. 4 Verslag houdende lijst van vragen en antwoorden\n\nVastgesteld 19 juni 2000\n\n"
        "De vaste Commissie voor Defensie heeft de eer verslag uit te brengen in de vorm van een "
        "lijst van vragen.\n\nVraag 1:\n\nKan de regering toelichten waarom?\n\nAntwoord:\n\n"
        "De gevolgen zullen worden verwerkt in de tweede suppletoire begroting 2000.\n"
    )
    metadata = parse(text).metadata
    assert (metadata.dossier, metadata.ondernummer, metadata.date, metadata.kind) == (
        "27106",
        4,
        datetime.date(2000, 6, 19),
        None,
    )


def test_a_long_title_under_a_bare_dossier_line_does_not_end_the_header():
    # h473: "30 918" / a title of 300 characters / "nr. 8" / "Ontvangen 24 april 2007"
    title = "Wijziging van de Zorgverzekeringswet " + "en andere wetten " * 18 + "(premie)"
    text = (
        f"30 918\n\n{title}\n\nnr. 8\nNOTA NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 24 "
        "april 2007\n\nMet grote belangstelling heb ik kennis genomen van het verslag. Ik zal uw "
        "Kamer voor de zomer informeren over de uitkomsten van het onderzoek.\n"
    )
    metadata = parse(text).metadata
    assert (metadata.dossier, metadata.ondernummer, metadata.date) == (
        "30918",
        8,
        datetime.date(2007, 4, 24),
    )


def test_a_letterheads_date_cell_inside_a_line():
    # h481: the cells of a PDF letterhead run together on one line
    text = (
        "De Voorzitter van de Tweede Kamer der Staten-Generaal Postbus 20018 2500 EA DEN HAAG. "
        "Datum 30 juni 2015 Betreft Budgetpolissen en risicoselectie\n\nGeachte voorzitter,\n\n"
        "Ik zal uw Kamer voor 1 november informeren over de uitkomsten.\n"
    )
    assert parse(text).metadata.date == datetime.date(2015, 6, 30)


def test_a_signature_with_the_article_in_lower_case_and_two_offices():
    # h439: "De MINISTER-PRESIDENT," / "Minister van Algemene Zaken," / "Mr.dr. J.P. Balkenende"
    closing = "De MINISTER-PRESIDENT,\nMinister van Algemene Zaken,\nMr.dr. J.P. Balkenende"
    assert signed_as(closing) == (
        "Minister-President, Minister van Algemene Zaken",
        "J.P. Balkenende",
    )


def test_a_presented_annotated_agenda_gives_the_kind():
    # h433
    text = (
        "21 501-07 Raad voor Economische en Financiële Zaken\n\nNr. 1680 BRIEF VAN DE MINISTER "
        "VAN FINANCIËN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, "
        "3 april 2020\n\nBijgevoegd treft u de geannoteerde agenda van de ingelaste Eurogroep op "
        "7 april 2020. Dit weerspiegelt de meest actuele stand van de gesprekken.\n"
    )
    assert parse(text).metadata.kind == "geannoteerde_agenda"
