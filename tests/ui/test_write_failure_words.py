"""A file the window cannot write is said with the window's own words for the OS error
(``read_problem_words.os_error_words``, the one rule), never the system's text, which is in
the system's language: Export Data, Import's save and Export Image alike."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.read_problem_words import os_error_words

# Each test empties and reuses the module's one window (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window

_FULL = OSError(errno.ENOSPC, "System's own words")


def _full(*args: object, **kwargs: object) -> None:
    raise _FULL


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def warning(parent: object, title: str, text: str, *rest: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return said


def test_export_data_says_why_in_the_window_s_words(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timelineapp.ui import data_export_flow

    assert app.opener.open(example_event_file())
    said = _warnings(monkeypatch)
    monkeypatch.setattr(data_export_flow, "atomic_write", _full)
    flow = data_export_flow.DataExportFlow(app.window, app.controller, app.settings)
    assert not flow.export(tmp_path / "out.csv", "csv")
    assert said == [f"out.csv could not be written: {os_error_words(_FULL)}"]
    assert "System's own words" not in said[0]


def test_import_save_says_why_in_the_window_s_words(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timelineapp.extract.importers import import_file, writing
    from timelineapp.ui.import_flow import ImportFlow

    source = Path(__file__).parent.parent / "data" / "import" / "calendar.ics"
    said = _warnings(monkeypatch)
    monkeypatch.setattr(writing, "write_event_file", _full)
    flow = ImportFlow(app.window, app.controller, app.settings, app.opener.open)
    target = tmp_path / "calendar.timeline.json"
    assert not flow.save(source, import_file(source), target)
    assert said == [f"calendar.timeline.json could not be written: {os_error_words(_FULL)}"]


def test_export_image_says_why_in_the_window_s_words(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timelineapp.render.export_options import ExportOptions
    from timelineapp.ui import export_flow

    assert app.opener.open(example_event_file())
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(export_flow, "write_export", _full)
    flow = export_flow.ExportFlow(app.controller, app.window, app.settings)
    assert not flow.export(
        ExportOptions(width=600), app.window.timeline.timemap, tmp_path / "x.png"
    )
    assert shown == [os_error_words(_FULL)]
