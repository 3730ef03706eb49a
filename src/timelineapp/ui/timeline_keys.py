"""The timeline's own keys as actions: pan, pan a page, zoom with + and -, zoom to the
selection, clear the selection.

They act only while the timeline has the focus (as Left and Right, the previous and next
event), so they never take a key from a text field or a table. Being actions, Help ›
Keyboard Shortcuts lists them with every other shortcut, and a screen reader user finds
them there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from .controller import TimelineController
from .focus_keys import focus_key_action
from .timeline_widget import TimelineWidget

PAN_STEP = 0.25  # Shift+Left/Right: a quarter of the view
PAGE_STEP = 0.8  # PgUp/PgDn: most of the view, keeping a little of it in sight


def add_timeline_keys(
    window: QWidget, timeline: TimelineWidget, controller: TimelineController
) -> list[QAction]:
    """The actions, owned by ``window`` and active when ``timeline`` has the focus."""
    translate = QCoreApplication.translate
    made: list[QAction] = []

    def key_action(text: str, keys: list[str], then: Callable[[], None]) -> None:
        made.append(focus_key_action(timeline, window, text, keys, then))

    key_action(
        translate("TimelineKeys", "Pan Left"), ["Shift+Left"], lambda: timeline.pan_by(-PAN_STEP)
    )
    key_action(
        translate("TimelineKeys", "Pan Right"), ["Shift+Right"], lambda: timeline.pan_by(PAN_STEP)
    )
    key_action(
        translate("TimelineKeys", "Pan a Page Left"), ["PgUp"], lambda: timeline.pan_by(-PAGE_STEP)
    )
    key_action(
        translate("TimelineKeys", "Pan a Page Right"),
        ["PgDown"],
        lambda: timeline.pan_by(PAGE_STEP),
    )
    key_action(translate("TimelineKeys", "Zoom In"), ["+", "="], timeline.zoom_in)
    key_action(translate("TimelineKeys", "Zoom Out"), ["-"], timeline.zoom_out)
    key_action(
        translate("TimelineKeys", "Zoom to Selection"),
        ["Return", "Enter"],
        timeline.zoom_to_selection,
    )
    key_action(
        translate("TimelineKeys", "Clear Selection"), ["Esc"], lambda: controller.select(None)
    )
    # The desktop's keys for a context menu (QA #109d: Shift+F10 did nothing, and neither
    # was listed in Help › Keyboard Shortcuts).
    key_action(
        translate("TimelineKeys", "Event Menu"), ["Shift+F10", "Menu"], timeline.open_selected_menu
    )
    return made
