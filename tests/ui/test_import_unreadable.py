"""An input that cannot be imported, told in the window (QA session 7, #37): in the format's
terms, from its code (so in the window's language), as plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from timelineapp.extract.importers import UnreadableInput, import_bytes
from timelineapp.ui.app import Application
from timelineapp.ui.import_flow import ImportFlow
from timelineapp.ui.import_report_words import unreadable_words


@pytest.mark.shared_window
def test_a_cut_short_calendar_is_told_as_plain_text(app: Application, tmp_path: Path) -> None:
    source = tmp_path / "<b>cut.ics"
    source.write_bytes(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:\x1b[2Jx\n")
    flow = ImportFlow(app.window, app.controller, app.settings, app.opener.open)
    flow.run(source, None)
    box = flow.failure_box
    assert box is not None
    try:
        assert box.textFormat() == Qt.TextFormat.PlainText
        text = box.text()
        assert "<b>cut.ics" in text
        assert ":2: expected END:VEVENT before the end of the file" in text
        assert "b'" not in text
        assert "components" not in text
        assert flow.dialog is None
    finally:
        box.close()


def test_unreadable_words_come_from_the_code() -> None:
    try:
        import_bytes(b"[1, 2]", "list.json")
    except UnreadableInput as error:
        said = unreadable_words(error)
    assert said.startswith("list.json: expected a TimelineJS timeline")
    assert said.endswith("found a list")
