"""The legend explains the red badge by what is known in this file: a quote (or only a date
phrase) that no longer matches its document, or a document that cannot be read, whose quotes
are unchecked (QA #145: an unreadable document's events were explained as "A quote no longer
matches its document", which the footer's "cite a document that cannot be read" contradicted)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from timelineapp.render.export import ExportOptions, timeline_range
from timelineapp.render.export_layout import plan_export
from timelineapp.render.export_options import ExportSubject
from timelineapp.render.legend_kinds import LegendKind, kind_text, scene_kinds

from ..provenance_files import load, tampered_copy

OPTIONS = ExportOptions(include_title=False, include_legend=False, include_filter=False)


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Exports lay out text with QtGui: a running QApplication is needed."""


def _kinds(path: Path) -> list[LegendKind]:
    timeline = load(path)
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    plan = plan_export(
        ExportSubject(timeline, mask, timeline.index.cumulative_mask(mask), ""),
        timeline_range(timeline, mask),
        OPTIONS,
        lambda _: None,
    )
    scene = plan.pages[0].scene
    assert scene is not None
    assert any(mark.flagged for mark in scene.marks)
    return scene_kinds(scene)


def test_an_unreadable_document_is_not_called_a_mismatch(tmp_path: Path) -> None:
    path = tampered_copy(tmp_path, tamper=False)
    data = json.loads(path.read_text(encoding="utf-8"))
    for document in data["documents"]:
        document["path"] = "missing-article.txt"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    kinds = _kinds(path)
    assert LegendKind.UNREADABLE in kinds
    assert LegendKind.PROVENANCE not in kinds
    assert kind_text(LegendKind.UNREADABLE) == "Its document cannot be read: quotes unchecked"


def test_a_changed_document_keeps_the_mismatch_words(tmp_path: Path) -> None:
    kinds = _kinds(tampered_copy(tmp_path))
    assert LegendKind.PROVENANCE in kinds
    assert LegendKind.UNREADABLE not in kinds


def test_a_date_phrase_alone_is_not_called_a_quote(tmp_path: Path) -> None:
    text = "Le 3 mars, le ministre a signé."
    quote = {"start": 11, "end": 31, "text": "le ministre a signé."}
    event = {
        "id": "e1",
        "title": "Signature",
        "date": "2024-03-03",
        "sources": [
            {
                "document": "a",
                "quotes": [quote],
                "date_phrase": {"start": 0, "end": 9, "text": "Le 4 mars"},  # not what it says
            }
        ],
    }
    path = tmp_path / "phrase.timeline.json"
    data = {"format": "timelineapp/events", "version": 1, "title": "t"}
    data |= {"documents": [{"id": "a", "title": "A", "text": text}], "events": [event]}
    path.write_text(json.dumps(data), encoding="utf-8")
    kinds = _kinds(path)
    assert LegendKind.DATE_PHRASE_FLAG in kinds
    assert LegendKind.PROVENANCE not in kinds
    assert kind_text(LegendKind.DATE_PHRASE_FLAG) == "A date phrase no longer matches its document"
