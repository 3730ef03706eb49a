"""Save dialogs ask about the file that will be written, after its suffix is added (QA #59)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from timelineapp.ui.save_dialog import as_event_file, ask_save_path, with_suffix


class _Dialogs:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, typed: Path, answer: bool) -> None:
        self.options: list[object] = []
        self.questions: list[str] = []

        def save_dialog(*args: object) -> tuple[str, str]:
            self.options.append(args[5])
            return str(typed), "filter"

        def question(parent: object, title: str, text: str, *rest: object) -> object:
            self.questions.append(text)
            yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
            return yes if answer else no

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def test_the_question_names_the_completed_file_and_no_keeps_it(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    existing = tmp_path / "test.timeline.json"
    existing.write_text("{}")
    dialogs = _Dialogs(monkeypatch, tmp_path / "test", answer=False)
    assert ask_save_path(None, "Save", "", "", as_event_file, keeps_backup=True) is None
    (question,) = dialogs.questions
    assert "test.timeline.json" in question
    assert ".bak" in question
    assert dialogs.options == [QFileDialog.Option.DontConfirmOverwrite]  # Qt asks nothing
    assert existing.read_text() == "{}"


def test_yes_gives_the_completed_file(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "chart.png").write_bytes(b"")
    dialogs = _Dialogs(monkeypatch, tmp_path / "chart", answer=True)
    assert ask_save_path(None, "Export", "", "", with_suffix(".png")) == (
        tmp_path / "chart.png",
        "filter",
    )
    assert len(dialogs.questions) == 1
    assert ".bak" not in dialogs.questions[0]  # an image keeps no previous version


def test_no_question_about_a_document_whose_name_was_typed(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "article.txt").write_text("the article")
    dialogs = _Dialogs(monkeypatch, tmp_path / "article.txt", answer=False)
    asked = ask_save_path(None, "Save", "", "", as_event_file, keeps_backup=True)
    assert asked == (tmp_path / "article.txt.timeline.json", "filter")
    assert dialogs.questions == []  # nothing is replaced: the document is never written


def test_event_file_names() -> None:
    assert as_event_file(Path("a/notes")) == Path("a/notes.timeline.json")
    assert as_event_file(Path("a/notes.json")) == Path("a/notes.timeline.json")
    assert as_event_file(Path("a/n.timeline.json")) == Path("a/n.timeline.json")
    assert with_suffix(".png")(Path("x.PNG"), "") == Path("x.PNG")
