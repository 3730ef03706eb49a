"""Where file dialogs open (QA #24), and the search field at 1024×700 (QA #13)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from timelineapp.render.export_options import ExportOptions
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.dialog_folders import start_folder
from timelineapp.ui.import_flow import ImportFlow

# Each test starts from the module's one window, emptied as a new one is (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The folders the file dialogs were opened in (each dialog is then cancelled)."""
    folders: list[Path] = []

    def fake(parent: object, caption: str, directory: str, *rest: object) -> tuple[str, str]:
        given = Path(directory)
        folders.append(given if given.is_dir() else given.parent)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    (tmp_path / "home").mkdir()
    (tmp_path / "cwd").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path / "cwd")  # the folder the QA saw the dialogs open in
    return folders


def _copy_of_example(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    shutil.copytree(example_event_file().parent, folder)
    return folder / example_event_file().name


def test_export_data_opens_in_the_event_files_folder_then_the_last_export(
    app: Application, asked: list[Path], tmp_path: Path
) -> None:
    assert app.opener.open(example_event_file())
    app.window.export_data_action.trigger()
    assert asked[-1] == tmp_path / "home"  # the example's folder is the app's own
    copy = _copy_of_example(tmp_path)
    assert app.opener.open(copy)
    app.window.export_data_action.trigger()
    assert asked[-1] == copy.parent
    (tmp_path / "out").mkdir()
    from timelineapp.ui.data_export_flow import DataExportFlow

    assert DataExportFlow(app.window, app.controller, app.settings).export(
        tmp_path / "out" / "events.csv", "csv"
    )
    app.window.export_data_action.trigger()
    assert asked[-1] == tmp_path / "out"


def test_export_image_and_import_never_open_in_the_current_folder(
    app: Application, asked: list[Path], tmp_path: Path
) -> None:
    copy = _copy_of_example(tmp_path)
    assert app.opener.open(copy)
    assert app.export_flow.ask_path(ExportOptions(), "Niger") is None
    assert asked[-1] == copy.parent
    ImportFlow(app.window, app.controller, app.settings, lambda _path: None).start()
    assert asked[-1] == copy.parent
    app.window.on_open()
    assert asked[-1] == copy.parent


def test_a_remembered_folder_that_is_gone_is_skipped(tmp_path: Path) -> None:
    event_file = tmp_path / "a.timeline.json"
    assert start_folder(str(tmp_path / "gone"), "", event_file=event_file) == tmp_path
    assert start_folder(str(tmp_path), event_file=None) == tmp_path


def test_the_search_field_is_readable_at_1024x700(app: Application, qtbot: QtBot) -> None:
    """QA #13: at 1024×700 the unfocused search field was one letter wide ("S…")."""
    app.window.resize(1024, 700)
    assert app.opener.open(example_event_file())
    app.window.timeline.setFocus()
    qtbot.wait(20)
    search = app.window.filter_bar.search
    # At least a dozen letters of the placeholder or of what was typed (the bar's minimum).
    assert search.width() >= search.fontMetrics().averageCharWidth() * 12
