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
    """``text`` centred in ``area`` (in ``colors[0]``), wrapped at word boundaries (a
    French sentence is wider than a 1024 px view), ``link`` under it as a link (in
    ``colors[1]``); returns the link's rectangle for clicks, None without a link."""
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 1.25)
    metrics = QFontMetricsF(larger)
    painter.save()
    painter.setFont(larger)
    painter.setPen(colors[0])
    line = metrics.height()
    # At most ~60 average characters wide: a long line is hard to read, even when it fits.
    width = max(1.0, min(area.width() - 32, metrics.averageCharWidth() * 60))
    flags = int(
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    )
    height = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()
    block = height + (line * 1.3 if link else 0.0)
    top = area.center().y() - block / 2
    painter.drawText(QRectF(area.center().x() - width / 2, top, width, height), flags, text)
    rect = None
    if link:
        larger.setUnderline(True)
        painter.setFont(larger)
        painter.setPen(colors[1])
        link_width = metrics.horizontalAdvance(link) + 8
        rect = QRectF(
            area.center().x() - link_width / 2, top + height + line * 0.3, link_width, line
        )
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), link)
    painter.restore()
    return rect
