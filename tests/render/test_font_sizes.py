"""Grade and doubt marks are smaller than their label in the window (points) and in exports
(pixels): a pixel-sized font used to give the floor in points, four times too big in a PDF."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from timelineapp.render.date_marks_paint import doubt_fonts
from timelineapp.render.evidence_marks import grade_font


def _pixel_font(size: int) -> QFont:
    font = QFont()
    font.setPixelSize(size)
    return font


def test_marks_of_an_export_font_stay_in_pixels_and_below_the_label(qapp: QApplication) -> None:
    label = _pixel_font(20)
    grade = grade_font(label)
    doubt, _metrics = doubt_fonts(label)
    assert 0 < grade.pixelSize() < label.pixelSize()
    assert 0 < doubt.pixelSize() < label.pixelSize()
    assert grade.pointSizeF() == -1  # no point size for the PDF's 1200 dpi to blow up


def test_marks_of_a_window_font_stay_in_points_with_their_floor(qapp: QApplication) -> None:
    label = QFont()
    label.setPointSizeF(12)
    assert grade_font(label).pointSizeF() < 12
    tiny = QFont()
    tiny.setPointSizeF(4)
    assert grade_font(tiny).pointSizeF() == 5.5


def test_a_tiny_export_font_keeps_the_floor_in_pixels(qapp: QApplication) -> None:
    assert grade_font(_pixel_font(4)).pixelSize() == round(5.5 * 96 / 72)
