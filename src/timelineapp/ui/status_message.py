"""A status-bar message fitted to the room left of the permanent fields, with "…".

QStatusBar draws a message cut sharp at its first permanent field: a long one (a title
quoted from a stranger's file) ran right up to the visible range and lost its end, with no
sign that anything was missing. Here the message is elided to that room, fitted again when
the bar changes size, and the whole of it stays the bar's tooltip. The timeout is kept here:
fitting again shows the message anew, which would restart Qt's own timer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

GAP = 12
"""Pixels kept between the message and the first permanent field."""
LEFT = 6  # where QStatusBar starts drawing a message


class FittedMessage(QObject):
    """Shows messages on ``bar`` elided to fit; remembers the whole text of the one shown.
    ``normal``: the bar's ordinary widgets, which a message replaces (not permanent)."""

    def __init__(self, bar: QStatusBar, normal: tuple[QWidget, ...]) -> None:
        super().__init__(bar)
        self._bar = bar
        self._normal = normal
        self._full = ""
        self._shown = ""
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._expire)
        bar.installEventFilter(self)
        bar.messageChanged.connect(self._on_changed)

    def show(self, text: str, timeout: int = 0) -> None:
        self._full = text
        self._expiry.stop()
        self._fit()
        if timeout > 0:
            self._expiry.start(timeout)

    def full_text(self, message: str) -> str:
        """The whole text of ``message`` if it is the one fitted here, else itself."""
        return self._full if message and message == self._shown else message

    def room(self) -> int:
        """Pixels a message may take: up to the leftmost permanent field, 0 if unknown yet.

        The visible widgets of the bar but its ordinary ones are its permanent fields (and
        the size grip, at the right end)."""
        bar = self._bar
        if not bar.isVisible():
            return 0
        layout = bar.layout()
        if layout is not None:
            layout.activate()  # the fields where they will be drawn, not where they were
        right = bar.width() - GAP
        for child in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible() and child not in self._normal:
                right = min(right, child.x() - GAP)
        return max(0, right - LEFT)

    def _fit(self) -> None:
        room = self.room()
        text = self._full
        if room > 0:
            text = self._bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        self._shown = text
        QStatusBar.showMessage(self._bar, text, 0)  # the base slot: no loop through ours

    def _on_changed(self, message: str) -> None:
        if message != self._shown:  # cleared, or another's (a menu's status tip)
            self._full = self._shown = ""
            self._expiry.stop()

    def _expire(self) -> None:
        if self._bar.currentMessage() == self._shown:
            self._bar.clearMessage()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and self._full:
            # After the bar has laid out its permanent fields for the new size.
            QTimer.singleShot(0, self, self._refit)
        return super().eventFilter(watched, event)

    def _refit(self) -> None:
        if self._full and self._bar.currentMessage() == self._shown:
            self._fit()
