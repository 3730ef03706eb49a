"""The words over an empty timeline view ("No event matches the filter") and its way back.

An empty timeline must never look like a broken one: the widget says why it is empty (its
own translated words) and offers a link; this paints them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter


def paint_empty_message(
    painter: QPainter,
    area: QRectF,
    font: QFont,
    colors: tuple[QColor, QColor],
    text: str,
    link: str,
) -> QRectF | None:
    """``text`` centred in ``area`` (in ``colors[0]``), ``link`` under it as a link (in
    ``colors[1]``); returns the link's rectangle for clicks, None without a link."""
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 1.25)
    metrics = QFontMetricsF(larger)
    painter.save()
    painter.setFont(larger)
    painter.setPen(colors[0])
    line = metrics.height()
    top = area.center().y() - line * (1.0 if link else 0.5)
    box = QRectF(area.left() + 16, top, area.width() - 32, line)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine), text)
    rect = None
    if link:
        larger.setUnderline(True)
        painter.setFont(larger)
        painter.setPen(colors[1])
        width = metrics.horizontalAdvance(link) + 8
        rect = QRectF(area.center().x() - width / 2, top + line * 1.3, width, line)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), link)
    painter.restore()
    return rect
