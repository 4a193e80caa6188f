"""Importing Kamerstuk texts into the register: faithful, idempotent, transactional."""

import datetime
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from commitments.importers.store import apply, propose
from commitments.models import (
    Commitment,
    CommitmentEvent,
    Committee,
    Debate,
    Document,
    Fulfilment,
    Meeting,
    MeetingSession,
)

pytestmark = pytest.mark.django_db
SEEDS = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "kamerstukken").glob("*.txt"))
VERSLAG_2024 = SEEDS[0]
TABLES = (Document, Meeting, MeetingSession, Commitment, CommitmentEvent, Fulfilment)


def counts():
    return [model.objects.count() for model in TABLES]


def import_all(*extra):
    call_command("import_kamerstuk", *map(str, SEEDS), *extra)


def test_importing_the_seeds_reproduces_the_fixture_metadata(seed):
    expected = {
        d.identifier: (d.kind, d.ondernummer, d.vergaderjaar, d.date, d.sender_id, d.dossier_id)
        for d in Document.objects.all()
    }
    import_all()
    for identifier, (kind, nr, vergaderjaar, date, sender, dossier) in expected.items():
        document = Document.objects.get(identifier=identifier)
        assert document.kind == kind
        assert document.ondernummer == nr
        assert document.vergaderjaar == vergaderjaar
        assert document.date == date
        assert document.sender_id == sender
        assert document.dossier_id == dossier


def test_importing_seeds_onto_the_fixtures_duplicates_nothing(seed):
    before = counts()
    import_all()
    assert counts() == before


def test_import_into_an_empty_register_builds_documents_meetings_and_candidates():
    import_all()
    agenda = Document.objects.get(identifier="kst-28676-474")
    assert (agenda.date, agenda.vergaderjaar, agenda.sender.name) == (
        datetime.date(2024, 11, 22),
        "2024-2025",
        "C.C.J. Veldkamp",
    )
    meeting = Meeting.objects.get(slug="navo-fmm-2024-12")
    assert (meeting.start_date, meeting.end_date, meeting.place) == (
        datetime.date(2024, 12, 3),
        datetime.date(2024, 12, 4),
        "Brussel",
    )
    assert meeting.sessions.count() == 3
    assert Meeting.objects.get(slug="navo-fmm-2023-11").place == "Brussel"
    iraq = Commitment.objects.get(debate__subject="Irak")
    assert iraq.made_on == datetime.date(2023, 10, 25)
    assert not iraq.is_published  # a clerk reviews candidates before publishing
    assert (
        Document.objects.get(identifier="kst-30821-175")
        in Document.objects.get(identifier="kst-28676-446").cites.all()
    )
    annex = Document.objects.get(kind=Document.Kind.BIJLAGE)
    assert annex.is_confidential
    assert Commitment.objects.count() == 3


def test_reimport_is_idempotent():
    import_all()
    before = counts()
    import_all()
    assert counts() == before


def test_fulfilment_statements_fulfil_the_matching_open_commitments(seed, verslag_fmm_2024):
    japan_and_sea = Commitment.objects.filter(status=Commitment.Status.FULFILLED)
    Fulfilment.objects.all().delete()
    japan_and_sea.update(status=Commitment.Status.OPEN, fulfilled_on=None)
    call_command("import_kamerstuk", str(VERSLAG_2024), "--accept-fulfilments")
    for key in ("navo-contactambassade-japan", "zeerecht-verdachte-schepen"):
        commitment = Commitment.objects.get(key=key)
        assert commitment.status == Commitment.Status.FULFILLED
        assert list(commitment.fulfilled_by.all()) == [verslag_fmm_2024]
        event = commitment.events.latest("recorded_at")
        assert event.source == CommitmentEvent.Source.IMPORT
    assert Commitment.objects.get(key="oekraine-veiligheidsarrangementen").status == "open"


def test_fulfilment_matches_rank_japan_and_law_of_the_sea_first(seed):
    proposal = propose(VERSLAG_2024.read_bytes())
    assert [m.key for m in proposal.matches] == [
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    ]


def test_a_failure_half_way_saves_nothing():
    proposal = propose(VERSLAG_2024.read_bytes())
    commitment = Commitment.objects.create(key="x", text="Uw Kamer informeren over Japan.")
    before = counts()
    with pytest.raises(Exception, match="geen datum"):
        apply(proposal, fulfilments={0: commitment.key})
    assert counts() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty|leeg"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 20, "binary|binair"),
        (b"Verslag \x81\x8d\x8f\x90\x9d uw Kamer " * 30, "encoding|codering"),
        (b"Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20, ""),
    ],
)
def test_bad_input_is_a_clear_error_and_saves_nothing(tmp_path, content, message, capsys):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match="could not be imported"):
        call_command("import_kamerstuk", str(path))
    err = capsys.readouterr().err
    assert "nothing saved" in err
    if message:
        assert any(word in err.lower() for word in message.split("|"))
    assert counts() == [0] * len(TABLES)


def test_dry_run_and_json_write_nothing(capsys):
    call_command("import_kamerstuk", str(VERSLAG_2024), "--dry-run", "--json")
    out = capsys.readouterr().out
    data = json.loads(out)[0]["proposal"]  # stdout is the JSON document and nothing else
    assert data["metadata"]["kind"] == "verslag"
    assert len(data["fulfilments"]) == 2
    assert counts() == [0] * len(TABLES)


