"""Opening event files from the window: load, report located problems, hand over the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..model.loader import load_event_file
from ..model.timeline import Timeline
from .controller import TimelineController
from .issues_dialog import IssuesDialog
from .settings import Settings


class FileOpener(QObject):
    def __init__(
        self,
        controller: TimelineController,
        settings: Settings,
        window: QWidget | None = None,
    ) -> None:
        super().__init__(window)
        self._controller = controller
        self._settings = settings
        self._window = window

    def open(self, path: str | Path) -> bool:
        """Open ``path``; on failure show its located errors and keep what was open."""
        result = load_event_file(path)
        if result.loaded is None:
            dialog = IssuesDialog(
                self.tr("Cannot open event file"),
                self.tr(
                    "{name} could not be opened. Nothing was changed; fix these problems "
                    "and open it again:"
                ).format(name=Path(path).name),
                result.issues,
                self._window,
            )
            dialog.open()
            self.last_dialog = dialog
            return False
        self._controller.set_timeline(Timeline(result.loaded))
        self._settings.remember_file(str(Path(path).resolve()))
        if result.issues:
            dialog = IssuesDialog(
                self.tr("Problems in event file"),
                self.tr(
                    "{name} was opened, but some of its provenance could not be checked. "
                    "Affected quotes and documents are flagged:"
                ).format(name=Path(path).name),
                result.issues,
                self._window,
            )
            dialog.open()
            self.last_dialog = dialog
        return True
