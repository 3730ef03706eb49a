"""QA #88: a selection action's keys with words selected but no event say what to do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from timelineapp.ui.app import Application

from .conftest import SharedWindow

TEXT = "Le 19 mai 2024, Kenneth Ekman a parlé."


@pytest.fixture
def app(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, shared_window: SharedWindow
) -> Iterator[Application]:
    """The run's shared window: each test makes its file first (tests/ui/conftest.py)."""
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    application = shared_window.reused()
    qtbot.waitExposed(application.window)
    yield application
    shared_window.after_test()  # no prompt when the window is closed


def _select_words(app: Application) -> None:
    app.window.edit_flow.new_file("Essai", "fr")
    assert app.window.edit_flow.add_document("Article", TEXT, None, copy_beside=False)
    app.controller.select(None)
    pane = app.window.document_pane
    cursor = QTextCursor(pane.text_edit.document())
    cursor.setPosition(pane.positions.to_qt(16))
    cursor.setPosition(pane.positions.to_qt(29), QTextCursor.MoveMode.KeepAnchor)
    pane.text_edit.setTextCursor(cursor)
    pane.text_edit.setFocus()


@pytest.mark.parametrize(
    ("key", "words"),
    [
        (Qt.Key.Key_Q, "Select the event to add this quote to"),
        (Qt.Key.Key_D, "Select the event these words date first"),
        (Qt.Key.Key_R, "Select the event whose quote to resize first"),
        (Qt.Key.Key_T, "Select the event whose quote to attribute first"),
    ],
)
def test_keys_without_a_selected_event_say_what_to_do(
    app: Application, qtbot: QtBot, key: Qt.Key, words: str
) -> None:
    _select_words(app)
    assert app.controller.selection is None
    draft = app.controller.draft
    assert draft is not None
    before = draft.materialised()
    edit = app.window.document_pane.text_edit
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(edit, key, modifiers)
    assert words in app.window.statusBar().currentMessage()
    assert draft.materialised() == before  # nothing was changed


def test_the_keys_still_act_when_an_event_is_selected(app: Application, qtbot: QtBot) -> None:
    _select_words(app)
    edit = app.window.document_pane.text_edit
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(edit, Qt.Key.Key_E, modifiers)  # a new event from the words, selected
    draft = app.controller.draft
    assert draft is not None
    assert app.controller.selection is not None
    quotes = len(draft.events[-1].sources[0].quotes)
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(14, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_Q, modifiers)
    assert len(draft.events[-1].sources[0].quotes) == quotes + 1
