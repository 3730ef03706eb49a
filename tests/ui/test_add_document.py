"""Add Document as a user meets it: Choose File… opens beside the event file (never the
process's current folder), the chosen file fills the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.ui.app import Application
from timelineapp.ui.editing.dialogs import AddDocumentDialog

SEED = Path(__file__).parents[1] / "data" / "build" / "000_651eb735907009b6.txt"


def _asked_folder(
    monkeypatch: pytest.MonkeyPatch, dialog: AddDocumentDialog, answer: str = ""
) -> str:
    asked: list[str] = []

    def get_open_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args[2])
        return answer, ""

    monkeypatch.setattr(
        "timelineapp.ui.editing.dialogs.QFileDialog.getOpenFileName", get_open_file_name
    )
    dialog.on_choose()
    (folder,) = asked
    return folder


def test_choose_file_opens_in_the_event_files_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the process's folder: never where the dialog opens
    event_file = tmp_path / "work" / "a.timeline.json"
    event_file.parent.mkdir()
    event_file.write_text("{}", encoding="utf-8")
    dialog = AddDocumentDialog(True, None, event_file=event_file)
    qtbot.addWidget(dialog)
    assert Path(_asked_folder(monkeypatch, dialog)) == event_file.parent
    unsaved = AddDocumentDialog(False, None)
    qtbot.addWidget(unsaved)
    assert Path(_asked_folder(monkeypatch, unsaved)) == Path.home()


def test_a_chosen_article_fills_the_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = AddDocumentDialog(True, None, event_file=tmp_path / "a.timeline.json")
    qtbot.addWidget(dialog)
    _asked_folder(monkeypatch, dialog, str(SEED))
    assert dialog.source_path == SEED
    assert dialog.file_label.text() == SEED.name
    assert dialog.title.text().startswith("Le retrait des troupes américaines")
    assert dialog.metadata()["published"] == "2024-06"
    assert dialog.metadata()["language"] == "fr"
    assert dialog.text.isReadOnly()


def test_why_a_file_was_not_read_stays_while_the_user_types(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    dialog = AddDocumentDialog(True, None)
    qtbot.addWidget(dialog)
    dialog.load_file(bad)
    assert "expected UTF-8" in dialog.error.text()
    dialog.title.setText("A title")  # typing elsewhere does not hide why the file was refused
    assert "expected UTF-8" in dialog.error.text()
    dialog.fields["published"].setText("2024-13")  # a typing problem is said first
    assert dialog.error.text().startswith("Published: ")
    dialog.fields["published"].clear()
    dialog.load_file(SEED)  # a file read: the refusal is gone
    assert dialog.error.text() == ""
    assert dialog.source_path == SEED


@pytest.mark.shared_window
def test_the_document_pane_shows_the_document_just_added(app: Application) -> None:
    """QA #150: the pane kept showing the previous document, though the status bar said
    "Document added: select words in it to make events"."""
    from timelineapp.resources import example_event_file

    assert app.opener.open(example_event_file())
    pane = app.window.document_pane
    timeline = app.controller.timeline
    assert timeline is not None
    assert pane.document_id == timeline.documents[0].id
    text = "Hier, le ministre a démissionné. Le 3 mars, il avait annoncé son départ."
    added = app.window.edit_flow.add_document("Note sans date", text, None, copy_beside=False)
    assert added is not None
    assert pane.document_id == added
    assert pane.text_edit.toPlainText() == text
    assert not pane.text_edit.textCursor().hasSelection()
