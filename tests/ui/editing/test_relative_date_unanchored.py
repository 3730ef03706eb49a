"""QA #149: « Hier » selected in a document without a publication date said "No date found
in the selection", where a date was found that only the publication date can fix."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from timelineapp.ui.app import Application
from timelineapp.ui.editing.date_suggestion import unanchored_words
from timelineapp.ui.editing.new_event_dialog import NewEventDialog
from timelineapp.ui.panes.document_pane import SelectionAction

TEXT = "Hier, le ministre a démissionné. Le 3 mars, il avait annoncé son départ."


def test_a_relative_date_without_a_publication_date_is_found_unanchored() -> None:
    words = "Hier, le ministre a démissionné"
    assert unanchored_words(TEXT, 0, len(words), "fr") == (0, 4)
    assert unanchored_words(TEXT, 0, len(words), "fr", "2024-06-02") is None  # dated then
    plain = "Le ministre a démissionné."
    assert unanchored_words(plain, 0, len(plain), "fr") is None  # no date at all


@pytest.mark.shared_window
@pytest.mark.parametrize("published", [None, "2024-06-02"])
def test_new_event_from_selection_says_the_publication_date_is_missing(
    app: Application, monkeypatch: pytest.MonkeyPatch, published: str | None
) -> None:
    shown: list[tuple[str, str]] = []

    def exec_(dialog: NewEventDialog) -> int:
        shown.append((dialog.suggestion_label.text(), dialog.date.line.text()))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(NewEventDialog, "exec", exec_)
    flow = app.window.edit_flow
    flow.new_file("Essai", "fr")
    metadata = {"published": published} if published else {}
    assert flow.add_document("Note sans date", TEXT, None, copy_beside=False, **metadata)
    pane = app.window.document_pane
    cursor = QTextCursor(pane.text_edit.document())
    cursor.setPosition(0)
    cursor.setPosition(len("Hier, le ministre a démissionné"), QTextCursor.MoveMode.KeepAnchor)
    pane.text_edit.setTextCursor(cursor)
    pane.actions_by_kind[SelectionAction.NEW_EVENT].trigger()
    ((label, date),) = shown
    if published is None:
        assert "No date found" not in label
        assert "is relative to the document’s publication date, which is not given" in label
        assert "Hier" in label
        assert "Published" in label
        assert date == ""
    else:
        assert date == "2024-06-01"
        assert "Suggested from the words" in label
