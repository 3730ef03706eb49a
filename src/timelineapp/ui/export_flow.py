"""File > Export Image… (placeholder until the export dialog lands)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from .controller import TimelineController
from .settings import Settings


class ExportFlow(QObject):
    def __init__(self, controller: TimelineController, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self._window = window

    def start(self) -> None:
        QMessageBox.information(self._window, "timelineapp", self.tr("Export is not ready yet."))
