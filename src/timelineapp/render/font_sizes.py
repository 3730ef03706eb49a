"""Smaller fonts for marks drawn beside labels (grades, doubt marks), in the label's own unit.

Exports set their fonts in pixels and the window in points. A font set in pixels has no
point size (``pointSizeF()`` is -1), so scaling its point size gave the floor in *points*,
which a PDF at 1200 dpi turned into letters four times the labels' size. One rule, here:
scale whichever size the font was given in, with the floor in the same unit.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

_PIXELS_PER_POINT = 96 / 72  # Qt's logical pixels at the reference 96 dpi


def smaller_font(font: QFont, factor: float, floor_points: float) -> QFont:
    """A copy of ``font`` ``factor`` times its size, never under ``floor_points``."""
    small = QFont(font)
    if font.pixelSize() > 0:
        floor_pixels = floor_points * _PIXELS_PER_POINT
        small.setPixelSize(max(1, round(max(floor_pixels, font.pixelSize() * factor))))
    else:
        small.setPointSizeF(max(floor_points, font.pointSizeF() * factor))
    return small
