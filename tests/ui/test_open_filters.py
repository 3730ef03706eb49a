"""File › Open offers the files it imports, not only event files (QA #109e: a CSV was hidden
until "All files" was chosen)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from timelineapp.ui.app import Application


@pytest.mark.shared_window
def test_open_offers_importable_files(app: Application, monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[str] = []

    def fake(parent: object, caption: str, directory: str, filters: str) -> tuple[str, str]:
        offered.extend(filters.split(";;"))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    app.window.on_open()
    assert offered[0].startswith("Event files")
    assert offered[1].startswith("All importable files")
    for pattern in ("*.csv", "*.ics", "*.jsonl", "*.tsv"):
        assert pattern in offered[1]
    assert offered[-1] == "All files (*)"
