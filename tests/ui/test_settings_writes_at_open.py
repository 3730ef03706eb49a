"""A file open writes the settings once, after its handover, by a thread; a quit at once; a
timed write is put off while a file loads in the background (the load's threads and the
window share one interpreter lock), and made once the load has ended."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.atomic_write import atomic_write
from timelineapp.model.loading.under_way import load_under_way
from timelineapp.resources import example_event_file
from timelineapp.ui import settings as settings_module
from timelineapp.ui.app import Application
from timelineapp.ui.settings_banner import settings_banner

from .conftest import closed, started_application, wait_for_panes


class Writes:
    """Every write of one settings file: the thread it ran in and the file's content.

    Only that file's: an app left by an earlier test in this process may still write its own.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.Lock()
        self.made: list[tuple[int, dict[str, object]]] = []

    def __call__(self, path: Path, data: bytes | str, **kwargs: str) -> None:
        atomic_write(path, data, **kwargs)
        if Path(path) != self.path:
            return
        with self.lock:
            self.made.append((threading.get_ident(), json.loads(data)))

    @property
    def count(self) -> int:
        with self.lock:
            return len(self.made)


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Writes:
    spy = Writes(tmp_path / "settings.json")
    monkeypatch.setattr(settings_module, "atomic_write", spy)
    return spy


@pytest.fixture
def window_app(qtbot: QtBot, tmp_path: Path) -> Iterator[Application]:
    app = started_application(tmp_path / "settings.json")
    wait_for_panes(qtbot, app)
    yield app
    closed(app)


def _settled(app: Application, qtbot: QtBot) -> None:
    """Until the open's timed write has been made (and nothing else is waiting to be)."""
    qtbot.waitUntil(lambda: not app.opened_writer.isActive(), timeout=10_000)
    writer = app._background_writer
    assert writer is not None
    writer.wait()


def _open_in_background(app: Application, qtbot: QtBot) -> None:
    """Open the example as a big file opens: loaded by a thread, handed over by a signal."""
    app.opener.background_threshold = 0
    with qtbot.waitSignal(app.opener.opened, timeout=30_000):
        assert app.opener.open(example_event_file())


@pytest.mark.usefixtures("quick_settling")
def test_a_file_open_writes_the_settings_once_after_its_handover(
    window_app: Application, qtbot: QtBot, writes: Writes
) -> None:
    app = window_app
    # A tenth of the app's delays, in the same order: the view fitted at the open is noted
    # 40 ms after it settles (400), the open's write made 100 ms after the handover (1000).
    app.opened_writer.setInterval(100)
    before = writes.count
    at_opened: list[tuple[int, bool]] = []
    app.opener.opened.connect(
        lambda _path: at_opened.append((writes.count, app.opened_writer.isActive()))
    )
    _open_in_background(app, qtbot)
    assert at_opened == [(before, True)]  # nothing written in the handover itself: timed
    _settled(app, qtbot)
    assert writes.count == before + 1
    thread, saved = writes.made[-1]
    assert thread != threading.get_ident()  # the disk's wait was not the window's
    expected = str(example_event_file().resolve())
    assert saved["last_file"] == expected
    assert saved["recent_files"] == [expected]
    assert expected in saved["views"]  # the view fitted at the open, in the same write


def test_the_recent_file_is_on_disk_once_the_open_settles(
    window_app: Application, qtbot: QtBot
) -> None:
    app = window_app
    app.opened_writer.setInterval(10)  # that the write comes is tested here, not its delay
    assert app.opener.open(example_event_file())  # a small file: opened at once
    _settled(app, qtbot)
    saved = json.loads(app.settings_path.read_text(encoding="utf-8"))  # no quit
    expected = str(example_event_file().resolve())
    assert saved["last_file"] == expected
    assert saved["recent_files"][0] == expected


def test_a_quit_writes_at_once_after_the_writes_under_way(
    window_app: Application, qtbot: QtBot, writes: Writes
) -> None:
    app = window_app
    assert app.opener.open(example_event_file())
    app.write_settings_in_background()  # a timed write, perhaps still under way at the quit
    app.settings.remember_file("/elsewhere/newer.json")  # changed since it was asked for
    before = writes.count
    app.on_about_to_quit()
    # Written before returning (no event loop ran), on this thread, the newest state last.
    assert writes.count >= before + 1
    thread, saved = writes.made[-1]
    assert thread == threading.get_ident()
    assert saved["recent_files"][0] == "/elsewhere/newer.json"
    on_disk = json.loads(app.settings_path.read_text(encoding="utf-8"))
    assert on_disk["recent_files"][0] == "/elsewhere/newer.json"
    assert not app.opened_writer.isActive()
    assert not app.settings_writer.isActive()


def test_a_failed_write_at_an_open_is_said_once(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "not-a-folder"
    folder.write_text("", encoding="utf-8")
    app = started_application(folder / "settings.json")
    try:
        wait_for_panes(qtbot, app)
        banner = settings_banner(app.window)
        assert not banner.isVisible()
        app.opened_writer.setInterval(10)  # the failure's notice is tested, not the delay
        assert app.opener.open(example_event_file())
        qtbot.waitUntil(banner.isVisible, timeout=10_000)  # the thread's failure, said here
        assert f"cannot be saved in {folder}: it is a file, not a folder" in banner.label.text()
        banner.hide()
        writer = app._background_writer
        assert writer is not None
        with qtbot.waitSignal(writer.finished, timeout=10_000) as failed:
            app.write_settings_in_background()
        assert isinstance(failed.args[0], OSError)
        assert not banner.isVisible()  # said once
    finally:
        closed(app)


def test_a_timed_write_waits_until_no_file_loads(
    window_app: Application, qtbot: QtBot, writes: Writes
) -> None:
    app = window_app
    # The start's own write (the example opened) made first.
    qtbot.waitUntil(lambda: not app.opened_writer.isActive(), timeout=10_000)
    if app._background_writer is not None:
        app._background_writer.wait()
    before = writes.count
    app.settings_writer.setInterval(10)  # tried again every 10 ms while the load runs
    tries: list[None] = []
    app.settings_writer.timeout.connect(lambda: tries.append(None))
    with load_under_way():
        app.write_settings_in_background()
        assert app.settings_writer.isActive()  # put off, not dropped
        qtbot.waitUntil(lambda: len(tries) >= 10, timeout=10_000)  # tried again and again
        assert app.settings_writer.isActive()
        if app._background_writer is not None:
            app._background_writer.wait()
        assert writes.count == before
    qtbot.waitUntil(lambda: writes.count == before + 1, timeout=10_000)
    assert not app.settings_writer.isActive()
