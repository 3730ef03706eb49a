"""The publication lag in a unit that fits it, and "about" for an approximate date (QA #104:
« rapporté 45566 à 82089 jours plus tard » for « au XIXe siècle »). English sources (no
translator installed: "year(s)")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from timelineapp.model.evidence import ReportingLag, reporting_lag
from timelineapp.render.evidence_words import lag_words


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Qt's translate needs an application."""


@pytest.mark.parametrize(
    ("lag", "words"),
    [
        # The 19th century reported in 2025: ends rounded outwards, never narrower.
        (ReportingLag(45566, 82089), "reported 124 to 225 year(s) later"),
        (ReportingLag(3563, 3927, approximate=True), "reported about 10 year(s) later"),
        (ReportingLag(3650, 3650), "reported about 10 year(s) later"),
        (ReportingLag(100, 200), "reported 3 to 7 month(s) later"),
        (ReportingLag(-3000, -2000), "reported 5 to 9 year(s) before"),
        (ReportingLag(-400, 800), "reported between 2 year(s) before and 3 year(s) after"),
        (ReportingLag(5, 9, approximate=True), "reported about 7 day(s) later"),
        # Short lags keep their days, as before.
        (ReportingLag(13, 42), "reported 13 to 42 days later"),
        (ReportingLag(-99, -99), "reported 99 day(s) before"),
    ],
)
def test_a_lag_is_said_in_a_unit_that_fits(lag: ReportingLag, words: str) -> None:
    assert lag_words(lag) == words


def test_an_approximate_event_makes_an_approximate_lag() -> None:
    lag = reporting_lag("2015~", "2025-10-02")
    assert lag is not None
    assert lag.approximate
    exact = reporting_lag("2015", "2025-10-02")
    assert exact is not None
    assert not exact.approximate
