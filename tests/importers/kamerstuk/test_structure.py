"""Stage 3, ``kamerstuk.structure``: the meeting, the sections and the citations."""

from datetime import date

import pytest

from commitments.importers.kamerstuk import parse
from commitments.importers.kamerstuk.structure import extract_citations

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


def test_meeting_dates_are_real_dates():
    meeting = parsed_seed(AGENDA_2024).metadata.meeting
    assert meeting.start == date(2024, 12, 3)
    assert meeting.end == date(2024, 12, 4)
    assert parsed_seed(AGENDA_2024).metadata.date == date(2024, 11, 22)


def test_meeting_year_without_year_in_title_comes_from_vergaderjaar():
    meeting = parsed_seed(AGENDA_2023).metadata.meeting
    assert meeting.date_text == "28\u201329 november"
    assert (meeting.start, meeting.end) == (date(2023, 11, 28), date(2023, 11, 29))


def test_brief_without_meeting_has_no_meeting():
    metadata = parsed_eval("texts/eval_04_oekraine_brief_2025.txt").metadata
    assert metadata.kind == "brief"
    assert metadata.meeting is None
    assert metadata.dossier_title == "Situatie in Oekraïne"


def test_agenda_without_title_line_takes_the_meeting_from_the_covering_letter():
    text = (
        "Hierbij bied ik u de geannoteerde agenda aan voor de Raad Buitenlandse Zaken op "
        "20 oktober 2025 in Luxemburg.\n\n"
        "De Minister van Buitenlandse Zaken,\nA.B. Jansen\n\n"
        "De Raad spreekt over Oekraïne en het Midden-Oosten.\n"
        "Oekraïne\n"
        "De Raad bespreekt de steun. Ik zal uw Kamer voor de zomer informeren over de uitkomst.\n"
    )
    metadata = parse(text).metadata
    assert metadata.kind == "geannoteerde_agenda"
    assert metadata.title is None
    assert metadata.meeting.name == "Raad Buitenlandse Zaken"
    assert metadata.meeting.start == date(2025, 10, 20)
    assert metadata.meeting.place == "Luxemburg"


EXPECTED_SECTIONS = {
    AGENDA_2024: [
        ("Werksessie Strategische uitdagingen", "werksessie"),
        ("Werkdiner NATO-Ukraine Council", "werkdiner"),
        ("Werksessie Bijeenkomst met Zuidelijke buurlanden", "werksessie"),
        ("Voortzetting Nederlandse bijdrage operatie Interflex", "other"),
    ],
    VERSLAG_2024: [
        ("Werksessie 1: Bijeenkomst met Zuidelijke buurlanden", "werksessie"),
        ("Werksessie 2: NATO Ukraine Council", "werksessie"),
        ("Werksessie 3: Strategische uitdagingen", "werksessie"),
        ("NAVO contact-ambassade Japan", "other"),
        ("Juridische mogelijkheden bij verdachte schepen", "other"),
    ],
    AGENDA_2023: [
        ("Sessie 1: Voorbespreking NAVO-top Washington juli 2024", "werksessie"),
        ("Oekraïne", "other"),
        ("China en de Indo-Pacific", "other"),
        ("Defensieuitgaven (burden sharing) en defensie-industrie", "other"),
        (
            "Sessie 2: Overleg met aanwezigheid van de EU inzake Westelijke Balkan en "
            "Midden-Oosten",
            "werksessie",
        ),
        ("Westelijke Balkan", "other"),
        ("Midden-Oosten", "other"),
        ("Sessie 3: NATO Ukraine Council", "werksessie"),
    ],
    VERSLAG_2023: [
        ("Werksessie 1: Voorbespreking NAVO-top Washington juli 2024", "werksessie"),
        ("Oekraïne", "other"),
        ("China en de Indo-Pacific", "other"),
        ("Defensie-uitgaven (burden sharing) en defensie-industrie", "other"),
        ("Werksessie 2: Overleg met de EUHV inzake Westelijke Balkan", "werksessie"),
        ("Werksessie 3: NATO-Ukraine Council", "werksessie"),
    ],
    AGENDA_2025: [
        ("Werksessie Strategische uitdagingen", "werksessie"),
        ("Werkdiner NATO-Ukraine Council", "werkdiner"),
        ("Bijeenkomst met partners uit de Indo-Pacific regio", "werksessie"),
    ],
}


