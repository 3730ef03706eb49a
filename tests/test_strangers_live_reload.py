"""Live reload: the open file changes on disk (replaced atomically, as editors do)."""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import app, quick_settling, shared_window  # noqa: F401  (the fixtures)
from timelineapp.model import edits
from timelineapp.model.saving import changed_on_disk
from timelineapp.resources import example_event_file
from timelineapp.ui import file_opener, live_reload
from timelineapp.ui.app import Application

# Each test starts from the module's one window, emptied as a new one is (tests/ui/conftest.py).
# The files here are replaced atomically (``_replace``), so there is no writer's second step to
# wait for: each change is looked at 30 ms after its notice instead of 300 (``quick_settling``;
# ~2.8 s of waiting over the module). What is checked (what is read, kept, asked and in which
# order) does not depend on the wait.
pytestmark = [pytest.mark.shared_window, pytest.mark.usefixtures("quick_settling")]


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


def _arrange_the_view(running: Application, data: dict[str, Any]) -> tuple[str, Any, float]:
    """Select the fourth event, show only the first actor, zoom in: what a reload keeps."""
    running.controller.select(3)
    running.filter_state.only_actor(data["actors"][0]["id"])
    widget = running.window.timeline
    widget.set_timemap(widget.timemap.zoomed(4.0, widget.timemap.start))
    return data["events"][3]["id"], running.filter_state.spec, widget.timemap.seconds_per_pixel


def _renamed_and_inserted(data: dict[str, Any]) -> dict[str, Any]:
    """Another program renames the selected event and adds one before it."""
    data["events"][3]["title"] = "Renamed on disk"
    data["events"].insert(0, dict(data["events"][0], id="inserted-on-disk", title="Inserted"))
    return data


def _assert_the_view_is_kept(
    running: Application, data: dict[str, Any], kept: tuple[str, Any, float]
) -> None:
    selected_id, spec, scale = kept
    controller = running.controller
    timeline = controller.timeline
    assert timeline is not None
    assert timeline.index.count == len(data["events"])
    assert controller.selection is not None
    assert timeline.event(controller.selection).id == selected_id
    assert timeline.event(controller.selection).title == "Renamed on disk"
    assert running.filter_state.spec == spec
    # The zoom is kept (the view may pan to keep the selected event in sight).
    assert running.window.timeline.timemap.seconds_per_pixel == pytest.approx(scale)
    assert not controller.modified


def test_a_changed_file_reloads_keeping_filter_zoom_and_selection(
    app: Application,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path, data = _opened(app, tmp_path)
    controller = app.controller
    kept = _arrange_the_view(app, data)
    with qtbot.waitSignal(app.live_reload.reloaded, timeout=10_000):
        _replace(path, _renamed_and_inserted(data))
    _assert_the_view_is_kept(app, data, kept)
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


# --- big files: read in the worker thread, as an open is -----------------------------------------


def _in_the_worker(running: Application) -> None:
    """Make every reload take the big-file road (a worker thread), whatever the size: the
    road a 20 MB file takes (benchmarks/bench_strangers.py --cases reload20mb times one)."""
    running.live_reload.background_threshold = 0


def test_a_big_file_reloads_in_the_worker_keeping_the_view_and_the_window_answering(
    app: Application,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path, data = _opened(app, tmp_path)
    _in_the_worker(app)
    kept = _arrange_the_view(app, data)
    # The window's event loop keeps turning while the file is read: count its turns then.
    turns_while_loading: list[int] = []
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(
        lambda: turns_while_loading.append(1) if app.live_reload._worker is not None else None
    )
    ticker.start()
    with qtbot.waitSignal(app.live_reload.reloaded, timeout=20_000):
        _replace(path, _renamed_and_inserted(data))
    ticker.stop()
    assert turns_while_loading  # not frozen for the whole load
    _assert_the_view_is_kept(app, data, kept)


def test_a_change_during_a_big_reload_is_read_after_it(
    app: Application,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, data = _opened(app, tmp_path)
    _in_the_worker(app)
    second = json.loads(json.dumps(data))
    second["title"] = "Second version"
    original = file_opener.load_and_index
    calls: list[str] = []

    def slow_reader(*args: Any, **kwargs: Any) -> Any:
        found = original(*args, **kwargs)
        if not calls:  # the writer saves again while the first version is being read
            _replace(path, second)
        calls.append("read")
        return found

    monkeypatch.setattr(file_opener, "load_and_index", slow_reader)
    data["title"] = "First version"
    _replace(path, data)
    qtbot.waitUntil(
        lambda: (
            app.controller.timeline is not None
            and app.controller.timeline.title == "Second version"
        ),
        timeout=20_000,
    )
    assert calls == ["read", "read"]


def test_edits_made_during_a_big_reload_are_not_replaced_without_asking(
    app: Application,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, data = _opened(app, tmp_path)
    _in_the_worker(app)
    edited = threading.Event()
    original = file_opener.load_and_index

    def waiting_reader(*args: Any, **kwargs: Any) -> Any:
        edited.wait(10)  # the user edits while the file is being read
        return original(*args, **kwargs)

    monkeypatch.setattr(file_opener, "load_and_index", waiting_reader)
    data["events"][0]["title"] = "Theirs, on disk"
    _replace(path, data)
    qtbot.waitUntil(lambda: app.live_reload._worker is not None, timeout=10_000)
    controller = app.controller
    assert controller.draft is not None
    controller.edit(edits.update_event(controller.draft, 0, title="Mine, unsaved"), "Edit title")
    edited.set()
    qtbot.waitUntil(lambda: app.live_reload.question is not None, timeout=20_000)
    assert controller.timeline is not None
    assert controller.timeline.event(0).title == "Mine, unsaved"
    assert controller.modified
    box = app.live_reload.question
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if "Keep" in b.text()).click()
    qtbot.waitUntil(lambda: app.live_reload.question is None)
    assert controller.timeline.event(0).title == "Mine, unsaved"


@pytest.mark.parametrize("in_the_worker", [False, True])
def test_a_change_during_the_first_open_is_not_missed(
    app: Application,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    in_the_worker: bool,
) -> None:
    """The stamp of a first open is taken as its read begins: a version written during the
    read (same size, so only the stamp's time tells) is read after it, never taken for the
    version shown (a save would then overwrite it without asking)."""
    path = _copy_example(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    first = json.dumps(dict(data, title="First version"), ensure_ascii=False).encode()
    second = json.dumps(dict(data, title="Other version"), ensure_ascii=False).encode()
    assert len(first) == len(second)
    path.write_bytes(first)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    if in_the_worker:
        app.opener.background_threshold = 0
    original = file_opener.load_and_index
    calls: list[str] = []

    def slow_reader(*args: Any, **kwargs: Any) -> Any:
        found = original(*args, **kwargs)
        if not calls:  # another program saves while the first version is being read
            _replace(path, second)
        calls.append("read")
        return found

    monkeypatch.setattr(file_opener, "load_and_index", slow_reader)
    monkeypatch.setattr(live_reload, "load_and_index", slow_reader)
    assert app.opener.open(path)
    qtbot.waitUntil(
        lambda: (
            app.controller.timeline is not None and app.controller.timeline.title == "Other version"
        ),
        timeout=20_000,
    )
    assert calls == ["read", "read"]
    stamp = app.controller.stamp
    assert stamp is not None
    assert not changed_on_disk(path, stamp)
