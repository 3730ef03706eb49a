"""The main window's menus and toolbar, made from its actions once its panes exist
(``MainWindow.build_panes``). The menu titles keep the "MainWindow" translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from .controller import TimelineController
from .draft_flow import install_build_action
from .evidence_actions import reporting_lag_action
from .file_actions import RecentFilesMenu
from .settings import Settings

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(window: MainWindow, controller: TimelineController, settings: Settings) -> None:
    """File, Edit, Events, Review, View and Help, and the main toolbar."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.edit_flow.new_action)
    file_menu.addAction(window.open_action)
    window.recent_menu = RecentFilesMenu(settings, window.open_requested.emit, window)
    file_menu.addMenu(window.recent_menu)
    install_build_action(
        window,
        file_menu,
        controller,
        settings.last_folder,
        on_draft_opened=window.review.start,
    )
    file_menu.addAction(window.save_flow.save_action)
    file_menu.addAction(window.save_flow.save_as_action)
    file_menu.addAction(window.close_reload.reload_action)
    file_menu.addAction(window.close_reload.close_action)
    file_menu.addSeparator()
    file_menu.addAction(window.edit_flow.add_document_action)
    file_menu.addAction(window.edit_flow.document_properties_action)
    file_menu.addAction(window.edit_flow.file_properties_action)
    file_menu.addSeparator()
    from .import_flow import add_data_actions  # importers' hook: Import…, Export Data…

    window.import_action, window.export_data_action = add_data_actions(
        window, file_menu, controller, settings, window.open_requested.emit
    )
    file_menu.addSeparator()
    file_menu.addAction(window.export_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit.addAction(window.undo_action)
    edit.addAction(window.redo_action)
    edit.addSeparator()
    edit.addAction(window.undo_filter_action)
    edit.addSeparator()
    edit.addAction(window.find_action)
    edit.addAction(window.clear_filter_action)
    edit.addSeparator()
    edit.addAction(window.preferences_action)
    events = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "E&vents"))
    events.addAction(window.edit_flow.new_empty_event_action)
    events.addActions(window.document_pane.text_edit.selection_actions)
    events.addAction(window.edit_flow.delete_event_action)
    events.addSeparator()
    events.addAction(window.edit_flow.new_actor_action)
    events.addAction(window.edit_flow.actor_properties_action)
    events.addAction(window.edit_flow.merge_actors_action)
    review = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Review"))
    review.addAction(window.review.mode_action)
    review.addSeparator()
    review.addActions(window.review.keys)
    review.addSeparator()
    review.addAction(window.review.reviewer_action)
    view = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for act in (window.zoom_in_action, window.zoom_out_action, window.fit_action):
        view.addAction(act)
    view.addAction(window.zoom_selection_action)
    view.addAction(window.compress_action)
    window.lag_action = reporting_lag_action(window, window.timeline)  # evidence (issue 18)
    view.addAction(window.lag_action)
    view.addSeparator()
    view.addAction(window.previous_action)
    view.addAction(window.next_action)
    view.addSeparator()
    theme_menu = view.addMenu(QCoreApplication.translate("MainWindow", "&Theme"))
    theme_menu.addActions(window.theme_group.actions())
    panes = view.addMenu(QCoreApplication.translate("MainWindow", "&Panes"))
    for dock in window.docks.values():
        panes.addAction(dock.toggleViewAction())
    panes.addSeparator()
    panes.addAction(window.focus_cycle.next_action)
    panes.addAction(window.focus_cycle.previous_action)
    panes.addSeparator()
    panes.addAction(window.reset_layout_action)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(window.guide_action)
    help_menu.addAction(window.shortcuts_action)
    help_menu.addAction(window.format_action)
    help_menu.addAction(window.example_action)
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("toolbar-main")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    entries: tuple[QAction | None, ...] = (
        window.edit_flow.new_action,
        window.open_action,
        window.save_flow.save_action,
        window.export_action,
        None,
        window.zoom_out_action,
        window.zoom_in_action,
        window.fit_action,
        window.zoom_selection_action,
        None,
        window.previous_action,
        window.next_action,
    )
    for entry in entries:
        if entry is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(entry)
