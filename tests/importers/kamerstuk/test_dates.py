"""``kamerstuk.dates``: day and month without a year resolve against a reference date."""

from datetime import date

from commitments.importers.kamerstuk import resolve_date


def test_relative_dates_resolve_against_reference_and_vergaderjaar():
    reference = date(2023, 11, 28)
    assert resolve_date(25, 10, None, relative="jl.", reference=reference) == date(2023, 10, 25)
    assert resolve_date(5, 12, None, relative="jl.", reference=reference) == date(2022, 12, 5)
    assert resolve_date(3, 4, None, relative="a.s.", reference=reference) == date(2024, 4, 3)
    assert resolve_date(28, 11, None, vergaderjaar="2023-2024") == date(2023, 11, 28)
    assert resolve_date(9, 7, None, vergaderjaar="2023-2024") == date(2024, 7, 9)
    assert resolve_date(28, 11, None) is None
