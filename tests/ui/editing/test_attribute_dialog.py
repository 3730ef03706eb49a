"""Attribute Quote: "(nobody)" is the Quoted box's placeholder, not its text, so a name typed
there is the whole speaker (QA #125: typing "Kenneth" saved "(nobody)Kenneth")."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.editing import dialogs


@pytest.mark.shared_window
def test_quoted_starts_empty_and_takes_a_typed_name(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    draft = app.controller.draft
    assert draft is not None
    dialog = dialogs.AttributeDialog(draft.header.actors, None)
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.who.lineEdit()
    assert line is not None
    assert line.text() == ""
    assert line.placeholderText() == "(nobody)"
    assert dialog.attributed_to() is None  # empty: nobody
    line.setFocus()
    qtbot.keyClicks(line, "Zeno Quill")  # names no actor: a phrase, typed whole
    assert line.text() == "Zeno Quill"
    assert dialog.attributed_to() == "Zeno Quill"


@pytest.mark.shared_window
def test_quoted_starts_on_the_current_speaker(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    draft = app.controller.draft
    assert draft is not None
    dialog = dialogs.AttributeDialog(draft.header.actors, "porte-parole du ministère")
    qtbot.addWidget(dialog)
    assert dialog.who.currentText() == "porte-parole du ministère"
    assert dialog.attributed_to() == "porte-parole du ministère"
    dialog.who.setEditText("")
    assert dialog.attributed_to() is None
