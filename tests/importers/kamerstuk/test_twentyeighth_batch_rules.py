"""The twenty-eighth to thirtieth held-out batches (h550-h601), after their blind runs (which met
the recall and precision targets on them): "Ten slotte ga ik in op …, zoals toegezegd", "Daarbij
komen verschillende moties en toezeggingen aan bod", an opening promise "toegezegd om te kijken
of", a fronted object taken up in the document just promised ("… zal ik daarin graag
meenemen"), and a republished letter's date alone on its line. Each with the case it must leave
alone."""

import datetime

import pytest

from commitments.importers.kamerstuk import parse

from .helpers import commitments_of, fulfilments_of


@pytest.mark.parametrize(
    "sentence",
    [
        # h559
        "Ten slotte ga ik in op de tariefontwikkeling van TenneT, zoals toegezegd aan uw Kamer.",
        # h560
        "Daarbij komen verschillende moties en toezeggingen aan bod.",
    ],
)
def test_the_batches_fulfilments_are_read(sentence):
    assert [s for _, s in fulfilments_of(sentence)] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # a promise's sequence, still to come
        "Ten slotte zal ik in het najaar ingaan op de tariefontwikkeling, zoals toegezegd.",
        # the past: what a debate took up
        "Daarbij kwamen verschillende moties en toezeggingen aan bod.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert fulfilments_of(sentence) == []


def test_an_opening_promise_to_look_into_something():
    # h591
    body = (
        "Tijdens het commissiedebat van 8 september 2022 heb ik toegezegd om te kijken of en in "
        "welke vorm het mogelijk is de Kamer vertrouwelijk te informeren over noodscenario's. De "
        "Kamer kan de stukken vertrouwelijk inzien bij de griffie. De stukken zijn daar vanaf "
        "volgende week beschikbaar."
    )
    assert [p for p, _ in fulfilments_of(body)] == ["opens_with_promise"]


def test_a_fronted_object_taken_up_in_the_document_just_promised():
    # h598: the promise reported ("heb ik u laten weten dat ik u zal informeren"), its content
    promise = (
        "In het algemeen overleg van 13 februari jl. heb ik u laten weten dat ik u zal informeren "
        "over hoe ik de ontwikkelingen in het ziekenhuislandschap zie."
    )
    content = (
        "De initiatiefnota met de ideeën van mevrouw Van den Berg zal ik daarin graag meenemen."
    )
    assert content in commitments_of(f"{promise} {content}")
    assert commitments_of(f"Het overleg was constructief. {content}") == []


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # h550: a republication's title, date and signatory lines above the letter
        (
            "Ministerie van Defensie\n\nUitstelbrief over evaluatie laagvliegen\n\n22 januari "
            "2009\n\nOndertekenaar: Staatssecretaris van Defensie",
            datetime.date(2009, 1, 22),
        ),
        # h262: the letterhead's date line under the address and the kenmerk
        (
            "De Voorzitter van de Eerste Kamer\nder Staten-Generaal\nPostbus 20017\n2500 EA DEN "
            "HAAG\nJZ/LJ 2916662\n18 maart 2009",
            datetime.date(2009, 3, 18),
        ),
    ],
)
def test_a_date_alone_on_its_line_above_the_letter(head, expected):
    text = (
        f"{head}\n\nGeachte voorzitter,\n\nDe resultaten zullen u in week 6 worden toegezonden, "
        "zo informeer ik uw Kamer.\n"
    )
    assert parse(text).metadata.date == expected


def test_a_date_alone_on_its_line_deep_in_the_letter_is_not_its_date():
    paragraphs = "\n\n".join(f"Dit is alinea {n} van de brief over het beleid." for n in range(10))
    text = (
        f"Aan de Voorzitter van de Tweede Kamer\n\nGeachte voorzitter,\n\n{paragraphs}\n\n"
        "12 maart 2009\n\nIk zal uw Kamer voor de zomer informeren.\n"
    )
    assert parse(text).metadata.date is None


def test_a_date_in_figures_is_read_below_the_first_lines_too():
    # h326: a news archive's page, its own lines above the letter push the date down
    site_lines = "\n\n".join(f"Regel {n} van de site" for n in range(10))
    text = (
        f"{site_lines}\n\n23-10-2001\n\nAan de Voorzitter van de Tweede Kamer\n\nGeachte "
        "voorzitter,\n\nIk zal uw Kamer voor de zomer informeren over de uitkomsten.\n"
    )
    assert parse(text).metadata.date == datetime.date(2001, 10, 23)
