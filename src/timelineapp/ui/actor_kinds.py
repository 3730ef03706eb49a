"""Actor kinds in the window: their words (one literal per kind, for lupdate) and icons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ..model.format_rules import ActorKind


def kind_text(kind: ActorKind) -> str:
    """The kind of an actor in words; one literal per value so that lupdate finds them."""
    translate = QCoreApplication.translate
    if kind is ActorKind.PERSON:
        return translate("ActorWords", "Person")
    if kind is ActorKind.ORGANIZATION:
        return translate("ActorWords", "Organization")
    if kind is ActorKind.STATE:
        return translate("ActorWords", "State")
    if kind is ActorKind.MILITARY:
        return translate("ActorWords", "Military")
    if kind is ActorKind.GROUP:
        return translate("ActorWords", "Group")
    return translate("ActorWords", "Other")


# Mid-tone colours that read on light and dark palettes alike.
_KIND_COLORS = {
    ActorKind.PERSON: QColor(0xE0, 0x8A, 0x2E),
    ActorKind.ORGANIZATION: QColor(0x26, 0x9E, 0x9A),
    ActorKind.STATE: QColor(0x3D, 0x7E, 0xD8),
    ActorKind.MILITARY: QColor(0x6F, 0x8F, 0x3A),
    ActorKind.GROUP: QColor(0x9C, 0x5C, 0xC8),
    ActorKind.OTHER: QColor(0x8A, 0x8A, 0x8A),
}


def kind_icon(kind: ActorKind, size: int = 16) -> QIcon:
    """A small shape per kind, drawn here: no icon files to ship or theme."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = _KIND_COLORS[kind]
    painter.setPen(QPen(color.darker(130), 1))
    painter.setBrush(color)
    s = float(size)
    if kind is ActorKind.PERSON:  # head and shoulders
        painter.drawEllipse(QPointF(s / 2, s * 0.3), s * 0.2, s * 0.2)
        body = QPainterPath()
        body.moveTo(s * 0.15, s * 0.95)
        body.cubicTo(s * 0.15, s * 0.5, s * 0.85, s * 0.5, s * 0.85, s * 0.95)
        body.closeSubpath()
        painter.drawPath(body)
    elif kind is ActorKind.ORGANIZATION:  # a building block
        painter.drawRoundedRect(int(s * 0.15), int(s * 0.15), int(s * 0.7), int(s * 0.7), 2, 2)
    elif kind is ActorKind.STATE:  # a disc, like a map marker
        painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.36, s * 0.36)
    elif kind is ActorKind.MILITARY:  # a chevron-like triangle
        painter.drawPolygon(
            QPolygonF(
                [QPointF(s / 2, s * 0.12), QPointF(s * 0.9, s * 0.85), QPointF(s * 0.1, s * 0.85)]
            )
        )
    elif kind is ActorKind.GROUP:  # several people
        for x, y in ((0.3, 0.35), (0.7, 0.35), (0.5, 0.72)):
            painter.drawEllipse(QPointF(s * x, s * y), s * 0.17, s * 0.17)
    else:  # a ring
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 2))
        painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.3, s * 0.3)
    painter.end()
    return QIcon(pixmap)
