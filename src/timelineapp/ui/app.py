"""The composition root: builds the application once and passes collaborators down."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# The Qt-free layers come first, on purpose: once PySide6 is imported, its import hook
# (shibokensupport's feature check) reads the source of every module imported after it, to see
# whether it uses PySide6. numpy, pydantic and our model are hundreds of modules: ~50 ms of each
# start. Imported before PySide6, they are never read. file_format (the format's models, which
# the load builds its header with) is named here: model.loading imports it where it is used.
from .. import APP_ID, __version__
from ..logs import log_to_file
from ..model import filtering, loading, timeline  # noqa: F401  (early: see above)
from ..model.loading.under_way import no_load_under_way
from ..render import inputs, scene  # noqa: F401  (imported early: see above)
from ..resources import example_event_file, resource_path
from .settings import (
    SETTINGS_FILE,
    LoadedSettings,
    Settings,
    UiTheme,
    default_cache_dir,
    default_config_dir,
    read_settings,
    save_settings,
)

# isort: split

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from . import pyside_sources  # before the window's modules: see there

# The window's modules, imported without PySide's import hook (pyside_sources.plain_imports).
with pyside_sources.plain_imports():
    from .controller import TimelineController
    from .error_dialog import ErrorReporter
    from .file_opener import FileOpener
    from .filter_state import FilterState
    from .gui_collector import collect_on_gui_thread, leave_collection_off
    from .main_window import MainWindow
    from .theme import ThemeSwitcher
    from .view_memory import ViewMemory

if TYPE_CHECKING:
    from .export_flow import ExportFlow
    from .live_reload import LiveReload
    from .preferences_dialog import PreferencesDialog
    from .settings_writer import SettingsWriter

# Settings reach the disk when they change, not only at a clean quit (a logout or a crash
# must not lose the recent files); a view being panned is written once it has been still
# this long on top of view_memory's own settling.
SETTINGS_WRITE_DELAY_MS = 2000
# A file opened is written this soon (its recent files, last file), once the handover has
# painted and the view fitted to it has settled (view_memory's 400 ms): one write per open,
# with the view in it, rather than one in the handover and another for the settled view.
OPENED_WRITE_DELAY_MS = 1000


class Application:
    """Everything one running app needs, built in one place (no module-level singletons)."""

    def __init__(
        self,
        qapp: QApplication,
        settings_path: Path,
        cache_dir: Path | None = None,
        loaded: LoadedSettings | None = None,
        *,
        defer_panes: bool = False,
    ) -> None:
        """``defer_panes``: the panes, docks and menus are built after the timeline's first
        paint (what a start does: see ``MainWindow.build_panes``); otherwise at once."""
        self.qapp = qapp
        collect_on_gui_thread(qapp)  # never from a loading or building thread
        self.settings_path = settings_path
        self.loaded_settings = loaded or read_settings(settings_path)
        self.settings: Settings = self.loaded_settings.settings
        self.themes = ThemeSwitcher(qapp)
        # Before the window: it is built in the theme's colours, and has no sheet to restyle.
        self.themes.apply(self.settings.theme, restyle=False)
        self.controller = TimelineController()
        self.filter_state = FilterState(self.controller)
        self.window = MainWindow(
            self.controller, self.filter_state, self.settings, defer_panes=defer_panes
        )
        self.window.set_render_theme(self.themes.render_theme())
        self.window.theme_chosen.connect(self.on_theme_chosen)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self.on_system_scheme_changed)
        self.view_memory = ViewMemory(
            self.controller,
            self.filter_state,
            self.window.timeline,
            self.settings,
            (self.window.dock_state, self.window.restore_dock_state),
            parent=self.window,
        )
        if self.loaded_settings.problem:
            from .settings_banner import settings_banner  # needed only then
            from .settings_words import settings_notice

            settings_banner(self.window).show_notice(settings_notice(self.loaded_settings))
        self._save_failed = False  # said once in the window, not at every write
        self.cache_dir = cache_dir
        self.opener = FileOpener(self.controller, self.settings, self.window, cache_dir)
        self.window.open_requested.connect(self.on_open_requested)
        self._export_flow: ExportFlow | None = None
        self.live_reload: LiveReload  # made with the panes (on_panes_built)
        self.window.export_requested.connect(self.on_export_requested)
        qapp.aboutToQuit.connect(self.on_about_to_quit)
        self.opener.quit_requested.connect(self.quit)
        self._quitting = False
        # No Qt parent: it lives as long as this object, which outlives the window.
        self.settings_writer = QTimer()
        self.settings_writer.setSingleShot(True)
        self.settings_writer.setInterval(SETTINGS_WRITE_DELAY_MS)
        self.settings_writer.timeout.connect(self.write_settings_in_background)
        # A file opened: written by then, whatever else changes meanwhile.
        self.opened_writer = QTimer()
        self.opened_writer.setSingleShot(True)
        self.opened_writer.setInterval(OPENED_WRITE_DELAY_MS)
        self.opened_writer.timeout.connect(self.write_settings_in_background)
        # Those timed writes are made by a thread (the fsync is not the window's wait).
        self._background_writer: SettingsWriter | None = None
        # Recent files and the last file soon after a file opens; after a save (Save As
        # names a new recent file) and a settled view, a little later.
        self.opener.opened.connect(self.on_file_opened)
        self.view_memory.recorded.connect(self.write_settings_later)
        self.controller.undo_stack.cleanChanged.connect(self.write_settings_later)
        if self.window.panes_ready:
            self.on_panes_built()
        else:
            self.window.panes_built.connect(self.on_panes_built)

    def on_file_opened(self) -> None:
        """Write the settings (recent files, last file) within OPENED_WRITE_DELAY_MS, once:
        not in the handover's frame, and with the view settled after it; at a start, once
        the first frame is painted (with the panes, just after it)."""
        if self.window.panes_ready:
            self.settings_writer.stop()
            self.opened_writer.start()

    def write_settings_later(self, *_: object) -> None:
        """The settings changed (a settled view, a save): written SETTINGS_WRITE_DELAY_MS
        after the last change, or with a file's open, whichever is due first."""
        if not self.opened_writer.isActive():
            self.settings_writer.start()

    def write_settings_in_background(self) -> None:
        """A timed write: the settings copied now, written to the disk by a thread; put off
        while a file loads in the background (``model/loading/under_way.py``)."""
        self.settings_writer.stop()
        self.opened_writer.stop()
        if not no_load_under_way(0):
            # A write due during a big load (the last file's, 1 s after its open) took the
            # interpreter lock from the load's threads three times on the GUI thread (the
            # slot, the copy, the writer thread's start, which waits for the new thread to
            # run): 70-200 ms without a tick in a million-event first open. Tried again
            # later; the loaded file's handover asks for its own write.
            self.settings_writer.start()
            return
        if self._background_writer is None:
            from .settings_writer import SettingsWriter  # the first timed write: not at start

            self._background_writer = SettingsWriter(self.settings_path)
            self._background_writer.finished.connect(self._on_settings_written)
        self._background_writer.write(self.settings)

    def on_panes_built(self) -> None:
        """Wire the window's actions, which exist once its panes are built; a file open
        already (the first frame's) is announced again, so that the new panes show it and
        the timeline fits it to its final size, or shows the view remembered for it."""
        self.window.preferences_action.triggered.connect(self.on_preferences)
        self.window.close_reload.reload_requested.connect(self.opener.open)
        from .live_reload import LiveReload  # watching the file can wait for the first frame

        self.live_reload = LiveReload(
            self.controller, self.window, self.cache_dir, lambda: self.settings.cache_budget
        )
        self.live_reload.place_banner(self.window)
        self.qapp.aboutToQuit.connect(self.live_reload.shutdown)
        if self.controller.timeline is not None:
            with self.view_memory.replaying():
                self.controller.file_loaded.emit()
            self.controller.selection_changed.emit(self.controller.selection)
            self.save_settings()  # the file opened before the first paint (on_file_opened)

    @property
    def export_flow(self) -> ExportFlow:
        """Built at the first export: the export code (and QtSvg) is not loaded at start-up."""
        if self._export_flow is None:
            from .export_flow import ExportFlow

            self._export_flow = ExportFlow(
                self.controller, self.window, self.settings, self.describe_filter
            )
        return self._export_flow

    def describe_filter(self, language: str) -> str:
        """The current filter in words in ``language`` (exports in their own language)."""
        opened = self.controller.timeline
        if opened is None:
            return ""
        from ..render.export_text import export_language
        from ..render.filter_words import describe_filter

        with export_language(language):
            return describe_filter(self.filter_state.spec, opened)

    def on_export_requested(self) -> None:
        self.export_flow.start()

    def on_open_requested(self, path: str) -> None:
        """Open another file, once the open one's unsaved changes are saved or let go."""
        self.window.build_panes()  # the unsaved-changes question is the save flow's
        if self.window.save_flow.maybe_save():
            self.view_memory.record()  # the docks as the user left them for this file
            self.opener.open(path)

    def on_preferences(self) -> PreferencesDialog:
        from .preferences_dialog import PreferencesDialog  # at the first use, not at start-up

        dialog = PreferencesDialog(
            self.settings, self.cache_dir, self.window.theme_actions, self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.save_settings)
        dialog.open()
        return dialog

    def on_theme_chosen(self, choice: str) -> None:
        self.themes.apply(UiTheme(choice))
        self.window.set_render_theme(self.themes.render_theme())

    def on_system_scheme_changed(self) -> None:
        """The desktop switched between light and dark: follow it unless told otherwise."""
        if self.themes.current is UiTheme.SYSTEM:
            self.on_theme_chosen(UiTheme.SYSTEM.value)

    def open_at_start(self, file: str | None) -> bool:
        """The file asked for; else the last file open; else, the first time, the example.

        Returns False only when the file asked for (or the example) could not be opened.
        """
        if file is not None:
            return self._open_first(Path(file))
        last = self.settings.last_file
        if last and Path(last).is_file():
            self._open_first(Path(last))  # its problems, if any, are shown: not fatal
            return True
        if last:
            self.window.show_notice(
                QCoreApplication.translate(
                    "Application", "The file open last time is no longer there: {path}"
                ).format(path=last)
            )
            self.settings.last_file = ""
            return True
        if self.loaded_settings.first_run or not self.settings.recent_files:
            return self.opener.open(example_event_file())
        return True  # the user closed their file last time: an empty window, as they left it

    def _open_first(self, path: Path) -> bool:
        """Open the start's file. A big one is read in a thread that shares Python's lock
        with the window: building the panes meanwhile took seconds, and the window showed
        "No event file is open" with no menus and no progress until then. So its read starts
        once the panes are built, and the window is whole, with its progress dialog."""
        if self.window.panes_ready or not self.opener.loads_in_background(path):
            return self.opener.open(path)
        self.window.panes_built.connect(lambda: self.opener.open(path))  # built once
        return True

    def quit(self) -> bool:
        """Quit as File > Quit does, from elsewhere (SIGTERM, Ctrl+Q over the loading dialog):
        a load in progress is cancelled and its thread joined, unsaved changes are asked
        about. False when the user chose to stay."""
        if self._quitting:  # a second SIGTERM while the unsaved-changes question is up
            return False
        self._quitting = True
        try:
            self.opener.cancel_load()
            if not self.window.close():
                return False
        finally:
            self._quitting = False
        self.qapp.quit()  # the window's dialogs must not keep the app running
        return True

    def on_about_to_quit(self) -> None:
        if not shiboken6.isValid(self.window):  # an Application whose window is gone (tests)
            return
        self.view_memory.record()
        self.save_settings()  # here, after the thread's writes: a quit leaves them on disk
        if self._background_writer is not None:
            self._background_writer.shutdown()

    def save_settings(self) -> None:
        """Write the settings now, on this thread (after any timed write still under way,
        which an older state must not overwrite)."""
        self.settings_writer.stop()
        self.opened_writer.stop()
        if self._background_writer is not None:
            self._background_writer.wait()
        try:
            save_settings(self.settings, self.settings_path)
        except OSError as error:
            self._on_settings_written(error)
        else:
            self._on_settings_written(None)

    def _on_settings_written(self, error: OSError | None) -> None:
        """After a write: a failure is said once in the window (until a write succeeds)."""
        if error is None:
            self._save_failed = False
        else:
            # A read-only config folder costs the user their settings, never their work.
            logging.getLogger(__name__).error(
                "cannot save settings to %s", self.settings_path, exc_info=error
            )
            if not self._save_failed and shiboken6.isValid(self.window):
                self._save_failed = True
                from .settings_banner import settings_banner
                from .settings_words import save_failed_notice

                banner = settings_banner(self.window)
                banner.show_notice(save_failed_notice(self.settings_path, error))


