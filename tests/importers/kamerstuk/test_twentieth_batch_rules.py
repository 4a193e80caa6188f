"""The twentieth held-out batch (h390-h406), after its blind run: an intent to inform whose
request guard a motie's "vraagt om" tripped, a long object before the Kamer in an intent, the
letter's own order of contents ("Allereerst zal ik u informeren …") as no promise, "gestand doe"
with the verb last and a glued footnote digit, "Hierbij komen … toezeggingen … aan de orde", "Ook
informeer ik u, conform toezegging, …", and letterheads of 1999-2003 (a "Zeer geachte
Voorzitter", the date under "Datum", the office without a comma, the name above the office).
Each with the case it must leave alone. The batch moved to dev for them."""

import pytest

from commitments.importers.kamerstuk import parse

from .helpers import commitments_of, fulfilments_of


@pytest.mark.parametrize(
    "sentence",
    [
        # h395: the motie's "vraagt om" is the Kamer's; the intent to inform is the promise
        "Over de recent aangenomen motie Haage c.s., die vraagt om jaarlijkse doelstellingen, "
        "streef ik ernaar u in de tweede helft van 2025 nader te informeren.",
        # h404
        "Ik verwacht het Veteranenbesluit na behandeling in de ministerraad en advisering door de "
        "Raad van State in het najaar van 2013 aan uw Kamer aan te bieden.",
    ],
)
def test_the_batchs_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # h395: this letter's order of contents (N4)
        "Allereerst zal ik u informeren rondom het niet-gebruik van toeslagen.",
        "Daarna zal ik u meenemen in de stand van zaken van de hersteloperatie.",
        # the Kamer's request alone
        "Over de motie Haage c.s., die vraagt om jaarlijkse doelstellingen, is overleg gevoerd.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


def test_the_letters_order_with_a_time_is_a_promise():
    sentence = "Vervolgens zal ik u voor de zomer informeren over de uitkomsten."
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    ("body", "pattern"),
    [
        # h394
        (
            "Hierbij zend ik u de gezamenlijke Koninkrijksreactie, waarmee ik aan de eerder "
            "gedane toezegging gestand doe1.",
            "gestand",
        ),
        # h395
        (
            "Hierbij komen ook een aantal aan uw Kamer gedane toezeggingen en de moties van de "
            "leden Welzijn en Kouwenhoven aan de orde.",
            "aan_de_orde",
        ),
        # h400
        (
            "In deze brief informeer ik u over de Raad. Ook informeer ik u, conform toezegging, "
            "over het criterium voor de uitsluiting van bepaalde ontvangers.",
            "as_promised_now",
        ),
    ],
)
def test_this_letter_keeping_promises(body, pattern):
    assert pattern in [p for p, _ in fulfilments_of(body)]


def test_keeping_a_promise_later_is_not_keeping_it_now():
    later = "Ook informeer ik u na de zomer, conform toezegging, over het criterium."
    assert fulfilments_of(later) == []


def test_letterheads_of_the_ministry_of_foreign_affairs_around_2000():
    # h401: the salutation, the date under "Datum" elsewhere, the name above the office
    h401 = (
        "Ministerie van Buitenlandse Zaken\n\nAan de Voorzitter van de Vaste Commissie\n\nvoor "
        "Buitenlandse Zaken van de\n\nTweede Kamer der Staten-Generaal\n\nDatum 7 oktober 1999\n\n"
        "Zeer geachte Voorzitter,\n\nMet betrekking tot uw verzoek deel ik u het volgende mede."
        "\n\nEveline Herfkens,\n\nMinister voor Ontwikkelingssamenwerking\n"
    )
    meta = parse(h401).metadata
    assert (str(meta.date), meta.sender_name, meta.sender_function) == (
        "1999-10-07",
        "Eveline Herfkens",
        "Minister voor Ontwikkelingssamenwerking",
    )
    # h406: "Datum" on its own line, the office without a comma
    h406 = (
        "Ministerie van Buitenlandse Zaken\n\nAan de Voorzitter van de Tweede Kamer der "
        "Staten-Generaal\n\nDatum\n\n17 maart 2003\n\nBetreft\n\nIrak\n\nGraag informeer ik u "
        "hierbij over de situatie.\n\nDe Minister van Buitenlandse Zaken\n\nMr. J.G. de Hoop "
        "Scheffer\n"
    )
    meta = parse(h406).metadata
    assert (str(meta.date), meta.sender_name, meta.sender_function) == (
        "2003-03-17",
        "J.G. de Hoop Scheffer",
        "Minister van Buitenlandse Zaken",
    )
