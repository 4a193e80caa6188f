"""The VLOS core on real reports: every read-out toezegging found and attributed, each debate
identified by its Activiteit number; and the phrasings around it on small reports."""

import datetime

import pytest

from commitments.importers.kamerstuk import similarity
from commitments.importers.vlos import VlosError, parse_vlos

from .helpers import (
    CHAIR,
    ECONOMIE,
    LABELS,
    MINISTER,
    MIRT,
    OPENDATA,
    PLENAIR,
    POLITIE,
    report_bytes,
    turn,
    vlos_xml,
)


def _found(name):
    report = parse_vlos(report_bytes(name))
    return report, {
        d.number: [
            (t.text, d.bewindspersonen[t.made_by].surname if t.made_by is not None else None)
            for t in d.toezeggingen
            if t.source == "chair"
        ]
        for d in report.debates
    }


def _same(a: str, b: str) -> bool:
    return a == b or similarity(a, b) >= 0.9


@pytest.mark.parametrize("name", sorted(LABELS), ids=lambda n: n[12:20])
def test_every_read_out_toezegging_is_found_once_and_attributed(name):
    _, found = _found(name)
    for debate in LABELS[name]["debates"]:
        got = found[debate["number"]]
        expected = [(t["text"], t["made_by"]) for t in debate["toezeggingen"]]
        missing = [e for e in expected if not any(_same(e[0], g[0]) for g in got)]
        extra = [g for g in got if not any(_same(e[0], g[0]) for e in expected)]
        assert (missing, extra) == ([], [])
        for text, who in expected:
            assert [g[1] for g in got if _same(text, g[0])] == [who], text


def test_precision_and_recall_over_all_reports():
    expected = found = hits = 0
    for name in LABELS:
        _, by_debate = _found(name)
        for debate in LABELS[name]["debates"]:
            labels = [t["text"] for t in debate["toezeggingen"]]
            got = [text for text, _ in by_debate[debate["number"]]]
            expected += len(labels)
            found += len(got)
            hits += sum(any(_same(label, g) for g in got) for label in labels)
    assert expected == 55  # nine debates, counted by reading them (tests/data/vlos/README.md)
    assert (hits / found, hits / expected) == (1.0, 1.0)


@pytest.mark.parametrize("activity", OPENDATA, ids=lambda a: a["nummer"])
def test_each_debate_is_identified_as_the_portal_records_it(activity):
    report = parse_vlos(report_bytes(activity["file"]))
    debate = next(d for d in report.debates if d.number == activity["nummer"])
    assert debate.tk_id == activity["id"]
    assert debate.subject == activity["onderwerp"]
    assert debate.date == datetime.date.fromisoformat(activity["datum"][:10])
    assert debate.tk_kind == activity["soort"]
    if activity["soort"] != "Plenair debat":
        assert debate.committee == activity["commissie"]
        assert debate.committee_abbreviation == activity["afkorting"]
    assert sorted(b.function for b in debate.bewindspersonen) == sorted(
        b[2] for b in activity["bewindspersonen"]
    )
    # The Tweede Kamer's own register texts for this debate are among the read-out found.
    texts = [t.text for t in debate.toezeggingen]
    assert all(text in texts for text in activity["toezeggingen"])


def test_the_meeting_its_debate_and_the_bewindspersoon_with_ministry():
    report = parse_vlos(report_bytes(POLITIE))
    assert (report.kind, report.date, report.room) == (
        "Commissie",
        datetime.date(2025, 7, 2),
        "Troelstrazaal",
    )
    assert report.vergaderjaar == "2024-2025"
    [debate] = report.debates  # opening and closing carry no Activiteit number
    [minister] = debate.bewindspersonen
    assert (minister.name, minister.role, minister.ministry) == (
        "David van Weel",
        "minister",
        "Justitie en Veiligheid",
    )
    assert minister.tk_id == "e6d1d734-3054-4599-9544-3c4e713999c0"
    agenda = {(a.dossier, a.toevoeging, a.ondernummer) for a in debate.agenda}
    assert {("28684", "", 778), ("36600", "VI", 139)} <= agenda
    assert [t.deadline.text if t.deadline else None for t in debate.toezeggingen] == [
        "na de zomer",
        "Na de zomer",
        "In het volgende halfjaarbericht",
    ]


def test_ministries_keep_their_commas_and_drop_a_second_function():
    report = parse_vlos(report_bytes(PLENAIR))
    ministries = {b.ministry for d in report.debates for b in d.bewindspersonen}
    assert "Volkshuisvesting en Ruimtelijke Ordening" in ministries  # ", viceminister-president"
    assert "Landbouw, Visserij, Voedselzekerheid en Natuur" in ministries


def test_a_voting_session_is_no_debate():
    name = next(n for n in LABELS if "e2903f19" in n)
    assert parse_vlos(report_bytes(name)).debates == ()


def test_a_plenary_report_gives_one_debate_per_activiteit():
    report = parse_vlos(report_bytes(PLENAIR))
    assert [d.number for d in report.debates] == [
        "2025A04977",
        "2025A05206",
        "2025A05133",
        "2025A05295",
        "2025A04978",
    ]
    assert all(len(d.bewindspersonen) == 1 for d in report.debates)
    assert {(a.dossier, a.ondernummer) for a in report.debates[0].agenda} >= {("36284", 45)}
    # No chair's list in a plenary debate: only the bewindspersoon's own words, marked lower.
    found = [t for d in report.debates for t in d.toezeggingen]
    assert found and all(t.source == "minister" and t.confidence < 0.9 for t in found)


