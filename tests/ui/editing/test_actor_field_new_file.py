"""The Edit Event pane's actor field forgets a half-typed name when the file changes (QA
#123e: "tr" stayed there across File › Close and Open Recent); an edit keeps it."""

from __future__ import annotations

import pytest

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


@pytest.mark.shared_window
def test_the_actor_field_is_cleared_by_another_file(app: Application) -> None:
    assert app.opener.open(example_event_file())
    editor = app.window.event_editor
    app.controller.select(0)
    editor.actor_choice.setEditText("tr")
    editor.actor_role.setText("signat")
    # An edit of the same file keeps what is being typed.
    assert app.window.edit_flow.merge_actors("niger", "france")
    assert editor.actor_choice.currentText() == "tr"
    app.controller.undo_stack.setClean()  # no "save changes?" question
    app.controller.close_file()
    assert editor.actor_choice.currentText() == ""
    assert editor.actor_role.text() == ""
    editor.actor_choice.setEditText("tr")
    assert app.opener.open(example_event_file())
    assert editor.actor_choice.currentText() == ""
