"""Tests for the QLocale-backed calendar names (QtCore only).

Names come from the locale; the era comes from the installed translators (none: English).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from timelineapp.model.calendar import to_seconds
from timelineapp.render.calendar_names import LocaleNames
from timelineapp.render.export_text import export_language
from timelineapp.render.ticks import CalendarNames, compute_ticks
from timelineapp.render.timemap import TimeMap

FR = LocaleNames(QLocale("fr_FR"))
EN = LocaleNames(QLocale("en_US"))


def test_is_a_calendar_names() -> None:
    names: CalendarNames = FR  # static check as much as a runtime one
    assert isinstance(names, LocaleNames)


def test_french_names() -> None:
    assert FR.month_name(6, short=False) == "juin"
    assert FR.month_name(2, short=False) == "février"
    assert FR.month_name(1, short=True) == QLocale("fr_FR").standaloneMonthName(
        1, QLocale.FormatType.ShortFormat
    )
    assert FR.weekday_name(1, short=False) == "lundi"
    assert FR.weekday_name(7, short=False) == "dimanche"


def test_english_names() -> None:
    assert EN.month_name(6, short=False) == "June"
    assert EN.month_name(9, short=True) == "Sep"
    assert EN.weekday_name(1, short=False) == "Monday"
    assert EN.weekday_name(7, short=True) == "Sun"


@pytest.mark.parametrize(
    ("names", "year", "label"),
    [
        (FR, 2024, "2024"),
        # Grouped from 10,000 as dates in words group them (QA #100: the axis said
        # "100 001 BCE" beside an event "in 50,000 BCE").
        (FR, 10000, "10\u202f000"),
        (EN, -499, "500 BCE"),
        (EN, 0, "1 BCE"),
        (EN, 1, "1"),
        (EN, 12345, "12,345"),
        (EN, 9999, "9999"),
        (LocaleNames(QLocale("de_DE")), -99, "100 BCE"),
        (FR, -99, "100 BCE"),  # no translator installed: English, whatever the locale
    ],
)
def test_years(names: LocaleNames, year: int, label: str) -> None:
    assert names.year(year) == label


@pytest.mark.parametrize(("year", "label"), [(-499, "500 av. J.-C."), (0, "1 av. J.-C.")])
def test_french_era_comes_from_the_french_translator(
    qapp: QCoreApplication, year: int, label: str
) -> None:
    with export_language("fr"):
        assert FR.year(year) == label
        assert EN.year(year) == label  # one language at a time: the translator's


def test_default_locale_and_copy() -> None:
    names = LocaleNames()
    assert names.locale.name() == QLocale().name()
    assert names.month_name(1, short=False)
    source = QLocale("fr_FR")
    assert LocaleNames(source).locale.name() == "fr_FR"


def test_out_of_range_is_rejected() -> None:
    with pytest.raises(ValueError, match="month"):
        EN.month_name(0, short=False)
    with pytest.raises(ValueError, match="weekday"):
        EN.weekday_name(8, short=False)


def test_french_axis_labels(qapp: QCoreApplication) -> None:
    def measure(text: str) -> float:
        return len(text) * 7.0

    june = TimeMap(float(to_seconds(2024, 5, 1)), 61 * 86400 / 1600, 1600.0)
    assert "juin 2024" in [t.label for t in compute_ticks(june, measure, FR).major]
    hours = TimeMap(float(to_seconds(2024, 6, 7, 6)), 12 * 3600 / 1000, 1000.0)
    assert [t.label for t in compute_ticks(hours, measure, FR).major] == ["7 juin 2024"]
    bce = TimeMap(float(to_seconds(-504)), 10 * 365.25 * 86400 / 1200, 1200.0)
    with export_language("fr"):
        assert "500 av. J.-C." in [t.label for t in compute_ticks(bce, measure, FR).minor]
