"""Review Mode's one-letter keys are text in a field, also while the field's list of matches
is open (QA #117: typing an actor's name verified, skipped and deleted events)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from timelineapp.model.file_format import Actor
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.editing import dialogs
from timelineapp.ui.editing.actor_chooser import ActorChooser

# A popup on the offscreen platform: it cannot raise it nor grab the keyboard (X does both).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _review(app: Application, qtbot: QtBot) -> tuple[int, int, np.ndarray]:
    """Review Mode on over the example: (selected event, event count, verdicts)."""
    window = app.window
    assert app.opener.open(example_event_file())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.review.mode_action.setChecked(True)
    selected, timeline = app.controller.selection, app.controller.timeline
    assert selected is not None
    assert timeline is not None
    return selected, timeline.index.count, timeline.index.review.copy()


def _type_with_matches_open(qtbot: QtBot, box: ActorChooser, key: str) -> str:
    """Type "nou" (the matches pop up), then ``key`` as X delivers it: to the popup, which
    has the keyboard. Returns the box's text."""
    line = box.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, "nou")
    assert box.popup.isVisible()
    if key == "Delete":
        qtbot.keyClick(box.popup, Qt.Key.Key_Home)  # typed into the text, too
        qtbot.keyClick(box.popup, Qt.Key.Key_Delete)
    else:
        qtbot.keyClicks(box.popup, key)
    text = line.text()
    box.popup.hide()
    return text


def _unchanged(app: Application, before: tuple[int, int, np.ndarray]) -> None:
    timeline = app.controller.timeline
    assert timeline is not None
    assert app.controller.selection == before[0]
    assert timeline.index.count == before[1]
    assert np.array_equal(timeline.index.review, before[2])


@pytest.mark.shared_window
def test_typing_in_the_edit_panes_actor_box_judges_nothing(app: Application, qtbot: QtBot) -> None:
    before = _review(app, qtbot)
    app.window.docks["editor"].show()
    box = app.window.event_editor.actor_choice
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    typed = [_type_with_matches_open(qtbot, box, key) for key in ("v", "n", "d", "Delete")]
    assert typed == ["nouv", "noun", "noud", "ou"]
    _unchanged(app, before)
    # Where no text is typed, the keys judge: V on the timeline verifies and moves on.
    app.window.timeline.setFocus()
    qtbot.waitUntil(app.window.timeline.hasFocus)
    qtbot.keyClick(app.window.timeline, Qt.Key.Key_V)
    timeline = app.controller.timeline
    assert timeline is not None
    assert np.count_nonzero(timeline.index.review != before[2]) == 1
    assert app.controller.selection != before[0]
    qtbot.keyClick(app.window.timeline, Qt.Key.Key_Delete)  # and Delete deletes there
    after = app.controller.timeline
    assert after is not None
    assert after.index.count == before[1] - 1


@pytest.mark.shared_window
def test_typing_in_the_merge_dialogs_actor_boxes_judges_nothing(
    app: Application, qtbot: QtBot
) -> None:
    before = _review(app, qtbot)
    draft = app.controller.draft
    assert draft is not None
    dialog = dialogs.MergeActorsDialog(draft.header.actors, app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    for box in (dialog.absorb, dialog.keep):
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        assert [_type_with_matches_open(qtbot, box, key) for key in "vnd"] == [
            "nouv",
            "noun",
            "noud",
        ]
    _unchanged(app, before)


@pytest.mark.shared_window
def test_the_review_keys_act_only_where_no_text_is_typed(app: Application) -> None:
    window = app.window
    surfaces = {window.timeline, window.events_pane.table, window.document_pane.text_edit}
    for act in window.review.keys:
        assert act.shortcutContext() is Qt.ShortcutContext.WidgetShortcut, act.text()
        widgets = {w for w in act.associatedObjects() if isinstance(w, QWidget)}
        held = {w for w in widgets if w.actions() and act in w.actions()}
        assert surfaces <= held, act.text()
        assert not [w for w in held - surfaces if isinstance(w, QLineEdit)]


def test_a_window_letter_key_is_text_while_the_matches_are_open(qtbot: QtBot) -> None:
    """Any window shortcut on a plain key, not only Review Mode's: the open list of matches
    lets the box's text claim what it types, as the text does when it has the focus."""
    window = QWidget()
    qtbot.addWidget(window)
    fired: list[bool] = []
    act = QAction("Letter", window)
    act.setShortcut(QKeySequence("V"))
    act.triggered.connect(lambda: fired.append(True))
    window.addAction(act)
    box = ActorChooser(window)
    box.set_actors([Actor(id="n", name="Nouvelles autorités")])
    window.show()
    qtbot.waitExposed(window)
    box.setFocus()
    assert _type_with_matches_open(qtbot, box, "v") == "nouv"
    assert fired == []


@pytest.mark.shared_window
def test_typing_in_the_actor_pane_search_judges_nothing(app: Application, qtbot: QtBot) -> None:
    before = _review(app, qtbot)
    search = app.window.actor_pane.findChild(QLineEdit)
    assert search is not None
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "vnd")
    qtbot.keyClick(search, Qt.Key.Key_Home)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "nd"
    _unchanged(app, before)
