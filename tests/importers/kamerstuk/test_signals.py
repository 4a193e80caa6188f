"""``kamerstuk.signals``: text that is not a Kamerstuk is refused, with the reason."""

import pytest

from commitments.importers.kamerstuk import KamerstukError, decode, looks_like_kamerstuk, parse

from .helpers import AGENDA_2024, EVAL_DIR, parsed_seed


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Appeltaart\nVerwarm de oven voor op 180 graden. Meng de bloem met de boter en de "
            "suiker tot een kruimelig deeg. Schil de appels en snijd ze in partjes. Bak de taart "
            "in ongeveer een uur goudbruin en laat hem afkoelen voor het aansnijden.",
            "not_kamerstuk",
        ),
        (
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
            "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
            "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.",
            "not_dutch",
        ),
        (
            "NATO foreign ministers met in Brussels on Tuesday to discuss support for Ukraine. "
            "The Dutch minister told reporters that the alliance must keep its promises and "
            "that the summit in The Hague would focus on defence spending.",
            "not_dutch",
        ),
    ],
    ids=["recipe", "lorem-ipsum", "english-news"],
)
def test_non_kamerstuk_text_is_rejected_with_reason(text, code):
    with pytest.raises(KamerstukError) as excinfo:
        parse(text)
    assert excinfo.value.code == code
    assert "Kamerstuk" in str(excinfo.value)


def test_non_strict_parse_reports_missing_signals_instead_of_raising():
    parsed = parse("Verwarm de oven voor op 180 graden en bak de taart een uur.", strict=False)
    assert parsed.signals == ()
    assert not looks_like_kamerstuk(parsed)
    assert looks_like_kamerstuk(parsed_seed(AGENDA_2024))


def test_real_parliamentary_layouts_are_accepted_and_news_is_refused():
    for folder, name in [
        ("real", "r17_ienw_pfas_verzamelbrief.txt"),  # body only, "Geachte voorzitter,"
        ("real", "r23_bzk_commissiedebat_art68.txt"),  # committee-debate report
        ("heldout", "h09_ienm_vao_wegtunnels_2010.txt"),  # plenary Handelingen, no header
        ("heldout", "h06_fin_schriftelijk_overleg_2023.txt"),
    ]:
        assert parse(decode((EVAL_DIR / folder / name).read_bytes())).signals, name
    for name in ("n11_news_minister_brief.txt", "n12_news_kamervragen_te_laat.txt"):
        with pytest.raises(KamerstukError):
            parse(decode((EVAL_DIR / "heldout" / name).read_bytes()))
