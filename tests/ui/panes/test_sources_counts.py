"""The Sources pane and the export footer say only what was recorded about a source's origin
(QA #138), and the pane's count agrees with the documents it lists (QA #139)."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.evidence_words import footer_evidence
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.panes import SourcesPane


def _pane(qtbot: QtBot, timeline: Timeline) -> tuple[SourcesPane, TimelineController]:
    controller = TimelineController()
    controller.set_timeline(timeline)
    pane = SourcesPane(controller)
    qtbot.addWidget(pane)
    return pane, controller


def _timeline(tmp_path: Path, document: dict[str, object], quotes: list[object]) -> Timeline:
    path = tmp_path / "file.timeline.json"
    event = {
        "id": "e1",
        "title": "Le Niger dénonce l'accord",
        "date": "2024-03-16",
        "sources": [{"document": document["id"], "quotes": quotes}],
    }
    data = {"format": "timelineapp/events", "version": 1, "title": "t"}
    data |= {"documents": [document], "events": [event]}
    path.write_text(json.dumps(data), encoding="utf-8")
    result = load_event_file(path)
    assert result.loaded is not None, result.issues
    return Timeline(result.loaded)


def test_an_article_with_nothing_recorded_is_not_called_independent(
    qtbot: QtBot, tmp_path: Path
) -> None:
    text = "Le Niger dénonce l'accord."
    document = {"id": "a", "title": "Article", "text": text}
    timeline = _timeline(tmp_path, document, [{"start": 0, "end": 8, "text": "Le Niger"}])
    pane, controller = _pane(qtbot, timeline)
    controller.select(0)
    shown = pane.shown_text()
    assert shown.splitlines()[0] == "1 document(s), origin(s) not recorded"
    assert "independent" not in shown.lower()
    footer = footer_evidence(timeline.documents[0], {"a": 1}, {})
    assert "origin not recorded" in footer
    assert "independent" not in footer


def test_recorded_relations_still_count_independent_origins(
    qtbot: QtBot, niger_timeline: Timeline
) -> None:
    pane, controller = _pane(qtbot, niger_timeline)
    controller.select(0)  # its article relies on the communiqué: recorded
    assert pane.shown_text().splitlines()[0] == "1 document(s), 1 independent origin(s)"


def test_a_cited_document_without_quotes_is_counted_as_backing_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    document = {"id": "a", "title": "https://example.org/a", "text": ""}
    pane, controller = _pane(qtbot, _timeline(tmp_path, document, []))
    controller.select(0)
    lines = pane.shown_text().splitlines()
    assert lines[0] == "1 document(s) cited, backing nothing (no quoted words)"
    assert any("https://example.org/a" in line for line in lines[1:])  # and it is listed
