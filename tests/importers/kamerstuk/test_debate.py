"""``kamerstuk.debate``: speakers, whose turn a promise is in, and the chair's closing list.

The texts are real: the cover of a committee-debate report (kst-28362-73), speaker lines as
Handelingen print them, and toezeggingen as chairs read them out (VLOS reports, open data).
"""

from pathlib import Path

from commitments.importers.kamerstuk import decode, parse
from commitments.importers.kamerstuk.debate import (
    closing_toezeggingen,
    is_transcript,
    speaker_of,
    speaker_turns,
)

from .helpers import REPO_ROOT

DEBATE = REPO_ROOT / "tests" / "data" / "debates" / "commissiedebat_met_toezeggingen.txt"
REAL = REPO_ROOT / "tests" / "importer_eval" / "real"
HELDOUT = REPO_ROOT / "tests" / "importer_eval" / "heldout"


def parsed(path: Path):
    return parse(decode(path.read_bytes()))


def test_speaker_lines_are_recognised_with_their_role():
    assert speaker_of("Staatssecretaris De Vries:").role == "government"
    assert speaker_of("Minister Van der Wal-Zeggelink:").role == "government"
    assert speaker_of("De minister van Financiën:").role == "government"
    assert speaker_of("De voorzitter:").role == "chair"
    assert speaker_of("De heer Duyvendak (GroenLinks):").role == "member"
    assert speaker_of("Mevrouw Kant (SP):").role == "member"


def test_ordinary_lines_are_no_speakers():
    assert speaker_of("De minister zei het volgende:") is None
    assert speaker_of("verzoekt de regering, te bewerkstelligen dat:") is None
    assert speaker_of("Voorzitter: De Vree") is None


def test_turns_run_until_the_next_speaker():
    paragraphs = ["Kop", "De voorzitter:", "Welkom.", "Minister Uitermark:", "Ik zal.", "Nog."]
    turns = speaker_turns(paragraphs)
    assert 0 not in turns and 1 not in turns
    assert turns[2].role == "chair"
    assert [turns[4].speaker, turns[5].speaker] == ["Minister Uitermark"] * 2


def test_handelingen_and_debate_reports_are_transcripts_and_letters_are_not():
    for name in ("h08_vrom_vao_duurzaam_inkopen_2008.txt", "h09_ienm_vao_wegtunnels_2010.txt"):
        assert is_transcript(parsed(HELDOUT / name).normalised.paragraphs), name
    assert is_transcript(parsed(REAL / "r23_bzk_commissiedebat_art68.txt").normalised.paragraphs)
    letter = parsed(REAL / "r01_vws_fipronil_planning.txt")
    assert not is_transcript(letter.normalised.paragraphs)


def test_the_chairs_list_gives_one_candidate_per_item_linked_to_the_debate():
    result = parsed(DEBATE)
    listed = [c for c in result.commitments if c.pattern == "debate_toezegging"]
    assert [c.sentence for c in listed] == [
        "De minister stuurt na de zomer een brief over het ondernemerspact.",
        "De staatssecretaris zal het rapport over rode diesel na de ministerraad van 11 juli "
        "aan de Kamer doen toekomen.",
    ]
    debate = listed[0].debate
    assert (debate.kind, debate.date.isoformat()) == ("commissiedebat", "2025-01-23")
    assert debate.committee == "vaste commissie voor Binnenlandse Zaken"
    assert listed[0].deadline.text == "na de zomer"
    # "De minister" is the one minister who spoke; the staatssecretaris did not speak
    assert [c.speaker for c in listed] == ["Minister Uitermark", "De staatssecretaris"]


def test_promises_are_attributed_to_the_bewindspersoon_and_members_make_none():
    result = parsed(DEBATE)
    spoken = [c for c in result.commitments if c.pattern != "debate_toezegging"]
    assert [(c.speaker, c.sentence[:40]) for c in spoken] == [
        ("Minister Uitermark", "Ik zal uw Kamer voor de zomer informeren")
    ]
    assert spoken[0].debate.date.isoformat() == "2025-01-23"
    # the member's "De minister heeft toegezegd ..." and "Wil zij ... informeren?" are not
    assert not any("Van Nispen" in (c.speaker or "") for c in result.commitments)


def test_the_list_opening_as_vlos_reports_print_it():
    paragraphs = [
        "De voorzitter:",
        "We hebben drie toezeggingen genoteerd.",
        "- De minister komt nog voor de zomer met het R&D-actieplan.",
        "- De minister stuurt na de zomer een brief over het ondernemerspact.",
        "Dan sluit ik de vergadering.",
    ]
    items = closing_toezeggingen(paragraphs, speaker_turns(paragraphs))
    assert [item for _, item in items] == [
        "De minister komt nog voor de zomer met het R&D-actieplan.",
        "De minister stuurt na de zomer een brief over het ondernemerspact.",
    ]


def test_a_member_mentioning_toezeggingen_opens_no_list():
    paragraphs = [
        "De heer Slob (ChristenUnie):",
        "Ik heb de volgende toezeggingen genoteerd:",
        "- De minister komt nog voor de zomer met het R&D-actieplan.",
    ]
    assert closing_toezeggingen(paragraphs, speaker_turns(paragraphs)) == []
