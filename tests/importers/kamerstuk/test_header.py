"""Stage 2, ``kamerstuk.header``: metadata from header block, footers, title, signature."""

import pytest

from .helpers import (
    AGENDA_2023,
    AGENDA_2024,
    AGENDA_2025,
    SEEDS,
    VERSLAG_2023,
    VERSLAG_2024,
    parsed_eval,
    parsed_seed,
)

EXPECTED_SEED_METADATA = {
    AGENDA_2024: {
        "dossier": "28676",
        "dossier_display": "28 676",
        "toevoeging": None,
        "dossier_title": "NAVO",
        "ondernummer": 474,
        "vergaderjaar": "2024-2025",
        "kst_id": "kst-28676-474",
        "date": "2024-11-22",
        "sender_name": "C.C.J. Veldkamp",
        "sender_function": "Minister van Buitenlandse Zaken",
        "kind": "geannoteerde_agenda",
        "meeting.name": "NAVO Foreign Ministers Meeting",
        "meeting.abbreviation": "FMM",
        "meeting.start": "2024-12-03",
        "meeting.end": "2024-12-04",
        "meeting.place": "Brussel",
        "meeting.timing": "before",
    },
    VERSLAG_2024: {
        "dossier": None,
        "ondernummer": None,
        "vergaderjaar": None,
        "kst_id": None,
        "date": None,
        "sender_name": "C.C.J. Veldkamp",
        "sender_function": "Minister van Buitenlandse Zaken",
        "kind": "verslag",
        "meeting.name": "NAVO Foreign Ministers Meeting",
        "meeting.abbreviation": "FMM",
        "meeting.start": "2024-12-03",
        "meeting.end": "2024-12-04",
        "meeting.place": "Brussel",
        "meeting.timing": "after",
    },
    AGENDA_2023: {
        "dossier": "28676",
        "ondernummer": 446,
        "vergaderjaar": "2023-2024",
        "kst_id": "kst-28676-446",
        "date": None,
        "sender_name": None,
        "kind": "geannoteerde_agenda",
        "meeting.name": "NAVO Foreign Ministers Meeting",
        "meeting.abbreviation": "FMM",
        "meeting.start": "2023-11-28",
        "meeting.end": "2023-11-29",
        "meeting.place": None,  # the text never names the venue
        "meeting.timing": "before",
    },
    VERSLAG_2023: {
        "dossier": None,
        "ondernummer": None,
        "date": None,
        "kind": "verslag",
        "meeting.start": "2023-11-28",
        "meeting.end": "2023-11-29",
        "meeting.place": "Brussel",
        "meeting.timing": "after",
    },
    AGENDA_2025: {
        "dossier": None,
        "date": None,
        "sender_name": "C.C.J. Veldkamp",
        "sender_function": "Minister van Buitenlandse Zaken",
        "kind": "geannoteerde_agenda",
        "meeting.name": "NAVO Foreign Ministers Meeting",
        "meeting.abbreviation": "FMM",
        "meeting.start": "2025-04-03",
        "meeting.end": "2025-04-04",
        "meeting.place": "Brussel",
        "meeting.timing": "before",
    },
}


@pytest.mark.parametrize("name", SEEDS)
def test_seed_metadata_matches_expected_values(name):
    flat = parsed_seed(name).metadata.flat()
    expected = EXPECTED_SEED_METADATA[name]
    assert {key: flat[key] for key in expected} == expected


def test_agenda_without_title_word_is_recognised_by_future_tense():
    metadata = parsed_seed(AGENDA_2023).metadata
    assert metadata.title == "NAVO Foreign Ministers Meeting 28\u201329 november"
    assert metadata.kind == "geannoteerde_agenda"


def test_metadata_with_toevoeging_builds_kst_id():
    metadata = parsed_eval("texts/eval_03_defensieraad_agenda_pdf.txt").metadata
    assert (metadata.dossier, metadata.toevoeging, metadata.ondernummer) == ("21501", "28", 312)
    assert metadata.kst_id == "kst-21501-28-312"
    assert metadata.vergaderjaar == "2025-2026"
