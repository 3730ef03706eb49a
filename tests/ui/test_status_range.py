"""The status bar's visible range stays readable from deep time to minutes."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from timelineapp.model.calendar import to_seconds
from timelineapp.render.timemap import TimeMap
from timelineapp.ui.status_bar import format_range


def _view(first_year: int, last_year: int, width: float = 1000.0) -> TimeMap:
    start, end = to_seconds(first_year), to_seconds(last_year)
    return TimeMap(start, (end - start) / width, width)


def test_a_deep_time_view_is_said_in_the_axis_units() -> None:
    text = format_range(_view(-13_800_000_000, 4_000_000_000), QLocale("en_GB"))
    assert "Ga" in text
    assert "BCE" not in text
    assert not any(len(part) > 6 for part in text.replace("\u2212", " ").split() if part.isdigit())


def test_french_deep_time_uses_a_decimal_comma() -> None:
    text = format_range(_view(-13_800_000_000, -13_700_000_000), QLocale("fr_FR"))
    assert "," in text
    assert "." not in text


def test_a_calendar_view_keeps_calendar_dates() -> None:
    text = format_range(_view(2024, 2025), QLocale("en_GB"))
    assert text.startswith("2024-01-01")


def test_years_across_the_era_are_said_as_the_axis_says_them() -> None:
    text = format_range(_view(-535, 30), QLocale("en_GB"))
    assert text == "536 BCE – 30"
