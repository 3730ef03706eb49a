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
        assert fitted_label(TITLE, metrics.horizontalAdvance, metrics, room)[0] == ""
