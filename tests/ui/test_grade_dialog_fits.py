"""The Grade Sources dialog fits a 1024x700 screen with the example's long titles and notes
(QA #60: a sideways scroll bar, fields cut on the right, notes in one-line fields)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QScrollArea
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.resources import example_event_file
from timelineapp.ui.evidence_dialog import GradeDialog


def test_the_grade_dialog_needs_no_sideways_scrolling(qtbot: QtBot) -> None:
    loaded = load_event_file(example_event_file()).loaded
    assert loaded is not None
    timeline = Timeline(loaded)
    data = loaded.data
    # The event with the most sources: the longest titles and notes of the example.
    event = max(data.events, key=lambda e: len(e.sources))
    dialog = GradeDialog(event, data.documents)
    qtbot.addWidget(dialog)
    dialog.resize(560, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().width() < 560
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.horizontalScrollBar()
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    qtbot.waitUntil(lambda: not bar.isVisible())  # once laid out: nothing to scroll sideways
    notes = [d.note for d in dialog.documents] + [s.note for s in dialog.sources]
    assert notes
    assert all(isinstance(note, QPlainTextEdit) for note in notes)
    longest = max(notes, key=lambda n: len(n.toPlainText()))
    assert longest.toPlainText()  # the example's notes are there, whole
    assert timeline.loaded is loaded
