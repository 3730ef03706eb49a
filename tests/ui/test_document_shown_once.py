"""A file opened again with an event selected (its remembered view) shows that event's
document once: the selection, restored while the file is announced and before the Document
pane hears of the file, showed it, then the pane showed nothing and the document again
(a long one read and laid out twice: ~47 ms on the 1M file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.panes import document_text

from ..provenance_files import tampered_copy

_LONG = "article-long"  # not the example's document id: its text must be shown anew


def _long_copy(folder: Path) -> Path:
    """The example with its article's id changed and its text made long enough (over
    200,000 characters) for the pane to show it after the window's first frame."""
    path = tampered_copy(folder, keep_hash=False, tamper=False)
    text = path.read_text(encoding="utf-8").replace("article-niger-retrait", _LONG)
    path.write_text(text, encoding="utf-8")
    for article in path.parent.glob("*.txt"):
        words = article.read_text(encoding="utf-8")
        article.write_text(words + "\nMore words. " * 25_000, encoding="utf-8")
    return path


def test_a_remembered_selection_shows_its_document_once(
    app: Application, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _long_copy(tmp_path)
    assert app.opener.open(path)
    timeline = app.controller.timeline
    assert timeline is not None
    event = next(i for i in range(len(timeline.events)) if timeline.event(i).sources)
    cited = timeline.event(event).sources[0].document
    assert cited == _LONG
    app.controller.select(event)
    app.view_memory.record()  # as the view settles
    assert app.opener.open(example_event_file())  # another file, another document shown
    pane = app.window.document_pane
    qtbot.waitUntil(lambda: pane.document_id is not None, timeout=5_000)
    assert pane.document_id != _LONG

    built: list[int] = []
    positions = document_text.TextPositions.__init__

    def counted(self: document_text.TextPositions, text: str) -> None:
        built.append(len(text))
        positions(self, text)

    monkeypatch.setattr(document_text.TextPositions, "__init__", counted)
    assert app.opener.open(path)
    qtbot.wait(100)  # the pane's deferred showing, had it been put off
    reopened = app.controller.timeline
    assert reopened is not None
    assert app.controller.selection == event  # the remembered view, restored
    long_text = reopened.document_text(_LONG)
    assert long_text is not None
    assert len(long_text) > 200_000
    assert [n for n in built if n == len(long_text)] == [len(long_text)]
    # What is shown is that file's document, named by the list, its passages marked.
    assert pane.document_id == _LONG
    assert pane.text_edit.toPlainText() == long_text.replace("\r\n", "\n")
    assert pane.combo.currentData() == _LONG
    assert pane.text_edit.extraSelections()  # its passages marked
