"""A label cut by the view's right edge: whole, cut with an ellipsis, or not drawn at all
when the room left would show a stub of a letter or two (QA #41: "D" at 1024x700)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from timelineapp.render.mark_paint import LABEL_ROOM_MIN, fitted_label

TITLE = "Déploiement de personnel et de matériel militaires russes au Niger"


def _metrics() -> QFontMetricsF:
    return QFontMetricsF(QFont())


def test_a_label_with_room_is_whole(qapp: QApplication) -> None:
    metrics = _metrics()
    assert fitted_label(TITLE, metrics.horizontalAdvance, metrics, 10_000)[0] == TITLE


def test_a_label_cut_by_the_edge_ends_with_an_ellipsis_and_fits(qapp: QApplication) -> None:
    metrics = _metrics()
    room = LABEL_ROOM_MIN + 60
    text, _width = fitted_label(TITLE, metrics.horizontalAdvance, metrics, room)
    assert text.endswith("…")
    assert len(text) > 1
    assert metrics.horizontalAdvance(text) <= room


def test_no_stub_when_only_a_letter_would_show(qapp: QApplication) -> None:
    metrics = _metrics()
    for room in (0.0, 8.0, LABEL_ROOM_MIN):
        text, width = fitted_label(TITLE, metrics.horizontalAdvance, metrics, room)
        assert text in ("", "…")  # never a letter or two
        assert width <= room


def test_a_mark_too_near_the_edge_still_says_it_has_a_title(qapp: QApplication) -> None:
    """QA #103: a ◆ with nothing beside it read as a mark without a name."""
    metrics = _metrics()
    room = metrics.horizontalAdvance("…") + 1
    assert fitted_label(TITLE, metrics.horizontalAdvance, metrics, room)[0] == "…"
    assert fitted_label(TITLE, metrics.horizontalAdvance, metrics, room - 2)[0] == ""
