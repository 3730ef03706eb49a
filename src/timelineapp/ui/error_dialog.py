"""The last line of defence: an unexpected exception in the window becomes a dialog, not a crash.

PySide6 hands an exception raised in a slot or a Qt virtual method to ``sys.excepthook`` and
goes on. :class:`ErrorReporter` is that hook (and ``threading.excepthook``, for worker
threads): it logs the traceback to the log file, then shows one dialog saying what happened,
that nothing was lost, and where the log file is, with the details a click away. The app keeps
running. A burst of errors (a paint event failing 60 times a second) shows one dialog, not
sixty; the others are logged and counted.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from ..model.untrusted_text import elided, visible

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

_log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorReporter(QObject):
    """Logs unexpected exceptions and shows them in a dialog; installed by ``run_app``."""

    # From any thread: the dialog is always built in the GUI thread (a queued connection).
    reported = Signal(str, str)  # one-line summary, traceback

    def __init__(self, window: QWidget | None, log_path: Path | None) -> None:
        super().__init__(window)
        self._window = window
        self._log_path = log_path
        self._previous: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self.dialog: QMessageBox | None = None
        self.unshown = 0  # errors logged while the dialog was already up
        self.reported.connect(self.on_reported, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook

    def on_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal: quit as asked
            if self._previous is not None:
                self._previous(kind, error, trace)
            return
        _log.error("unexpected error", exc_info=(kind, error, trace))
        details = "".join(traceback.format_exception(kind, error, trace))
        text = f"{kind.__name__}: {error}" if str(error) else kind.__name__
        self.reported.emit(text, details)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.on_exception(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def on_reported(self, summary: str, details: str) -> None:
        if self.dialog is not None:  # one dialog at a time, even before it is shown
            self.unshown += 1
            return
        self.unshown = 0
        # Imported at the first error: Qt makes the class (and its enums) at the import, a
        # few milliseconds of each start for a dialog most sessions never show.
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # an error message may quote file text
        box.setText(
            self.tr(
                "Something went wrong in timelineapp: {error}\n\nThe window keeps running and "
                "your file was not changed. If this happens again, please report it with the "
                "log file."
            ).format(error=visible(elided(summary, 300)))
        )
        if self._log_path is not None:
            box.setInformativeText(
                self.tr("Details are in the log file: {path}").format(path=str(self._log_path))
            )
        else:
            box.setInformativeText(self.tr("The log file could not be written."))
        box.setDetailedText(details)  # always plain text
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self.on_dialog_finished)
        self.dialog = box
        # Shown once the failing slot has returned: a modal exec() inside a paint event
        # would fail again on the next paint.
        QTimer.singleShot(0, box.open)

    @Slot()
    def on_dialog_finished(self) -> None:
        self.dialog = None
