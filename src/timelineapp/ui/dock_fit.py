"""A pane layout restored on a window too small for it gives the timeline its room back.

A file remembers its panes' layout (``ui/view_memory``); one left on a 1920×1080 screen and
opened again on a 1024×700 one kept the big screen's pane widths: the timeline got ~300×200
px, four rows and a "+16" (QA #105). The layout has no record of the screen it was made on,
so the rule is the timeline's own room: when the restored layout leaves it less than
:data:`TIMELINE_ROOM`, the default layout for this window is used instead (as View › Panes ›
Reset Layout does), and the window says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QMainWindow

#: The least room a restored layout must leave the timeline: about eight labelled rows and
#: a readable axis (the default layout gives it ~540×390 px at 1024×700).
TIMELINE_ROOM = QSize(400, 260)
#: A restored layout is kept when it leaves the timeline at least this share of the room the
#: default layout gives it in the same window.
ROOM_KEPT = 0.7


def fit_restored_layout(window: QMainWindow, reset: Callable[[], None]) -> bool:
    """Replace a just-restored layout that leaves the timeline too little room by the default
    one sized to ``window`` (``reset``: View › Panes › Reset Layout's own action); True when
    it did (and that gave the timeline more room)."""
    central = window.centralWidget()
    if central is None or not window.isVisible():
        return False
    before = central.size()
    if before.width() >= TIMELINE_ROOM.width() and before.height() >= TIMELINE_ROOM.height():
        return False
    restored = window.saveState()
    reset()
    after = central.size()
    # A small window leaves the timeline little room whatever the layout: the user's own
    # (a pane hidden, one moved) stays unless the default gives the timeline much more.
    if before.width() * before.height() >= ROOM_KEPT * after.width() * after.height():
        window.restoreState(restored)
        return False
    return True


def layout_fitted_message() -> str:
    return QCoreApplication.translate(
        "DockFit",
        "The panes' saved layout left the timeline too little room in this window: the "
        "default layout is used (View › Panes to change it)",
    )
