"""Stage 5, ``kamerstuk.fulfilments``: fulfilment statements and matching them."""

from commitments.importers.kamerstuk import FulfilmentStatement, match_fulfilments

from .helpers import VERSLAG_2024, parsed_seed

JAPAN = (
    "Uw Kamer nader informeren over de vraag welke NAVO-lidstaat met diens ambassade in Japan "
    "fungeert als contactpunt voor de NAVO."
)


ZEERECHT = (
    "Uw Kamer nader informeren over de vraag welke juridische mogelijkheden het zeerecht biedt "
    "om schepen die zich in zeegebieden buiten nationale rechtsmacht bevinden en verdacht gedrag "
    "vertonen aan te houden of te enteren."
)


OPEN_COMMITMENTS = [
    (
        "irak",
        "Uw Kamer voorafgaand aan de inzet van de Force Protection in NMI nader informeren over "
        "de veiligheidssituatie en wat dit betekent voor de aanwezigheid van Nederlandse "
        "militairen in Irak.",
    ),
    (
        "oekraine",
        "Uw Kamer op de hoogte stellen over de invulling van de bilaterale "
        "veiligheidsarrangementen met Oekraïne zodra meer concreets te melden is.",
    ),
    (
        "norm",
        "Voor de NAVO-top een standpunt innemen over een nieuwe NAVO-norm en uw Kamer hierover "
        "informeren.",
    ),
    ("japan", JAPAN),
    ("zeerecht", ZEERECHT),
    (
        "decoy-japan-cyber",
        "Uw Kamer informeren over de samenwerking tussen de NAVO en Japan op het gebied van "
        "cyberveiligheid.",
    ),
    ("decoy-rode-zee", "Uw Kamer informeren over de inzet van Nederlandse schepen in de Rode Zee."),
    (
        "decoy-australie",
        "Uw Kamer nader informeren over de vraag welke lidstaat als contactpunt in Australië "
        "fungeert.",
    ),
]


def test_verslag_2024_has_exactly_two_fulfilment_statements():
    fulfilments = parsed_seed(VERSLAG_2024).fulfilments
    assert len(fulfilments) == 2
    assert fulfilments[0].subject.startswith(
        "uw Kamer nader te informeren over de vraag welke NAVO"
    )
    assert fulfilments[0].section == "NAVO contact-ambassade Japan"
    assert "zeerecht" in fulfilments[1].subject


def test_fulfilments_match_their_commitments_with_the_highest_score():
    fulfilments = parsed_seed(VERSLAG_2024).fulfilments
    matches = match_fulfilments(fulfilments, OPEN_COMMITMENTS)
    assert [m.key for m in matches] == ["japan", "zeerecht"]
    for match in matches:
        assert len(match.candidates) == len(OPEN_COMMITMENTS)
        scores = [score for _, score in match.candidates]
        assert scores == sorted(scores, reverse=True)
        assert all(0.0 <= s <= 1.0 for s in scores)
        assert match.candidates[0] == (match.key, match.score)
        assert match.score > scores[1] + 0.2  # clear margin over the runner-up


def test_statement_without_a_fitting_commitment_gets_no_key():
    statement = FulfilmentStatement(
        sentence="Hiermee doe ik de toezegging gestand om uw Kamer te informeren over de visserij.",
        subject="uw Kamer te informeren over de visserij in de Noordzee",
        debate=None,
        section=None,
        pattern="gestand",
    )
    (match,) = match_fulfilments([statement], OPEN_COMMITMENTS, threshold=0.4)
    assert match.key is None
    assert match.score < 0.4


def test_matching_ignores_case_and_diacritics():
    (match,) = match_fulfilments(
        ["WELKE NAVO-LIDSTAAT FUNGEERT ALS CONTACTPUNT IN JAPAN"], [("a", JAPAN), ("b", ZEERECHT)]
    )
    assert match.key == "a"
