"""Counts are written as the window's language writes numbers (QA #17): "1,200 events" in
English, "1 200 événements" in French, never "1200" nor a French space in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.provenance_words import problems_count_text, unsourced_short_text

from ..model.event_files import minimal, to_bytes


@pytest.mark.parametrize(("language", "grouped"), [("en", "1,200"), ("fr", "1\u202f200")])
def test_status_bar_and_events_pane_group_thousands(
    tmp_path: Path, language: str, grouped: str
) -> None:
    data = minimal()
    template = data["events"][0]
    data["events"] = [
        {**template, "id": f"e{i}", "title": f"Event {i}", "date": f"{1000 + i}"}
        for i in range(1200)
    ]
    path = tmp_path / "many.timeline.json"
    path.write_bytes(to_bytes(data))
    before = QLocale()
    QLocale.setDefault(QLocale(language))  # as run_app does for --lang
    try:
        app = Application(create_qapplication(), tmp_path / "settings.json")
        app.window.show()
        try:
            assert app.opener.open(path)
            assert app.window.status.count_label.text().startswith(grouped + " ")
            assert app.window.events_pane._count.text().startswith(grouped + " ")
        finally:
            app.controller.undo_stack.setClean()
            app.window.close()
            app.window.deleteLater()
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize(("language", "grouped"), [("en", "1,200"), ("fr", "1\u202f200")])
def test_status_bar_provenance_counts_group_thousands(
    qapp: object, language: str, grouped: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        assert problems_count_text(1200).startswith(grouped + " ")
        assert unsourced_short_text(1200).startswith(grouped + " ")
    finally:
        QLocale.setDefault(before)
