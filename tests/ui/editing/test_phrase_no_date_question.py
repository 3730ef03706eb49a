"""Use as Date Phrase (Ctrl+Shift+D) on words that hold no date asks before recording them,
and a selection's spaces are left out (QA #120: « sur les », with its spaces, was recorded
silently as the date phrase of a verified event)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from timelineapp.ui.app import Application
from timelineapp.ui.panes.document_text import SelectionAction

from ..test_phrase_question import _answer  # QMessageBox answered by role

# Each test starts from the module's one window, emptied as a new one is (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window

TEXT = "Le 19 mai 2024, l'accord a eu un impact sur les relations entre les deux pays."


def _event(app: Application, date: str | None) -> tuple[str, int]:
    flow = app.window.edit_flow
    flow.new_file("Essai", "fr")
    document_id = flow.add_document("Article", TEXT, None, copy_beside=False)
    assert document_id is not None
    start = TEXT.index("l'accord")
    index = flow.new_event("Accord", date, (document_id, start, start + len("l'accord")))
    assert index is not None
    app.controller.select(index)
    return document_id, index


def _select(app: Application, document_id: str, action: SelectionAction, words: str) -> None:
    """``words`` selected in the document pane, then the action's keys, as a drag does."""
    start = TEXT.index(words)
    edits = app.window.edit_flow.selection_edits
    edits.on_selection_action(action.value, document_id, start, start + len(words))


def _source(app: Application, index: int) -> tuple[str | None, list[str]]:
    draft = app.controller.draft
    assert draft is not None
    source = draft.events[index].sources[0]
    phrase = source.date_phrase
    return (None if phrase is None else phrase.text), [q.text for q in source.quotes]


@pytest.mark.parametrize("date", ["2024-05-19", None])
def test_words_with_no_date_are_asked_and_cancel_records_nothing(
    app: Application, monkeypatch: pytest.MonkeyPatch, date: str | None
) -> None:
    document_id, index = _event(app, date)
    shown = _answer(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    _select(app, document_id, SelectionAction.DATE_PHRASE, " sur les ")
    assert _source(app, index)[0] is None
    (question,) = shown
    assert question.startswith("« sur les » says no date")


def test_record_anyway_records_the_words_without_their_spaces(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id, index = _event(app, "2024-05-19")
    _answer(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    _select(app, document_id, SelectionAction.DATE_PHRASE, " sur les ")
    assert _source(app, index)[0] == "sur les"
    _select(app, document_id, SelectionAction.ADD_QUOTE, " impact sur ")
    assert _source(app, index)[1] == ["l'accord", "impact sur"]


def test_words_that_give_the_date_are_recorded_without_a_question(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id, index = _event(app, "2024-05-19")
    _answer(monkeypatch, None)
    _select(app, document_id, SelectionAction.DATE_PHRASE, "Le 19 mai 2024, ")
    assert _source(app, index)[0] == "Le 19 mai 2024,"
