"""Fixtures for UI tests: a controller with the Niger example, a settings file in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
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


class StandInFrench(QTranslator):
    """French for the strings a test names, read from ``words`` at each call (a test may add
    to the table while it runs): keys are ``(context, source)`` or the source alone.

    Only the words under test, and before the coordinator fills the shipped ``.qm`` at merge
    time. A string it lacks is left to the next translator, or with ``english_otherwise``
    answered with its English source (no other translator is asked).
    """

    def __init__(
        self,
        words: Mapping[object, str],
        context: str | None = None,
        *,
        english_otherwise: bool = False,
    ) -> None:
        super().__init__()
        self._words = words
        self._context = context
        self._english_otherwise = english_otherwise

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        missing = source if self._english_otherwise else ""
        if self._context is not None and context != self._context:
            return missing
        found = self._words.get((context, source), self._words.get(source))
        return missing if found is None else found


@pytest.fixture
def install_translator(qapp: QCoreApplication) -> Iterator[Callable[[QTranslator], None]]:
    """Install translators for the rest of the test; removed at its end, so no other test
    sees them."""
    installed: list[QTranslator] = []

    def install(translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    try:
        yield install
    finally:
        for translator in reversed(installed):
            QCoreApplication.removeTranslator(translator)


@pytest.fixture
def stand_in_french(install_translator: Callable[[QTranslator], None]) -> Callable[..., None]:
    """Install a :class:`StandInFrench` (same arguments) for the rest of the test."""

    def install(
        words: Mapping[object, str], context: str | None = None, *, english_otherwise: bool = False
    ) -> None:
        install_translator(StandInFrench(words, context, english_otherwise=english_otherwise))

    return install
