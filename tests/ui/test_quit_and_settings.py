"""Quitting while a file loads, SIGTERM like Quit, and settings written as they change."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import LoadResult
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.quit_signals import QuitOnSignals


def _endless_load(
    path: Path, progress: Callable[[float], bool] | None = None, **kwargs: object
) -> LoadResult:
    """A load that never ends unless cancelled, like a huge file: it honours cancel."""
    deadline = time.monotonic() + 20  # never hang the suite
    while time.monotonic() < deadline:
        if progress is not None and not progress(0.5):
            break
        time.sleep(0.01)
    return LoadResult(str(path), None, [], cancelled=True)


@pytest.fixture
def loading(app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Application:
    """The app with a load in progress behind its (window-modal) progress dialog."""
    from timelineapp.ui import file_opener

    monkeypatch.setattr(file_opener, "load_event_file", _endless_load)
    app.opener.background_threshold = 0
    assert app.opener.open(example_event_file())
    assert app.opener.busy
    return app


def _quit_shortcut(app: Application) -> QAction:
    dialog = app.opener._progress
    assert dialog is not None
    quits = [
        action
        for action in dialog.actions()
        if action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    ]
    assert quits, "the progress dialog blocks the window's Quit: it needs its own"
    return quits[0]


def test_quit_while_loading_cancels_joins_and_closes(loading: Application) -> None:
    worker = loading.opener._worker
    assert worker is not None
    _quit_shortcut(loading).trigger()
    assert worker.isFinished()  # joined: no "QThread: Destroyed while thread is running"
    assert not loading.opener.busy
    assert not loading.window.isVisible()
    assert loading.controller.timeline is None  # nothing half-loaded is shown


def test_sigterm_quits_like_quit_even_while_loading(loading: Application, qtbot: QtBot) -> None:
    worker = loading.opener._worker
    assert worker is not None
    signals = QuitOnSignals()
    signals.received.connect(lambda _number: loading.quit())
    try:
        with qtbot.waitSignal(signals.received, timeout=5_000) as caught:
            os.kill(os.getpid(), signal.SIGTERM)
    finally:
        signals.uninstall()
    assert caught.args == [signal.SIGTERM]
    assert worker.isFinished()
    assert not loading.window.isVisible()


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no SIGHUP on Windows")
def test_sighup_is_heard_and_the_handlers_are_put_back(qtbot: QtBot) -> None:
    before = signal.getsignal(signal.SIGHUP)
    signals = QuitOnSignals()
    try:
        with qtbot.waitSignal(signals.received, timeout=5_000):
            os.kill(os.getpid(), signal.SIGHUP)
    finally:
        signals.uninstall()
    assert signal.getsignal(signal.SIGHUP) is before


def _saved(app: Application) -> dict[str, object]:
    return dict(json.loads(app.settings_path.read_text(encoding="utf-8")))


@pytest.mark.shared_window
def test_opening_a_file_writes_recent_files_at_once(app: Application, qtbot: QtBot) -> None:
    app.opened_writer.setInterval(10)  # that the write comes is tested here, not its delay
    assert app.opener.open(example_event_file())
    qtbot.waitUntil(app.settings_path.exists, timeout=10_000)  # out of the open's frame
    saved = _saved(app)  # no quit: a logout now must not lose it
    expected = str(example_event_file().resolve())
    assert saved["last_file"] == expected
    assert saved["recent_files"] == [expected]


@pytest.mark.shared_window
@pytest.mark.usefixtures("quick_settling")  # the view noted 40 ms after it settles (400)
def test_a_settled_view_is_written_without_quitting(app: Application, qtbot: QtBot) -> None:
    app.settings_writer.setInterval(10)  # that the write comes is tested here, not its delay
    app.opened_writer.setInterval(10)
    assert app.opener.open(example_event_file())
    qtbot.waitUntil(app.settings_path.exists, timeout=10_000)  # the open's write
    key = str(example_event_file().resolve())
    timeline = app.controller.timeline
    assert timeline is not None
    app.controller.select(0)
    selected = timeline.event(0).id

    def written() -> None:
        views = _saved(app)["views"]
        assert isinstance(views, dict)
        assert views[key]["selected_event"] == selected

    qtbot.waitUntil(written, timeout=10_000)


@pytest.mark.shared_window
def test_closing_the_file_is_written_so_the_next_start_is_empty(
    app: Application, qtbot: QtBot
) -> None:
    app.settings_writer.setInterval(10)  # that the write comes is tested here, not its delay
    app.opened_writer.setInterval(10)
    assert app.opener.open(example_event_file())
    qtbot.waitUntil(app.settings_path.exists, timeout=10_000)  # the open's write
    assert app.window.close_reload.close_file()
    qtbot.waitUntil(lambda: _saved(app)["last_file"] == "", timeout=10_000)


def test_help_says_what_a_start_without_file_opens(capsys: pytest.CaptureFixture[str]) -> None:
    """As open_at_start does and README "Using it" says: the last file, the example once."""
    from timelineapp.cli import main

    assert main(["--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "Without FILE, reopens the file open when it was last closed" in text
    assert "the bundled example" in text
    assert "the first time" in text
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "timelineapp reopens the file open when it was last closed" in " ".join(readme.split())
