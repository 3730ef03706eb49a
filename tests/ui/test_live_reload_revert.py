"""Live reload: a bad change undone on disk clears the banner (QA #44)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


def _replace(path: Path, raw: bytes) -> None:
    """Write a new file and rename it over the old one, as editors and ``sed -i`` do."""
    temporary = path.with_name(".~" + path.name)
    temporary.write_bytes(raw)
    os.replace(temporary, path)


@pytest.mark.shared_window
@pytest.mark.usefixtures("quick_settling")  # each change looked at 30 ms after its notice
def test_undoing_a_bad_change_on_disk_clears_the_banner(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    source = example_event_file()
    for item in source.parent.iterdir():
        shutil.copy(item, tmp_path / item.name)
    path = tmp_path / source.name
    assert app.opener.open(path)
    shown = app.controller.timeline
    good = path.read_bytes()
    banner = app.live_reload.banner
    # The same size as the good file: only the content hash tells them apart.
    bad = good.replace(b'"date": "2024-05-19"', b'"date": "2024-02-30"', 1)
    assert bad != good
    assert len(bad) == len(good)
    _replace(path, bad)
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    # Undone (git checkout, an editor's undo): the file equals the version shown again.
    _replace(path, good)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert app.controller.timeline is shown  # nothing to read again: it is what is shown
    # And a later bad change is reported again.
    _replace(path, bad)
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