@pytest.mark.parametrize("name", SEEDS)
def test_sections_of_each_seed(name):
    sections = parsed_seed(name).sections
    assert [(s.title, s.kind) for s in sections] == EXPECTED_SECTIONS[name]
    assert [s.order for s in sections] == list(range(1, len(sections) + 1))
    for section, following in zip(sections, [*sections[1:], None], strict=True):
        # Only a session that opens straight into a sub-topic ("Sessie 1" / "Oekraïne") is empty.
        assert section.text or (following is not None and following.parent == section.title)


def test_session_names_drop_the_session_prefix():
    names = {s.title: s.name for s in parsed_seed(VERSLAG_2024).sections}
    assert names["Werksessie 1: Bijeenkomst met Zuidelijke buurlanden"] == (
        "Bijeenkomst met Zuidelijke buurlanden"
    )
    names = {s.title: s.name for s in parsed_seed(AGENDA_2024).sections}
    assert names["Werkdiner NATO-Ukraine Council"] == "NATO-Ukraine Council"
    assert names["Werksessie Strategische uitdagingen"] == "Strategische uitdagingen"


def test_wrapped_session_heading_is_one_heading_and_topics_nest_under_sessions():
    sections = {s.title: s for s in parsed_seed(AGENDA_2023).sections}
    session = (
        "Sessie 2: Overleg met aanwezigheid van de EU inzake Westelijke Balkan en Midden-Oosten"
    )
    assert sections["Westelijke Balkan"].parent == session
    assert sections["Westelijke Balkan"].level == 2
    assert sections["Oekraïne"].parent.startswith("Sessie 1:")
    assert "Force Protection" in sections["Midden-Oosten"].text


def test_header_block_and_title_are_not_sections():
    titles = [s.title for s in parsed_seed(AGENDA_2024).sections]
    assert "NAVO" not in titles
    assert not any(
        t.startswith(("Geannoteerde agenda", "BRIEF VAN", "Tweede Kamer")) for t in titles
    )


def test_citation_is_found_and_own_footer_is_not_a_citation():
    citations = parsed_seed(AGENDA_2023).citations
    assert [c.kst_id for c in citations] == ["kst-30821-175"]
    citation = citations[0]
    assert (citation.dossier, citation.toevoeging, citation.ondernummer) == ("30821", None, 175)
    assert citation.raw == "Kamerstuk 30 821, nr. 175"
    assert "kst-28676-446" not in [c.kst_id for c in citations]
    assert parsed_seed(AGENDA_2024).citations == ()


def test_citation_with_toevoeging_and_several_numbers():
    kst_ids = [c.kst_id for c in parsed_eval("texts/eval_03_defensieraad_agenda_pdf.txt").citations]
    assert kst_ids == ["kst-21501-28-250", "kst-21501-28-251", "kst-36045-198"]


def test_confidential_annex_mention_is_found():
    mentions = parsed_seed(VERSLAG_2023).confidential_mentions
    assert mentions == ("U vindt het non-paper als vertrouwelijke bijlage bij dit verslag.",)
    assert parsed_seed(VERSLAG_2024).confidential_mentions == ()


def test_citations_with_a_toevoeging_after_a_space():
    found = extract_citations(
        [
            "Tijdens het wetgevingsoverleg (Kamerstuk 33 000 X, nr. 30) en de motie "
            "(Kamerstuk 34 000 J, nr. 14); zie Kamerstukken II 2019/20, 35 300 VIII, nr. 12 "
            "en (Kamerstuk 35 925 VII, nr. 148)."
        ],
        None,
    )
    assert [c.kst_id for c in found] == [
        "kst-33000-X-30",
        "kst-34000-J-14",
        "kst-35300-VIII-12",
        "kst-35925-VII-148",
    ]
