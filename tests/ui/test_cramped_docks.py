"""A cramped window (150 % text on a 1024×700 screen) keeps no pane under the timeline
(QA #61: the timeline had ~460×170 px and showed 3 of 14 events beside a 360 px Event pane)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from timelineapp.model.timeline import Timeline
from timelineapp.ui import main_window
from timelineapp.ui.app import Application, create_qapplication

from .conftest import closed
from .layout_settle import application_font_size, settle_layouts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _window(qtbot: QtBot, tmp_path: Path, point_size: float) -> Iterator[Application]:
    qapp = create_qapplication()
    with application_font_size(qapp, point_size):
        # Built as a start builds it: the panes after the window's first paint, at its size.
        application = Application(qapp, tmp_path / "settings.json", defer_panes=True)
        application.window.resize(1024, 700)
        application.window.show_restored()
        qtbot.waitUntil(lambda: application.window.panes_ready, timeout=10_000)
        yield application
        closed(application)


@pytest.fixture
def large_text(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Application]:
    monkeypatch.setattr(main_window, "fit_window_to_screen", lambda *_, **__: None)
    yield from _window(qtbot, tmp_path, 13.5)


@pytest.fixture
def plain_text(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Application]:
    monkeypatch.setattr(main_window, "fit_window_to_screen", lambda *_, **__: None)
    yield from _window(qtbot, tmp_path, 9.0)


def test_a_cramped_window_keeps_no_pane_under_the_timeline(
    large_text: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    large_text.controller.set_timeline(niger_timeline)
    window = large_text.window
    qtbot.wait(10)
    settle_layouts(window)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    for key in ("events", "document", "provenance"):
        assert window.dockWidgetArea(window.docks[key]) == right, key
    assert not window.docks["provenance"].isVisible()  # until a file has problems
    assert window.docks["events"].isVisible()
    # The timeline has nearly the whole height between the filter bar and the status bar.
    assert window.timeline.height() >= 0.55 * window.height()
    # Every tab title of the docks is whole (no "Ci…", "Évé…").
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            title = bar.tabText(index)
            room = bar.tabRect(index).width()
            assert bar.fontMetrics().horizontalAdvance(title) < room, title


def test_a_roomy_window_keeps_the_table_and_document_under_the_timeline(
    plain_text: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    plain_text.controller.set_timeline(niger_timeline)
    window = plain_text.window
    qtbot.wait(10)
    settle_layouts(window)
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.dockWidgetArea(window.docks["events"]) == bottom
    assert window.dockWidgetArea(window.docks["document"]) == bottom
