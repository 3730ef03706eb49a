"""File > Open Recent, Close, Reload; Help > Keyboard Shortcuts and Open Example; drops."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.shortcuts_dialog import ShortcutsDialog

# Each test starts from the module's one window, emptied as a new one is (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window


def _copy_example(folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copytree(example_event_file().parent, folder, dirs_exist_ok=True)
    shutil.copy(example_event_file(), target)
    return target


def _modify(app: Application) -> None:
    app.controller.undo_stack.push(QUndoCommand("a change"))
    assert app.controller.modified


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_open_recent_lists_files_newest_first_and_greys_missing(
    app: Application, tmp_path: Path
) -> None:
    first = _copy_example(tmp_path, "first.timeline.json")
    second = _copy_example(tmp_path, "second.timeline.json")
    gone = tmp_path / "gone.timeline.json"
    app.settings.recent_files = []
    assert app.opener.open(first)
    assert app.opener.open(second)
    app.settings.recent_files.append(str(gone))
    menu = app.window.recent_menu
    menu.rebuild()
    entries = menu.file_actions()
    assert [a.data() for a in entries] == [str(second.resolve()), str(first.resolve()), str(gone)]
    assert entries[0].text() == "&1 second.timeline.json"
    assert [a.isEnabled() for a in entries] == [True, True, False]
    assert menu.remove_missing_action.isEnabled()
    menu.remove_missing_action.trigger()
    assert [a.data() for a in menu.file_actions()] == [str(second.resolve()), str(first.resolve())]
    assert not menu.remove_missing_action.isEnabled()
    entries = menu.file_actions()
    entries[1].trigger()  # through the same opener as File > Open
    assert app.controller.path == first.resolve()
    assert app.settings.recent_files[0] == str(first.resolve())
    menu.clear_action.trigger()
    assert app.settings.recent_files == []
    assert menu.file_actions() == []
    assert not menu.clear_action.isEnabled()


def test_open_recent_shows_at_most_ten(app: Application, tmp_path: Path) -> None:
    app.settings.recent_files = [str(tmp_path / f"{n}.timeline.json") for n in range(14)]
    app.window.recent_menu.rebuild()
    assert len(app.window.recent_menu.file_actions()) == 10


def test_open_recent_asks_about_unsaved_changes(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = _copy_example(tmp_path, "other.timeline.json")
    assert app.opener.open(example_event_file())
    before = app.controller.timeline
    app.settings.remember_file(str(other))
    _modify(app)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    app.window.recent_menu.rebuild()
    app.window.recent_menu.file_actions()[0].trigger()
    assert len(asked) == 1
    assert app.controller.timeline is before  # cancelled: the open file stays


def test_close_asks_then_leaves_an_empty_window(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = app.window.close_reload
    assert actions.close_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Close)
    assert app.opener.open(example_event_file())
    assert actions.close_action.isEnabled()
    _modify(app)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    actions.close_action.trigger()
    assert len(asked) == 1
    assert app.controller.timeline is not None
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    actions.close_action.trigger()
    assert app.controller.timeline is None
    assert app.controller.draft is None
    assert app.window.windowTitle() == "timelineapp"
    assert not actions.close_action.isEnabled()
    assert not actions.reload_action.isEnabled()
    assert not app.window.export_action.isEnabled()
    assert not app.window.export_data_action.isEnabled()  # nothing to export either
    assert app.window.status.range_label.text() == ""
    assert app.window.status.count_label.text() == ""
    app.window.timeline.grab()  # the empty states paint
    app.window.events_pane.grab()
    assert app.opener.open(example_event_file())  # and a file opens again after
    assert app.controller.timeline is not None


def test_reload_reads_the_file_again_and_asks_first(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy_example(tmp_path, "mine.timeline.json")
    actions = app.window.close_reload
    assert actions.reload_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    assert app.opener.open(path)
    first = app.controller.timeline
    _modify(app)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    actions.reload_action.trigger()
    assert len(asked) == 1
    assert "mine.timeline.json" in asked[0]
    assert app.controller.timeline is first
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    actions.reload_action.trigger()
    assert app.controller.timeline is not first
    assert not app.controller.modified


def test_keyboard_shortcuts_dialog_lists_and_filters_the_actions(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ShortcutsDialog, "open", lambda self: None)
    app.window.shortcuts_action.trigger()
    dialog = app.window.shortcuts_dialog
    rows = {
        dialog.model.item(r, 0).text(): dialog.model.item(r, 1).text()
        for r in range(dialog.model.rowCount())
    }
    native = QKeySequence.SequenceFormat.NativeText
    assert rows["Export Image…"] == QKeySequence("Ctrl+E").toString(native)
    close_keys = app.window.close_reload.close_action.shortcuts()
    assert rows["Close"] == ", ".join(k.toString(native) for k in close_keys)
    assert "Zoom In" in rows
    assert all("&" not in text for text in rows)
    dialog.search.setText("zoom")
    shown = {dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())}
    assert shown
    assert all("zoom" in text.lower() for text in shown)
    assert "Export Image…" not in shown
    dialog.search.setText(QKeySequence("Ctrl+E").toString(native))
    shown = {dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())}
    assert "Export Image…" in shown


def test_open_example_goes_through_the_opener(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = _copy_example(tmp_path, "other.timeline.json")
    assert app.opener.open(other)
    _modify(app)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    app.window.example_action.trigger()
    assert len(asked) == 1
    assert app.controller.path == example_event_file()


def test_dropping_an_event_file_opens_it_after_asking(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dropped = _copy_example(tmp_path, "dropped.timeline.json")
    assert app.opener.open(example_event_file())
    _modify(app)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    point = QPointF(300, 300)
    copy, none_button = Qt.DropAction.CopyAction, Qt.MouseButton.NoButton
    no_key = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), copy, data, none_button, no_key)
    QApplication.sendEvent(app.window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(app.window, QDropEvent(point, copy, data, none_button, no_key))
    assert len(asked) == 1
    assert app.controller.path == dropped
