"""The Edit Event date field in the window's narrow right column: its message is all there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


@pytest.mark.shared_window
def test_a_long_date_error_typed_in_a_narrow_pane_gets_all_its_lines(
    app: Application, qtbot: QtBot
) -> None:
    # QA #85: at 1024×700, typing a backwards interval over a date showed the message's first
    # lines only: the label kept the height of the shorter messages met while typing.
    window = app.window
    window.resize(1024, 700)
    assert app.opener.open(example_event_file())
    app.controller.select(2)
    dock = window.docks["editor"]
    dock.show()
    dock.raise_()
    editor = window.event_editor
    qtbot.waitUntil(editor.scroll_area.isVisible)
    field, label = editor.date, editor.date.feedback

    def whole() -> bool:
        return label.height() >= label.heightForWidth(label.width()) > 0

    for width in (250, 270, 300, 330):
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        qtbot.wait(20)
        field.line.setText("2024-05-19")
        qtbot.wait(20)
        field.line.selectAll()
        qtbot.keyClicks(field.line, "2024-10-29/2024-10-28")
        assert "found 2024-10-28" in label.text()
        lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
        assert lines >= 3  # narrow enough that the message wraps
        qtbot.waitUntil(whole, timeout=2000)  # once the layout has had its turn


def test_a_short_message_after_a_long_one_leaves_no_blank_room(qtbot: QtBot) -> None:
    # QA #101: « mi-mars 2025 » typed over a long error showed its one line in the middle of
    # the error's room (QLabel's height-for-width is at least its minimum height).
    from timelineapp.ui.editing.dialogs import AddDocumentDialog

    dialog = AddDocumentDialog(True, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field, label = dialog.published, dialog.published.feedback
    qtbot.keyClicks(field.line, "2 octobre 2025")
    qtbot.waitUntil(lambda: "2025-10-02" in label.text())
    line = label.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: label.height() < 2 * line, timeout=2000)
