"""The application under accidents: quitting while a file loads, unexpected exceptions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import app  # noqa: F401  (the shared window fixture)
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.error_dialog import ErrorReporter


def test_quitting_while_a_file_loads_cancels_and_joins_the_worker(
    app: Application,  # noqa: F811
    qtbot: QtBot,
) -> None:
    opener = app.opener
    opener.background_threshold = 0  # every file loads in the worker thread
    assert opener.open(example_event_file())
    assert opener.busy
    worker = opener._worker
    assert worker is not None
    qapp = QCoreApplication.instance()
    assert qapp is not None
    qapp.aboutToQuit.emit()  # what Ctrl+Q and closing the last window do
    assert not opener.busy
    assert worker.isFinished()
    qtbot.wait(50)  # a result queued before the quit must not open the file
    assert app.controller.timeline is None


class _Failing(QObject):
    poked = Signal()

    def on_poked(self) -> None:
        raise ValueError("a bug in a slot <b>MARK</b>")


def test_an_exception_in_a_slot_shows_a_dialog_with_the_log_path_and_the_app_goes_on(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    reporter = ErrorReporter(window, tmp_path / "timelineapp.log")
    failing = _Failing()
    failing.poked.connect(failing.on_poked)
    previous = sys.excepthook
    reporter.install()
    try:
        with caplog.at_level("ERROR", logger="timelineapp"):
            # pytest-qt's own capture would fail the test: call the hook as PySide6 does.
            try:
                failing.on_poked()
            except ValueError:
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
            try:
                failing.on_poked()  # a second one while the dialog is up: counted, not shown
            except ValueError:
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        reporter.uninstall()
    assert sys.excepthook is previous
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    box = reporter.dialog
    assert isinstance(box, QMessageBox)
    assert "ValueError: a bug in a slot <b>MARK</b>" in box.text()
    assert box.textFormat() == box.textFormat().PlainText
    assert str(tmp_path / "timelineapp.log") in box.informativeText()
    assert "Traceback" in box.detailedText()
    assert "on_poked" in box.detailedText()
    assert reporter.unshown == 1
    assert "unexpected error" in caplog.text
    box.close()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    assert window.isVisible()  # the app is still here
