"""The words a commitment page uses for its verdict and heading."""

import datetime

import pytest
from django.utils import translation

from commitments import services
from commitments.models import Commitment
from commitments.presentation import day_count, headline, verdict

TODAY = datetime.date(2026, 12, 2)


def test_short_promise_is_its_own_headline():
    assert headline("  Het kabinet  informeert de Kamer. ") == "Het kabinet informeert de Kamer."


def test_long_promise_is_cut_at_a_word_with_an_ellipsis():
    text = "De minister zal de Kamer informeren over " + "de uitkomst van het overleg " * 10
    short = headline(text, limit=60)
    assert short.endswith("…")
    assert len(short) <= 61
    assert text.startswith(short[:-1])
    assert not short[:-1].endswith(" ")


def test_day_counts_have_a_thousands_separator():
    with translation.override("nl"):
        assert day_count(1) == "1 dag"
        assert day_count(1526) == "1.526 dagen"
    with translation.override("en"):
        assert day_count(1526) == "1,526 days"


@pytest.mark.django_db
def test_overdue_says_since_when_and_how_many_days(navo_norm_commitment):
    result = verdict(navo_norm_commitment, [], today=TODAY)
    assert result["tone"] == "overdue"
    assert result["text"] == "Over de termijn sinds 24 juni 2025 (526 dagen)"


@pytest.mark.django_db
def test_open_with_a_future_deadline_counts_down(navo_norm_commitment):
    result = verdict(navo_norm_commitment, [], today=datetime.date(2025, 6, 14))
    assert result["tone"] == "open"
    assert result["text"] == "Openstaand"
    assert result["deadline"] == "Termijn: 24 juni 2025 (nog 10 dagen)"


@pytest.mark.django_db
def test_without_a_deadline_says_so(ukraine_commitment):
    # A deadline in words ("zodra meer concreets te melden is") is shown as it is.
    assert verdict(ukraine_commitment, [], today=TODAY)["deadline"] == (
        "Termijn: zodra meer concreets te melden is"
    )
    ukraine_commitment.due_description = ""
    result = verdict(ukraine_commitment, [], today=TODAY)
    assert result["text"] == "Openstaand"
    assert result["deadline"] == "Geen termijn bekend"


@pytest.mark.django_db
def test_fulfilled_names_the_date_and_the_letter(japan_commitment, verslag_fmm_2024):
    fulfilments = list(japan_commitment.fulfilments.select_related("document"))
    result = verdict(japan_commitment, fulfilments, today=TODAY)
    assert result["tone"] == "fulfilled"
    assert result["text"] == (
        f'Voldaan op 16 december 2024 met <a href="{verslag_fmm_2024.get_absolute_url()}">'
        f"{verslag_fmm_2024.title}</a>"
    )
    # Without a public letter the verdict still says when, and names nothing.
    assert verdict(japan_commitment, [], today=TODAY)["text"] == "Voldaan op 16 december 2024"


@pytest.mark.django_db
def test_fulfilled_late_says_by_how_much(navo_norm_commitment, verslag_fmm_2024):
    services.fulfil(
        navo_norm_commitment, documents=[verslag_fmm_2024], on=datetime.date(2025, 7, 4)
    )
    commitment = Commitment.objects.get(pk=navo_norm_commitment.pk)
    result = verdict(commitment, [], today=TODAY)
    assert result["text"] == "Voldaan op 4 juli 2025"
    assert result["deadline"] == "10 dagen na de termijn van 24 juni 2025"


@pytest.mark.django_db
def test_page_is_headed_by_the_promise_with_the_verdict_panel(client, navo_norm_commitment):
    response = client.get(navo_norm_commitment.get_absolute_url())
    text = response.content.decode()
    short = headline(navo_norm_commitment.text)
    assert f"<title>{short} · Toezeggingenregister</title>" in text
    assert f'<h1 class="commitment-headline">{short}</h1>' in text
    assert "Toezegging navo-norm-standpunt</h1>" not in text
    assert 'class="verdict verdict-overdue"' in text
    assert "Over de termijn sinds 24 juni 2025 (" in text


@pytest.mark.django_db
def test_unknown_facts_are_one_line(client, ukraine_commitment):
    Commitment.objects.filter(pk=ukraine_commitment.pk).update(made_by=None, made_on=None)
    text = client.get(ukraine_commitment.get_absolute_url()).content.decode()
    assert "Niet bekend: wie haar deed" in text
    assert "wanneer zij is gedaan." in text
    assert ">onbekend<" not in text
