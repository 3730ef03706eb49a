"""The document pane's text: code point offsets mapped to Qt positions, and the read-only
text widget that reports clicks and offers what selected words can become.

File offsets count Unicode code points (Python ``str`` indices); Qt's text positions count
UTF-16 units, and Qt turns a "\\r\\n" pair into one block break. :class:`TextPositions` maps
between the two, so a quote after an emoji or in a Windows-written text lands exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from enum import StrEnum

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

# Characters whose width differs between the two counts: outside the BMP (two UTF-16 units,
# one code point) and the "\r" of "\r\n" (Qt keeps one block break for the pair).
_UNEVEN = re.compile("[\U00010000-\U0010ffff]|\r(?=\n)")


class TextPositions:
    """Converts between code point offsets of a text and Qt text document positions.

    Only the few characters whose width differs are stored, so a plain ASCII document costs
    nothing and lookups are binary searches.
    """

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._offsets: list[int] = []  # code point offset of each uneven character
        self._shift: list[int] = [0]  # Qt position minus offset, before each uneven char
        for match in _UNEVEN.finditer(text):
            self._offsets.append(match.start())
            self._shift.append(self._shift[-1] + (-1 if match.group() == "\r" else 1))
        self._qt_starts = [o + s for o, s in zip(self._offsets, self._shift, strict=False)]

    @property
    def length(self) -> int:
        """Length of the text in code points."""
        return self._length

    @property
    def qt_length(self) -> int:
        """Length of the text in Qt positions."""
        return self.to_qt(self._length)

    def to_qt(self, offset: int) -> int:
        """Qt position of the code point ``offset`` (clamped to the text)."""
        offset = min(max(offset, 0), self._length)
        return offset + self._shift[bisect_left(self._offsets, offset)]

    def from_qt(self, position: int) -> int:
        """Code point offset at Qt ``position``; inside a surrogate pair, the pair's start."""
        position = min(max(position, 0), self.qt_length)
        return position - self._shift[bisect_left(self._qt_starts, position)]


class SelectionAction(StrEnum):
    """What the words selected in a document can become."""

    NEW_EVENT = "new-event"
    ADD_QUOTE = "add-quote"
    SET_QUOTE = "set-quote"  # the selected event's quote here is extended or shrunk to it
    DATE_PHRASE = "date-phrase"
    ATTRIBUTE = "attribute"
    NEW_ACTOR = "new-actor"


class DocumentTextEdit(QPlainTextEdit):
    """Read-only text that reports plain clicks (not drags) as a Qt text position."""

    position_clicked = Signal(int)  # Qt position under a left click without drag
    # The colours changed (a theme switch): marks derived from them are to be made again.
    palette_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        # Read-only text is selectable by mouse only by default: with the keyboard too (a
        # caret, Shift+arrows), a quote or a new event can be made without a mouse (QA #76).
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._press: QPoint | None = None
        self.selection_actions: list[QAction] = []  # shown first in the context menu
        self._keep_selection_seen()

    def _keep_selection_seen(self) -> None:
        """Keep the requested passage visibly selected while the focus is in another pane:
        the inactive selection colours are the active ones (again after a theme change, which
        would otherwise leave them in the old theme's colours)."""
        palette = self.palette()
        changed = False
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            active = palette.color(QPalette.ColorGroup.Active, role)
            if palette.color(QPalette.ColorGroup.Inactive, role) != active:
                palette.setColor(QPalette.ColorGroup.Inactive, role, active)
                changed = True
        if changed:
            self.setPalette(palette)

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._keep_selection_seen()  # sends one more PaletteChange when it changes any
            if e.type() == QEvent.Type.PaletteChange:
                self.palette_changed.emit()

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(e.pos())
        standard = menu.actions()
        if standard:
            menu.insertActions(standard[0], self.selection_actions)
            menu.insertSeparator(standard[0])
        else:
            menu.addActions(self.selection_actions)
        menu.exec(e.globalPos())
        menu.deleteLater()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            self._press = e.position().toPoint()
        super().mousePressEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        point = e.position().toPoint()
        moved = (point - self._press).manhattanLength()
        self._press = None
        # A drag selects text to copy; only a plain click means "which event is this?".
        if moved < QApplication.startDragDistance():
            self.position_clicked.emit(self.cursorForPosition(point).position())
