"""After Events › Merge Actors the Actors pane's search still applies to the rebuilt tree
(QA #123c: the box read "delbar" while the tree listed every actor)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


def _top_names(app: Application) -> list[str]:
    proxy = app.window.actor_pane.proxy
    return [str(proxy.index(row, 0).data()) for row in range(proxy.rowCount())]


@pytest.mark.shared_window
def test_search_applies_after_a_merge(app: Application) -> None:
    assert app.opener.open(example_event_file())
    pane = app.window.actor_pane
    search = pane.findChild(QLineEdit)
    assert isinstance(search, QLineEdit)
    search.setText("russie")
    found = _top_names(app)
    assert found == ["Russie"]
    assert app.window.edit_flow.merge_actors("niger", "france")
    assert search.text() == "russie"
    assert _top_names(app) == found  # still filtered, not every actor
    app.controller.undo_stack.undo()  # the merge undone: the tree is rebuilt again
    assert _top_names(app) == found
