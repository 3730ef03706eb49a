"""Edit Event: Escape gives a half-typed field its stored value back, and leaving it then
changes nothing (QA #101: the date was applied and its phrase dropped)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


@pytest.mark.shared_window
def test_escape_then_leaving_a_field_changes_nothing(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    app.controller.select(2)
    window = app.window
    window.docks["editor"].show()
    window.docks["editor"].raise_()
    editor = window.event_editor
    qtbot.waitUntil(editor.scroll_area.isVisible)
    timeline = app.controller.timeline
    assert timeline is not None
    stored = timeline.event(2)
    for line, typed in (
        (editor.date.line, "entre le 10 et le 14 mars 2025"),
        (editor.title, " (brouillon)"),
        (editor.place, "Niamey"),
    ):
        line.setFocus()
        qtbot.waitUntil(line.hasFocus)
        line.end(False)
        qtbot.keyClicks(line, typed)
        assert typed.strip() in line.text()
        qtbot.keyClick(line, Qt.Key.Key_Escape)
        window.timeline.setFocus()  # leaving the field: editingFinished
        qtbot.waitUntil(lambda line=line: not line.hasFocus())
    assert not app.controller.modified
    after = app.controller.timeline
    assert after is not None
    event = after.event(2)
    assert (event.date, event.title, event.place) == (stored.date, stored.title, stored.place)
    assert editor.date.line.text() == (stored.date or "")
