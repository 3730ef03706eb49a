"""Right-click on an event, on the timeline or in the Events table: what can be done with it.

The menu holds the window's own actions (so their shortcuts and enabled states are shown and
kept), plus Edit Event, which brings the event editor forward, and Copy Title. The event under
the mouse is selected first: every entry acts on the selection (QA #67).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from .controller import TimelineController
from .focus_keys import focus_key_action

if TYPE_CHECKING:
    from .main_window import MainWindow


class EventContextMenu(QObject):
    """Builds and shows the events' context menu."""

    def __init__(
        self,
        parent: QWidget,
        controller: TimelineController,
        actions: list[QAction],
        show_editor: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._controller = controller
        self._actions = actions
        self.edit_action = QAction(self.tr("&Edit Event"), self)
        self.edit_action.triggered.connect(show_editor)
        self.copy_action = QAction(self.tr("&Copy Title"), self)
        self.copy_action.triggered.connect(self.copy_title)
        self.menu: QMenu | None = None

    def watch_table(self, table: QTableView) -> None:
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda pos: (
                self.show_at(table.viewport().mapToGlobal(pos))
                if table.indexAt(pos).isValid()
                else None
            )
        )

    def build(self) -> QMenu:
        menu = QMenu(self._parent)
        menu.addAction(self.edit_action)
        for action in self._actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        return menu

    def show_at(self, where: QPoint) -> None:
        if self._controller.selection is None:
            return
        if self.menu is not None:
            self.menu.deleteLater()  # one menu at a time, not one per right-click
        self.menu = self.build()
        self.menu.popup(where)

    def copy_title(self) -> None:
        timeline, selected = self._controller.timeline, self._controller.selection
        if timeline is None or selected is None:
            return
        QGuiApplication.clipboard().setText(timeline.titles[selected])


def install_event_menu(window: MainWindow, controller: TimelineController) -> EventContextMenu:
    """The events' context menu on the window's timeline and Events table, and the Delete key
    there (outside Review Mode, whose own Delete steps to the next unreviewed event)."""
    editor = window.docks["editor"]

    def show_editor() -> None:
        editor.show()
        editor.raise_()
        window.event_editor.setFocus()

    delete = window.edit_flow.delete_event_action
    actions = [window.zoom_selection_action, delete]
    menu = EventContextMenu(window, controller, actions, show_editor)
    window.timeline.event_menu_requested.connect(menu.show_at)
    table = window.events_pane.table
    menu.watch_table(table)
    keys = [
        focus_key_action(
            widget, menu, delete.text(), [QKeySequence.StandardKey.Delete], delete.trigger
        )
        for widget in (window.timeline, table)
    ]

    def review_mode(on: bool) -> None:
        for key in keys:
            key.setEnabled(not on)  # the same key as Review Mode's: one owner at a time

    window.review.mode_action.toggled.connect(review_mode)
    return menu
