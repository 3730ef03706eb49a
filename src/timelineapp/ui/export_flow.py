"""File > Export Image…: options dialog, file choice, progress with cancel, then Open/Show.

The flow gathers what to export from the controller and the main window's timeline view,
lets :mod:`..render.export` render it, and writes the file atomically, so a cancelled or
failed export never leaves a broken file nor replaces a good one.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from ..render.export import (
    ExportCancelled,
    ExportError,
    ExportFormat,
    ExportOptions,
    View,
    default_file_name,
    render_export,
    write_export,
)
from ..render.export_options import ExportedFile
from .controller import TimelineController
from .dialog_folders import start_folder
from .export_dialog import ExportDialog, ExportSource
from .phrase_warnings import listed_warnings
from .settings import Settings
from .timeline_widget import TimelineWidget

_log = logging.getLogger(__name__)

_PROGRESS_DELAY_MS = 400  # quick exports finish before a progress dialog would flash


class ExportFlow(QObject):
    """Runs one export from the menu: :meth:`start` is connected to File > Export Image…."""

    export_written = Signal(str)  # path of the file written

    def __init__(
        self,
        controller: TimelineController,
        window: QWidget,
        settings: Settings,
        describe_filter: Callable[[str], str] | None = None,
    ) -> None:
        """``describe_filter(language)`` says the current filter in another language, for
        an export in that language (without it, the window's words are used)."""
        super().__init__(window)
        self._describe_filter = describe_filter
        self._controller = controller
        self._window = window
        self._settings = settings
        self._progress: QProgressDialog | None = None

    # --- the steps ----------------------------------------------------------------------
    def start(self) -> None:
        source = self.source()
        if source is None:
            QMessageBox.information(
                self._window, self.tr("Export Image"), self.tr("Open an event file first.")
            )
            return
        dialog = ExportDialog(source, self._settings.export, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.store(self._settings.export)
        options = dialog.options(export_date=datetime.date.today().isoformat())
        view = dialog.view()
        path = self.ask_path(options, source.timeline.title)
        if path is None:
            return
        if self.export(options, view, path):
            self.show_done(path)

    def source(self) -> ExportSource | None:
        """The open file, the filter and the timeline view; None when nothing is open."""
        controller = self._controller
        timeline = controller.timeline
        if timeline is None:
            return None
        # The visible window is the controller's; the view's size only suggests a picture size.
        visible = controller.viewport
        view = getattr(self._window, "timeline", None)
        size = view.size() if isinstance(view, TimelineWidget) else QSize(1600, 900)
        return ExportSource(
            timeline=timeline,
            mask=controller.mask,
            cumulative=controller.cumulative,
            filter_description=controller.filter_description,
            visible=visible,
            view_size=size,
            selection=controller.selection,
            compressed=isinstance(view, TimelineWidget) and view.compressed,
            describe_filter=self._describe_filter,
            phrase_warnings=listed_warnings(self._window, controller),
            file=self._shown_file(),
        )

    def _shown_file(self) -> ExportedFile:
        """The file the footer names, with the hash of its bytes on disk only when the
        window shows exactly them (QA #134: after a save, the hash of the bytes written)."""
        controller = self._controller
        timeline = controller.timeline
        assert timeline is not None
        path = controller.path
        name = path.name if path is not None else timeline.loaded.name
        return ExportedFile(
            name,
            controller.saved_sha256,
            unsaved=controller.modified or path is None,
            never_saved=path is None,
        )

    def ask_path(self, options: ExportOptions, title: str) -> Path | None:
        remembered = self._settings.export
        folder = start_folder(remembered.folder, event_file=self._controller.path)
        suggested = folder / default_file_name(title, options.format)
        filters = {
            ExportFormat.PNG: self.tr("PNG image (*.png)"),
            ExportFormat.SVG: self.tr("SVG drawing (*.svg)"),
            ExportFormat.PDF: self.tr("PDF document (*.pdf)"),
        }
        from .save_dialog import ask_save_path, with_suffix

        asked = ask_save_path(
            self._window,
            self.tr("Export Image"),
            str(suggested),
            filters[options.format],
            with_suffix(f".{options.format.value}"),
        )
        if asked is None:
            return None
        path = asked[0]
        remembered.folder = str(path.parent)
        return path

    def export(self, options: ExportOptions, view: View, path: Path) -> bool:
        """Render and write with a cancellable progress dialog; True when written."""
        source = self.source()
        if source is None:
            return False
        progress = QProgressDialog(
            self.tr("Exporting {name}…").format(name=path.name),
            self.tr("Cancel"),
            0,
            100,
            self._window,
        )
        progress.setWindowTitle(self.tr("Export Image"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(_PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        self._progress = progress
        try:
            result = render_export(
                source.subject(options.language), view, options, self.on_progress
            )
            write_export(result, path)
        except ExportCancelled:
            return False
        except ExportError as error:
            self._fail(path, str(error))
            return False
        except OSError as error:
            from .read_problem_words import os_error_words

            _log.info("image export to %s not written: %s", path, error)
            self._fail(path, os_error_words(error))
            return False
        finally:
            self._progress = None
            progress.close()
            progress.deleteLater()
        self.export_written.emit(str(path))
        return True

    def on_progress(self, fraction: float) -> bool:
        """Progress callback of the renderer: False asks it to stop."""
        progress = self._progress
        if progress is None:
            return True
        progress.setValue(round(fraction * 100))
        # The render runs on this thread: let the dialog paint and see the Cancel click.
        QCoreApplication.processEvents()
        return not progress.wasCanceled()

    def _fail(self, path: Path, reason: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export Image"),
            self.tr("{name} could not be exported.").format(name=path.name),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(reason)
        box.exec()

    # --- afterwards ---------------------------------------------------------------------
    def done_box(self, path: Path) -> tuple[QMessageBox, QPushButton, QPushButton]:
        """The "exported" message with Open and Show in Folder buttons."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Export Image"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        box.setText(self.tr("Exported {name}").format(name=path.name))
        box.setInformativeText(str(path.parent))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole)
        show_button = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        return box, open_button, show_button

    def show_done(self, path: Path) -> None:
        box, open_button, show_button = self.done_box(path)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif clicked is show_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


__all__ = ["ExportFlow"]
