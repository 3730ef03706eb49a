"""Fixtures for UI tests: a controller with the Niger example, a settings file in tmp_path."""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
from PySide6.QtGui import QAction, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from timelineapp.model.filtering import FilterSpec
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.resources import example_event_file
from timelineapp.ui import live_reload, phrase_warnings, view_memory
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.import_flow import ImportFlow

from ..once_per_run import once_per_run
from .window_start import WindowStart, start_window


@pytest.fixture(scope="session")
def niger_timeline() -> Timeline:
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    return Timeline(result.loaded)


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Application]:
    """The whole application, its settings in ``tmp_path``, its window shown.

    At the end the window is closed with its changes discarded: a test that leaves the file
    modified (an import shown unsaved, an edit) must not stop on the unsaved-changes prompt.

    A test marked ``shared_window`` gets its module's one window instead, emptied as a new
    one is (see ``shared_window``): for tests that start by opening or making a file and
    never close the window, read its settings file or depend on its first show.
    """
    if request.node.get_closest_marker("shared_window") is not None:
        shared: SharedWindow = request.getfixturevalue("shared_window")
        yield shared.reused()
        shared.after_test()
        return
    # Not handed to qtbot: pytest-qt would close the window before this fixture's teardown.
    # Built as a start builds it: the panes after the timeline's first paint.
    application = started_application(tmp_path / "settings.json")
    wait_for_panes(qtbot, application)
    yield application
    closed(application)


@pytest.fixture
def quick_phrase_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The date-phrase check started 10 ms after a load or an edit (300 in the app), its end
    looked for every 10 ms (50), the user's pause 50 ms (400), a paused check looking again
    every 5 ms (50): for tests of what the check finds and when it reads, not of how long it
    waits (each wait was idle time of the run)."""
    monkeypatch.setattr(phrase_warnings, "CHECK_DELAY_MS", 10)
    monkeypatch.setattr(phrase_warnings, "POLL_MS", 10)
    monkeypatch.setattr(phrase_warnings, "IDLE_MS", 50)
    monkeypatch.setattr(phrase_warnings, "_WAIT_S", 0.005)


@pytest.fixture
def quick_settling(monkeypatch: pytest.MonkeyPatch) -> None:
    """A view noted 40 ms after it last changed (400 in the app) and a file changed on disk
    looked at 30 ms after its last change notice (300): the same order of events, a tenth
    of the waits."""
    monkeypatch.setattr(view_memory, "_SETTLE_MS", 40)
    monkeypatch.setattr(live_reload, "SETTLE_MS", 30)


def started_application(settings: Path) -> Application:
    """An application started as a start starts it: the window shown, the panes after the
    timeline's first paint (wait for them with ``wait_for_panes``)."""
    application = Application(create_qapplication(), settings, defer_panes=True)
    application.window.show()
    return application


def closed(application: Application) -> None:
    """Close the window with its changes discarded (no unsaved-changes prompt) and delete it."""
    application.controller.undo_stack.setClean()
    application.window.close()
    application.window.deleteLater()


def wait_for_panes(qtbot: QtBot | None, application: Application) -> None:
    """Wait until the window has built its panes, docks and menus (after its first paint)."""
    if qtbot is not None:
        qtbot.waitUntil(lambda: application.window.panes_ready, timeout=10_000)
        return
    deadline = time.monotonic() + 10
    while not application.window.panes_ready:
        assert time.monotonic() < deadline, "the panes were not built within 10 s"
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


_DIRECT_CHILDREN = Qt.FindChildOption.FindDirectChildrenOnly
_NOT_NORMAL = (
    Qt.WindowState.WindowMaximized
    | Qt.WindowState.WindowFullScreen
    | Qt.WindowState.WindowMinimized
)


def _no_settings_write_pending(application: Application) -> None:
    """No timed settings write left from an earlier test: both timers stopped, a write under
    way on the writer thread finished (it would land in the next test's settings file)."""
    application.settings_writer.stop()
    application.opened_writer.stop()
    writer = application._background_writer
    if writer is not None:
        writer.wait()


