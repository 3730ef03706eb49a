"""Events › Merge Actors: "Into" starts empty, its hint a placeholder, so a name typed there
is the whole text (QA #109b: "(choose the actor to keep)" was real text, typed after)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.editing import dialogs


def test_into_starts_empty_and_takes_a_typed_name(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    draft = app.controller.draft
    assert draft is not None
    dialog = dialogs.MergeActorsDialog(draft.header.actors)
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.keep.lineEdit()
    assert line is not None
    assert line.text() == ""
    assert line.placeholderText()  # the hint, not text to type after
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    line.setText("France")  # typed (without the matches list, which offscreen Qt warns of)
    line.editingFinished.emit()
    assert dialog.keep.currentText().startswith("France")
    assert dialog.keep.currentData() == "france"
    assert ok.isEnabled() == (dialog.absorb.currentData() != "france")