def _install_translators(qapp: QApplication) -> None:
    locale = QLocale()
    qt = QTranslator(qapp)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        qapp.installTranslator(qt)
    folder = str(resource_path("translations"))
    # English first, for its plural forms ("1 event", "2 events"): the source strings use
    # "%n event(s)". A translation for the user's language, installed after, takes precedence.
    english = QTranslator(qapp)
    if english.load("timelineapp_en", folder):
        qapp.installTranslator(english)
    ours = QTranslator(qapp)
    if locale.language() != QLocale.Language.English and ours.load(
        locale, "timelineapp", "_", folder
    ):
        qapp.installTranslator(ours)


def create_qapplication(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qapp = QApplication(argv or sys.argv[:1])
    qapp.setApplicationName("timelineapp")
    qapp.setApplicationDisplayName("timelineapp")
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationDomain("timelineapp.org")
    qapp.setDesktopFileName(APP_ID)
    _install_translators(qapp)
    return qapp


def set_window_icon(qapp: QApplication) -> None:
    """The windows' icon. Set once the first frame is painted (``run_app``): drawing an SVG
    icon loads Qt's SVG module and icon engine, which the first frame does not need."""
    from PySide6.QtGui import QIcon  # PySide makes the class (~10 M instructions) at its import

    icon = resource_path("icons", "timelineapp.svg")
    if icon.exists():
        qapp.setWindowIcon(QIcon(str(icon)))


def _clean_at_start(app: Application) -> None:
    from .leftovers import clean_at_start

    clean_at_start(app.settings, app.settings_path, default_cache_dir(), app.window.status)


def _quit_on_signals(app: Application) -> QObject:
    from .quit_signals import QuitOnSignals

    signals = QuitOnSignals(app.window)
    signals.received.connect(lambda _number: app.quit())
    return signals


def run_app(
    file: str | None,
    settings_path: Path | None = None,
    lang: str | None = None,
    config_dir: Path | None = None,
) -> int:
    """Run the window on ``file`` (default: the last file open, or the bundled example).

    ``lang`` ("fr", "en") overrides the settings' language and the system locale for the
    whole UI: translations and the dates, numbers and month names Qt formats. ``config_dir``
    overrides where settings live (default: ``$TIMELINEAPP_CONFIG_DIR``, else the platform's).
    """
    # No automatic collection until the GUI thread's collector takes over (Application): a
    # collection that ran inside a PySide call, while Qt held a lock, called a dead object's
    # disconnect, which waited for that lock: a start hung for good (seen once in ~60).
    gc.disable()
    log_path = log_to_file()
    path = settings_path or (config_dir or default_config_dir()) / SETTINGS_FILE
    loaded = read_settings(path)  # first: its language decides the translators
    language = lang or loaded.settings.language
    if language:
        QLocale.setDefault(QLocale(language))
    qapp = create_qapplication()
    app = Application(qapp, path, default_cache_dir(), loaded=loaded, defer_panes=True)
    # An unexpected exception anywhere in the window: logged, shown, and the app goes on.
    ErrorReporter(app.window, log_path).install()
    # Leftovers of an interrupted save or export are cleared once the first frame is up.
    app.window.panes_built.connect(lambda: _clean_at_start(app))
    app.window.panes_built.connect(lambda: set_window_icon(qapp))
    # Logout (SIGTERM, SIGHUP) ends the app as File > Quit does: settings kept, changes
    # asked. Listened for from just after the first paint (its module imports socket).
    listening: list[QObject] = []  # held here: its sockets live as long as the loop
    app.window.panes_built.connect(lambda: listening.append(_quit_on_signals(app)))
    app.window.show_restored()
    if not app.open_at_start(file) and file is None:
        return 1
    code = qapp.exec()
    leave_collection_off(qapp)  # the exit's clean-up must not collect (see there)
    return code
