"""The mouse wheel scrolls a pane; it never changes a value the user did not pick.

Qt gives a wheel event to the combo box or spin box under the pointer, focused or not. In a
pane that scrolls (Edit Event), rolling the wheel to reach the Note field changed whatever
box passed under the pointer: one notch over Review recorded a verdict nobody gave (QA #90).
Here a box takes the wheel only once it has the focus (clicked or tabbed to); otherwise the
wheel goes on to the pane, as in browsers' and office suites' forms.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """Sends the wheel over an unfocused box to the box's parent (and so to the pane)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, _GUARDED)
            and not watched.hasFocus()
        ):
            parent = watched.parentWidget()
            if parent is not None:
                QApplication.sendEvent(parent, event)  # Qt passes it up to the scroll area
            return True
        return False


def guard_wheel(container: QWidget) -> WheelGuard:
    """Guard every combo box and spin box inside ``container`` (built already)."""
    guard = WheelGuard(container)
    for box in container.findChildren(QWidget):
        if isinstance(box, _GUARDED):
            # Focus by a click or Tab, never by the wheel (Qt's WheelFocus would give it).
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.installEventFilter(guard)
    return guard
