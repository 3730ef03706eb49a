"""The main window: builds the layout, creates the actions, wires signals. Computes nothing.

About 500 lines on purpose: the one place where the window's panes, actions and menus are
wired together (the composition root's window half); each piece it wires lives in its own
module.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QVBoxLayout, QWidget

from ..model.filtering import FilterSpec, search_terms
from ..render.theme import ThemeName
from ..resources import example_event_file
from .controller import TimelineController
from .filter_bar import FilterBar
from .filter_state import FilterState
from .focus_keys import while_focused
from .overview import OverviewStrip
from .settings import Settings, UiTheme
from .status_bar import TimelineStatusBar
from .timeline_widget import TimelineWidget
from .window_geometry import fit_window_to_screen

if TYPE_CHECKING:
    # Qt classes named only by what is built after the first paint: PySide makes a class
    # (and its enums) when its name is first imported, so they are imported where used.
    from PySide6.QtWidgets import QDockWidget

    # The panes, docks, actions and menus are built after the first paint (build_panes),
    # their modules imported then: a start shows the timeline without waiting for them.
    from .actor_pane import ActorPane
    from .editing.edit_flow import EditFlow
    from .editing.event_editor import EventEditor
    from .editing.review import ReviewMode
    from .editing.save_flow import SaveFlow
    from .file_actions import CloseReloadActions, RecentFilesMenu
    from .focus_cycle import ActivePaneTitle, FocusCycle
    from .legend_pane import LegendPane
    from .panes.document_pane import DocumentPane
    from .panes.event_pane import EventPane
    from .panes.events_pane import EventsPane
    from .panes.quotes_pane import QuotesPane
    from .panes.sources_pane import SourcesPane
    from .provenance_pane import ProvenancePane
    from .window_shortcuts import WindowShortcutsFirst


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, from the event loop, after the first paint of ``widget`` (or
    after ``FALLBACK_MS`` if the widget is never painted: a window that starts hidden)."""

    FALLBACK_MS = 3000

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)
        # With this object as context: nothing fires once the widget is gone.
        QTimer.singleShot(self.FALLBACK_MS, self, then)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The paint runs when this returns; the timer fires after it (and after the
            # frame is flushed to the screen), at the next turn of the event loop.
            QTimer.singleShot(0, self, self._then)
        return False


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, then Ctrl+Shift+Z and Ctrl+Y, each once.

    Users arrive from both conventions, so both work. A key listed twice on one action makes
    Qt call it ambiguous and do nothing (QA #72: Ctrl+Shift+Z is X11's own Redo key).
    """
    keys: list[QKeySequence] = []
    for key in [
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
        QKeySequence("Ctrl+Shift+Z"),
        QKeySequence("Ctrl+Y"),
    ]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


class MainWindow(QMainWindow):
    """The window. The timeline, filter bar, overview and status bar are built at once; the
    panes, docks, actions and menus by :meth:`build_panes`, which a start (``defer_panes``)
    runs right after the timeline's first paint, so the file shows without waiting for them.
    """

    open_requested = Signal(str)  # a path the user chose to open
    export_requested = Signal()
    theme_chosen = Signal(str)  # a UiTheme value, from View › Theme
    panes_built = Signal()  # build_panes has run: docks, actions and menus exist

    event_pane: EventPane
    sources_pane: SourcesPane
    quotes_pane: QuotesPane
    document_pane: DocumentPane
    events_pane: EventsPane
    legend_pane: LegendPane
    actor_pane: ActorPane
    save_flow: SaveFlow
    edit_flow: EditFlow
    review: ReviewMode
    event_editor: EventEditor
    provenance_pane: ProvenancePane
    docks: dict[str, QDockWidget]
    focus_cycle: FocusCycle
    shortcuts_first: WindowShortcutsFirst
    timeline_keys: list[QAction]  # pan, page, + and -: the timeline's keys (timeline_keys)
    active_pane: ActivePaneTitle
    close_reload: CloseReloadActions
    recent_menu: RecentFilesMenu
    import_action: QAction  # File › Import… and Export Data… (import_flow)
    export_data_action: QAction
    lag_action: QAction  # View › reporting lag (evidence_actions)

    def __init__(
        self,
        controller: TimelineController,
        filter_state: FilterState,
        settings: Settings,
        *,
        defer_panes: bool = False,
    ) -> None:
        super().__init__()
        self._controller = controller
        self._filter = filter_state
        self._settings = settings
        self._panes_ready = False
        # A dock layout asked for before the docks exist (a file's remembered view).
        self._pending_dock_state: str | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle("timelineapp")
        fit_window_to_screen(self, initial=True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        self.timeline = TimelineWidget(controller)
        self.overview = OverviewStrip(controller)
        self.filter_bar = FilterBar(filter_state)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.overview)
        self.setCentralWidget(central)
        # The timeline first: the keys of the timeline and the window work at once (the
        # search field only after Ctrl+F or a click).
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status = TimelineStatusBar(controller)
        self.setStatusBar(self.status)
        self._connect_view_signals()
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
            fit_window_to_screen(self)
        if defer_panes:
            _AfterFirstPaint(self.timeline, self.build_panes)
        else:
            self.build_panes()

    @property
    def panes_ready(self) -> bool:
        """Whether :meth:`build_panes` has run (the docks, actions and menus exist)."""
        return self._panes_ready

    def build_panes(self) -> None:
        """The panes in their docks, the actions, the menus and the toolbar (once); then
        ``panes_built`` (the app announces the open file again, for the new panes)."""
        if self._panes_ready:
            return
        from . import timeline_accessible
        from .accessibility import name_panes
        from .actor_pane import ActorPane
        from .dock_layout import DockPanes, build_default_docks
        from .editing.edit_flow import EditFlow
        from .editing.event_editor import EventEditor
        from .editing.review import ReviewMode, reviewer_name
        from .editing.save_flow import SaveFlow
        from .event_context_menu import install_event_menu
        from .focus_cycle import ActivePaneTitle, FocusCycle
        from .legend_pane import LegendPane
        from .panes.document_pane import DocumentPane
        from .panes.event_pane import EventPane
        from .panes.events_pane import EventsPane
        from .panes.quotes_pane import QuotesPane
        from .panes.sources_pane import SourcesPane
        from .provenance_pane import ProvenancePane
        from .timeline_keys import add_timeline_keys
        from .window_shortcuts import WindowShortcutsFirst

        controller, settings = self._controller, self._settings
        self._panes_ready = True
        timeline_accessible.install(self.timeline, controller)
        self.event_pane = EventPane(controller)
        self.sources_pane = SourcesPane(controller)
        self.quotes_pane = QuotesPane(controller)
        self.document_pane = DocumentPane(controller)
        self.events_pane = EventsPane(controller)
        self.legend_pane = LegendPane(controller, self.timeline)
        self.actor_pane = ActorPane(controller, self._filter)
        self.save_flow = SaveFlow(controller, self, settings)
        self.edit_flow = EditFlow(controller, self, self.save_flow.maybe_save)
        self.review = ReviewMode(controller, self.edit_flow, self, settings)
        # Its one-letter keys (V, D, N) are text in a text field: the review starts on the
        # timeline, whatever had the focus (QA #49: V typed "v" into the search).
        self.review.mode_action.toggled.connect(lambda on: on and self.timeline.setFocus())
        self.review.keys_work_in(
            self.timeline, self.events_pane.table, self.document_pane.text_edit
        )  # and no text field (QA #117)
        self.event_editor = EventEditor(controller, self.edit_flow, lambda: reviewer_name(settings))
        # Provenance problems: its own dock, raised when a file has any.
        self.provenance_pane = ProvenancePane(controller)
        self.docks = build_default_docks(
            self,
            DockPanes(
                event=self.event_pane,
                quotes=self.quotes_pane,
                editor=self.event_editor,
                sources=self.sources_pane,
                events=self.events_pane,
                document=self.document_pane,
                provenance=self.provenance_pane,
                actors=self._actors_with_tools(),
                legend=self.legend_pane,
            ),
        )
        self.status.addPermanentWidget(self.review.progress_label)
        from .wheel_guard import guard_wheel

        for dock in self.docks.values():
            guard_wheel(dock)  # the wheel scrolls a pane, it never picks a value (QA #90)
        self.focus_cycle = FocusCycle(self, self._focus_areas)
        self.shortcuts_first = WindowShortcutsFirst(self)
        self.timeline_keys = add_timeline_keys(self, self.timeline, controller)
        self._create_actions()
        self._build_menus()
        self._connect_signals()
        self.event_menu = install_event_menu(self, controller)  # right-click, Delete
        self.export_action.setEnabled(False)  # until a file is open
        if self.isVisible():
            self._show_new_bars()
        name_panes(self)
        self.active_pane = ActivePaneTitle(list(self.docks.values()), self)
        self._default_state = self.saveState()  # View › Reset Layout; a file with no layout
        self._restore_layout()
        if self.isVisible():
            # The docks take their room now, not at the next turn of the event loop: the
            # open file is announced again (panes_built) to a timeline of its final size.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        self.panes_built.emit()

    def _show_new_bars(self) -> None:
        """Show the docks, toolbar and menu bar added to the window after it was shown (Qt
        shows only the children a window has when it is shown), except those hidden on
        purpose (the Provenance dock until a file has problems)."""
        bars: list[QWidget] = [*self.docks.values(), self.menuBar()]
        bars += self.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for bar in bars:
            if not bar.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                bar.show()

    # --- layout -------------------------------------------------------------------------
    def _actors_with_tools(self) -> QWidget:
        """The Actors pane with the actions that make and merge actors above it."""
        tools = QToolBar(self.tr("Actors"))
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addAction(self.edit_flow.new_actor_action)
        tools.addAction(self.edit_flow.actor_properties_action)
        tools.addAction(self.edit_flow.merge_actors_action)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(tools)
        layout.addWidget(self.actor_pane)
        return box

    def _create_actions(self) -> None:
        from .file_actions import CloseReloadActions

        def action(
            text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
        ) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            return act

        self.open_action = action(self.tr("&Open…"), QKeySequence.StandardKey.Open)
        self.export_action = action(self.tr("&Export Image…"), "Ctrl+E")
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Windows has no standard Quit key: Ctrl+Q there too, as the README says.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.zoom_in_action = action(self.tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = action(self.tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut)
        self.fit_action = action(self.tr("&Fit All"), "Ctrl+0")
        self.zoom_selection_action = action(self.tr("Zoom to &Selection"), "Ctrl+Shift+0")
        self.compress_action = action(self.tr("&Compress Empty Stretches"), "Ctrl+Shift+B")
        self.compress_action.setCheckable(True)
        self.previous_action = action(self.tr("&Previous Event"), "Left")
        self.next_action = action(self.tr("&Next Event"), "Right")
        # Arrow keys belong to the focused widget: only the timeline maps them to events.
        while_focused(self.timeline, self.previous_action, self.next_action)
        self.find_action = action(self.tr("&Find…"), QKeySequence.StandardKey.Find)
        # Not Ctrl+Z: that belongs to the focused text field and to edits of the file (the
        # undo stack below), so the filter's undo has its own shortcut, shown in the menu.
        self.undo_filter_action = action(self.tr("&Undo Filter Change"), "Ctrl+Alt+Z")
        self.undo_action = self._controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self._controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_keys())
        self.undo_filter_action.setEnabled(False)
        self.clear_filter_action = action(self.tr("&Show All Events"))
        self.about_action = action(self.tr("&About timelineapp"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.preferences_action = action(self.tr("Pre&ferences…"))
        # The platform's key where it has one (Ctrl+, on macOS); Ctrl+, elsewhere, as GNOME
        # and KDE applications use it.
        preferences_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setShortcuts(preferences_keys or [QKeySequence("Ctrl+,")])
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.shortcuts_action = action(self.tr("&Keyboard Shortcuts"))
        self.guide_action = action(self.tr("&User Guide"), QKeySequence.StandardKey.HelpContents)
        self.format_action = action(self.tr("&File Format"))
        self.reset_layout_action = action(self.tr("&Reset Layout"))
        self.example_action = action(self.tr("Open &Example"))
        self.close_reload = CloseReloadActions(self._controller, self, self.save_flow.maybe_save)
        from PySide6.QtGui import QActionGroup  # after the first paint: see TYPE_CHECKING

        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[UiTheme, QAction] = {}
        for name, text in (
            (UiTheme.SYSTEM, self.tr("&System")),
            (UiTheme.LIGHT, self.tr("&Light")),
            (UiTheme.DARK, self.tr("&Dark")),
        ):
            act = action(text)
            act.setCheckable(True)
            act.setChecked(name is self._settings.theme)
            act.setData(name.value)
            self.theme_group.addAction(act)
            self.theme_actions[name] = act

    def _build_menus(self) -> None:
        from .window_menus import build_menus

        build_menus(self, self._controller, self._settings)

    def _connect_view_signals(self) -> None:
        """What the timeline, overview, filter bar and status bar need from the start."""
        self.timeline.viewport_changed.connect(self.overview.on_viewport_changed)
        self.timeline.viewport_changed.connect(self.status.on_viewport_changed)
        self.overview.window_requested.connect(self.timeline.show_window)
        self.status.provenance_requested.connect(self.on_show_provenance)
        self.timeline.clear_filter_requested.connect(self._filter.clear)
        self._filter.selection_hidden.connect(self.status.on_selection_hidden)

    def _connect_signals(self) -> None:
        self.open_action.triggered.connect(self.on_open)
        self.export_action.triggered.connect(self.export_requested)
        self.quit_action.triggered.connect(self.close)
        self.zoom_in_action.triggered.connect(self.timeline.zoom_in)
        self.zoom_out_action.triggered.connect(self.timeline.zoom_out)
        self.fit_action.triggered.connect(self.timeline.fit_all)
        self.zoom_selection_action.triggered.connect(self.timeline.zoom_to_selection)
        self.previous_action.triggered.connect(lambda: self._controller.select_neighbour(-1))
        self.next_action.triggered.connect(lambda: self._controller.select_neighbour(1))
        self.about_action.triggered.connect(self.on_about)
        self.shortcuts_action.triggered.connect(self.on_shortcuts)
        self.guide_action.triggered.connect(self.on_user_guide)
        self.format_action.triggered.connect(self.on_file_format)
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.example_action.triggered.connect(self.on_open_example)
        self.theme_group.triggered.connect(self.on_theme_chosen)
        self._controller.file_loaded.connect(self.on_file_loaded)
        self.find_action.triggered.connect(self.filter_bar.focus_search)
        self.undo_filter_action.triggered.connect(self._filter.undo)
        self.clear_filter_action.triggered.connect(self._filter.clear)
        self._filter.can_undo_changed.connect(self.undo_filter_action.setEnabled)
        self.event_pane.actor_activated.connect(self._filter.only_actor)
        self.actor_pane.show_faded_changed.connect(self.timeline.set_show_faded)
        self._filter.spec_changed.connect(self.on_filter_spec_changed)
        self.compress_action.toggled.connect(self.timeline.set_compressed)
        self.timeline.compressed_changed.connect(self.compress_action.setChecked)
        self.provenance_pane.problems_found.connect(self.on_show_provenance)
        self.provenance_pane.phrase_warnings_counted.connect(self.status.on_phrase_warnings_counted)
        self.document_pane.selection_action_requested.connect(self.edit_flow.on_selection_action)
        self.document_pane.hint.connect(lambda text: self.status.showMessage(text, 6000))
        self.edit_flow.message.connect(lambda text: self.status.showMessage(text, 6000))
        self.edit_flow.current_document = lambda: self.document_pane.document_id
        self.edit_flow.current_actor = self.actor_pane.current_actor

    # --- slots --------------------------------------------------------------------------
    def on_file_loaded(self) -> None:
        timeline = self._controller.timeline
        self.export_action.setEnabled(timeline is not None)  # nothing to export without a file
        self.save_flow.on_state_changed()  # the title: the file's, and "*" when changed

    def on_show_provenance(self) -> None:
        self.build_panes()  # asked for from the status bar before they were built
        dock = self.docks["provenance"]
        dock.show()
        dock.raise_()

    def on_filter_spec_changed(self, spec: FilterSpec) -> None:
        terms = search_terms(spec.text)
        for pane in (self.event_pane, self.quotes_pane, self.document_pane):
            pane.set_highlight_terms(terms)

    def on_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # Qt makes the class at its import: not at start

        from .dialog_folders import start_folder
        from .import_flow import importable_filter  # File › Open imports them (QA #109e)

        filters = self.tr("Event files (*.timeline.json *.json);;All files (*)").split(";;")
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Event File"),
            str(start_folder(self._settings.last_folder, event_file=self._controller.path)),
            ";;".join([filters[0], importable_filter(), *filters[1:]]),
        )
        if path:
            self._settings.last_folder = str(Path(path).parent)
            self.open_requested.emit(path)

    def on_theme_chosen(self, act: QAction) -> None:
        choice = UiTheme(str(act.data()))
        self._settings.theme = choice
        self.theme_chosen.emit(choice.value)

    def set_render_theme(self, name: ThemeName) -> None:
        """The timeline's colours, matching the window's look (the app applies both)."""
        self.timeline.set_theme(name)

    def on_open_example(self) -> None:
        self.open_requested.emit(str(example_event_file()))

    def on_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog  # built when asked for

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def on_about(self) -> None:
        from .help_dialogs import AboutDialog  # built when asked for

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def on_user_guide(self) -> None:
        from .help_dialogs import user_guide_dialog

        self.guide_dialog = user_guide_dialog(self)
        self.guide_dialog.show()

    def on_file_format(self) -> None:
        from .help_dialogs import file_format_dialog

        self.format_dialog = file_format_dialog(self, self.example_action.trigger)
        self.format_dialog.show()

    def show_notice(self, text: str) -> None:
        """A message the user must see but need not answer (settings set aside, a file gone)."""
        self.status.showMessage(text, 30_000)

    # --- focus ------------------------------------------------------------------------------
    def _focus_areas(self) -> list[QWidget]:
        """What F6 visits, in order: the timeline, then each pane the user can see."""
        areas: list[QWidget] = [self.timeline]
        order = ("event", "editor", "quotes", "sources", "events", "provenance", "document")
        for key in (*order, "actors", "legend"):
            widget = self.docks[key].widget()
            if widget is not None and widget.isVisible():
                areas.append(widget)
        return areas

    # --- persistence ----------------------------------------------------------------------
    def dock_state(self) -> str:
        if not self._panes_ready:  # the layout asked for, or the one the settings hold
            return self._pending_dock_state or self._settings.window_state
        return bytes(self.saveState().toBase64().data()).decode()

    def restore_dock_state(self, state: str) -> None:
        if not self._panes_ready:
            self._pending_dock_state = state  # restored once the docks exist
            return
        if not self.restoreState(QByteArray.fromBase64(state.encode())):
            self.restoreState(self._default_state)
        else:
            from .dock_fit import fit_restored_layout, layout_fitted_message  # QA #105

            if fit_restored_layout(self, self.reset_layout):
                self.status.showMessage(layout_fitted_message(), 10_000)

    def reset_layout(self) -> None:
        """View › Panes › Reset Layout: the default docks, sized for this window."""
        from .dock_layout import size_docks

        self.restoreState(self._default_state)
        size_docks(self, self.docks)

    def _restore_layout(self) -> None:
        """The docks as the settings left them (or sized to the window the first time),
        then a file's own layout if one was asked for before the docks existed."""
        from .dock_layout import size_docks

        if self._settings.window_state:
            self.restore_dock_state(self._settings.window_state)
        elif self.isVisible():
            size_docks(self, self.docks)  # first run: in proportion to the window as shown
        if self._pending_dock_state is not None:
            state, self._pending_dock_state = self._pending_dock_state, None
            self.restore_dock_state(state)

    def show_restored(self) -> None:
        """Show the window as it was left: maximised again if it was."""
        if self._settings.window_maximized:
            self.showMaximized()
        else:
            self.show()
            fit_window_to_screen(self)  # now the frame (title bar, borders) is known
        if self._panes_ready and not self._settings.window_state:
            from .dock_layout import size_docks  # QStyle's enums: after the first paint

            size_docks(self, self.docks)  # first run: in proportion to the window as shown

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._panes_ready and not self.save_flow.maybe_save():
            event.ignore()
            return
        self._settings.window_maximized = self.isMaximized()
        self._settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self._settings.window_state = self.dock_state()
        super().closeEvent(event)
