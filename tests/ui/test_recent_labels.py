"""File > Open Recent names two files of the same name apart by their folders (QA #123d)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from timelineapp.ui.file_actions import RecentFilesMenu, recent_labels
from timelineapp.ui.settings import Settings


def test_only_names_that_repeat_get_their_folder() -> None:
    home = str(Path.home())
    paths = [
        f"{home}/a/seed.timeline.json",
        "/tmp/b/seed.timeline.json",
        "/tmp/c/other.timeline.json",
    ]
    assert recent_labels(paths) == [
        "seed.timeline.json — ~/a",
        "seed.timeline.json — /tmp/b",
        "other.timeline.json",
    ]


def test_the_menu_shows_the_folders_of_same_named_files(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = tmp_path / "x" / "seed.timeline.json", tmp_path / "y" / "seed.timeline.json"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text("{}", encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = RecentFilesMenu(Settings(recent_files=[str(first), str(second)]), lambda _: None, parent)
    texts = [action.text() for action in menu.file_actions()]
    assert texts[0].endswith(f"seed.timeline.json — {first.parent}")
    assert texts[1].endswith(f"seed.timeline.json — {second.parent}")
