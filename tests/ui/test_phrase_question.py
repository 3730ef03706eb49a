"""Use as Date Phrase (Ctrl+Shift+D) on words that cannot mean the event's date asks before
recording them (QA #99: « en 2012 » was recorded silently for an event of 19 May 2024)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from timelineapp.ui.app import Application

TEXT = "Le 19 mai 2024, les deux pays ont dénoncé l'accord signé en 2012 à Niamey."


def _event_with_quote(app: Application, published: str | None = None) -> tuple[str, int]:
    flow = app.window.edit_flow
    flow.new_file("Essai", "fr")
    document_id = flow.add_document("Article", TEXT, None, copy_beside=False, published=published)
    assert document_id is not None
    index = flow.new_event("Accord dénoncé", "2024-05-19", (document_id, 16, 40))
    assert index is not None
    app.controller.select(index)
    return document_id, index


def _answer(monkeypatch: pytest.MonkeyPatch, role: QMessageBox.ButtonRole | None) -> list[str]:
    """QMessageBox.exec clicks the button of ``role`` (None: no box expected); the texts
    shown are returned."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        if role is None:
            raise AssertionError(f"unexpected question: {box.text()}")
        shown.append(box.text())
        (button,) = [b for b in box.buttons() if box.buttonRole(b) == role]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def _phrase(app: Application, index: int) -> str | None:
    draft = app.controller.draft
    assert draft is not None
    phrase = draft.events[index].sources[0].date_phrase
    return None if phrase is None else phrase.text


def _use(app: Application, document_id: str, words: str) -> bool:
    start = TEXT.index(words)
    edits = app.window.edit_flow.selection_edits
    return edits.use_as_date_phrase(document_id, start, start + len(words))


@pytest.mark.shared_window
def test_words_of_another_date_are_asked_and_cancel_keeps_the_event(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id, index = _event_with_quote(app)
    shown = _answer(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    assert not _use(app, document_id, "en 2012")
    assert _phrase(app, index) is None
    (question,) = shown
    assert "« en 2012 » reads 2012" in question
    assert "2024-05-19" in question


@pytest.mark.shared_window
def test_record_anyway_records_them(app: Application, monkeypatch: pytest.MonkeyPatch) -> None:
    document_id, index = _event_with_quote(app)
    _answer(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    assert _use(app, document_id, "en 2012")
    assert _phrase(app, index) == "en 2012"


@pytest.mark.shared_window
def test_words_that_give_the_date_are_recorded_without_a_question(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id, index = _event_with_quote(app, published="2024-05-20")
    _answer(monkeypatch, None)
    assert _use(app, document_id, "Le 19 mai 2024")
    assert _phrase(app, index) == "Le 19 mai 2024"
