"""QA #136: a document path leading outside the event file's folder blocked every save; the
refusal now offers to copy the document's file beside the event file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from timelineapp.model.edits import remove_event
from timelineapp.ui.app import Application

from ..model.event_files import TEXT, minimal, to_bytes


def _escaping_file(tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "elsewhere" / "seed.txt"
    outside.parent.mkdir()
    outside.write_text(TEXT, encoding="utf-8")
    data = minimal()
    document = data["documents"][0]
    del document["text"]
    document["path"] = "../elsewhere/seed.txt"
    folder = tmp_path / "bad"
    folder.mkdir()
    path = folder / "escape.timeline.json"
    path.write_bytes(to_bytes(data))
    return path, outside


def _answer(monkeypatch: pytest.MonkeyPatch, choose: bool, texts: list[str]) -> None:
    """The refusal's box: its text kept, its first (Choose…) button or Cancel clicked."""

    def exec_(box: QMessageBox) -> int:
        texts.append(box.text())
        accept = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        ]
        (accept[0] if choose else box.button(QMessageBox.StandardButton.Cancel)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    # The plain refusal (before QA #136's offer): recorded, not shown modal.
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        staticmethod(lambda *a, **k: texts.append(str(a[2])) or QMessageBox.StandardButton.Ok),
    )


@pytest.mark.shared_window
def test_the_save_refusal_offers_to_copy_the_document_beside_and_then_saves(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, outside = _escaping_file(tmp_path)
    assert app.opener.open(path)
    draft = app.controller.draft
    assert draft is not None
    app.controller.edit(remove_event(draft, 2), "Delete Event")
    texts: list[str] = []
    started: list[str] = []

    def choose_file(*args: object, **kwargs: object) -> tuple[str, str]:
        started.append(str(args[2]))
        return str(outside), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose_file))
    _answer(monkeypatch, choose=False, texts=texts)
    assert not app.window.save_flow.save()
    assert "leads outside" in texts[0]
    assert "Choose" not in texts[0]  # the button says it; the text says what it does
    assert "a copy of it is saved beside the event file" in texts[0]
    assert str(outside) in texts[0]
    assert app.controller.modified  # nothing lost, nothing written
    assert started == []
    _answer(monkeypatch, choose=True, texts=texts)
    assert app.window.save_flow.save()
    assert started == [str(outside)]  # the dialog opens on the file the path points at
    copy = path.parent / "seed.txt"
    assert copy.read_text(encoding="utf-8") == TEXT
    assert outside.read_text(encoding="utf-8") == TEXT  # the chosen file is untouched
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["documents"][0]["path"] == "seed.txt"
    assert saved["documents"][0]["sha256"] == hashlib.sha256(TEXT.encode()).hexdigest()
    assert len(saved["events"]) == 2  # the edit was saved
    assert not app.controller.modified
    # One step on the undo stack, named, after the user's own edit.
    stack = app.controller.undo_stack
    assert [stack.text(k) for k in range(stack.count())] == [
        "Delete Event",
        "Copy Document Beside the Event File",
    ]
    # The document is read now: no provenance problem left once opened again.
    assert app.opener.open(path)
    timeline = app.controller.timeline
    assert timeline is not None
    assert not [i for i in timeline.loaded.issues if "documents" in i.json_path]


@pytest.mark.shared_window
def test_a_file_that_is_not_utf8_text_is_refused_and_nothing_changes(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _escaping_file(tmp_path)
    binary = tmp_path / "elsewhere" / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    assert app.opener.open(path)
    draft = app.controller.draft
    assert draft is not None
    app.controller.edit(remove_event(draft, 2), "Delete Event")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(binary), ""))
    )
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(str(a[2])))
    )
    _answer(monkeypatch, choose=True, texts=[])
    before = path.read_bytes()
    assert not app.window.save_flow.save()
    assert "photo.jpg cannot be the document’s text: it is not UTF-8 text." in warned
    assert path.read_bytes() == before
    assert not (path.parent / "photo.jpg").exists()
    assert app.controller.modified
    assert app.controller.undo_stack.count() == 1  # only the user's edit


@pytest.mark.shared_window
def test_another_file_of_that_name_beside_keeps_its_bytes_and_the_copy_takes_a_free_name(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, outside = _escaping_file(tmp_path)
    stranger = path.parent / "seed.txt"
    stranger.write_text("Another article.", encoding="utf-8")
    assert app.opener.open(path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(outside), ""))
    )
    _answer(monkeypatch, choose=True, texts=[])
    assert app.window.save_flow.save()
    assert stranger.read_text(encoding="utf-8") == "Another article."
    assert (path.parent / "seed-2.txt").read_text(encoding="utf-8") == TEXT
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["documents"][0]["path"] == "seed-2.txt"
