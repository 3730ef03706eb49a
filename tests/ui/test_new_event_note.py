"""New Event from Selection keeps how the suggested date was read, as a drafted event's note
does, and its title is the selection or visibly shortened (QA #144)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from timelineapp.ui.app import Application
from timelineapp.ui.editing.new_event_dialog import title_from
from timelineapp.ui.panes.document_pane import SelectionAction

TEXT = (
    "Le retrait a commencé. C’est l’annonce faite le 19 mai 2024 par les autorités "
    "militaires des deux pays dans un communiqué."
)


def _select(app: Application, start: int, end: int) -> None:
    pane = app.window.document_pane
    cursor = QTextCursor(pane.text_edit.document())
    cursor.setPosition(pane.positions.to_qt(start))
    cursor.setPosition(pane.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane.text_edit.setTextCursor(cursor)


@pytest.mark.shared_window
def test_the_reading_of_the_suggested_date_is_kept_in_the_note(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    flow = app.window.edit_flow
    flow.new_file("Essai", "fr")
    assert flow.add_document("Article", TEXT, None, copy_beside=False) is not None
    start = TEXT.index("C’est")
    end = TEXT.index(" communiqué")
    _select(app, start, end)
    app.window.document_pane.actions_by_kind[SelectionAction.NEW_EVENT].trigger()
    draft = app.controller.draft
    assert draft is not None
    event = draft.events[-1]
    assert event.date == "2024-05-19"
    assert event.sources[0].date_phrase is not None
    assert event.note is not None
    assert "« le 19 mai 2024 »" in event.note
    assert "2024-05-19" in event.note
    # 83 characters: cut at a word, visibly, and not before a dangling "dans".
    assert (
        event.title
        == "C’est l’annonce faite le 19 mai 2024 par les autorités militaires des deux pays…"
    )


@pytest.mark.shared_window
def test_a_typed_date_keeps_no_reading(app: Application, monkeypatch: pytest.MonkeyPatch) -> None:
    """The note explains the suggested date only: a date typed instead has no such note."""

    def typed(self: QDialog) -> QDialog.DialogCode:
        self.date.set_text("2024-05-20")  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", typed)
    flow = app.window.edit_flow
    flow.new_file("Essai", "fr")
    assert flow.add_document("Article", TEXT, None, copy_beside=False) is not None
    start = TEXT.index("C’est")
    _select(app, start, start + 20)
    app.window.document_pane.actions_by_kind[SelectionAction.NEW_EVENT].trigger()
    draft = app.controller.draft
    assert draft is not None
    assert (draft.events[-1].date, draft.events[-1].note) == ("2024-05-20", None)


def test_a_short_selection_is_the_whole_title() -> None:
    assert title_from("Communiqué rendu public") == "Communiqué rendu public"
    long = "mot " * 40
    shortened = title_from(long.strip())
    assert shortened.endswith("…")
    assert len(shortened) <= 80