class SharedWindow:
    """One started application for the ``shared_window`` tests of a run (of an xdist worker).

    A window costs ~70 ms of CPU to build (its panes most of it): one per module (~45) and one
    per test that did not share (~95) were ~10 s of CPU a run; ~220 tests share this one. Before
    each test it is emptied as a new window is: the dialogs and messages it opened deleted, its
    file closed without asking, no filter, no status message, the undo stack empty, its
    checkable actions (Review Mode, the theme...) and its panes' fields (the Actors pane's
    search) as they were, the window shown, active, not maximised, with the focus on the
    timeline, the opener's threshold for loading in the background as it was, the default dock
    layout at the size it was first shown at, the theme it started in, its settings as they were
    once it was started (no recent or last file, no remembered view, folder or export choice of
    an earlier test), the Open Recent menu rebuilt from them, and no settings file yet (none
    written, none pending). Between modules it waits hidden and emptied (``park``): other
    modules' tests see no window of it and no file it watches.
    """

    def __init__(self, application: Application) -> None:
        self.application = application
        self.settings = copy.deepcopy(application.settings)
        self.size = application.window.size()
        self.background_threshold = application.opener.background_threshold
        self.settings_delay = application.settings_writer.interval()
        self.opened_delay = application.opened_writer.interval()
        # Review Mode, axis compression, the theme...: on or off as in a new window.
        self.checked = {
            action: action.isChecked()
            for action in application.window.findChildren(QAction)
            if action.isCheckable()
        }
        # What the panes' fields hold in a new window (the Actors pane's search, empty); the
        # filter bar's follow the filter, which is put back on its own.
        bar = application.window.filter_bar
        self.texts = {
            field: field.text()
            for field in application.window.findChildren(QLineEdit)
            if not bar.isAncestorOf(field)
        }
        self.used = False

    def _empty(self) -> None:
        """What a new window has not: dialogs, menus and flows it opened, its file."""
        application = self.application
        window = application.window
        assert not application.opener.busy, "a shared window's last load still runs"
        application.opener.last_dialog = None
        application.opener.last_message = None
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and _opened_by(widget, window):
                widget.close()
                shiboken6.delete(widget)  # as a new window's would be: gone
        # A new window has no import flow yet (made at its first use, with the default
        # thresholds and no dialog) and no event context menu shown.
        for flow in window.findChildren(ImportFlow, options=_DIRECT_CHILDREN):
            assert flow._worker is None, "a shared window's last import still runs"
            shiboken6.delete(flow)
        if window.event_menu.menu is not None:
            shiboken6.delete(window.event_menu.menu)
            window.event_menu.menu = None
        application.controller.undo_stack.setClean()
        application.controller.close_file()

    def park(self) -> None:
        """Hide the window, emptied, until a later module's test uses it again."""
        self._empty()
        _no_settings_write_pending(self.application)
        self.application.window.hide()
        # The offscreen platform keeps a hidden window as its focus window, and showing it
        # again would not make it active (its keys, F6, would go nowhere): a window a closed
        # one leaves none. Another window takes the focus and goes.
        other = QWindow()
        other.show()
        other.destroy()
        # Gone now, as a closed window's are: the next module's tests look at every window
        # there is (QApplication.topLevelWidgets()), and a deferred delete waits for a loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    def rest(self) -> None:
        """After a test: nothing of the window painted until the next test takes it (pytest-qt
        runs the event loop after each test and between its teardown's steps; each paint of
        the state a test left was ~5-10 ms of CPU, ~3 s a run)."""
        self.application.window.setUpdatesEnabled(False)

    def wake(self) -> None:
        """A test starts: the window painted, all of it, at its first event loop."""
        self.application.window.setUpdatesEnabled(True)

    def reused(self) -> Application:
        application = self.application
        window = application.window
        if not _PAINT_AT_CALL:
            self.wake()  # painted as a new window is: all of it, once shown
        if self.used:
            self._empty()
            application.opener.background_threshold = self.background_threshold
            # A new window's settings file: none until something is written (the tests that
            # read it see what they made written), and no write of an earlier test pending.
            _no_settings_write_pending(application)
            application.settings_writer.setInterval(self.settings_delay)
            application.opened_writer.setInterval(self.opened_delay)
            application.settings_path.unlink(missing_ok=True)
            for field, text in self.texts.items():
                if shiboken6.isValid(field) and field.text() != text:
                    field.setText(text)
            for action, checked in self.checked.items():
                if action.isChecked() != checked:
                    action.setChecked(checked)
            if application.themes.current is not self.settings.theme:
                application.on_theme_chosen(self.settings.theme.value)
            application.filter_state.set_spec(FilterSpec())
            window.statusBar().clearMessage()
            if window.windowState() & _NOT_NORMAL:
                window.setWindowState(Qt.WindowState.WindowNoState)
            if not window.isVisible():
                window.show()  # parked by the last module
            window.resize(self.size)
            window.reset_layout()
            # The active window, as a new one is once shown: a window an earlier test made
            # and closed may still be, and it would take the keys (F6 is a window shortcut).
            window.activateWindow()
            window.timeline.setFocus(Qt.FocusReason.OtherFocusReason)  # as a new window's
            # Settled before the test, as a new window is once shown: the layouts the resize
            # and the restored docks asked for are done now, not during the test.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
            QCoreApplication.processEvents()
            # A new window's settings: else reopening a file restores the last test's
            # selection (and timing decided whether it had been noted), Open Recent lists
            # the last test's files, a dialog starts in its folder. Same object: the window's
            # parts hold it.
            settings = application.settings
            for name in type(settings).__struct_fields__:
                setattr(settings, name, copy.deepcopy(getattr(self.settings, name)))
            window.recent_menu.rebuild()
        self.used = True
        return application

    def after_test(self) -> None:
        self.application.controller.undo_stack.setClean()


