"""Stage 4, ``kamerstuk.commitments``: commitment candidates, deadlines, debates."""

import json
from datetime import date

from .helpers import (
    AGENDA_2023,
    AGENDA_2024,
    AGENDA_2025,
    VERSLAG_2023,
    VERSLAG_2024,
    candidate_containing,
    parsed_eval,
    parsed_seed,
)


def test_irak_commitment_in_2023_agenda_with_debate_and_deadline():
    candidate = candidate_containing(
        parsed_seed(AGENDA_2023), "wordt uw Kamer voorafgaand aan de inzet van de Force Protection"
    )
    assert candidate.debate.kind == "commissiedebat"
    assert candidate.debate.subject == "Irak"
    assert candidate.debate.date == date(2023, 10, 25)
    assert candidate.deadline.text == "voorafgaand aan de inzet van de Force Protection in NMI"
    assert candidate.subject == (
        "over de veiligheidssituatie en wat dit betekent voor de aanwezigheid van Nederlandse "
        "militairen in Irak"
    )
    assert candidate.section == "Midden-Oosten"


def test_ukraine_commitment_in_2023_agenda():
    candidate = candidate_containing(
        parsed_seed(AGENDA_2023), "zal uw Kamer op de hoogte stellen zodra meer concreets"
    )
    assert candidate.deadline.text == "zodra meer concreets te melden is"
    assert candidate.deadline.date is None
    assert candidate.subject == "over de exacte invulling van deze arrangementen"


def test_navo_norm_commitment_in_2025_agenda():
    candidate = candidate_containing(
        parsed_seed(AGENDA_2025),
        "Het kabinet zal daarover voor de NAVO-top een standpunt innemen en uw Kamer hierover "
        "informeren.",
    )
    assert candidate.deadline.text == "voor de NAVO-top"
    assert candidate.subject == "over een nieuwe NAVO-norm"  # "hierover" resolved
    assert len(parsed_seed(AGENDA_2025).commitments) == 1


def test_seeds_contain_exactly_the_listed_commitments():
    assert len(parsed_seed(AGENDA_2023).commitments) == 2
    assert parsed_seed(VERSLAG_2024).commitments == ()
    assert parsed_seed(VERSLAG_2023).commitments == ()
    assert parsed_seed(AGENDA_2024).commitments == ()  # informs now, promises nothing


def test_promises_to_allies_and_nato_pledges_are_not_commitments():
    sentences = " ".join(c.sentence for c in parsed_seed(AGENDA_2023).commitments)
    assert "Vilnius" not in sentences
    all_verslag = " ".join(c.sentence for c in parsed_seed(VERSLAG_2024).commitments)
    assert "Bondgenoten, waaronder Nederland" not in all_verslag


def test_candidates_carry_confidence_and_serialise_to_json():
    parsed = parsed_seed(AGENDA_2023)
    assert all(0 < c.confidence <= 1 for c in parsed.commitments)
    data = json.loads(json.dumps(parsed.to_dict()))
    assert data["metadata"]["meeting"]["start"] == "2023-11-28"
    assert data["commitments"][1]["debate"]["date"] == "2023-10-25"


def test_absolute_deadline_is_parsed_to_a_date():
    parsed = parsed_eval("texts/eval_05_rechtsstaat_brief_2026.txt")
    candidate = candidate_containing(parsed, "De Kamer wordt voor 1 juni 2026 geïnformeerd")
    assert candidate.deadline.text == "voor 1 juni 2026"
    assert candidate.deadline.date == date(2026, 6, 1)


def test_plenary_debate_reference_is_read():
    parsed = parsed_eval("texts/eval_03_defensieraad_agenda_pdf.txt")
    candidate = candidate_containing(parsed, "zal ik uw Kamer voor het einde van het jaar")
    assert candidate.debate.kind == "plenair debat"
    assert candidate.debate.subject == "de Europese defensiesamenwerking"
    assert candidate.debate.date == date(2025, 3, 12)
    assert candidate.deadline.text == "voor het einde van het jaar"
