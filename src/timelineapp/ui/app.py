"""The composition root: builds the application once and passes collaborators down."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

# The Qt-free layers come first, on purpose: once PySide6 is imported, its import hook
# (shibokensupport's feature check) reads the source of every module imported after it, to see
# whether it uses PySide6. numpy, pydantic and our model are hundreds of modules: ~50 ms of each
# start. Imported before PySide6, they are never read.
from .. import APP_ID, __version__
from ..logs import log_to_file
from ..model import filtering, loading, timeline  # noqa: F401  (imported early: see above)
from ..render import inputs, scene  # noqa: F401  (imported early: see above)
from ..resources import example_event_file, resource_path
from .settings import (
    Settings,
    default_cache_dir,
    default_settings_path,
    load_settings,
    save_settings,
)

# isort: split

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .controller import TimelineController
from .file_opener import FileOpener
from .filter_state import FilterState
from .main_window import MainWindow

if TYPE_CHECKING:
    from .export_flow import ExportFlow


class Application:
    """Everything one running app needs, built in one place (no module-level singletons)."""

    def __init__(
        self, qapp: QApplication, settings_path: Path, cache_dir: Path | None = None
    ) -> None:
        self.qapp = qapp
        self.settings_path = settings_path
        self.settings: Settings = load_settings(settings_path)
        self.controller = TimelineController()
        self.filter_state = FilterState(self.controller)
        self.window = MainWindow(self.controller, self.filter_state, self.settings)
        self.opener = FileOpener(self.controller, self.settings, self.window, cache_dir)
        self.window.open_requested.connect(self.on_open_requested)
        self.window.close_reload.reload_requested.connect(self.opener.open)
        self._export_flow: ExportFlow | None = None
        self.window.export_requested.connect(self.on_export_requested)
        qapp.aboutToQuit.connect(self.on_about_to_quit)

    @property
    def export_flow(self) -> ExportFlow:
        """Built at the first export: the export code (and QtSvg) is not loaded at start-up."""
        if self._export_flow is None:
            from .export_flow import ExportFlow

            self._export_flow = ExportFlow(self.controller, self.window, self.settings)
        return self._export_flow

    def on_export_requested(self) -> None:
        self.export_flow.start()

    def on_open_requested(self, path: str) -> None:
        """Open another file, once the open one's unsaved changes are saved or let go."""
        if self.window.save_flow.maybe_save():
            self.opener.open(path)

    def on_about_to_quit(self) -> None:
        save_settings(self.settings, self.settings_path)


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
    icon = resource_path("icons", "timelineapp.svg")
    if icon.exists():
        qapp.setWindowIcon(QIcon(str(icon)))
    _install_translators(qapp)
    return qapp


def run_app(file: str | None, settings_path: Path | None = None, lang: str | None = None) -> int:
    """Run the window on ``file`` (default: the bundled example).

    ``lang`` ("fr", "en") overrides the system locale for the whole UI: translations and the
    dates, numbers and month names Qt formats.
    """
    log_to_file()
    if lang:
        QLocale.setDefault(QLocale(lang))
    qapp = create_qapplication()
    app = Application(qapp, settings_path or default_settings_path(), default_cache_dir())
    app.window.show()
    target = Path(file) if file else example_event_file()
    if not app.opener.open(target) and file is None:
        return 1
    return qapp.exec()
