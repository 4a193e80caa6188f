"""The thirty-first to thirty-third held-out batches (h610-h660), after their blind runs (which did
not meet the targets): a sentence-initial "In het najaar" is a deadline; the Kamer as "het
parlement"; a bill in the passive; "Ik zal spoedig een reactie geven op …"; "Ik ben voornemens
… te reageren op …"; the act before the document ("duidelijkheid verschaffen in de nota");
"bereid" for a coming document's content; a reported promise as a noun ("de toezegging gedaan
… te zullen") is no new one; "Door middel van deze brief" is this letter; a debate's "doe ik
gestand" is no delivery; a year with a glued footnote ends a sentence; fulfilments "gevolg aan
dit verzoek, alsmede aan mijn toezegging", "Een aantal van de toezeggingen wordt met deze brief
nagekomen", "Hierbij geef ik uw Kamer …" after the promise, a predecessor's promise and a "dat"
promise opening the letter. Each with the case it must leave alone."""

import pytest

from commitments.importers.kamerstuk import parse
from commitments.importers.kamerstuk.text import split_sentences

from .helpers import commitments_of, fulfilments_of


@pytest.mark.parametrize(
    "sentence",
    [
        # h654
        "In het najaar informeer ik de Kamer per brief over mijn bevindingen.",
        "Binnenkort stuur ik uw Kamer de brief.",
        # h658
        "Daarnaast zal het parlement begin 2024 apart geïnformeerd worden over de vierde ronde.",
        # h653
        "Ook zal in dit verband binnenkort een Nota van Wijziging bij de Tweede Kamer worden "
        "ingediend.",
        # h636
        "Ik zal spoedig een reactie geven op de aanbevelingen van beide onderzoekers.",
        # h659
        "Ik ben voornemens uitgebreid te reageren op de motie-Lucas en wel vóór de Voorjaarsnota.",
        "Ik ben graag bereid om in die aanvullende notitie de uitwerking van de motie te "
        "betrekken.",
        # h611
        "Ik zal daarover duidelijkheid verschaffen in de nota over de toekomst van de krijgsmacht.",
    ],
)
def test_the_batches_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het Europees Parlement zal de Raad informeren.",
        "De minister zal een reactie geven op het rapport.",
        "Ik zal de gemeenten een reactie geven op hun brief.",
        "Het wetsvoorstel is bij de Tweede Kamer ingediend.",
        # h617: a reported promise, as a noun (N5)
        "In het AO Luchtvaart heeft mijn ambtsvoorgangster de toezegging gedaan uw Kamer eind "
        "oktober het besluit te zullen doen toekomen.",
        # h640: this letter
        "Door middel van deze brief informeer ik u over de acties die ik heb ondernomen om zo "
        "spoedig mogelijk invulling te geven aan de moties.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # h619
        "Met deze brief geef ik gevolg aan dit verzoek, alsmede aan mijn toezegging van gelijke "
        "strekking.",
        # h640
        "Een aantal van de toezeggingen wordt met deze brief nagekomen.",
    ],
)
def test_the_batches_fulfilments_are_read(sentence):
    assert [s for _, s in fulfilments_of(sentence)] == [sentence]


@pytest.mark.parametrize(
    "body",
    [
        # h651: the promise, then this letter's overview
        "In mijn brief van 19 mei jl. heb ik toegezegd uw Kamer schriftelijk te informeren over "
        "het onderzoek. Hierbij geef ik uw Kamer een overzicht van de ontwikkelingen.",
        # h639: a predecessor's promise opens the letter
        "In het commissiedebat heeft mijn ambtsvoorganger uw Kamer toegezegd u voor de zomer te "
        "informeren over de uitvoering van het actieplan. Het actieplan is in april vastgesteld. "
        "De regio's werken het nu uit.",
        # h634: the promise in a "dat" clause opens the letter
        "In mijn brief van 18 maart 2016 heb ik uw Kamer geïnformeerd over de fusie en daarbij "
        "toegezegd dat de staatssecretaris en ik u zullen informeren over het verdere verloop. "
        "De nieuwe inspectie is gevormd. Het formatieplan is af.",
    ],
)
def test_a_promise_then_its_delivery(body):
    assert len(fulfilments_of(body)) == 1


def test_a_debates_gestand_is_the_promise_to_keep_it():
    # h632: said in a plenary debate, "doe ik gestand" delivers no document
    text = (
        "Aan de orde is de begroting van Justitie.\n\nMinister Van der Steur:\nIk heb afgesproken "
        "om de Kamer in het eerste kwartaal van 2017 te informeren over de voortgang. Die "
        "toezegging doe ik uiteraard gestand.\n\nDe voorzitter:\nDank u wel.\n"
    )
    assert [f.sentence for f in parse(text, strict=False).fulfilments] == []


def test_a_year_with_a_glued_footnote_ends_the_sentence():
    # h652: the period lost in a web copy ("op 22 maart 20232 Hiermee …")
    paragraph = (
        "Hierbij informeer ik uw Kamer, zoals toegezegd in het commissiedebat op 22 maart 20232 "
        "Hiermee beantwoord ik tevens het verzoek. Dat is in 2023 Gedaan."
    )
    assert split_sentences(paragraph) == [
        "Hierbij informeer ik uw Kamer, zoals toegezegd in het commissiedebat op 22 maart 20232",
        "Hiermee beantwoord ik tevens het verzoek.",
        "Dat is in 2023 Gedaan.",
    ]


@pytest.mark.parametrize(
    ("promise", "content"),
    [
        # h654: "Met deze brief" is the letter just promised, not this one
        (
            "In het najaar informeer ik de Kamer per brief over mijn bevindingen.",
            "Met deze brief zal ik ook tegemoet komen aan mijn eerdere toezegging u te informeren "
            "over de lokale omroep.",
        ),
        # h637: the promised reports the subject of their content
        (
            "We zullen het advies om halfjaarlijkse rapportages aan de Tweede Kamer te sturen dan "
            "ook overnemen.",
            "Deze rapportages zullen, conform het advies, bestaan uit een gedeelte over de "
            "aanbodzijde.",
        ),
    ],
)
def test_the_content_of_the_document_just_promised(promise, content):
    assert commitments_of(f"{promise} {content}") == [promise, content]


@pytest.mark.parametrize(
    "body",
    [
        # no letter promised before: "Met deze brief" is this one (N4)
        "Het rapport is gereed. Met deze brief zal ik ingaan op de aanbevelingen.",
        # another party's reports
        "De gemeenten sturen rapportages. Deze rapportages zullen bestaan uit twee delen.",
    ],
)
def test_without_a_promise_before_it_such_content_is_none(body):
    assert commitments_of(body) == []