def test_two_bewindspersonen_each_get_their_own():
    report = parse_vlos(report_bytes(MIRT))
    [debate] = report.debates
    made_by = [debate.bewindspersonen[t.made_by].surname for t in debate.toezeggingen]
    assert (made_by.count("Tieman"), made_by.count("Aartsen")) == (10, 5)
    meppel = next(t for t in debate.toezeggingen if "Meppel" in t.text)
    assert meppel.addressee == "mevrouw Veltman"
    assert "gericht aan" not in meppel.text


def test_a_list_announced_as_een_zestal():
    report = parse_vlos(report_bytes(ECONOMIE))
    assert len(report.debates[0].toezeggingen) == 6


# Small reports: one phrasing at a time.


def test_the_ministers_own_words_where_the_chair_reads_nothing():
    data = vlos_xml(
        turn(MINISTER, "Ik kom daar schriftelijk op terug.", "Dat vind ik een goed punt."),
        turn(MINISTER, "Ik stuur u voor de zomer een brief over de exportcontrole."),
        turn(MINISTER, "Kan ik daar later op terugkomen?"),
    )
    [debate] = parse_vlos(data).debates
    assert [(t.text, t.source, t.made_by) for t in debate.toezeggingen] == [
        ("Ik kom daar schriftelijk op terug.", "minister", 0),
        ("Ik stuur u voor de zomer een brief over de exportcontrole.", "minister", 0),
    ]
    assert debate.toezeggingen[1].deadline.text == "voor de zomer"
    assert all(t.confidence < 0.9 for t in debate.toezeggingen)


def test_with_a_read_out_list_the_own_words_are_not_candidates_twice():
    data = vlos_xml(
        turn(MINISTER, "Ik kom daar schriftelijk op terug."),
        turn(
            CHAIR,
            "We hebben één toezegging genoteerd.",
            chair=True,
            items=("De minister komt schriftelijk terug op de vraag over exportcontrole.",),
        ),
    )
    [toezegging] = parse_vlos(data).debates[0].toezeggingen
    assert (toezegging.source, toezegging.confidence) == ("chair", 0.95)


def test_an_item_read_again_counts_once_in_its_last_wording_and_a_withdrawn_one_not():
    data = vlos_xml(
        turn(
            CHAIR,
            "Dan de toezeggingen.",
            chair=True,
            items=("De minister stuurt de Kamer na de zomer een brief over de sancties.",),
        ),
        turn(MINISTER, "Het lijkt me dus geen toezegging dan, toch?"),
        turn(
            CHAIR,
            "De volgende toezegging.",
            chair=True,
            items=("De minister informeert de Kamer voor de begroting over de ambassades.",),
        ),
        turn(
            CHAIR,
            "Ik herhaal hem.",
            chair=True,
            items=("De minister informeert de Kamer voor de begroting over alle ambassades.",),
        ),
    )
    [toezegging] = parse_vlos(data).debates[0].toezeggingen
    assert (
        toezegging.text == "De minister informeert de Kamer voor de begroting over alle ambassades."
    )
    assert toezegging.deadline.text == "voor de begroting"


def test_the_bewindspersoon_the_item_names():
    defence = (
        '<spreker soort="Minister" objectid="bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee">'
        "<verslagnaam>Brekelmans</verslagnaam><voornaam>Ruben</voornaam>"
        "<functie>minister van Defensie</functie></spreker>"
    )
    state = (
        '<spreker soort="Staatssecretaris" objectid="cccccccc-bbbb-4ccc-8ddd-eeeeeeeeeeee">'
        "<verslagnaam>Tuinman</verslagnaam><voornaam>Gijs</voornaam>"
        "<functie>staatssecretaris van Defensie</functie></spreker>"
    )
    data = vlos_xml(
        turn(MINISTER, "Dank."),
        turn(defence, "Dank."),
        turn(state, "Dank."),
        turn(
            CHAIR,
            "Ik heb drie toezeggingen genoteerd.",
            chair=True,
            items=(
                "De minister van Defensie stuurt de Kamer in Q3 een brief over de missie.",
                "De staatssecretaris informeert de Kamer voor het kerstreces over materieel.",
                "Minister Veldkamp komt binnen een week terug op de vraag over de ambassade.",
            ),
        ),
    )
    [debate] = parse_vlos(data).debates
    names = [debate.bewindspersonen[t.made_by].surname for t in debate.toezeggingen]
    assert names == ["Brekelmans", "Tuinman", "Veldkamp"]
    assert [t.deadline.text for t in debate.toezeggingen] == [
        "in Q3",
        "voor het kerstreces",
        "binnen een week",
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"<vlosCoreDocument xmlns='http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0'><open>",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>'
        b"<vlosCoreDocument xmlns='http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0'>&e;"
        b"</vlosCoreDocument>",
        b"<html>geen verslag</html>",
    ],
    ids=["truncated", "entity", "not-vlos"],
)
def test_bad_xml_is_refused_with_a_clear_error(data):
    with pytest.raises(VlosError):
        parse_vlos(data)
