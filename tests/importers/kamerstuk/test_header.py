"""Stage 2, ``kamerstuk.header``: metadata from header block, footers, title, signature."""

import pytest

from commitments.importers.kamerstuk import decode, parse
from commitments.importers.kamerstuk.header import SIGNATURE_RE

from .helpers import (
    AGENDA_2023,
    AGENDA_2024,
    AGENDA_2025,
    EVAL_DIR,
    SEEDS,
    VERSLAG_2023,
    VERSLAG_2024,
    parsed_eval,
    parsed_seed,
    signed_as,
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


# --- the real layouts (tests/importer_eval/real and heldout) --------------------------------


def real_metadata(name: str):
    folder = "real" if name.startswith("r") else "heldout"
    return parse(decode((EVAL_DIR / folder / name).read_bytes())).metadata


def test_the_glued_strip_of_the_web_layout():
    m = real_metadata("r01_vws_fipronil_planning.txt")
    assert (m.dossier, m.ondernummer, m.vergaderjaar) == ("26991", 524, "2017-2018")
    assert m.date.isoformat() == "2018-06-05"
    # the strip of Handelingen gives the vergaderjaar; its "nr. 71" is no ondernummer
    h = real_metadata("h08_vrom_vao_duurzaam_inkopen_2008.txt")
    assert (h.vergaderjaar, h.ondernummer, h.dossier, h.kind) == ("2007-2008", None, None, None)


def test_dossier_lines_with_a_toevoeging_after_a_hyphen_or_a_space():
    assert real_metadata("r03_fin_eurogroep_telefonisch.txt").toevoeging == "07"
    m = real_metadata("r07_def_sourcing_uitstel.txt")
    assert (m.dossier, m.toevoeging, m.ondernummer) == ("33000", "X", 60)
    m = real_metadata("r05_ienm_spaargaren_uitstel.txt")  # "34300 J 32 Brief van de minister"
    assert (m.dossier, m.toevoeging, m.ondernummer, m.vergaderjaar) == (
        "34300",
        "J",
        32,
        "2015-2016",
    )


def test_long_double_barrelled_signature_names():
    m = real_metadata("r05_ienm_spaargaren_uitstel.txt")
    assert m.sender_name == "M.H. Schultz van Haegen-Maas Geesteranus"
    assert m.sender_function == "Minister van Infrastructuur en Milieu"


def test_ministries_with_commas_and_the_minister_president_sign():
    m = SIGNATURE_RE.match("De Minister van Onderwijs, Cultuur en Wetenschap, R.H.A. Dijkgraaf")
    assert (m.group("function"), m.group("name")) == (
        "Minister van Onderwijs, Cultuur en Wetenschap",
        "R.H.A. Dijkgraaf",
    )
    m = SIGNATURE_RE.match("De Minister-President, Minister van Algemene Zaken, M. Rutte")
    assert m.group("function") == "Minister-President, Minister van Algemene Zaken"


def test_vastgesteld_date_and_verslag_kind_of_a_committee_debate_report():
    m = real_metadata("r23_bzk_commissiedebat_art68.txt")
    assert (m.dossier, m.ondernummer, m.kind) == ("28362", 73, "verslag")
    assert m.date.isoformat() == "2025-02-17"


def test_kind_from_the_body():
    assert real_metadata("r19_jenv_jbz_agenda_2022_06.txt").kind == "geannoteerde_agenda"
    assert real_metadata("r21_ienw_milieuraad_verslag_2022_12.txt").kind == "verslag"
    assert real_metadata("r25_fin_toeslagen_plenair_2024.txt").kind is None  # Handelingen
    assert real_metadata("h13_lnv_kamervragen_piekbelasting_2023.txt").kind is None  # Aanhangsel


def test_a_body_only_letter_invents_nothing():
    m = real_metadata("r17_ienw_pfas_verzamelbrief.txt")
    assert (m.dossier, m.ondernummer, m.vergaderjaar, m.date, m.sender_name) == (None,) * 5
    assert m.kind == "brief"
    # no dossier line: the "Nr. 60" header alone gives no dossier
    m = real_metadata("h02_bzk_rob_kabinetsreactie_2016.txt")
    assert (m.dossier, m.ondernummer) == (None, 60)


@pytest.mark.parametrize(
    "closing",
    [
        "De Minister van Justitie, ds. J. Smit",
        "De Minister van Justitie, Mr. J. Smit",
        "De Minister van Justitie, mw. dr. J. Smit",
    ],
)
def test_titles_before_the_initials_on_the_signature_line_are_dropped(closing):
    # one list of titles for the one-line signature and the name under an office
    assert signed_as(closing) == ("Minister van Justitie", "J. Smit")