# True while a tests/ui test of the shared window is set up: the window is painted once its
# test starts, not in its set-up (tests elsewhere that share it have not these hooks).
_PAINT_AT_CALL: list[bool] = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[object]:
    shared = item.get_closest_marker("shared_window") is not None
    if shared:
        _PAINT_AT_CALL.append(True)
    try:
        return (yield)
    finally:
        if shared:
            _PAINT_AT_CALL.clear()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[object]:
    """A test of the shared window: painted from its start (``SharedWindow.wake``), not
    after its end (``SharedWindow.rest``: pytest-qt runs the event loop after a test, and
    before it, after its set-up)."""
    shared = _RUN_WINDOW and item.get_closest_marker("shared_window") is not None
    if shared:
        _RUN_WINDOW[0].wake()
    try:
        return (yield)
    finally:
        if shared:
            _RUN_WINDOW[0].rest()


def _opened_by(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


# The run's one shared window (of this process: an xdist worker), made at its first use. Not
# a session fixture: modules outside tests/ui import ``app`` and ``shared_window`` alone.
_RUN_WINDOW: list[SharedWindow] = []


def _run_window(config: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> SharedWindow:
    if not _RUN_WINDOW:
        application = started_application(tmp_path_factory.mktemp("shared") / "settings.json")
        wait_for_panes(None, application)
        _RUN_WINDOW.append(SharedWindow(application))
        config.add_cleanup(_close_run_window)
    return _RUN_WINDOW[0]


def _close_run_window() -> None:
    closed(_RUN_WINDOW.pop().application)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(scope="module")
def shared_window(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[SharedWindow]:
    """The run's one shared window (see ``SharedWindow``), for a module's ``shared_window``
    tests; parked (hidden, emptied) at the module's end."""
    shared = _run_window(pytestconfig, tmp_path_factory)
    yield shared
    shared.park()


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
