"""Window-level states from issue 13: export without a file, undo in the search box,
a selection the filter hides, the provenance indicator and dock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application

from ..provenance_files import tampered_copy


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
    assert "hidden by the filter" in app.window.status.currentMessage()
    assert timeline.titles[american] in app.window.status.currentMessage()


def test_a_tampered_file_raises_the_provenance_dock(app: Application, tmp_path: Path) -> None:
    app.opener.open(tampered_copy(tmp_path))
    if app.opener.last_dialog is not None:
        app.opener.last_dialog.close()
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
    full = legend.sizeHint().height()
    app.filter_state.only_actor("russie")  # fewer kinds of mark and colours to explain
    assert legend.sizeHint().height() == full
    app.filter_state.clear()
    assert legend.sizeHint().height() == full
