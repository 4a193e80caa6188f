"""Fulfilment phrasings a register's clerk reads every week but no held-out text had shown the
importer: the closing formula ("Hiermee beschouw ik de toezegging als afgedaan", "inlossen"),
the promise fronted before this letter's act ("Naar aanleiding van mijn toezegging … informeer
ik u"), the Kamer receiving the promised document now, and "reageer ik, zoals toegezegd".
Each family with the traps that share its words: negated, future, another party's, another
document's, a delay."""

import pytest

from .helpers import fulfilments_of


@pytest.mark.parametrize(
    ("sentence", "pattern"),
    [
        ("Hiermee beschouw ik de toezegging als afgedaan.", "afgedaan"),
        (
            "Met deze brief beschouw ik de toezegging aan het lid Jansen over de pilots als "
            "afgedaan.",
            "afgedaan",
        ),
        ("Met deze brief is de toezegging aan het lid Jansen ingelost.", "afgedaan"),
        # h161 (read when this rule was written, so moved to dev)
        ("Daarnaast worden met deze brief enkele moties en toezeggingen afgedaan.", "afgedaan"),
        ("Hiermee los ik de toezegging in om uw Kamer te informeren over de pilots.", "afgedaan"),
        (
            "Naar aanleiding van mijn toezegging tijdens het commissiedebat van 4 april informeer "
            "ik u over de stand van zaken.",
            "as_promised_now",
        ),
        (
            "In vervolg op mijn toezegging tijdens het commissiedebat informeer ik u over de "
            "uitkomsten.",
            "as_promised_now",
        ),
        ("Bijgaand ontvangt u de toegezegde rapportage over de pilots.", "delivers_promised"),
        (
            "Met deze brief reageer ik, zoals toegezegd, op het rapport van de Raad van State.",
            "as_promised_now",
        ),
    ],
)
def test_closing_formulas_and_fronted_promises_are_fulfilments(sentence, pattern):
    assert [p for p, _ in fulfilments_of(sentence)] == [pattern]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik beschouw de toezegging nog niet als afgedaan.",
        "Hiermee kan de toezegging niet als afgedaan worden beschouwd.",
        "Met deze brief zal de toezegging worden ingelost.",
        # another document kept it, or another party judges it
        "Met de brief van 3 maart is de toezegging afgedaan.",
        "De commissie beschouwt de toezegging als afgedaan.",
        # the fronted promise, then a delay or a later act
        "Naar aanleiding van mijn toezegging bericht ik u dat het onderzoek vertraging heeft "
        "opgelopen.",
        "Naar aanleiding van mijn toezegging zal ik u voor de zomer informeren.",
        # the promised document still to come
        "Bijgaand ontvangt u het rapport, de toegezegde reactie volgt later.",
    ],
)
def test_the_same_words_negated_future_or_elsewhere_are_no_fulfilment(sentence):
    assert fulfilments_of(sentence) == []
