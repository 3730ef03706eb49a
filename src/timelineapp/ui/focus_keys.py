"""Actions whose keys work only while one widget has the focus.

Arrow keys, Return, Delete or Esc mean something else in a text field or a table: such a
key is an action of the one widget it is for (``WidgetShortcut``, added to that widget;
an action with that context that no widget holds never fires). Being an action, Help ›
Keyboard Shortcuts lists it with every other shortcut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Keys = Sequence[QKeySequence | QKeySequence.StandardKey | str]


def while_focused(widget: QWidget, *actions: QAction) -> None:
    """Let each of ``actions`` take its keys only while ``widget`` has the focus."""
    for act in actions:
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        # QWidget's own addAction: QLineEdit's would also show the action's icon in the field.
        QWidget.addAction(widget, act)


def focus_key_action(
    widget: QWidget, owner: QObject, text: str, keys: Keys, then: Callable[[], None]
) -> QAction:
    """A new action named ``text`` (the shortcut list shows it), owned by ``owner``, that
    calls ``then`` when one of ``keys`` is pressed while ``widget`` has the focus."""
    act = QAction(text, owner)
    act.setShortcuts([QKeySequence(k) for k in keys])
    act.triggered.connect(then)
    while_focused(widget, act)
    return act
