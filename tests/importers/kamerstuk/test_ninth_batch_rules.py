"""The ninth held-out batch's one trap, after its blind run: a minister forwarding the report
another party promised keeps no promise of the government (N3). h162 (kst-33566-66, SZW 2013)
moved to dev for it."""

import pytest

from .helpers import fulfilments_of


@pytest.mark.parametrize(
    "body",
    [
        # h162
        "In dat overleg heeft de Stichting van de Arbeid toegezegd u regelmatig te informeren "
        "over de uitvoering van het akkoord. Bijgaand treft u de tweede voortgangsrapportage van "
        "de Stichting van de Arbeid aan.",
        # constructed
        "Tijdens het overleg heeft ProRail toegezegd de Kamer te informeren over de planning. "
        "Bijgaand treft u het overzicht van ProRail aan.",
    ],
)
def test_another_partys_promise_forwarded_is_no_fulfilment(body):
    assert fulfilments_of(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # constructed: the government's own promise, then this letter's delivery
        "In dat overleg heeft de minister toegezegd u regelmatig te informeren over de "
        "uitvoering van het akkoord. Bijgaand treft u de tweede voortgangsrapportage aan.",
        "In dat overleg heb ik toegezegd u te informeren over de uitvoering. Bijgaand treft u de "
        "rapportage aan.",
    ],
)
def test_the_governments_promise_then_delivery_is_still_a_fulfilment(body):
    assert [pattern for pattern, _ in fulfilments_of(body)] == ["promise_then_delivery"]
