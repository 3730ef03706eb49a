"""A start shows the timeline first: panes, docks and menus are built after its first paint
(``MainWindow.build_panes``), and then show what the first frame showed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.settings import FileView, Settings, save_settings

from .conftest import closed, wait_for_panes

_DOCKS = {"event", "quotes", "editor", "sources", "events", "document", "provenance"}
_DOCKS |= {"actors", "legend"}


@pytest.fixture
def deferred(qtbot: QtBot, tmp_path: Path) -> Iterator[Application]:
    """An application built as ``run_app`` builds it, not yet shown."""
    application = Application(create_qapplication(), tmp_path / "settings.json", defer_panes=True)
    yield application
    closed(application)


def test_the_panes_wait_for_the_first_paint_then_all_appear(
    deferred: Application, qtbot: QtBot
) -> None:
    window = deferred.window
    assert not window.panes_ready
    assert window.findChildren(QDockWidget) == []
    assert window.menuBar().actions() == []
    window.show()
    wait_for_panes(qtbot, deferred)
    assert set(window.docks) == _DOCKS
    shown = {key for key, dock in window.docks.items() if dock.isVisible()}
    assert shown == _DOCKS - {"provenance"}  # hidden until a file has problems
    assert len(window.menuBar().actions()) == 6
    assert window.menuBar().isVisible()
    assert window.preferences_action.receivers(SIGNAL("triggered(bool)")) >= 1  # the app wired it


def test_a_file_opened_before_the_panes_shows_in_them(deferred: Application, qtbot: QtBot) -> None:
    deferred.window.show()
    assert deferred.opener.open(example_event_file())  # the first frame's file
    deferred.controller.select(0)
    wait_for_panes(qtbot, deferred)
    timeline = deferred.controller.timeline
    assert timeline is not None
    window = deferred.window
    assert sorted(window.events_pane.shown_events()) == list(range(timeline.index.count))
    assert window.event_pane.title_label.text() == timeline.event(0).title
    assert window.export_action.isEnabled()
    assert "Niger" in window.windowTitle()


def test_a_remembered_dock_layout_is_restored_once_the_docks_exist(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings_path = tmp_path / "settings.json"
    first = Application(create_qapplication(), settings_path)
    qtbot.addWidget(first.window)
    first.window.show()
    assert first.opener.open(example_event_file())
    first.window.docks["legend"].hide()
    first.view_memory.record()
    first.window.close()
    first.on_about_to_quit()
    key = str(example_event_file().resolve())
    assert json.loads(settings_path.read_text(encoding="utf-8"))["views"][key]["dock_state"]

    again = Application(create_qapplication(), settings_path, defer_panes=True)
    qtbot.addWidget(again.window)
    again.window.show()
    assert again.open_at_start(None)  # the last file, its view remembered
    wait_for_panes(qtbot, again)
    qtbot.waitUntil(lambda: again.window.docks["event"].isVisible())
    assert not again.window.docks["legend"].isVisible()


def test_closing_before_the_panes_keeps_the_saved_layout(qtbot: QtBot, tmp_path: Path) -> None:
    settings_path = tmp_path / "settings.json"
    settings = Settings(window_state="c2F2ZWQ=")
    settings.remember_view("/nowhere.timeline.json", FileView(dock_state="c2F2ZWQ="))
    save_settings(settings, settings_path)
    app = Application(create_qapplication(), settings_path, defer_panes=True)
    qtbot.addWidget(app.window)
    assert app.window.close()  # never shown: no panes, nothing to ask
    app.on_about_to_quit()
    saved = json.loads(settings_path.read_text(encoding="utf-8"))
    assert saved["window_state"] == "c2F2ZWQ="


def test_a_file_opened_before_the_first_paint_is_written_to_the_settings_after_it(
    deferred: Application, qtbot: QtBot
) -> None:
    # The write (an fsync) waits for the first frame, then happens with the panes.
    deferred.window.show()
    assert deferred.opener.open(example_event_file())
    assert not deferred.settings_path.exists()
    wait_for_panes(qtbot, deferred)
    saved = json.loads(deferred.settings_path.read_text(encoding="utf-8"))
    assert saved["last_file"] == str(example_event_file().resolve())
    assert saved["recent_files"][0] == str(example_event_file().resolve())


def test_a_window_never_painted_still_gets_its_panes(
    deferred: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timelineapp.ui import main_window

    monkeypatch.setattr(main_window._AfterFirstPaint, "FALLBACK_MS", 50)
    hidden = Application(
        create_qapplication(), deferred.settings_path.with_name("other.json"), defer_panes=True
    )
    qtbot.addWidget(hidden.window)
    assert not hidden.window.isVisible()
    wait_for_panes(qtbot, hidden)
    assert set(hidden.window.docks) == _DOCKS


def test_a_big_first_file_is_read_once_the_panes_are_built(
    deferred: Application, qtbot: QtBot
) -> None:
    # A read in a thread competes with the window for Python's lock: building the panes
    # meanwhile left the window without menus, panes or progress for seconds.
    deferred.opener.background_threshold = 0  # every file is big
    assert deferred.opener.loads_in_background(example_event_file())
    assert deferred.open_at_start(str(example_event_file()))
    assert not deferred.opener.busy  # not started before the panes
    assert deferred.controller.timeline is None
    deferred.window.show()
    wait_for_panes(qtbot, deferred)
    qtbot.waitUntil(lambda: deferred.controller.timeline is not None, timeout=20_000)
    assert deferred.window.events_pane.shown_events()
