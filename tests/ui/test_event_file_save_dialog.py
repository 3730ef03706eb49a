"""Every place that asks where to save an event file (Save As, Import's save, the builder's
Browse) asks through one function, ``save_dialog.ask_event_file_path``: the same filter, the
name completed to ``*.timeline.json``, and the question about a file it replaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from timelineapp.ui.save_dialog import ask_event_file_path


def test_the_name_is_completed_the_filter_named_and_a_replaced_file_asked_about(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[tuple[object, ...]] = []
    questions: list[str] = []

    def save_dialog(*args: object) -> tuple[str, str]:
        shown.append(args)
        return str(tmp_path / "notes"), ""

    def question(parent: object, title: str, text: str, *rest: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert ask_event_file_path(None, "Save", "") == tmp_path / "notes.timeline.json"
    (args,) = shown
    assert args[1:4] == ("Save", "", "Event files (*.timeline.json)")
    assert args[5] == QFileDialog.Option.DontConfirmOverwrite
    assert questions == []
    (tmp_path / "notes.timeline.json").write_text("{}")
    assert ask_event_file_path(None, "Save", "") is None  # No: the file is kept
    (text,) = questions
    assert "notes.timeline.json" in text
    assert ".bak" in text
