"""F6 and Shift+F6: move the keyboard focus between the timeline and the visible panes.

The convention of file managers and browsers: Tab moves inside an area, F6 between areas.
Each area is entered at the widget that had the focus when it was last left, or else at its
first widget that takes the focus with Tab. A pane tabbed behind another is brought to the
front as F6 enters it: every pane is reachable from the keyboard, and the focus never sits
in a pane the user cannot see.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from shiboken6 import isValid

from .theme import clear_style_sheet


def first_focusable(area: QWidget) -> QWidget:
    """The first widget inside ``area`` that Tab stops at (``area`` itself when it takes focus).

    Looked for among its descendants, depth first in the order they were made: for every pane
    that is the widget the focus chain reaches first (the window sets no tab order of its
    own). Not by walking ``nextInFocusChain()``: PySide makes the widget that call returns a
    Python child of the one it is called on, and a pane showing only a placeholder (the
    Sources pane of an event without a source) was searched through the whole window's
    chain, each widget left owned by the one before it. When one of them was then deleted
    (the Event pane's actor buttons, at the next selection), PySide invalidated everything
    after it: the Evidence button's menu actions, alive in Qt but "already deleted" for
    Python, so every change of the filters raised.
    """
    if area.focusPolicy() & Qt.FocusPolicy.TabFocus and area.isEnabled():
        return area
    for widget in area.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
    return area


def bring_to_front(area: QWidget) -> None:
    """Show the dock holding ``area`` as the current tab of its group (if it is tabbed)."""
    widget: QWidget | None = area
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    if widget is not None and widget.visibleRegion().isEmpty():
        widget.raise_()  # a tabified dock: its tab becomes the current one


class FocusCycle(QObject):
    """The two actions, and what they do. ``areas`` says what can be visited, in order."""

    def __init__(self, window: QWidget, areas: Callable[[], list[QWidget]]) -> None:
        super().__init__(window)
        self._areas = areas
        self._last: dict[int, QWidget] = {}  # area id -> the widget that had focus there
        self.next_action = QAction(self.tr("&Next Pane"), window)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.previous_action = QAction(self.tr("&Previous Pane"), window)
        self.previous_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6))
        for act in (self.next_action, self.previous_action):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(act)
        self.next_action.triggered.connect(lambda: self.move(1))
        self.previous_action.triggered.connect(lambda: self.move(-1))

    def current(self, areas: list[QWidget]) -> int:
        """Which area holds the focus now (-1: none of them)."""
        focused = QApplication.focusWidget()
        for n, area in enumerate(areas):
            if focused is not None and (focused is area or area.isAncestorOf(focused)):
                return n
        return -1

    def move(self, step: int) -> None:
        areas = self._areas()
        if not areas:
            return
        now = self.current(areas)
        if now >= 0:
            focused = QApplication.focusWidget()
            if focused is not None:
                self._last[id(areas[now])] = focused
        target = areas[(now + step) % len(areas)] if now >= 0 else areas[0 if step > 0 else -1]
        bring_to_front(target)
        remembered = self._last.get(id(target))
        if (
            remembered is not None
            and isValid(remembered)  # a pane may have rebuilt its widgets since
            and remembered.isVisible()
            and target.isAncestorOf(remembered)
        ):
            remembered.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            first_focusable(target).setFocus(Qt.FocusReason.TabFocusReason)


# The title of the pane that holds the keyboard focus, drawn in the selection colours: some
# widgets (scroll areas, the Event pane's text) draw no focus cue of their own in Fusion.
_ACTIVE_TITLE = (
    "QDockWidget::title { background: palette(highlight); color: palette(highlighted-text); }"
    "QDockWidget { color: palette(highlighted-text); }"
)


class ActivePaneTitle(QObject):
    """Marks the dock holding the focus, so the focus is always visible (F6, Tab, clicks)."""

    def __init__(self, docks: list[QDockWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._docks = docks
        self._active: QDockWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_focus_changed)

    @property
    def active(self) -> QDockWidget | None:
        return self._active

    def on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if _in_popup(now):
            # A combo's list or a menu took the focus for a moment: the pane is still the
            # active one. Restyling the dock here re-polished the combo inside its own
            # showPopup(), which crashed the window (QA #78).
            return
        found = None
        if now is not None:
            found = next((d for d in self._docks if isValid(d) and d.isAncestorOf(now)), None)
        if found is self._active:
            return
        if self._active is not None and isValid(self._active):
            clear_style_sheet(self._active)  # and followed by later theme changes
        if found is not None:
            found.setStyleSheet(_ACTIVE_TITLE)
        self._active = found


def _in_popup(widget: QWidget | None) -> bool:
    """Whether ``widget`` lives in a popup window (a combo's list, a menu, a completer)."""
    if QApplication.activePopupWidget() is not None:
        return True
    return widget is not None and widget.window().windowType() == Qt.WindowType.Popup
