"""A date suggested for selected words says how the words were read (the builder's notes for
that date), under the date in the New Event dialog, in the window's language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from timelineapp.extract.notes import Note
from timelineapp.ui.draft_note_words import suggested_date_message, suggestion_reading
from timelineapp.ui.editing.date_suggestion import suggest_date
from timelineapp.ui.editing.new_event_dialog import NewEventDialog

TEXT = "Le retrait a commencé. Le départ est prévu le 15 septembre, selon le communiqué."


def test_the_new_event_dialog_says_how_the_suggested_date_was_read(qtbot: QtBot) -> None:
    start = TEXT.index("Le départ")
    suggestion = suggest_date(TEXT, start, start + 9, "fr", "2024-06")
    assert suggestion is not None
    assert suggestion.edtf == "2024-09-15"
    dialog = NewEventDialog(suggestion, TEXT[start : start + 9], None, TEXT)
    qtbot.addWidget(dialog)
    shown = dialog.suggestion_label.text()
    assert "« le 15 septembre »" in shown
    # the reading: no year was written, so the one after publication was taken
    assert "How they were read: " in shown
    assert "the one after publication (2024-06)" in shown
    assert "year_after_publication" not in shown  # worded, not a code


def test_no_notes_no_reading() -> None:
    assert suggestion_reading(()) == ""
    worded = suggestion_reading((Note("status_occurred_default"),))
    assert worded.endswith("status occurred: default.")


def test_the_status_message_says_the_suggested_date_in_words() -> None:
    message = suggested_date_message("[2024-05-31..2024-06-28]")
    assert "one day between 31 May 2024 and 28 June 2024" in message
    assert "2024-05-31" not in message
    assert "garbage" in suggested_date_message("garbage")  # unreadable: said as it is
