"""Window-level states from issue 13: export without a file, undo in the search box,
a selection the filter hides, the provenance indicator and dock."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.issues_dialog import IssuesDialog

from ..provenance_files import tampered_copy

# Each test empties and reuses the module's one window (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window


def test_export_is_disabled_until_a_file_is_open(app: Application) -> None:
    assert not app.window.export_action.isEnabled()
    assert app.opener.open(example_event_file())
    assert app.window.export_action.isEnabled()


def test_ctrl_z_in_the_search_box_edits_the_text(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    undo = app.window.undo_filter_action.shortcut()
    assert undo != QKeySequence(QKeySequence.StandardKey.Undo)
    assert not undo.isEmpty()  # it has its own, shown in the menu
    search = app.window.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "accord")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() != "accord"


def test_a_selection_hidden_by_the_filter_is_cleared_and_said(app: Application) -> None:
    assert app.opener.open(example_event_file())
    timeline = app.controller.timeline
    assert timeline is not None
    american = next(i for i, t in enumerate(timeline.titles) if "américain" in t)
    app.controller.select(american)
    app.filter_state.only_actor("russie")
    assert app.controller.selection is None
    assert "hidden by the filter" in app.window.status.full_message()
    assert timeline.titles[american] in app.window.status.full_message()


def test_a_tampered_file_raises_the_provenance_dock(app: Application, tmp_path: Path) -> None:
    assert app.opener.open(tampered_copy(tmp_path))
    # Its problems are all listed in the dock: no dialog on top of it.
    assert app.opener.last_dialog is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, IssuesDialog)]
    dock = app.window.docks["provenance"]
    assert dock.isVisible()
    assert app.window.status.provenance_button.isVisible()
    assert app.window.provenance_pane.list_widget.count() == 9


def test_panes_say_something_helpful_without_a_file(app: Application) -> None:
    actors = app.window.actor_pane
    assert not actors.tree.isVisibleTo(actors)
    assert actors._placeholder.isVisibleTo(actors)
    assert "No event file is open" in actors._placeholder.text()
    assert "No event file is open" in app.window.provenance_pane._summary.text()
    assert app.opener.open(example_event_file())
    assert actors.tree.isVisibleTo(actors)


def test_the_legend_keeps_its_height_while_filtering(app: Application) -> None:
    assert app.opener.open(example_event_file())
    legend = app.window.legend_pane
    # At one width: the shared window may still be settling a resize from an earlier test,
    # and the height is asked for a width (heightForWidth), which is what must not move.
    width = legend.canvas.width()
    full = legend.canvas.heightForWidth(width)
    app.filter_state.only_actor("russie")  # fewer kinds of mark and colours to explain
    assert legend.canvas.heightForWidth(width) == full
    app.filter_state.clear()
    assert legend.canvas.heightForWidth(width) == full


def test_a_missing_file_is_said_missing(app: Application, tmp_path: Path) -> None:
    assert app.opener.open(example_event_file())
    before = app.controller.timeline
    assert not app.opener.open(tmp_path / "gone.timeline.json")
    assert app.controller.timeline is before
    message = app.opener.last_message
    assert message is not None
    assert message.text() == "gone.timeline.json does not exist."
    assert app.opener.last_dialog is None  # not the "fix these problems" list
    message.close()


def test_a_folder_is_said_unreadable_with_the_reason(app: Application, tmp_path: Path) -> None:
    folder = tmp_path / "folder.timeline.json"
    folder.mkdir()
    assert not app.opener.open(folder)
    message = app.opener.last_message
    assert message is not None
    assert message.text() == (
        "folder.timeline.json cannot be read: expected a regular file, found a folder."
    )
    message.close()


def test_an_unreadable_file_says_permission_denied(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.timeline.json"
    locked.write_bytes(example_event_file().read_bytes())
    real_open = os.open

    def refuse(path: object, *args: Any, **kwargs: Any) -> int:
        # chmod 000 does not stop root (the test machine), so refuse like the kernel would.
        if Path(str(path)) == locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(os, "open", refuse)
    assert not app.opener.open(locked)
    message = app.opener.last_message
    assert message is not None
    assert message.text() == "locked.timeline.json cannot be read: permission denied."
    message.close()
