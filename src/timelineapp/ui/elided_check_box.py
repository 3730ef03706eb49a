"""A check box whose words are shortened with "…" to fit its width, so a long translation
does not set the width of its pane (the Actors pane's options in French at 1024×700)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from .plain_tooltip import plain_tooltip

_LEAST_CHARS = "Mmmm…"  # the least it shows beside its box: a few letters and the ellipsis


class ElidedCheckBox(QCheckBox):
    """Its whole words in its accessible name, and in its tooltip (before ``tip``) while
    shortened; it asks for the room of its whole words, and needs only a few letters'."""

    def __init__(self, text: str, parent: QWidget | None = None, tip: str = "") -> None:
        super().__init__(text, parent)
        self._full = text
        self._tip = tip
        self.setAccessibleName(text)
        self.setToolTip(tip)
        # A check box's width policy does not let it shrink below its words; this one may.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _words_room(self) -> int:
        """What the box, its spacing and margins take besides the words (as Qt's sizeHint
        measures a check box: the style's size around the text's)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = QSize(0, self.fontMetrics().height())
        style = self.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_CheckBox, option, text, self).width()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self._words_room() + self.fontMetrics().horizontalAdvance(self._full)
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = self._words_room() + self.fontMetrics().horizontalAdvance(_LEAST_CHARS)
        return QSize(min(width, self.sizeHint().width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        room = self.width() - self._words_room()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
        shortened = shown != self._full
        tip = "\n".join(t for t in (self._full if shortened else "", self._tip) if t)
        self.setToolTip(plain_tooltip(tip) if tip else "")
