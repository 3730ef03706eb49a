"""A scroll area around a pane of controls, so a short or narrow dock scrolls the pane instead
of squeezing its controls under their minimum sizes (where they overlap the next dock)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# The least a scrolled pane asks of its dock, in lines of text: enough to see that it is a
# pane and scroll it, small enough that large system text never makes the docks beside it
# overlap on a 1024×700 screen.
MIN_LINES_HIGH = 6
MIN_LINES_WIDE = 8


class PaneScroller(QScrollArea):
    """Shows ``pane`` at the dock's size when the dock is big enough, and at the pane's
    minimum size, scrolled, when it is not (large system text, a small screen)."""

    def __init__(self, pane: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(pane)
        self.setWidgetResizable(True)  # the pane fills the dock; scroll bars only below it
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Tab goes straight into the pane's controls (F6 lands on its first field).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName(f"scroller-{pane.objectName()}" if pane.objectName() else "")

    def pane(self) -> QWidget:
        pane = self.widget()
        assert pane is not None
        return pane

    def sizeHint(self) -> QSize:
        pane = self.pane().sizeHint()
        return QSize(pane.width() + self.frameWidth() * 2, pane.height() + self.frameWidth() * 2)

    def minimumSizeHint(self) -> QSize:
        pane = self.pane()
        wanted = pane.minimumSizeHint().expandedTo(pane.minimumSize())
        line = self.fontMetrics().height()
        return wanted.boundedTo(QSize(line * MIN_LINES_WIDE, line * MIN_LINES_HIGH))
