"""The window's shortcuts before a text field's extra keys: Ctrl+E exports from anywhere.

A focused QLineEdit claims some keys before the window's shortcuts see them (a
``ShortcutOverride`` it accepts): on X11, Ctrl+E (end of line), Ctrl+K, Ctrl+U, the Emacs
keys. So a user typing a search, then pressing Ctrl+E, got nothing. Here the window wins for
any key with Ctrl, Alt or Meta that one of its enabled actions owns, except the keys that
edit text (undo, copy, paste, select all, word moves): those stay with the field, as the
README says of Ctrl+Z. Plain keys are always text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_TEXT_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Deselect,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToNextWord,
    QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.SelectNextWord,
    QKeySequence.StandardKey.SelectPreviousWord,
    QKeySequence.StandardKey.MoveToStartOfDocument,
    QKeySequence.StandardKey.MoveToEndOfDocument,
    QKeySequence.StandardKey.SelectStartOfDocument,
    QKeySequence.StandardKey.SelectEndOfDocument,
)
_WINDOW_CONTEXTS = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _matches(pressed: QKeySequence, keys: list[QKeySequence]) -> bool:
    return any(k.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for k in keys)


class WindowShortcutsFirst(QObject):
    """Watches the widget that has the focus in ``window`` and lets the window's command
    shortcuts through it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._text_keys = [k for std in _TEXT_KEYS for k in QKeySequence.keyBindings(std)]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_focus_changed)
            self.on_focus_changed(None, app.focusWidget())

    def on_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if old is not None and isValid(old):
            old.removeEventFilter(self)
        if now is not None and isValid(now) and now.window() is self._window:
            now.installEventFilter(self)  # installed last, so asked first

    def window_owns(self, event: QKeyEvent) -> bool:
        """Whether the pressed key is a command shortcut of the window, not a text key."""
        if not event.modifiers() & _COMMAND:
            return False
        pressed = QKeySequence(event.keyCombination())
        if _matches(pressed, self._text_keys):
            return False
        return any(
            action.isEnabled()
            and action.shortcutContext() in _WINDOW_CONTEXTS
            and _matches(pressed, action.shortcuts())
            for action in self._window.findChildren(QAction)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.window_owns(event)
        ):
            event.ignore()  # not claimed: the window's shortcut runs
            return True
        return super().eventFilter(watched, event)
