"""Stage 1, ``kamerstuk.text``: decoding bytes, repairing extracted text, splitting sentences."""

import json
import re

import pytest

from commitments.importers.kamerstuk import KamerstukError, decode, normalise, split_sentences

from .helpers import AGENDA_2023, AGENDA_2024, AGENDA_2025, VERSLAG_2023, VERSLAG_2024, seed_text


def test_decode_accepts_utf8_with_and_without_bom():
    text = "Uw Kamer wordt geïnformeerd over Oekraïne."
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text


def test_decode_falls_back_to_cp1252_for_legacy_text():
    text = "Het kabinet informeert uw Kamer over de financiële steun aan Oekraïne \u2013 2025."
    assert decode(text.encode("cp1252")) == text


def test_empty_input_is_rejected_with_a_clear_message():
    with pytest.raises(KamerstukError, match="leeg") as excinfo:
        decode(b"")
    assert excinfo.value.code == "empty"
    assert "empty" in str(excinfo.value)
    with pytest.raises(KamerstukError, match="leeg"):
        decode(b"   \n\n  ")


def test_binary_input_is_rejected():
    with pytest.raises(KamerstukError, match="binair") as excinfo:
        decode(b"%PDF-1.7\x00\x01\x02\x03binary\x00stream")
    assert excinfo.value.code == "binary"


def test_undecodable_input_is_rejected():
    # 0x81/0x8d/0x8f/0x90 are invalid UTF-8 and undefined in cp1252.
    with pytest.raises(KamerstukError, match="UTF-8") as excinfo:
        decode(b"De minister \x81\x8d\x8f\x90 zegt toe")
    assert excinfo.value.code == "encoding"


@pytest.mark.parametrize("name", [AGENDA_2024, AGENDA_2023])
def test_footer_is_removed_from_pdf_text(name):
    normalised = normalise(seed_text(name))
    assert normalised.layout == "pdf"
    assert not any("Tweede Kamer, vergaderjaar" in p for p in normalised.paragraphs)
    assert len(normalised.footers) == 1
    assert normalised.repair_count("page_footer") == 1


@pytest.mark.parametrize("name", [AGENDA_2024, AGENDA_2023])
def test_line_break_hyphenation_is_undone_in_pdf_text(name):
    text = normalise(seed_text(name)).text
    for split in ("bondge- nootschap", "veiligheids- beleid", "verantwoorde- lijkheid"):
        assert split not in text
    assert not re.search(r"[a-zë]-\n", text)
    if name == AGENDA_2024:
        assert "bondgenootschap" in text and "bondge-" not in text
        assert "veiligheidsbeleid" in text and "verantwoordelijkheid" in text
    else:
        assert "Ministers van Buitenlandse Zaken" in text and "geïnformeerd over de veilig" in text


def test_real_hyphens_survive_line_breaks():
    agenda_2024 = normalise(seed_text(AGENDA_2024)).text
    agenda_2023 = normalise(seed_text(AGENDA_2023)).text
    assert "32 NAVO-bondgenoten" in agenda_2024
    assert "Noord-Korea, China" in agenda_2024
    assert "in het Midden-Oosten" in agenda_2024
    assert "De secretaris-generaal van de NAVO heeft hiertoe" in agenda_2023
    assert "zowel EU- als NAVO-verband" in agenda_2023  # suspended hyphen keeps its space
    assert "NAVO-lidmaatschap" in agenda_2023  # "NAVO-lid-" + "maatschap"


def test_hyphenation_rules_on_own_wrapped_text():
    lines = [
        "Het kabinet werkt in Europees verband aan het versterken van het veiligheids-",
        "beleid en de samenwerking met de NAVO-bondgenoten, waarbij de secretaris-",
        "generaal van de NAVO een coördinerende rol heeft in de richting van Noord-",
        "Korea en in de samenwerking met de Europese defensie-",
        "industrie. Ook de betrekkingen met landen in het Midden-",
        "Oosten en de lastenverdeling tussen de bondgenoten komen aan bod, zowel in",
        "bilaterale gesprekken als in de Raad, waar verschillende lidstaten zich",
        "kandidaat hebben gesteld voor een rol bij de uitvoering van de plannen.",
    ]
    text = normalise("\n".join(lines)).text
    assert "veiligheidsbeleid" in text
    assert "secretaris-generaal" in text
    assert "Noord-Korea" in text
    assert "defensie-industrie" in text  # vowel clash keeps the hyphen
    assert "Midden-Oosten" in text


