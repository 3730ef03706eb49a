"""Live reload: the open file changes on disk (replaced atomically, as editors do)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import app  # noqa: F401  (the shared window fixture)
from timelineapp.model import edits
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


def _copy_example(folder: Path) -> Path:
    source = example_event_file()
    for item in source.parent.iterdir():
        shutil.copy(item, folder / item.name)
    return folder / source.name


def _replace(path: Path, data: dict[str, Any] | bytes) -> None:
    """Write a new file and rename it over the old one, as editors save."""
    raw = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode()
    temporary = path.with_name(".~" + path.name)
    temporary.write_bytes(raw)
    os.replace(temporary, path)


def _opened(running: Application, folder: Path) -> tuple[Path, dict[str, Any]]:
    path = _copy_example(folder)
    assert running.opener.open(path)
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_a_changed_file_reloads_keeping_filter_zoom_and_selection(
    app: Application,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path, data = _opened(app, tmp_path)
    controller = app.controller
    selected_id = data["events"][3]["id"]
    controller.select(3)
    first_actor = data["actors"][0]["id"]
    app.filter_state.only_actor(first_actor)
    spec = app.filter_state.spec
    widget = app.window.timeline
    widget.set_timemap(widget.timemap.zoomed(4.0, widget.timemap.start))
    before_view = widget.timemap
    # Another program renames an event and adds one before the selected event.
    data["events"][3]["title"] = "Renamed on disk"
    new_event = dict(data["events"][0], id="inserted-on-disk", title="Inserted")
    data["events"].insert(0, new_event)
    with qtbot.waitSignal(app.live_reload.reloaded, timeout=10_000):
        _replace(path, data)
    timeline = controller.timeline
    assert timeline is not None
    assert timeline.index.count == len(data["events"])
    assert controller.selection is not None
    assert timeline.event(controller.selection).id == selected_id
    assert timeline.event(controller.selection).title == "Renamed on disk"
    assert app.filter_state.spec == spec
    # The zoom is kept (the view may pan to keep the selected event in sight).
    assert widget.timemap.seconds_per_pixel == pytest.approx(before_view.seconds_per_pixel)
    assert not controller.modified
    # The path is watched again after the rename: a second change reloads too.
    data["events"][0]["title"] = "Second change"
    with qtbot.waitSignal(app.live_reload.reloaded, timeout=10_000):
        _replace(path, data)
    assert controller.timeline is not None
    assert controller.timeline.event(0).title == "Second change"


def test_an_invalid_change_keeps_the_last_good_version_under_a_banner(
    app: Application,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path, data = _opened(app, tmp_path)
    before = app.controller.timeline
    banner = app.live_reload.banner
    broken = dict(data)
    del broken["title"]
    _replace(path, broken)
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert app.controller.timeline is before
    assert "title" in banner.label.text()
    assert "expected this required field" in banner.label.text()
    assert app.opener.last_dialog is None  # a banner, not a dialog on each save
    # Fixed on disk: it reloads and the banner goes.
    data["title"] = "Fixed"
    with qtbot.waitSignal(app.live_reload.reloaded, timeout=10_000):
        _replace(path, data)
    assert not banner.isVisible()
    assert app.controller.timeline is not before
    assert app.controller.timeline is not None
    assert app.controller.timeline.title == "Fixed"


def test_with_unsaved_edits_the_user_is_asked(
    app: Application,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path, data = _opened(app, tmp_path)
    controller = app.controller
    assert controller.draft is not None
    controller.edit(edits.update_event(controller.draft, 0, title="Mine, unsaved"), "Edit title")
    assert controller.modified
    data["events"][0]["title"] = "Theirs, on disk"
    _replace(path, data)
    qtbot.waitUntil(lambda: app.live_reload.question is not None, timeout=10_000)
    box = app.live_reload.question
    assert isinstance(box, QMessageBox)
    assert path.name in box.text()
    keep = next(b for b in box.buttons() if "Keep" in b.text())
    keep.click()
    qtbot.waitUntil(lambda: app.live_reload.question is None)
    assert controller.timeline is not None
    assert controller.timeline.event(0).title == "Mine, unsaved"
    assert controller.modified
