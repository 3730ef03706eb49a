"""The evidence in words: reporting lag, grades, an export footer's line (English sources)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from timelineapp.model.evidence import UNKNOWN, ReportingLag
from timelineapp.model.file_format import Document
from timelineapp.render.evidence_words import footer_evidence, grade_words, lag_words


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Qt's translate needs an application."""


@pytest.mark.parametrize(
    ("low", "high", "words"),
    [
        (0, 0, "reported the same day"),
        (1, 1, "reported 1 day(s) later"),
        (0, 7, "reported within 7 day(s)"),
        (13, 42, "reported 13 to 42 days later"),
        (-3, -3, "reported 3 day(s) before"),
        (-9, -2, "reported 2 to 9 days before"),
        (-2, 5, "reported between 2 days before and 5 days after"),
    ],
)
def test_lag_words(low: int, high: int, words: str) -> None:
    assert lag_words(ReportingLag(low, high)) == words


def test_grades_in_words_never_make_unknown_look_good() -> None:
    assert grade_words("B2", 1, 1) == "B2 (usually reliable, probably true)"
    assert grade_words("??", UNKNOWN, UNKNOWN) == "not graded"
    assert grade_words("?3", UNKNOWN, 2) == "?3 (reliability not graded, possibly true)"


def test_the_footer_says_grade_recorded_origin_and_original() -> None:
    numbers = {"wire": 1, "fr": 2}
    titles = {"wire": "Wire", "fr": "Traduction", "communique": "Communiqué"}
    wire = Document(id="wire", title="Wire", text="x", reliability="A")
    # Nothing recorded about what it relies on: not called independent (QA #138).
    assert footer_evidence(wire, numbers, titles) == (
        "reliability A (completely reliable) · origin not recorded"
    )
    translation = Document(
        id="fr", title="Traduction", text="x", translated_from="wire", translated_by="machine"
    )
    assert footer_evidence(translation, numbers, titles) == (
        "reliability not graded · translation of [1] by machine"
    )
    article = Document(id="a", title="A", text="x", reliability="F", derived_from=["communique"])
    assert footer_evidence(article, numbers, titles) == (
        "reliability F (cannot be judged) · relies on Communiqué"
    )
    communique = Document(id="communique", title="Communiqué")
    assert footer_evidence(communique, numbers, titles).endswith("known only through quotations")
