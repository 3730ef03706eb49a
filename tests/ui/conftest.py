"""Fixtures for UI tests: a controller with the Niger example, a settings file in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application, create_qapplication

from ..once_per_run import once_per_run
from .window_start import WindowStart, start_window


@pytest.fixture(scope="session")
def niger_timeline() -> Timeline:
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    return Timeline(result.loaded)


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[Application]:
    """The whole application, its settings in ``tmp_path``, its window shown.

    At the end the window is closed with its changes discarded: a test that leaves the file
    modified (an import shown unsaved, an edit) must not stop on the unsaved-changes prompt.
    """
    # Not handed to qtbot: pytest-qt would close the window before this fixture's teardown.
    # Built as a start builds it: the panes after the timeline's first paint.
    application = Application(create_qapplication(), tmp_path / "settings.json", defer_panes=True)
    application.window.show()
    wait_for_panes(qtbot, application)
    yield application
    application.controller.undo_stack.setClean()
    application.window.close()
    application.window.deleteLater()


def wait_for_panes(qtbot: QtBot, application: Application) -> None:
    """Wait until the window has built its panes, docks and menus (after its first paint)."""
    qtbot.waitUntil(lambda: application.window.panes_ready, timeout=10_000)


@pytest.fixture(scope="session")
def window_start(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], WindowStart]:
    """A real start of the window in ``"fr"`` or ``"en"`` (see ``window_start.py``), made once
    per session and shared by the tests that only read what it showed."""
    starts: dict[str, WindowStart] = {}

    def made(lang: str, home: Path) -> dict[str, Any]:
        started = start_window(lang, home)
        return {**vars(started), "home": str(started.home), "config_dir": str(started.config_dir)}

    def start(lang: str) -> WindowStart:
        if lang not in starts:
            # Once for the run, whichever xdist worker asks first (1-2 s of CPU each).
            report = once_per_run(tmp_path_factory, f"start-{lang}", lambda h: made(lang, h))
            home, config_dir = Path(report.pop("home")), Path(report.pop("config_dir"))
            starts[lang] = WindowStart(**report, home=home, config_dir=config_dir)
        return starts[lang]

    return start
