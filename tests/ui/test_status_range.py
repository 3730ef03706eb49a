"""The status bar's visible range reads correctly from deep time to minutes (QA #19): deep-time
ends in words at the view's precision, in the window's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from timelineapp.model.calendar import to_seconds
from timelineapp.render.timemap import TimeMap
from timelineapp.resources import resource_path
from timelineapp.ui.status_bar import format_range

N = "\u00a0"


@pytest.fixture(autouse=True, scope="module")
def _application(qapp: QCoreApplication) -> None:
    """A QCoreApplication, which translators need."""


def _view(first_year: int, last_year: int, width: float = 1000.0) -> TimeMap:
    start, end = to_seconds(first_year), to_seconds(last_year)
    return TimeMap(start, (end - start) / width, width)


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        # Fit All of a deep-time file: the right edge a few pixels after 2024.
        (-13_800_000_000, 2024, "13.8 billion years ago – 2024"),
        # Its right edge 30 million years into the future, at a precision of 100 million:
        # the present (the axis said "+0 Ga"; 200 million years said "+0.2 Ga").
        (-13_800_000_000, 30_000_000, "13.8 billion years ago – now"),
        (-13_800_000_000, 200_000_000, "13.8 billion years ago – in 200 million years"),
        (-13_800_000_000, 4_000_000_000, "13.8 billion years ago – in 4 billion years"),
        (-13_800_000_000, -13_700_000_000, "13.8 billion years ago – 13.7 billion years ago"),
        (-100_000_000, -66_000_000, "100 million years ago – 66 million years ago"),
        (-1_500_000_000, 2_500_000_000, "1.5 billion years ago – in 2.5 billion years"),
        (-66_000_000, -65_500_000, "66 million years ago – 65.5 million years ago"),
        # Within a million years of the present, calendar years: the BCE of the table.
        (-299_999, 2024, "300,000 BCE – 2024"),
    ],
)
def test_a_deep_time_view_says_its_ends_in_words(first: int, last: int, expected: str) -> None:
    text = format_range(_view(first, last))
    assert text == expected
    assert "Ga" not in text
    assert "+" not in text


def test_each_end_is_said_at_the_view_s_precision() -> None:
    """A view of 13.8 billion years is said to a hundred million years, not to the year."""
    text = format_range(_view(-13_812_345_678, -2_000_123_456))
    assert text == "13.8 billion years ago – 2 billion years ago"


class _NewFrench(QTranslator):
    """The shipped French, with this branch's new strings (the .qm gets them at merge time)."""

    def __init__(self) -> None:
        super().__init__()
        self._shipped = QTranslator()
        assert self._shipped.load("timelineapp_fr", str(resource_path("translations")))

    _FRENCH: ClassVar[dict[str, tuple[str, str]]] = {
        "in %Ln million years": (f"dans %Ln{N}million d’années", f"dans %Ln{N}millions d’années"),
        "in %1 billion years": (f"dans %1{N}milliard d’années", f"dans %1{N}milliards d’années"),
        "now": ("aujourd’hui", "aujourd’hui"),
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        forms = self._FRENCH.get(source) if context == "StatusRange" else None
        if forms is None:
            return self._shipped.translate(context, source, disambiguation, n)
        word = forms[0 if n <= 1 else 1]
        return word.replace("%Ln", str(n))


@pytest.fixture
def french(install_translator: Callable[[QTranslator], None]) -> None:
    install_translator(_NewFrench())


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (-13_800_000_000, 2024, f"il y a 13,8{N}milliards d’années – 2024"),
        (-13_800_000_000, 30_000_000, f"il y a 13,8{N}milliards d’années – aujourd’hui"),
        (
            -13_800_000_000,
            200_000_000,
            f"il y a 13,8{N}milliards d’années – dans 200{N}millions d’années",
        ),
        (
            -1_500_000_000,
            1_500_000_000,
            f"il y a 1,5{N}milliard d’années – dans 1,5{N}milliard d’années",
        ),
        (-299_999, 2024, "300\u202f000 av. J.-C. – 2024"),
    ],
)
def test_a_french_window_says_deep_time_in_french(first: int, last: int, expected: str) -> None:
    assert format_range(_view(first, last)) == expected


def test_a_calendar_view_keeps_calendar_dates() -> None:
    text = format_range(_view(2024, 2025))
    assert text.startswith("2024-01-01")


def test_years_across_the_era_are_said_as_the_axis_says_them() -> None:
    text = format_range(_view(-535, 30))
    assert text == "536 BCE – 30"
