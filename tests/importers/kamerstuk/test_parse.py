"""``kamerstuk.parse``: the whole pipeline, on bytes and on the labelled evaluation texts."""

from pathlib import Path

import pytest

from commitments.importers.kamerstuk import parse_bytes

from .helpers import AGENDA_2025, eval_entries, parsed_eval, seed_path, squash


def test_parse_bytes_decodes_then_parses():
    parsed = parse_bytes(seed_path(AGENDA_2025).read_bytes())
    assert parsed.metadata.kind == "geannoteerde_agenda"


@pytest.mark.parametrize("entry", eval_entries(), ids=lambda e: Path(e["file"]).stem)
def test_eval_text_commitments_are_found_and_negatives_are_not(entry):
    parsed = parsed_eval(entry["file"])
    sentences = [squash(c.sentence) for c in parsed.commitments]
    for expected in entry["commitments"]:
        assert any(squash(expected) in s for s in sentences), expected
    for negative in entry["negatives"]:
        assert not any(squash(negative) in s for s in sentences), negative
    assert len(sentences) == len(entry["commitments"])


@pytest.mark.parametrize("entry", eval_entries(), ids=lambda e: Path(e["file"]).stem)
def test_eval_text_fulfilments_are_found(entry):
    parsed = parsed_eval(entry["file"])
    sentences = [squash(f.sentence) for f in parsed.fulfilments]
    for expected in entry["fulfilments"]:
        assert any(squash(expected) in s for s in sentences), expected
    assert len(sentences) == len(entry["fulfilments"])


@pytest.mark.parametrize("entry", eval_entries(), ids=lambda e: Path(e["file"]).stem)
def test_eval_text_metadata_and_sections_match_labels(entry):
    parsed = parsed_eval(entry["file"])
    flat = parsed.metadata.flat()
    assert {key: flat[key] for key in entry["metadata"]} == entry["metadata"]
    assert [[s.title, s.kind] for s in parsed.sections] == entry["sections"]
    assert sorted(c.kst_id for c in parsed.citations) == sorted(entry["citations"])


def test_eval_set_has_enough_own_texts_including_pdf_style():
    entries = eval_entries()
    assert len(entries) >= 8
    layouts = {parsed_eval(e["file"]).normalised.layout for e in entries}
    assert layouts == {"pdf", "plain"}
