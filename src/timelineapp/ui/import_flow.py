"""File > Import…: choose a file and its format, see the conversion before anything is written.

The flow: a file dialog whose filters name the formats (or "all importable files" to let the
content decide); the import, in a worker thread behind a cancellable progress dialog when the
file is big (:mod:`.import_workers`); then the import dialog (:mod:`.import_dialog`), which
shows the first events as they will be imported, the mapping of a table's columns, and the
conversion report. Nothing is written until the user asks: the import opens unsaved, or is
saved first where the user chooses (next to the input by default). Files dropped on the
window come here too (:mod:`.import_drop`). Only this module's light part loads with the
window; the importers and the dialog load at the first import.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from ..model.untrusted_text import visible
from .controller import TimelineController
from .dialog_folders import start_folder
from .import_drop import ImportDropFilter
from .import_workers import ImportWorker, UnsavedLoadWorker, load_import, run_import
from .progress import retire, worker_progress
from .settings import Settings

if TYPE_CHECKING:
    from ..extract.importers import ImportOptions, ImportResult
    from ..model.loading import LoadResult
    from ..model.timeline import Timeline
    from .import_dialog import ImportDialog

__all__ = ["ImportDialog", "ImportFlow", "add_data_actions"]

_log = logging.getLogger(__name__)

# Inputs above this size import in a worker thread (a 5 MB CSV holds ~20k rows).
BACKGROUND_THRESHOLD = 5_000_000
# Imports with more events than this are loaded into the window in a worker thread.
BACKGROUND_EVENTS = 20_000


def add_data_actions(
    window: QWidget,
    menu: QMenu,
    controller: TimelineController,
    settings: Settings,
    open_path: Callable[[str], object],
) -> tuple[QAction, QAction]:
    """File > Import… and File > Export Data…; the flows behind them are built at first use."""
    import_action = QAction(QCoreApplication.translate("ImportFlow", "&Import…"), window)
    import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    import_action.setStatusTip(
        QCoreApplication.translate(
            "ImportFlow", "Import a TimelineJS, spreadsheet, ACLED, Timesketch or calendar file"
        )
    )
    export_action = QAction(QCoreApplication.translate("ImportFlow", "Export &Data…"), window)
    export_action.setStatusTip(
        QCoreApplication.translate(
            "ImportFlow", "Write the events shown as CSV, TimelineJS, Timesketch or iCalendar"
        )
    )
    flows: dict[str, QObject] = {}

    def import_flow() -> ImportFlow:
        return shared_import_flow(window, controller, settings, open_path)

    def start_export() -> None:
        from .data_export_flow import DataExportFlow

        flow = flows.get("export")
        if not isinstance(flow, DataExportFlow):
            flow = flows["export"] = DataExportFlow(window, controller, settings)
        flow.start()

    window.setAcceptDrops(True)
    window.installEventFilter(
        ImportDropFilter(lambda path: import_flow().run(path, None), open_path, window)
    )
    import_action.triggered.connect(lambda: import_flow().start())
    export_action.triggered.connect(start_export)

    def has_file() -> None:  # nothing to export without a file (File › Close)
        export_action.setEnabled(controller.timeline is not None)

    has_file()
    controller.file_loaded.connect(has_file)
    menu.addAction(import_action)
    menu.addAction(export_action)
    return import_action, export_action


def shared_import_flow(
    window: QWidget,
    controller: TimelineController,
    settings: Settings,
    open_path: Callable[[str], object],
) -> ImportFlow:
    """The window's one import flow (File > Import, a drop, a file opened that is another
    tool's timeline), made at its first use: a child of the window."""
    flow = window.findChild(ImportFlow, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if flow is None:
        flow = ImportFlow(window, controller, settings, open_path)
    return flow


def importable_filter() -> str:
    """ "All importable files (*.csv *.ics …)": File › Import's first filter, and File ›
    Open's second (QA #109e: a CSV was hidden there until "All files" was chosen)."""
    from ..extract.importers import FORMATS

    every = sorted({s for f in FORMATS.values() for s in f.suffixes})
    words = QCoreApplication.translate("ImportFlow", "All importable files")
    return f"{words} ({' '.join('*' + s for s in every)})"


class ImportFlow(QObject):
    """Choose, import, review, then open unsaved or save: the window's side of an import."""

    opened_unsaved = Signal(str)  # the input whose import is shown, not saved
    saved = Signal(str)  # the event file written

    def __init__(
        self,
        window: QWidget,
        controller: TimelineController,
        settings: Settings,
        open_path: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._settings = settings
        self._open_path = open_path
        self._worker: ImportWorker | None = None
        self._progress: QProgressDialog | None = None
        self.dialog: ImportDialog | None = None
        self.failure_box: QMessageBox | None = None
        self.background_threshold = BACKGROUND_THRESHOLD
        self.background_events = BACKGROUND_EVENTS

    # --- choosing -----------------------------------------------------------------------
    def file_filters(self) -> list[tuple[str, str | None]]:
        """(file dialog filter, format name or None for "detect") in the dialog's order."""
        from ..extract.importers import FORMATS

        labels = {
            "timelinejs": self.tr("TimelineJS JSON"),
            "timelinejs-sheet": self.tr("TimelineJS spreadsheet (CSV)"),
            "acled": self.tr("ACLED export (CSV)"),
            "timesketch": self.tr("Timesketch or Plaso timeline (CSV, JSONL)"),
            "csv": self.tr("Table of events (CSV, TSV)"),
            "ics": self.tr("iCalendar"),
        }
        filters: list[tuple[str, str | None]] = [(importable_filter(), None)]
        for name, fmt in FORMATS.items():
            patterns = " ".join("*" + s for s in fmt.suffixes)
            filters.append((f"{labels.get(name, fmt.label)} ({patterns})", name))
        return filters

    def start(self) -> None:
        if self._worker is not None:
            return
        filters = self.file_filters()
        path, chosen = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import Timeline"),
            str(start_folder(self._settings.last_folder, event_file=self._controller.path)),
            ";;".join(text for text, _ in filters),
        )
        if not path:
            return
        self._settings.last_folder = str(Path(path).parent)
        format_name = next((name for text, name in filters if text == chosen), None)
        self.run(Path(path), format_name)

    # --- importing ----------------------------------------------------------------------
    def run(
        self, path: Path, format_name: str | None, options: ImportOptions | None = None
    ) -> None:
        """Import ``path`` and show the import dialog (at once for small files)."""
        from ..extract.importers import ImportOptions

        chosen = options or ImportOptions()
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if size < self.background_threshold:
            result, error = run_import(path, format_name, chosen)
            self._imported(path, format_name, chosen, result, error)
            return
        worker = ImportWorker(path, format_name, chosen, self)
        dialog = worker_progress(
            self._window,
            self.tr("Importing {name}…").format(name=path.name),
            self.tr("Importing"),
            self.tr("Cancel"),
        )
        dialog.canceled.connect(worker.cancel)
        worker.progressed.connect(dialog.setValue)
        worker.finished_import.connect(
            lambda result, error: self._on_worker_done(path, format_name, chosen, result, error)
        )
        self._worker = worker
        self._progress = dialog
        worker.start()

    def _on_worker_done(
        self,
        path: Path,
        format_name: str | None,
        options: ImportOptions,
        result: ImportResult | None,
        error: str,
    ) -> None:
        worker, self._worker = self._worker, None
        retire(worker, self._progress)
        self._progress = None
        self._imported(path, format_name, options, result, error)

    def _imported(
        self,
        path: Path,
        format_name: str | None,
        options: ImportOptions,
        result: ImportResult | None,
        error: str,
    ) -> None:
        if result is None:
            if error:
                # Plain text: the name and the reason quote the input (a header, a line).
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.tr("Cannot import"),
                    self.tr(
                        "{name} could not be imported; nothing was changed.\n\n{reason}"
                    ).format(name=visible(path.name), reason=visible(error)),
                    QMessageBox.StandardButton.Ok,
                    self._window,
                )
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.failure_box = box  # for tests; window-modal, the event loop runs on
                box.open()
            return
        from .import_dialog import ImportDialog

        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = ImportDialog(path, format_name, options, result, self._window)
        dialog.reimport_requested.connect(self.run)
        dialog.open_requested.connect(lambda: self.open_unsaved(path, result))
        dialog.save_requested.connect(lambda: self.save(path, result))
        self.dialog = dialog
        dialog.open()

    # --- after the review ---------------------------------------------------------------
    def open_unsaved(self, source: Path, result: ImportResult) -> bool:
        """Show the import in the window without writing anything.

        It is loaded as a file is (checked, indexed), in a worker thread when it is big, so
        the window keeps answering. Returns False when it failed at once.
        """
        name = self.tr("{name} (imported, not saved)").format(name=source.name)
        if result.event_count < self.background_events:
            loaded, timeline = load_import(result, name)
            return self._show_unsaved(source, result, loaded, timeline)
        worker = UnsavedLoadWorker(result, name, self)
        dialog = worker_progress(
            self._window,
            self.tr("Opening the import of {name}…").format(name=source.name),
            self.tr("Opening"),
            None,
            maximum=0,
        )

        def done(loaded: LoadResult, timeline: Timeline | None) -> None:
            worker.wait()
            worker.deleteLater()
            dialog.reset()
            dialog.deleteLater()
            self._show_unsaved(source, result, loaded, timeline)

        worker.loaded.connect(done)
        worker.start()
        return True

    def _show_unsaved(
        self,
        source: Path,
        result: ImportResult,
        loaded: LoadResult,
        timeline: Timeline | None,
    ) -> bool:
        if timeline is None:  # an importer bug: the saved file would not open either
            _log.error("an import of %s does not load: %s", source, loaded.issues[:5])
            QMessageBox.critical(
                self._window,
                self.tr("Cannot open the import"),
                "\n".join(str(issue) for issue in loaded.issues[:10]),
            )
            return False
        self._controller.set_timeline(timeline)
        from ..extract.importers.writing import default_output

        # Save proposes beside the input, as Save As and Open… does (QA #110).
        self._controller.suggested_path = default_output(source)
        # Never saved: not "clean", so a close or another open asks before losing it (Qt's
        # way to mark a document changed other than by an undo command).
        self._controller.undo_stack.resetClean()
        self._window.setWindowTitle(
            self.tr("{title} — imported, not saved — timelineapp").format(title=result.header.title)
        )
        self.opened_unsaved.emit(str(source))
        return True

    def save(self, source: Path, result: ImportResult, target: Path | None = None) -> bool:
        """Ask where to save (next to the input by default), write, then open the saved file."""
        from ..extract.importers.writing import default_output, write_event_file

        if target is None:
            suggested = default_output(source)
            from .save_dialog import ask_event_file_path

            target = ask_event_file_path(
                self._window, self.tr("Save Imported Event File"), str(suggested)
            )
            if target is None:
                return False
        try:
            write_event_file(result.pieces, target)
        except OSError as error:
            from .read_problem_words import os_error_words

            _log.info("imported event file %s not written: %s", target, error)
            QMessageBox.warning(
                self._window,
                self.tr("Cannot save"),
                self.tr("{name} could not be written: {reason}").format(
                    name=target.name, reason=os_error_words(error)
                ),
            )
            return False
        self.saved.emit(str(target))
        self._open_path(str(target))
        return True


def __getattr__(name: str) -> object:
    """``ImportDialog`` loads with the first import, not with the window."""
    if name == "ImportDialog":
        from .import_dialog import ImportDialog

        return ImportDialog
    raise AttributeError(name)
