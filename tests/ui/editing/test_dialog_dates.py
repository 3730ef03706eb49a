"""Dialogs of ui/editing: dates typed in words, and what New Event says under them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot


def test_add_document_reads_a_publication_date_in_words(qtbot: QtBot) -> None:
    # QA #108: « 2 octobre 2025 », as the dateline prints it, was refused (EDTF only).
    from timelineapp.ui.editing.dialogs import AddDocumentDialog

    dialog = AddDocumentDialog(True, None)
    qtbot.addWidget(dialog)
    dialog.title.setText("Article")
    dialog.text.setPlainText("Le texte.")
    dialog.fields["published"].setText("2 octobre 2025")
    assert dialog.problem() is None
    assert "2025-10-02" in dialog.published.feedback.text()  # says as what it was read
    assert dialog.metadata()["published"] == "2025-10-02"
    dialog.fields["published"].setText("2 octobre")
    assert dialog.problem() is not None


def test_no_date_found_is_not_said_under_a_date_typed(qtbot: QtBot) -> None:
    # QA #109(a): the line stayed under "on 13 March 2025 (read as 2025-03-13)".
    from timelineapp.ui.editing.new_event_dialog import NewEventDialog

    dialog = NewEventDialog(None, "The vote took place.", None, "The vote took place.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.suggestion_label.isVisible()
    dialog.date.line.setText("13 March 2025")
    assert not dialog.suggestion_label.isVisible()
    dialog.date.line.clear()
    assert dialog.suggestion_label.isVisible()


def test_a_date_in_words_with_a_time_says_what_was_read(qtbot: QtBot) -> None:
    # QA #109(a): "13 March 2025 at 3 p.m." said "expected a 4-digit year, found '13'",
    # though "13 March 2025" alone was read.
    from timelineapp.ui.editing.date_field import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.line.setText("13 March 2025 at 3 p.m.")
    assert not field.valid
    problem = field.problem()
    assert problem is not None
    assert "13 March 2025" in problem
    assert "2025-03-13" in problem
    assert "at 3 p.m." in problem
    field.line.setText("2024-05-19x")  # EDTF's own message for a stray character
    problem = field.problem()
    assert problem is not None
    assert "reads as a date" not in problem