def _register(size):
    """``size`` open commitments about common subjects, newer than the ones in the seed."""
    Commitment.objects.bulk_create(
        Commitment(
            key=f"ruis-{n}",
            text=f"Uw Kamer informeren over de Nederlandse inzet in de NAVO, onderwerp {n}.",
            made_on=datetime.date(2025, 1, 1) + datetime.timedelta(days=n % 300),
        )
        for n in range(size)
    )


@pytest.mark.parametrize("size", [3, 400])
def test_queries_per_document_do_not_grow_with_the_register(
    seed, size, django_assert_max_num_queries
):
    _register(size)
    data = VERSLAG_2024.read_bytes()  # has fulfilment statements, so matching runs
    # SQLite 3 / PostgreSQL 2 (lexeme statistics, search and the document's fulfilled
    # commitments are one statement) + 9, whatever the size.
    with django_assert_max_num_queries(3):
        proposal = propose(data)
    with django_assert_max_num_queries(9):
        apply(proposal)
    with django_assert_max_num_queries(3):
        proposal = propose(data)  # a re-import also looks up what the document already did
    with django_assert_max_num_queries(9):
        apply(proposal)


@pytest.mark.parametrize("size", [3, 400])
def test_first_import_of_a_document_with_citations_and_candidates_is_bounded(
    size, django_assert_max_num_queries
):
    _register(size)
    data = SEEDS[2].read_bytes()  # citations, a debate, two candidates, meeting, sessions
    with django_assert_max_num_queries(2):
        proposal = propose(data)
    # Most are writes: document, meeting, cited document and commitments each with their
    # history row, events, and the savepoints that keep concurrent imports safe.
    with django_assert_max_num_queries(40):
        result = apply(proposal)
    assert result.counts["commitments created"] == 2


def test_fulfilment_is_found_among_many_newer_similar_commitments(seed):
    """The pool is narrowed by the statement's rare words, not by age: a register full of
    newer commitments about the NAVO still finds the one about Japan."""
    Fulfilment.objects.all().delete()
    Commitment.objects.filter(status="fulfilled").update(status="open", fulfilled_on=None)
    _register(400)
    proposal = propose(VERSLAG_2024.read_bytes())
    assert [m.key for m in proposal.matches] == [
        "navo-contactambassade-japan",
        "zeerecht-verdachte-schepen",
    ]


def test_reimport_with_candidates_made_in_a_debate_links_them_once():
    data = SEEDS[2].read_bytes()
    first = apply(propose(data))
    again = apply(propose(data))
    assert first.counts["commitments created"] == 2
    assert again.counts["candidates already registered"] == 2
    iraq = Commitment.objects.get(debate__subject="Irak")
    assert list(iraq.mentioned_in.all()) == [first.document]
    assert first.document.cites.count() == again.counts["citations"]


DEBATES = Path(__file__).resolve().parents[1] / "data" / "debates"
REAL = Path(__file__).resolve().parents[1] / "importer_eval" / "real"


def test_json_for_many_files_is_one_document_on_stdout_and_progress_on_stderr(capsys):
    call_command(
        "import_kamerstuk",
        str(REAL),  # a directory: its .txt files
        str(DEBATES / "*.txt"),  # a quoted glob
        "--dry-run",
        "--json",
    )
    captured = capsys.readouterr()
    documents = json.loads(captured.out)  # nothing but the JSON array
    assert len(documents) == 13
    assert {d["status"] for d in documents} == {"dry-run"}
    by_file = {Path(d["file"]).name: d["proposal"] for d in documents}
    assert by_file["r01_vws_fipronil_planning.txt"]["metadata"]["kst_id"] == "kst-26991-524"
    assert "[13/13]" in captured.err and "Summary: 13 of 13 files read" in captured.err
    assert counts() == [0] * len(TABLES)


def test_json_reports_a_refused_file_and_still_prints_the_rest(tmp_path, capsys):
    (tmp_path / "a_news.txt").write_text("Lorem ipsum dolor sit amet. " * 20, encoding="utf-8")
    (tmp_path / "b_letter.txt").write_bytes((REAL / "r05_ienm_spaargaren_uitstel.txt").read_bytes())
    with pytest.raises(CommandError):
        call_command("import_kamerstuk", str(tmp_path), "--dry-run", "--json")
    documents = json.loads(capsys.readouterr().out)
    assert [d["status"] for d in documents] == ["error", "dry-run"]
    assert documents[0]["code"] == "not_dutch"


def test_a_debate_report_stores_its_toezeggingen_with_the_debate_and_committee():
    Committee.objects.create(name="Binnenlandse Zaken", slug="biza")
    call_command("import_kamerstuk", str(DEBATES / "commissiedebat_met_toezeggingen.txt"))
    listed = Commitment.objects.filter(text__startswith="De minister stuurt na de zomer").get()
    assert listed.debate.date == datetime.date(2025, 1, 23)
    assert listed.debate.kind == Debate.Kind.COMMISSIEDEBAT
    assert listed.debate.committee.name == "Binnenlandse Zaken"
    assert listed.made_on == datetime.date(2025, 1, 23)
    assert not listed.is_published
    # the member's sentences made no commitment
    assert not Commitment.objects.filter(text__contains="Wil zij").exists()
    assert Commitment.objects.count() == 3