def test_extraction_slips_are_repaired_and_reported_with_counts():
    normalised = normalise(seed_text(AGENDA_2024))
    text = normalised.text
    assert "Abdullah II" in text and "Abdullah Il" not in text
    assert "Jordanië" in text and "Jordanié" not in text
    assert "Oekraïne" in text and "Oekraine" not in text
    assert "(FMM)" in text and "FIVIM" not in text
    slips = {r.before: r for r in normalised.repairs if r.kind == "extraction_slip"}
    assert slips["Abdullah Il"].after == "Abdullah II"
    assert slips["Abdullah Il"].count == 2
    assert slips["Jordanié"].count == text.count("Jordanië")
    assert slips["Oekraine"].count >= 10
    assert all(r.count >= 1 for r in normalised.repairs)


def test_text_outside_repair_rules_is_unchanged():
    text = normalise(seed_text(AGENDA_2024)).text
    assert "vier a vijf rotaties" in text  # not a listed slip, so left alone
    assert "de secretaris generaal van de NAVO om" in text  # as written in the source


def test_bookmark_artefacts_are_stripped_from_clean_text():
    normalised = normalise(seed_text(VERSLAG_2023))
    assert normalised.layout == "plain"
    assert "[bookmark" not in normalised.text
    assert "China en de Indo-Pacific" in normalised.paragraphs
    assert normalised.repair_count("bookmark") == 2


def test_footnote_is_moved_behind_the_paragraph_it_interrupted():
    normalised = normalise(seed_text(AGENDA_2023))
    paragraphs = normalised.paragraphs
    interrupted = next(p for p in paragraphs if "Dat vraagt een serieuze financiële" in p)
    assert "financiële inspanning van iedere bondgenoot" in interrupted
    footnote = paragraphs[paragraphs.index(interrupted) + 1]
    assert footnote.startswith("1 Het kabinet definieert hybride dreigingen")
    assert "economische instrumenten" in footnote
    assert normalised.footnotes == (footnote,)


def test_page_break_inside_a_sentence_is_joined():
    text = normalise(seed_text(AGENDA_2024)).text
    assert "vooruitblikken op de NAVO-top in Den Haag op 24 en 25 juni 2025" in text
    assert "de effectiviteit van de Oekraïense strijdkrachten" in text


def test_clean_text_keeps_one_paragraph_per_line():
    normalised = normalise(seed_text(AGENDA_2025))
    assert normalised.layout == "plain"
    assert "Werkdiner NATO-Ukraine Council" in normalised.paragraphs
    first = normalise(seed_text(VERSLAG_2024)).paragraphs[0]
    assert first.endswith("Meeting van 3\u20134 december 2024.")  # wrapped covering line re-joined


def test_sentence_splitter_keeps_abbreviations_together():
    paragraph = (
        "Zoals toegezegd in het commissiedebat Irak op 25 oktober jl. wordt uw Kamer "
        "geïnformeerd (zie Kamerstuk 30 821, nr. 175). Minister C.C.J. Veldkamp sprak o.a. met "
        "bondgenoten in Washington D.C. over EUR 5 miljoen. Op 3 april a.s. volgt Zr.Ms. Holland. "
        "Dit gebeurde op 24 september jl. Dit onderzoek loopt nog."
    )
    assert split_sentences(paragraph) == [
        "Zoals toegezegd in het commissiedebat Irak op 25 oktober jl. wordt uw Kamer "
        "geïnformeerd (zie Kamerstuk 30 821, nr. 175).",
        "Minister C.C.J. Veldkamp sprak o.a. met bondgenoten in Washington D.C. over EUR 5 "
        "miljoen.",
        "Op 3 april a.s. volgt Zr.Ms. Holland.",
        "Dit gebeurde op 24 september jl.",
        "Dit onderzoek loopt nog.",
    ]


def test_normalised_text_and_repairs_serialise_to_json():
    data = json.loads(json.dumps(normalise(seed_text(AGENDA_2024)).to_dict()))
    assert data["layout"] == "pdf"
    assert {"kind", "before", "after", "count"} <= set(data["repairs"][0])
